"""Places: the gazetteer, short forms, references and zones, checked through whole-article rows."""

from __future__ import annotations

import os

import pytest

from extract import extract_article
from extract.article_place import given_place, main_place
from extract.context import PlaceContext
from extract.normalize import normalize
from extract.place_patterns import in_a_listed_item, village_mentions
from extract.regions import Place, full_provinces_of, gazetteer
from extract.zone_finding import find_zones


@pytest.mark.parametrize(
    "name,full,code",
    [("象州", "象州县", "451322"), ("来宾", "来宾市", "451300"), ("景宁", "景宁畲族自治县", "331127"),
     ("黔东南", "黔东南苗族侗族自治州", "522600"), ("广西", "广西壮族自治区", "450000")],
)
def test_short_forms(name, full, code):
    place = gazetteer().lookup(name)[0]
    assert (place.name, place.code) == (full, code)


@pytest.mark.parametrize("text,region", [("今年第一季度,阿左旗重点建设项目84个。", "阿拉善左旗"),
                                         ("科右中旗今年新建产业园3个。", "科尔沁右翼中旗"),
                                         ("察右后旗今年新建牧场12个。", "察哈尔右翼后旗")])
def test_a_banner_named_by_its_short_form(text, region):
    """Banners of Inner Mongolia are written short by first character, wing and position (阿左旗, 科右中旗)."""
    assert set(extract_article(text, "a", date="2017-04-20")["region"]) == {region}


def test_a_new_county_town_is_no_county():
    """``新县城``: a new county town (县城), not 新县 (河南)."""
    rows = extract_article("苍梧县政府工作报告\n新县城建设加快,全县地区生产总值增长6.1%。新县城新建道路12条。", "a", date="2024-02-28")
    assert set(rows["region"]) == {"苍梧县"}


@pytest.mark.parametrize("text", ["乾安县今年地区生产总值120亿元。", "乾安今年地区生产总值120亿元。"])
def test_a_name_the_simplified_text_changes_is_still_the_place(text):
    """Making a text simplified writes 乾安县 as 干安县; the county is still found, by its own name."""
    rows = extract_article(text, "a")
    assert set(zip(rows["region"], rows["region_code"], strict=True)) == {("乾安县", "220723")}


@pytest.mark.parametrize("text,found", [("江苏常州经济", ["江苏", "常州"]), ("2021年是略阳发展进程", ["略阳"]),
                                        ("县委和政府", []), ("一是和顺利", []), ("发布创新河西青苗计划", ["河西"])])
def test_a_short_name_opening_with_a_function_character(text, found):
    """常州 and 略阳 open with characters that are also words alone (常, 略); they are names unless they read on
    into a word with the characters beside them (县委和政府: not 和政)."""
    assert [m.surface for m in gazetteer().mentions(text)] == found


def test_a_name_with_namesakes_in_many_provinces_names_no_province():
    """新市镇 is a township in many provinces: it does not let a short form of any of them (惠民 in 惠民生) be read."""
    text = "建平县富山新市镇建设启动。坚定不移办实事、惠民生。"
    assert full_provinces_of(gazetteer().mentions(text)) == {"辽宁省"}


def test_a_province_arranging_its_key_projects_is_their_subject():
    """In a city's story, ``甲省共安排省重点项目70个`` counts the province's list; ``甲省重点项目…`` right after the
    name may still be the list the city's own figures are in."""
    text = "海口去年完成省重点项目投资173亿元\n2018年,海南省共安排省重点项目70个。其中海口完成投资额173亿元。"
    rows = extract_article(text, "a")
    got = dict(zip(rows["value"], rows["region"], strict=True))
    assert got[70] == "海南省" and got[17300000000] == "海口市"


def test_visitors_a_county_receives_are_its_own():
    """``四川游客`` are visitors from a place, but ``新化县游客接待量`` counts those the county receives."""
    text = "湖南旅游强县\n长沙市旅游业发展迅速。\n2017年新化县游客接待量1520万人次,旅游收入131亿元。"
    rows = extract_article(text, "a")
    assert set(rows["region"]) == {"新化县"}


@pytest.mark.parametrize("text,found", [("遵义市召开大会。为推动遵义经济社会高质量发展", ["遵义市", "遵义"]),
                                        ("抚松县人参。这些年,抚松整合资源", ["抚松县", "抚松"]),
                                        ("全县脱贫致富,群众富裕", []),
                                        ("遵义、黔西南、安顺地区生产总值", ["遵义", "黔西南", "安顺"]),
                                        ("共同富裕、文明", [])])
def test_a_short_name_that_is_a_word_too_needs_its_full_name(text, found):
    """遵义 and 抚松 are words of the dictionary as well as short names: read as places in a text that names
    遵义市 / 抚松县 in full, or in a list with another place's name, never on their own (富裕 without 富裕县)."""
    assert [m.surface for m in gazetteer().mentions(text)] == found


def test_township_carries_its_county_code():
    town = gazetteer().lookup("林逢镇")[0]
    assert (town.level, town.code) == ("township", "451022")


def test_common_words_are_not_places():
    assert not gazetteer().lookup("富裕") and not gazetteer().lookup("振兴")


ARTICLE = """田东县经济运行情况
2023年06月12日
今年1至5月,田东县规模以上工业增加值同比增长12.6%,增速排全市第二位。
该县谋划实施重大项目128个,总投资386.5亿元。
在林逢镇,林逢镇今年新建芒果标准化示范基地5个。
走进田东石化工业园区,园区新签约项目9个,总投资42.6亿元。
"""


def test_references_resolve():
    df = extract_article(ARTICLE, "t")
    by_value = {round(v, 1): r for v, r in zip(df["value"], df["region"], strict=True)}
    assert by_value[12.6] == "田东县"
    assert by_value[128] == "田东县"
    assert by_value[5] == "林逢镇"
    assert by_value[9] == "田东石化工业园区"
    assert set(df["region_code"]) == {"451022"}


def test_same_name_told_apart_by_prefecture():
    df = extract_article("杭州市西湖区委书记 高国飞\n西湖区建成民生综合体20个。", "t", date="2022-04-06")
    assert df.loc[0, "region_code"] == "330106"


def test_places_listed_before_fenbie_each_get_their_figure():
    df = extract_article("曲靖市\n一季度麒麟区、宣威市规模以上工业增加值分别增长9.5%、7.2%。", "t", date="2024-04-20")
    assert df["region"].tolist() == ["麒麟区", "宣威市"]
    assert df["indicator"].tolist() == ["industrial_va", "industrial_va"]


def test_places_heading_the_clause_before_fenbie_each_get_their_figure():
    """``黑山县、北镇市和凌海市均下降,增速分别为-3.2%、-4.2%和-10.7%``: the places head the clause before."""
    df = extract_article("锦州市\n2023年,黑山县、北镇市和凌海市均下降,增速分别为-3.2%、-4.2%和-10.7%。", "t", date="2024-04-20")
    assert df["region"].tolist() == ["黑山县", "北镇市", "凌海市"]
    assert df["value"].tolist() == [-3.2, -4.2, -10.7]
    df = extract_article("锦州市\n2023年,黑山县、北镇市地区生产总值分别为120亿元和80亿元,分别增长3.2%和4.2%。", "t", date="2024-04-20")
    assert df["region"].tolist() == ["黑山县", "北镇市"] * 2, "the growths pair with the levels before them"


def test_a_short_form_inside_a_project_name_is_not_the_subject():
    df = extract_article("广元市\n全市新开工青川某某10万吨铝型材等项目12个。", "t", date="2023-09-20")
    assert df.loc[0, "region"] == "广元市"


def test_whole_town_refers_to_the_town_named_before():
    df = extract_article("曹县\n产业园所在的大集镇,是演出服饰产业集群。目前,全镇有电商企业2300余家。", "t", date="2024-04-20")
    assert df.loc[0, "region"] == "大集镇"


def test_this_town_in_a_new_paragraph_is_the_town_named_before():
    # the article is the county's; 该镇 opens a paragraph after the one that named the township
    text = ("山西交口县:小香菇发展成大产业\n初夏,山西省交口县夏季香菇进入采收时节。\n位于交口县西南部的石口镇,是一个纯农业乡镇。\n"
            "目前,该镇已培育食用菌龙头企业6个。\n交口县委书记说,交口县将继续发展食用菌。")
    df = extract_article(text, "t", date="2021-05-31")
    assert df.loc[0, "region"] == "石口镇"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("上半年,全市规上工业增加值增长7.1%,分县看,广丰区增长9.2%、玉山县增长8.6%。",
         [("上饶市", "industrial_va", 7.1), ("广丰区", "industrial_va", 9.2), ("玉山县", "industrial_va", 8.6)]),
        ("上半年,全市地区生产总值增速排名前二的是广丰区(7.2%)和玉山县(6.8%)。",  # (each ranked among the top two)
         [("广丰区", "gdp", 2), ("玉山县", "gdp", 2), ("广丰区", "gdp", 7.2), ("玉山县", "gdp", 6.8)]),
        ("上半年,广丰区、玉山县地区生产总值分别为312.5亿元和201.3亿元,分别增长7.2%和6.8%。",
         [("广丰区", "gdp", 312.5e8), ("玉山县", "gdp", 201.3e8), ("广丰区", "gdp", 7.2), ("玉山县", "gdp", 6.8)]),
        ("上半年,全市固定资产投资增长5.2%,其中,广丰区、玉山县增速均超过10%。",
         [("上饶市", "fixed_asset_investment", 5.2), ("广丰区", "fixed_asset_investment", 10),
          ("玉山县", "fixed_asset_investment", 10)]),
    ],
    ids=["分县看", "parentheses", "two-lists", "均"],
)
def test_figures_of_several_places_in_one_sentence(text, expected):
    df = extract_article("上饶市\n" + text, "t", date="2024-07-20")
    assert list(zip(df["region"], df["indicator"], df["value"], strict=True)) == expected


def test_a_zone_named_in_full_and_short_is_one_place_in_its_city():
    text = ("赣州经开区上半年主要经济指标实现“双过半”\n2024-07-18\n上半年,赣州经济技术开发区规模以上工业增加值增长10.8%,"
            "增速居全市各县(市、区)第二位。\n赣州经开区新开工项目24个。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"赣州经济技术开发区"}  # the full official name the text gives
    assert set(df["prefecture"]) == {"赣州市"}
    assert df[["indicator", "measure"]].values.tolist() == [["industrial_va", "growth"], ["industrial_va", "rank"],
                                                            ["projects", "count"]]
    assert set(df["period_end"]) == {"2024-06"}


def test_the_province_as_a_subject_and_places_after_a_semicolon():
    df = extract_article("四川省\n2024-08-01\n上半年,全省地区生产总值增长5.9%;成都市增长5.2%;攀枝花市米易县增长7.0%。", "t")
    assert df[["region", "region_level", "indicator"]].values.tolist() == [
        ["四川省", "province", "gdp"], ["成都市", "prefecture", "gdp"], ["米易县", "county", "gdp"]]


def test_the_province_named_inside_a_prize_is_not_a_subject():
    df = extract_article("瑞安市\n2024-08-01\n瑞安两项改革获全省改革突破奖,新增企业120家。", "t")
    assert df["region"].tolist() == ["瑞安市"]


def test_the_province_after_the_year_that_opens_a_clause():
    df = extract_article("湖州市\n2024-03-01\n省统计局日前发布数据,2023年全省规模以上工业增加值增长6.1%。", "t")
    assert df[["region", "region_level"]].values.tolist() == [["浙江省", "province"]]


def test_a_province_opening_a_clause_that_runs_on_to_a_figure_is_its_subject():
    df = extract_article("富县\n2024-08-01\n截至6月底,陕西省光伏装机增至980万千瓦,全县新增光伏装机3万千瓦;"
                         "陕西省统计局发布,全县种植苹果45万亩。", "t")
    assert df[["region", "value"]].values.tolist() == [["陕西省", 9800000.0], ["富县", 30000.0], ["富县", 450000.0]]


def test_a_province_level_city_after_the_year_opening_its_clause_is_the_subject():
    from extract.place_patterns import opens_clause_with_figure

    text = "初步核算,2022年天津市地区生产总值16311.34亿元,比上年增长1.0%。"
    at = text.index("天津市")
    assert opens_clause_with_figure(text, at, at + 3)
    assert not opens_clause_with_figure("全区增速高于天津市平均水平1.2个百分点", 6, 9)


def test_a_county_s_projects_on_its_province_s_list_stay_the_county_s():
    df = extract_article("富县\n2024-08-01\n今年,全县新开工项目20个;其中,陕西省重点项目6个,总投资30亿元。", "t")
    assert set(df["region"]) == {"富县"}


def test_a_province_s_short_form_right_before_its_count_is_the_subject():
    df = extract_article("富县\n2024-08-01\n其中,陕西有12个县入选,富县有2个镇入选。", "t")
    assert df["region"].tolist()[0] == "陕西省"


@pytest.mark.parametrize("text,region", [
    ("高陵经开区:一季度经济开门红\n2024-04-10\n一季度,高陵经开区规上工业产值增长12%。", "高陵经济开发区"),
    ("宝鸡经开区\n2024-04-10\n今年以来,宝鸡经开区新增企业35家。", "宝鸡经济技术开发区"),
    ("昆山国家高新区\n2024-04-10\n今年以来,昆山国家高新区新增高新技术企业35家。", "昆山高新技术产业开发区"),
    # written for the test: a zone named in the title after no known place, then by its kind and 我区 only
    ("葛店经开区2023年财政预算执行情况\n日期:2024-03-01\n现将我区2023年财政预算执行情况报告如下:全区完成财政收入272807万元。"
     "经开区税收收入完成20亿元。", "葛店经济技术开发区"),
])
def test_a_zone_named_only_by_its_short_name_takes_its_kind_s_official_name(text, region):
    assert set(extract_article(text, "t")["region"]) == {region}


def test_the_count_of_a_whole_s_units_is_the_whole_s():
    df = extract_article("宁乡市\n2024-08-01\n宁乡高新区在全国178家国家级高新区中排名第25位,在全省15个园区中居第一。", "t")
    assert df[["region", "value"]].values.tolist() == [
        ["中华人民共和国", 178.0], ["宁乡高新区", 25.0], ["湖南省", 15.0], ["宁乡高新区", 1.0]]


def test_the_count_of_a_group_of_counties_is_the_place_holding_them():
    text = ("邵阳市\n2024-03-05\n2023年,邵阳市各县市区经济稳步增长。共有4个县市区的排名前移。\n"
            "隆回县规模以上工业增加值增长8.1%。截至去年底,这5个县累计新增规上企业120家,隆回县新增36家。")
    df = extract_article(text, "t")
    assert df[["region", "value"]].values.tolist() == [
        ["邵阳市", 4.0], ["隆回县", 8.1], ["邵阳市", 5.0], ["邵阳市", 120.0], ["隆回县", 36.0]]


def test_a_feature_story_about_one_village_is_the_village_s():
    text = ("石门村的苹果熟了\n2023-10-12\n记者来到甘肃省静宁县仁大镇石门村,村民正在采摘苹果。\n石门村是一个山区村,"
            "全村种植苹果3200亩。\n静宁县是全国有名的苹果大县。\n去年,村集体收入达到45万元。")
    df = extract_article(text, "t")
    assert df[["region", "region_level", "region_code"]].values.tolist() == [["石门村", "village", "620826"]] * 2


def test_a_village_named_in_the_lead_of_a_county_s_story_leaves_the_county_its_subject():
    text = ("春节前夕,甲省静宁县仁大镇石门村贫困户李某卖出苹果2000斤。该县有1.2万户贫困户种植苹果。\n"
            "去年,该县农民人均可支配收入8365元。")
    assert extract_article("静宁\n2023-01-20\n" + text, "t")["region"].tolist() == ["石门村", "静宁县", "静宁县"]


def test_the_place_a_figure_is_compared_with_is_not_its_subject():
    first = "南阳市\n2024-08-01\n上半年,唐河县GDP总量完成268.9亿元,高出紧随其后的邓州市15.9亿元。"
    assert extract_article(first, "t")["region"].tolist() == ["唐河县", "唐河县"]
    second = "南阳市\n2024-08-01\n2023年,新野县GDP在社旗县、镇平县之后位居第五。"
    assert set(extract_article(second, "t")["region"]) == {"新野县"}


def test_the_venue_of_an_event_is_not_the_subject_of_its_figures():
    df = extract_article("南平市\n2024-05-10\n5月9日,南平市二季度重点项目集中开工仪式在邵武市举行,32个项目集中开工。\n"
                         "签约仪式在建阳区举办,总投资86亿元的12个项目集中签约。", "t")
    assert set(df["region"]) == {"南平市"}


def test_parks_counted_or_taken_together_are_not_places():
    text = "全县建成农业科技示范园区12处,两大工业园区实现产值8亿元,城乡社区支出增长5%。"
    assert find_zones(text, []) == []
    assert [n for _s, _e, n in find_zones("推进光电产业园6家企业技改。", [])] == ["光电产业园"]


def test_a_zones_paper_a_count_of_zones_and_a_class_of_zones_are_not_places():
    assert find_zones("2024-03-02 08:00 滨江新区报\n全国230家国家级经济技术开发区中,该区名列国家级经开区前列。", []) == []


def test_a_visit_opening_a_paragraph_frames_it_and_the_village_is_spoken_of_as_cun_li():
    df = extract_article("大通回族土族自治县\n2024-06-01\n全县粮食播种面积30万亩。\n来到桥头镇新华村蔬菜合作社,社员们正忙着采收。"
                         "“今年合作社种植白菜800亩。”\n在景阳镇,红星村是远近闻名的先进村。去年村里建成民宿12套。", "t")
    assert df[["region", "region_level"]].values.tolist() == [
        ["大通回族土族自治县", "county"], ["新华村", "village"], ["红星村", "village"]]


def test_a_zone_in_brackets_after_its_county_is_the_county():
    assert find_zones("一季度,新建县(望城经开区)签约项目12个。", []) == []


def test_the_fastest_and_the_slowest():
    df = extract_article("南平市\n2024-04-25\n一季度,全市各县(市、区)中,邵武市地区生产总值增速最快,达6.0%;光泽县最慢,为2.1%。", "t")
    assert df[["region", "indicator", "measure", "value"]].values.tolist() == [
        ["邵武市", "gdp", "growth", 6.0], ["光泽县", "gdp", "growth", 2.1]]


def test_the_city_in_a_comparison_is_not_the_subject():
    df = extract_article("南平市\n2024-04-25\n一季度,顺昌县规上工业增加值增长8.8%,增速比全市平均水平高3.1个百分点。", "t")
    assert df[["region", "indicator", "measure"]].values.tolist() == [["顺昌县", "industrial_va", "growth"],
                                                                      ["顺昌县", "industrial_va", "pp"]]


def test_a_paragraph_opened_by_a_place_is_about_it():
    text = ("兴国县\n2024-09-10\n去年,全县电子信息产业营业收入达到210亿元。\n"
            "在高兴镇,蜜桔种植面积达到3.2万亩。“每亩收入超过8000元。”种植户笑着说。\n全县新增就业1200人。")
    assert extract_article(text, "t")["region"].tolist() == ["兴国县", "高兴镇", "高兴镇", "兴国县"]


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年,宁都县新建农村公路,打通道路12条。",  # 新建 is a verb here, not Nanchang's 新建区
        "上半年,长沙市客商在宁都县投资5亿元。",  # investors from elsewhere
        "宁都县与深圳市龙岗区签订合作协议,共建产业园,引进项目8个。",  # a partner
    ],
    ids=["short-form-verb", "investors", "partner"],
)
def test_places_that_are_not_the_subject(sentence):
    assert set(extract_article("宁都县\n2024-07-20\n" + sentence, "t")["region"]) == {"宁都县"}


def test_a_province_report_by_prefecture():
    text = ("湖南省2024年上半年市州经济运行情况\n2024-07-30 湖南省统计局\n上半年,全省地区生产总值25000亿元,增长4.8%。"
            "分市州看,长沙市地区生产总值7200亿元,增长5.0%;株洲市1800亿元,增长5.1%。\n14个市州中,有9个市州增速高于全省平均水平。")
    df = extract_article(text, "t")
    assert df[["region", "indicator", "label"]].values.tolist()[:6] == [
        ["湖南省", "gdp", "地区生产总值"], ["湖南省", "gdp", "地区生产总值"], ["长沙市", "gdp", "地区生产总值"],
        ["长沙市", "gdp", "地区生产总值"], ["株洲市", "gdp", "地区生产总值"], ["株洲市", "gdp", "地区生产总值"]]
    assert set(df["region"].iloc[6:]) == {"湖南省"}  # the count of prefectures is the province's


# The place an article is about, decided by named rules over its title, lead and reference words.
ARTICLE_PLACES = [
    # a chain in the head names the innermost place, the parent only qualifies it
    ("财政报告\n关于绍兴市柯桥区2021年财政\n预算执行情况的报告\n2021年全区一般公共预算收入完成147.1亿元。", "柯桥区"),
    # a place followed by its government speaks for itself; 和县 inside 政府和县委 is not a place
    ("政府工作报告\n现在,我代表闽清县人民政府,向大会报告政府工作。在市委、市政府和县委的正确领导下,全县地区生产总值增长8%。",
     "闽清县"),
    # a township named by the title, with only 全镇 after it, and a publisher's district in the source line
    ("东港镇经济发展后劲活力全面提升\n发布时间:2019-04-22 来源:无锡市锡山区人民政府\n全镇完成固定资产投资额9.2亿元。",
     "东港镇"),
    # the title's place wins over its prefecture named more often further down
    ("三 河 市\n2020年国民经济和社会发展统计公报\n全市地区生产总值增长3%。廊坊市下达的任务完成。廊坊市考核第一。", "三河市"),
    # a zone named first by the title is the article's place, by its official name
    ("广告\n淄博高新区在上半年全市观摩点评中居全市第一\n今年以来,高新区完成固定资产投资50亿元。", "淄博高新技术产业开发区"),
    # a lead that quotes a sentence about the zone names the zone, not a project; 国家高新区 by its official name
    ("某某网讯:“宁波国家高新区今年发展势头良好。”近日,宁波市副市长介绍。\n今年宁波国家高新区营业收入300亿元。"
     "宁波国家高新区新增企业500家。", "宁波国家高新技术产业开发区"),
    # a zone named after a city that shares its name with districts elsewhere: the city's
    ("西安高新区上半年成绩单\n西安高新区实现生产总值1200亿元。西安高新区新增企业3000家。", "西安高新技术产业开发区"),
    # a new area whose name starts with no place, named again and again: the text's subject
    ("某报\n金普新区举行签约仪式\n昨日,金普新区签约项目20个。今年金普新区累计签约项目100个,"
     "其中汇川变频器项目投资5亿元。金普新区全年签约增长30%。", "金普新区"),
    # a county's report that mentions the province often is still the county's
    ("来安县政府工作报告\n全县地区生产总值增长6%,增速居全省前列,全省第一。全省推广。全县财政收入增长5%。", "来安县"),
    # a county's page on a site named after the province: the text's 全县 is the county's
    ("湖北新闻网 湖北民生频道 湖北民生在线 湖北在线 湖北新闻\n当前位置: 地方 > 孝感\n云梦12个项目集中开工 全县建设热潮涌动\n"
     "12月8日,云梦县12个重点项目集中开工,总投资58亿元。全县今年已开工项目40个。全县上下……", "云梦县"),
]


@pytest.mark.parametrize("text,place", ARTICLE_PLACES)
def test_the_article_is_about_the_place_its_title_and_lead_name(text, place):
    text = normalize(text)
    ctx = PlaceContext(gazetteer())
    mentions = ctx.gaz.mentions(text)
    zones = find_zones(text, mentions)
    ctx.learn_zone_names(zones)
    found = main_place(text, mentions, ctx, None, zones)
    assert found is not None and found.name == place


def test_a_place_given_as_a_chain_is_its_innermost():
    ctx = PlaceContext(gazetteer())
    assert given_place("惠州市惠东县", ctx).name == "惠东县"
    assert given_place("象州县", ctx).code == "451322"


def test_a_zone_given_as_the_place_is_the_zone():
    # a user may give a park or development zone as the article's place (the text says only 高新区, 全区)
    df = extract_article("1至9月,高新区实现规上工业总产值41亿元,全区新签约项目12个。", "t", date="2024-10-08",
                         place="楚雄高新技术产业开发区")
    assert set(zip(df["region"], df["region_level"], strict=True)) == {("楚雄高新技术产业开发区", "zone")}
    # the text's short name of the zone given is named as given (张家口经开区: the 张家口经济开发区, not a 经济技术开发区)
    df = extract_article("张家口经开区2018年100个重点项目集中开工\n张家口经开区今年安排重点项目100个,总投资300亿元。", "t",
                         date="2018-04-09", place="张家口经济开发区")
    assert set(df["region"]) == {"张家口经济开发区"}


def test_a_short_form_glued_into_a_word_is_not_a_place():
    g = gazetteer()
    assert [m.surface for m in g.mentions("在市委、市政府和县委的正确领导下")] == []
    assert [m.surface for m in g.mentions("全国最佳县,主城区")] == []
    assert [m.surface for m in g.mentions("阿里巴巴平台")] == []
    assert [m.surface for m in g.mentions("长白山下的安图")] == ["安图"]
    assert [m.surface for m in g.mentions("和县经济")] == ["和县"]


def test_a_village_named_as_the_subject_is_the_region():
    df = extract_article("西吉县\n2020年,西吉县马铃薯种植面积达到60万亩。大堡村全村种植5800亩马铃薯,户均增收5000元。"
                         "四棵树村、雷字村等11个村每村发放11.4万元。", "t", date="2020-06")
    assert df["region"].tolist() == ["西吉县", "大堡村", "大堡村", "西吉县", "西吉县"]
    assert df["region_level"].tolist()[1] == "village" and df["region_code"].tolist()[1] == "640422"


def test_two_words_in_a_row_are_not_a_township_name():
    df = extract_article("象州县2021年统计公报\n年末全县常住人口30.5万人,其中城镇常住人口12.1万人。", "t", date="2022-03-01")
    assert set(df["region"]) == {"象州县"}


def test_a_scope_word_framing_a_rank_is_not_the_subject():
    df = extract_article("象州县2021年经济运行情况\n2021年,我县地区生产总值120亿元,总量全市第二,增速全市第一。", "t", date="2022-03-01")
    assert set(df["region"]) == {"象州县"}


def test_this_county_in_a_prefecture_s_article_is_the_county_last_named():
    text = ("来宾市重点项目建设提速\n今年以来,来宾市重点项目建设加快推进,全市新开工项目86个。\n"
            "象州县把招商引资作为一号工程。今年以来,该县共有12个产业项目开工,计划总投资36.5亿元。")
    df = extract_article(text, "t", date="2022-06-01")
    assert df["region"].tolist() == ["来宾市", "象州县", "象州县"]


def test_a_place_inside_one_item_of_a_listed_set_of_projects_is_not_the_total_s_place():
    text = "象州县重点项目建设\n今年,象州县实施糖厂技改、林逢镇农产品物流园、县城供水工程等3个项目,总投资8.2亿元。"
    df = extract_article(text, "t", date="2022-06-01")
    assert set(df["region"]) == {"象州县"}


def test_a_place_inside_a_list_counted_as_projects_n_is_not_the_total_s_place():
    text = "象州县重点项目建设\n今年,象州县开工糖厂技改、林逢镇农产品物流园、县城供水工程等项目12个,总投资8.2亿元。"
    df = extract_article(text, "t", date="2022-06-01")
    assert set(df["region"]) == {"象州县"}


def test_a_place_inside_the_name_of_one_sized_project_is_not_the_place_of_the_next():
    text = "象州县签约活动\n本次签约项目中,包括投资30亿元的象州石材产业园、投资12亿元的糖业精深加工中心。"
    df = extract_article(text, "t", date="2022-06-01")
    assert df["region"].tolist() == ["象州县", "象州县"]


@pytest.mark.parametrize(
    "text,region",
    [("工业园区运行平稳\n一季度,全市工业园区完成工业总产值88.6亿元,同比增长9.1%。(来源:来宾日报)", "来宾市"),
     ("招商工作总结\n2022年,全县共签约项目36个,计划总投资52.4亿元,奋力建设美丽象州。", "象州县")],
)
def test_a_text_naming_no_place_for_sure_is_about_its_one_unsure_place_of_the_kind_it_refers_to(text, region):
    df = extract_article(text, "t", date="2023-03-01")
    assert set(df["region"]) == {region}


def test_a_zone_named_after_a_prefecture_and_a_county_of_that_name_is_in_the_prefecture():
    df = extract_article("吉安河东经济开发区项目建设提速\n今年以来,吉安河东经济开发区新签约项目12个,总投资46.3亿元。", "t", date="2023-06-01")
    assert set(df["region"]) == {"吉安河东经济开发区"} and set(df["prefecture"]) == {"吉安市"}


def test_a_word_before_a_village_or_zone_name_is_not_part_of_it():
    from extract.place_patterns import village_mentions

    assert [n for _s, _e, n in village_mentions("近年来,盘活石桥村闲置厂房,像柳树村这样的村还有很多")] == ["石桥村", "柳树村"]
    assert [n for _s, _e, n in find_zones("新签约项目9个,占来宾工业园区新签约项目的六成", [])] == ["来宾工业园区"]
    # 占园区总产值: a share of the zone's own total, no zone named 主导产业产值占园区; a menu's 园区 run into a name
    assert [n for _s, _e, n in find_zones("1—4月,广梅产业园主导产业产值占园区总产值82.5%", [])] == ["广梅产业园"]
    assert [n for _s, _e, n in find_zones("超联科技 园区 园区江苏苏宿工业园区一季度固定资产投资增速达14.3%", [])] == ["江苏苏宿工业园区"]
    # 顺利完成嘎查: a verb and a village's kind, no name; 瑜城等村: several villages, none of them the subject
    assert [n for _s, _e, n in village_mentions("党员159名,顺利完成嘎查换届,大堡村种植马铃薯")] == ["大堡村"]
    assert [n for _s, _e, n in village_mentions("严冲等村的7000亩板栗,瑜城等村10000亩蔬菜")] == []


def test_names_are_found_among_any_characters():
    """Characters no place name holds (digits, Latin, emoji, a NUL byte) neither hide nor join names."""
    text = "\x00兰考县🚀ABC12兰考\x00，象州县\uffff百色市"
    found = [(m.start, m.end, m.surface) for m in gazetteer().mentions(text)]
    assert found == [(1, 4, "兰考县"), (10, 12, "兰考"), (14, 17, "象州县"), (18, 21, "百色市")]


def test_a_place_counted_in_with_the_subject_is_not_its_subject():
    df = extract_article("安岳县\n2024-01-20\n2023年,我县招商完成情况(包括安岳经开区)签约项目45个,签约资金30.5亿元。\n"
                         "资阳市县域(包含乐至县、安岳县)实现地区生产总值980亿元。", "t")
    assert df["region"].tolist() == ["安岳县", "安岳县", "资阳市"]


def test_a_text_opening_on_a_province_that_leads_the_vote_is_the_provinces():
    text = ("湖北省2024年一季度重大项目集中开工,共开工项目500个,总投资3100亿元。\n"
            "从各地看,武汉市开工项目120个,襄阳市开工项目60个,宜昌市开工项目55个,荆州市开工项目40个。\n"
            "本次开工的项目中,产业项目320个。")
    df = extract_article(text, "t", date="2024-03-20")
    assert df["region"].tolist() == ["湖北省", "湖北省", "武汉市", "襄阳市", "宜昌市", "荆州市", "湖北省"]



def test_a_zone_the_place_is_made_is_a_title_not_a_subject():
    df = extract_article("宾川县\n2024-02-01\n2023年,宾川县晋升为国家现代农业产业示范区,新增高标准农田3.2万亩。", "t")
    assert df["region"].tolist() == ["宾川县"]


def test_a_zone_in_a_list_of_places_figures_is_that_zone():
    """A zone as one item of a list of places (named bare, or with its projects counted) gets the item's figures."""
    text = ("遵化市\n2024-05-06\n一季度全市新开工项目40个。分区域看:沙河驿镇项目6个,总投资8.1亿元;"
            "经开区项目9个,总投资20.4亿元;清东陵旅游区项目3个,总投资2.2亿元;新店子镇项目5个,总投资4.3亿元。")
    df = extract_article(text, "t")
    assert df["region"].tolist() == ["遵化市", "沙河驿镇", "沙河驿镇", "遵化经济技术开发区", "遵化经济技术开发区",
                                     "清东陵旅游区", "清东陵旅游区", "新店子镇", "新店子镇"]
    df = extract_article("唐山市\n2024-07-10\n上半年新签约项目分别为:迁安市12个、丰润区9个、市高新区7个、滦州市4个。", "t")
    assert df["region"].tolist() == ["迁安市", "丰润区", "唐山高新技术产业开发区", "滦州市"]


def test_a_grower_introduced_in_a_village_keeps_it_in_later_paragraphs():
    text = ("富锦市\n2023-09-20\n走进富锦市长安镇永胜村,稻田一望无际。“今年收成不错。”种植大户王春来说。\n"
            "富锦市是产粮大县。王春来的合作社里,流转土地3200亩,年收入280万元。\n"
            "全市水稻种植面积达到150万亩。")
    df = extract_article(text, "t")
    assert df["region"].tolist() == ["永胜村", "永胜村", "富锦市"]


def test_a_bare_zone_counted_inside_a_phrase_is_no_list_item():
    df = extract_article("淄博市\n2021-07-20\n会议对各区县、高新区、经济开发区40个民生类项目进行现场观摩。", "t")
    assert df["region"].tolist() == ["淄博市"]


def test_a_place_inside_a_project_standing_for_a_counted_list_is_not_the_subject():
    text = ("桐柏县\n2024-03-15\n以泌阳桐柏界至城郊段公路改建工程为代表的9个交通项目,总投资21.4亿元。"
            "实施南阳玉雕文化园、淮源康养中心等总投资6.5亿元的3个文旅项目。")
    df = extract_article(text, "t")
    assert df["region"].tolist() == ["桐柏县"] * 4


def test_places_inside_the_works_listed_before_their_count_are_not_the_subject():
    """``其中G320南昌县向塘至新建区西山段公路新建设工程、北二环工程…3个计划新开工项目已开工2个``: the works listed
    before their count (no 等) name places along a road; the count and what follows stay the city's."""
    text = ("南昌市重点推进项目进展顺利\n2023-11-20\n据了解,我市城市建设项目16个,年度计划投资172.98亿元,"
            "其中G320南昌县向塘至新建区西山段公路新建设工程、北二环工程3个计划新开工项目已开工2个;城市管理项目1个,"
            "年度计划投资8亿元。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"南昌市"}
    assert len(df) == 6


def test_the_city_a_zone_is_measured_against_is_a_frame_not_the_subject():
    text = ("芜湖经济技术开发区\n2024-07-25\n上半年,经开区规上工业增加值增长12.6%,高出全市增速4.2个百分点。"
            "园区高新技术企业营收全市占比达38.5%。在全省专利评选中,包揽了全市5个金奖。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"芜湖经济技术开发区"}


def test_a_place_opening_a_company_name_is_not_the_subject():
    text = "进贤县\n2024-05-08\n今年,进贤县新签约项目12个。其中,南昌绿源新材料有限公司项目年产值达8亿元。"
    assert extract_article(text, "t")["region"].tolist() == ["进贤县", "进贤县"]


def test_a_village_after_its_township_reference_word_is_named():
    from extract.place_patterns import village_mentions
    assert village_mentions("该镇红岩村建起冷库") == [(2, 5, "红岩村")]
    assert village_mentions("全县各村") == []


def test_a_township_a_sentence_gives_figures_for_goes_on_in_its_paragraph():
    text = ("沭阳县\n2024-06-18\n今年,沭阳县在全县选定建设韩山镇苗木基地,建成苗圃2.1万亩。栽植樱花8.5万株、紫薇6万株。"
            "该县还新增就业3200人。旅游收入12亿元。\n全县粮食产量85万吨。")
    df = extract_article(text, "t")
    assert df["region"].tolist() == ["韩山镇"] * 3 + ["沭阳县"] * 3


def test_a_village_that_only_names_a_project_does_not_go_on():
    text = "沭阳县\n2024-06-18\n胡集镇王庄村的蔬菜大棚项目投资500万元。全年新开工项目12个。"
    assert extract_article(text, "t")["region"].tolist()[-1] == "沭阳县"


def test_words_before_or_around_a_village_suffix_are_no_village():
    from extract.place_patterns import village_mentions
    assert village_mentions("在渔业村,水产养殖产值增长") == []
    assert village_mentions("修路86公里,实现村村通硬化路") == []
    assert village_mentions("在红岩村,村民种茶") == [(1, 4, "红岩村")]


def test_townships_listed_together_do_not_go_on():
    text = "沭阳县\n2024-06-18\n今年,韩山镇、胡集镇分别新建苗木基地3个、5个。全年栽植苗木8万株。"
    assert extract_article(text, "t")["region"].tolist()[-1] == "沭阳县"


def test_an_autonomous_prefecture_named_by_its_short_form_and_unit_word():
    """``伊犁州``, ``恩施州``: the short form alone is a common word, with 州 it is the prefecture (族 may be left out)."""
    for text, place in (("2023-05-10\n今年1—4月,伊犁州新签约项目12个,总投资80亿元。", "伊犁哈萨克自治州"),
                        ("2023-05-10\n今年1—4月,恩施州新签约项目9个,总投资60亿元。", "恩施土家族苗族自治州")):
        assert set(extract_article(text, "t")["region"]) == {place}


def test_a_neighbouring_county_named_with_its_figures_goes_on_in_its_paragraph():
    """A round-up of counties: in 象州县's text a paragraph about 武宣县 keeps 武宣县 after ``;``."""
    text = ("象州县经济运行简况\n2023-08-01\n上半年,象州县地区生产总值增长5.1%。\n"
            "上半年,武宣县规模以上工业增加值增长8.2%;社会消费品零售总额完成12.3亿元,增长4.4%。")
    assert extract_article(text, "t")["region"].tolist()[-2:] == ["武宣县", "武宣县"]


def test_neighbours_in_a_place_description_are_not_its_subject():
    text = "象州县概况\n2023-08-01\n象州县东邻金秀瑶族自治县,南与武宣县相连,耕地面积52万亩。"
    assert extract_article(text, "t")["region"].tolist() == ["象州县"]


def test_a_place_named_after_a_figure_is_not_carried_back_to_it():
    text = ("来宾市经济运行简况\n2023-08-01\n上半年,来宾市地区生产总值完成420亿元。"
            "按可比价格计算,同比增长5.1%,分县看,武宣县实现地区生产总值60亿元。")
    assert extract_article(text, "t")["region"].tolist()[-2:] == ["来宾市", "武宣县"]


def test_villages_named_after_a_year_a_sumu_or_a_long_name_and_not_fragments():
    from extract.place_patterns import village_mentions
    assert village_mentions("2022年石门村新建大棚40座") == [(5, 8, "石门村")]
    assert village_mentions("宝日苏木乌兰哈达嘎查牧民") == [(4, 10, "乌兰哈达嘎查")]
    assert village_mentions("英吾斯坦乡阿克提坎墩村的合作社") == [(5, 11, "阿克提坎墩村")]
    assert village_mentions("按照石门村合作社章程,盈利的5%用于分红") == [(2, 5, "石门村")]
    assert village_mentions("镇党委协同镇村干部,一个普通的农业村") == []


def test_a_village_article_keeps_its_village_for_the_whole_village():
    text = "2023-09-01\n宝日苏木乌兰哈达嘎查党支部书记说,今年全村接待游客3万人次。"
    assert extract_article(text, "t")["region"].tolist() == ["乌兰哈达嘎查"]


def test_parks_counted_before_their_kind_are_not_a_place():
    text = "2023-09-01\n2022年,来宾市9个市级工业类园区实现产值300亿元。"
    assert extract_article(text, "t")["region"].tolist() == ["来宾市", "来宾市"]


def test_a_village_goes_on_into_the_next_paragraph_until_another_place_is_named():
    """A project sited in a village: the quoted paragraph after it is still the village's; the county's own
    paragraph after that is the county's."""
    text = ("象州县项目建设提速\n2023-05-10\n在象州县罗秀镇古德村,占地800亩、总投资2.1亿元的光伏项目正在建设。\n"
            "“项目已完成投资1.2亿元,建设进度超过60%。”\n象州县今年实施项目90个,总投资120亿元。")
    assert extract_article(text, "t")["region"].tolist() == ["古德村"] * 4 + ["象州县"] * 2


def test_a_village_after_the_year_opening_its_clause_goes_on_in_a_townships_text():
    text = ("罗秀镇茶产业\n2023-05-10\n罗秀镇茶叶种植面积3000亩。2019年古德村实现整村脱贫。"
            "截至目前,带动120户农户增收,村人均收入1.2万元。")
    assert extract_article(text, "t")["region"].tolist() == ["罗秀镇", "古德村", "古德村"]


def test_a_place_visited_is_not_the_subject():
    text = ("古德村草莓种植\n2023-05-10\n象州县罗秀镇古德村今年种植草莓200亩。\n"
            "村两委到江苏南京考察后定下了品种。目前亩均收益2万元。")
    assert extract_article(text, "t")["region"].tolist()[-1] == "古德村"


def test_the_county_word_in_a_villages_paragraph_is_the_county_it_lies_in():
    text = ("古德村养羊\n2023-05-10\n在象州县罗秀镇古德村,农户养羊300只。和他们一样,该县有1200户农户享受了补贴。")
    assert extract_article(text, "t")["region"].tolist() == ["古德村", "象州县"]


def test_figures_after_places_named_together_are_their_frames():
    """``推进甲新区和乙园区建设,总投资…的…个项目``: the two together, so the county's; ``分别`` keeps each its own."""
    text = ("象州县项目建设\n2023-05-10\n象州县协同推进城北新区和石材产业园区建设,总投资80亿元的25个项目累计完成投资30亿元。"
            "此次开发区、罗秀镇共有6个项目集中开工。")
    assert set(extract_article(text, "t")["region"]) == {"象州县"}


def test_places_named_together_with_their_own_figures_keep_them():
    text = "来宾市经济运行\n2023-05-10\n上半年,象州县(6.1%)、武宣县(5.2%)增速高于全市,象州县、武宣县分别增长6.1%和5.2%。"
    regions = extract_article(text, "t")["region"].tolist()
    assert regions[-2:] == ["象州县", "武宣县"]


def test_our_township_is_the_township_in_force():
    text = "象州县经济\n2023-05-10\n罗秀镇新建大棚120座,象州县实施项目90个,我镇今年引进企业5家。"
    assert extract_article(text, "t")["region"].tolist() == ["罗秀镇", "象州县", "罗秀镇"]


def test_a_short_name_the_text_defines_for_a_zone_is_that_zone():
    text = ("经开区产值破百亿\n2023-05-10\n来宾市兴宾区的国家级园区——来宾河南工业园区(以下简称“河南园”)召开大会。"
            "2022年河南园规模工业总产值达到120亿元,同比增长12%。")
    assert set(extract_article(text, "t")["region"]) == {"来宾河南工业园区"}


def test_a_zone_named_without_its_place_first_takes_the_place_inside_its_name():
    text = ("中国(广西)自由贸易试验区来宾港片区(简称来宾港片区)一季度规模以上工业总产值91.8亿元,同比增长19%。\n"
            "来宾港片区新签约项目11个。")
    regions = extract_article("2023-05-10\n" + text, "t")
    assert set(regions["region"]) == {"中国(广西)自由贸易试验区来宾港片区"} and set(regions["prefecture"]) == {"来宾市"}


def test_a_zone_in_the_publishers_field_is_not_the_headline_place():
    text = ("2023年第二批重大项目集中开工\n发布时间:2023-05-10 来源:来宾日报 发布开发区:来宾高新技术产业开发区\n"
            "5月9日,市委书记在来宾分会场汇报我市重大项目集中开工情况。我市今年第二批开工项目40个。"
            "其中,制造业项目25个。")
    assert set(extract_article(text, "t")["region"]) == {"来宾市"}


def test_a_village_introduced_once_is_that_village_where_its_name_stands_again():
    from extract.place_patterns import village_mentions
    text = "红星镇阿克苏吐尔村新建大棚40座。\n阿克苏吐尔村农户种植花卉。\n柳家湾村位于山区。今年柳家湾接待游客2万人。"
    assert [n for _s, _e, n in village_mentions(text)] == ["阿克苏吐尔村", "阿克苏吐尔村", "柳家湾村", "柳家湾村"]
    df = extract_article("象州县\n2024-05-08\n" + text, "t")
    assert df["region"].tolist() == ["阿克苏吐尔村", "柳家湾村"]


def test_a_province_counting_its_own_units_keeps_the_count():
    text = ("象州县\n2024-05-08\n在今年的全国百强县评选中,广西壮族自治区共有8个县入选,其中象州县排名第60位。"
            "湖南省有甲县、乙县等12个县市上榜。")
    df = extract_article(text, "t")
    assert df["region"].tolist()[:2] == ["广西壮族自治区", "象州县"]
    assert df["region"].tolist()[-1] == "湖南省"


def test_a_villager_introduced_in_his_village_speaks_for_it():
    text = ("静宁县苹果产业见闻\n2023-10-12\n全县苹果种植面积达到100万亩。\n"
            "清晨,静宁县仁大镇石门村苹果种植户李明正在采摘。“去年我家卖苹果收入6万元,今年能多卖一些。”\n"
            "同样忙碌的还有城川镇高庙村村民。“咱村共有果园2000亩,今年又新栽了300亩。”")
    df = extract_article(text, "t")
    assert df[["region", "value"]].values.tolist() == [
        ["静宁县", 1000000.0], ["石门村", 60000.0], ["高庙村", 2000.0], ["高庙村", 300.0]]


def test_a_zone_name_holds_no_credit_ranking_or_exclusion():
    # written for the test: a photo credit, a ranking verb and an exclusion run into a zone's name
    text = "石门高新区 李明摄\n一季度,增速位居湖州三大国家级高新区首位。(剔除青山新区)在全国化工园区中排名第30位。"
    names = [n for _s, _e, n in find_zones(normalize(text), gazetteer().mentions(normalize(text)))]
    assert "石门高新区" in names
    assert not [n for n in names if "摄" in n or "位居" in n or "剔除" in n or "三大" in n or "全国" in n]


def test_a_photo_caption_opens_no_section():
    # written for the test: the caption line between paragraphs names a zone; the text goes on about the city
    text = ("邵阳市经济运行情况\n上半年,邵阳市地区生产总值增长6.1%。" + "全市经济稳中有进。" * 20
            + "\n邵阳经开区 李明摄\n上半年,邵阳固定资产投资同比增长8.5%。" + "投资结构持续优化。" * 20)
    df = extract_article(text, "t", date="2023-07-20")
    assert df.loc[df["value"] == 8.5, "region"].tolist() == ["邵阳市"]


@pytest.mark.parametrize("sentence, value, region", [
    ("2022年,凤凰县农村居民人均可支配收入为9850元,低于湖南全省的12510元。", 12510, "湖南省"),
    ("2022年,凤凰县农村居民人均可支配收入增长8.1%,超出全省平均水平(6.3%)。", 6.3, "湖南省"),
    ("2022年,凤凰县农村居民人均可支配收入增长8.1%,高于全省平均水平1.8个百分点。", 1.8, "凤凰县"),
])
def test_a_comparison_base_stated_is_the_whole_s(sentence, value, region):
    # written for the test: the whole's own value after 低于…的 / (…) is the whole's; a gap stays the county's
    df = extract_article("凤凰县经济运行情况\n" + sentence, "t", date="2023-02-01")
    assert df.loc[(df["value"] - value).abs() < 1e-6, "region"].tolist() == [region]


def test_a_quoted_speaker_s_village_takes_the_quote_s_figures():
    # written for the test: the figures of a quote go to the village of the speaker introduced right after it
    text = ("凤凰县发展特色产业\n凤凰县讯 “去年我家种了12亩猕猴桃,卖了4.6万元。”在凤凰县廖家桥镇菖蒲塘村的果园里,"
            "种植户张某笑着说。\n全县猕猴桃种植面积达3.2万亩。")
    df = extract_article(text, "t", date="2023-05-10")
    assert df.loc[df["value"] == 46000, "region"].tolist() == ["菖蒲塘村"]
    assert df.loc[df["value"] == 32000, "region"].tolist() == ["凤凰县"]


def test_a_village_name_opening_with_a_numeral_after_its_township():
    # written for the test: 六合村 right after its township is a village; 三个村 is a count
    text = "凤凰县讯 今年,廖家桥镇六合村种植辣椒300亩。全镇三个村共种植辣椒900亩。"
    df = extract_article(text, "t", date="2023-05-10")
    assert df.loc[df["value"] == 300, "region"].tolist() == ["六合村"]


def test_a_place_name_inside_common_words_is_no_mention():
    # written for the test: 东区 in 华东区域, 大关 after 亿, 城西 in 县城西, 迁安 in 搬迁安置
    text = "某集团华东区域中心开业,全年营收突破500亿大关;县城西片新建搬迁安置房800套。"
    names = [m.surface for m in gazetteer().mentions(text)]
    assert not {"东区", "大关", "城西", "迁安"} & set(names)
    assert "迁安" in [m.surface for m in gazetteer().mentions("今年迁安钢铁产量增长3%")]


def test_a_township_in_a_photo_caption_does_not_carry_into_the_next_paragraph():
    # written for the test: the caption names a township; the district's figures follow it
    text = ("巴南区农业发展成效\n巴南区讯 2022年,巴南区农业总产值增长5.1%。\n▲界石镇村民晾晒稻谷 李明 摄\n"
            "2.农业生产指标。粮食播种面积稳定在44万亩左右,2022年粮食产量达到24.1万吨。")
    df = extract_article(text, "t", date="2023-03-10")
    assert set(df.loc[df["value"].isin([440000, 241000]), "region"]) == {"巴南区"}


def test_a_word_read_as_a_far_province_s_short_form_is_no_place():
    # written for the test: 新建 (new) is also 江西's 新建区; the text names 浙江's 松阳县 in full
    text = ("2025年共安排新续建重点项目57个(新建15个,续建42个),1-4月累计完成投资21.01亿元。\n"
            "(1)15个重点新建项目,1-4月累计完成投资1.15亿元。\n松阳县发展和改革局")
    df = extract_article(text, "t", date="2025-05-16")
    assert "新建区" not in set(df["region"])


def test_a_province_level_city_s_economic_zone_is_its_national_zone():
    # written for the test: 经开区 after a province-level city is that city's 经济技术开发区, in its province
    df = extract_article("今年上半年,天津经开区在建项目120个,重点在建项目总投资超3000亿元。", "t", date="2022-07-27")
    assert set(zip(df["region"], df["province"], df["region_level"], strict=True)) == {("天津经济技术开发区", "天津市", "zone")}


def test_a_verb_before_a_zone_is_not_part_of_its_name():
    # written for the test: 拉动 runs into 园区 in the text; it is a verb, no zone's name
    assert not [n for _s, _e, n in find_zones("新签约项目工业产值近10亿元,拉动园区规上工业产值增长17%。", []) if "拉动" in n]


def test_a_township_by_the_name_it_had_as_a_xiang_is_read_where_its_county_is_named():
    # written for the test: 甘沟镇 was 甘沟乡; an older text names it so, after its county
    df = extract_article("静宁县甘沟乡今年种植苹果1.2万亩。", "t", date="2015-11-10")
    assert set(zip(df["region"], df["region_code"], strict=True)) == {("甘沟乡", "620826")}
    # 北新镇 (江苏) as 北新乡 is no place in 豫北新乡 of a text on 长垣 in 河南
    assert "北新乡" not in {m.surface for m in gazetteer().mentions("豫北新乡小城长垣,起重机产量30万台。")}


def test_an_ethnic_township_written_without_its_peoples_is_read_where_its_county_is_named():
    # written for the test: 力所拉祜族乡 of 西盟佤族自治县, written 力所乡 after its county
    df = extract_article("西盟佤族自治县力所乡的咖啡园迎来盛花期。2024年全乡咖啡种植面积达4140亩。", "t", date="2025-04-13")
    assert set(zip(df["region"], df["region_code"], strict=True)) == {("力所乡", "530829")}
    assert "力所乡" not in {m.surface for m in gazetteer().mentions("力所乡咖啡种植面积达4140亩。")}


def test_a_village_whose_name_ends_in_shancun_is_a_village_but_a_small_mountain_village_is_not():
    from extract.place_patterns import village_mentions

    # written for the test: 龙山村 and 河山村 are names; 小山村 and 偏远山村 are kinds of village
    text = "如:星宿乡龙山村建成小木屋10间;河山村种植玫瑰花130余亩。这个小山村和偏远山村一样"
    assert [n for _s, _e, n in village_mentions(text)] == ["龙山村", "河山村"]


def test_an_office_for_village_and_town_building_is_no_village():
    from extract.place_patterns import village_mentions

    # written for the test: 村镇建设办公室 is an office, 杨河村 a village
    text = "隆德县住建局村镇建设办公室主任介绍,杨河村新建温棚20座。"
    assert [n for _s, _e, n in village_mentions(text)] == ["杨河村"]


def test_the_county_opening_a_paragraph_after_a_year_is_the_subject_in_a_township_s_text():
    # written for the test: a township's story whose second paragraph is about its county's projects
    text = ("联财镇建设重点小城镇\n2024-01-10\n今年,联财镇实施重点小城镇建设项目,新建道路3公里。\n"
            "2023年,隆德县牢固树立抓项目的工作导向,谋划确定第一批基本建设项目111项,总投资74.04亿元。"
            "固定资产投资项目94项,总投资70.31亿元。\n联财镇新建商铺40间。")
    df = extract_article(text, "t")
    region = dict(zip(df["value"], df["region"], strict=False))
    assert region[111] == region[94] == region[7031000000] == "隆德县"
    assert region[40] == region[3] == "联财镇"


def test_an_economic_zone_is_a_zone_and_a_class_of_zones_is_not():
    # written for the test: 普湾经济区 is a zone; 省级以上经济开发区 are the zones it is ranked among
    text = ("普湾经济区\n2024-03-01\n辽宁省公布2023年度省级以上经济开发区考核评价结果,普湾经济区名列第6。"
            "2023年,普湾经济区地区生产总值同比增长8.3%。2021年度,首次进入省级经开区前10,名列第9。")
    assert set(extract_article(text, "t")["region"]) == {"普湾经济区"}
    # a pilot zone and a chemical base are zones too
    text = "海西州\n2022-11-04\n1-10月,柴达木循环经济试验区完成省外招商引资到位资金64.82亿元。宁东能源化工基地开工项目24个。"
    assert extract_article(text, "t")["region"].tolist() == ["柴达木循环经济试验区", "宁东能源化工基地"]


def test_a_county_by_its_former_name_is_today_s_place_under_that_name():
    # written for the test: 新建县 became 新建区 in 2015, 海门市 became 海门区 in 2020
    df = extract_article("新建县\n2015-03-01\n今年,新建县120个重大重点项目总投资额达899.27亿元。", "t")
    assert df[["region", "region_code", "region_level"]].values.tolist()[0] == ["新建县", "360112", "county"]
    df = extract_article("海门市\n2019-03-01\n2018年,海门市地区生产总值1352亿元。", "t")
    assert df[["region", "region_code"]].values.tolist()[0] == ["海门市", "320614"]
    # its short form stays today's place's alone: 崇明 is 崇明区 only, not 崇明县 too
    assert [p.name for p in gazetteer().lookup("崇明")] == ["崇明区"]


def test_a_township_named_both_ways_keeps_its_own_name():
    # written for the test: 新街回族乡 of 贵德县, then 新街乡 and 全乡
    text = "贵德县新街回族乡的田埂上,全乡海拔2200米。新街乡427公顷耕地全部改土。"
    assert set(extract_article(text, "t", date="2025-08-01")["region"]) == {"新街回族乡"}


def test_a_township_whose_name_is_a_word_is_read_only_where_its_county_is_named():
    # 小城镇 is a township of 舒兰市, and the word for small towns
    assert "小城镇" not in {m.surface for m in gazetteer().mentions("象州县今年投资5亿元建设小城镇。")}
    assert "小城镇" in {m.surface for m in gazetteer().mentions("舒兰市小城镇今年种植水稻3万亩。")}


def test_a_city_s_text_that_says_only_quanshi_is_the_city_s_even_when_it_goes_through_its_districts():
    # written for the test: 全市 throughout, 全省 only in comparisons, then the city's districts and county-level cities
    text = ("上半年,全市主要经济指标好于预期。\n一、地区生产总值\n全市7个县(市)区中,古塔区增长6.1%,凌河区增长5.2%,"
            "北镇市增长3.8%,凌海市增长3.1%,太和区增长2.9%,义县增长2.5%,黑山县增长1.9%。\n"
            "上半年,全市地区生产总值486.6亿元,增长4.4%,高于全省平均水平2.3个百分点,总量居全省第五位。"
            "全市固定资产投资增长8.1%,低于全省平均水平1.2个百分点。")
    df = extract_article(text, "t", date="2023-07-20")
    assert df.loc[df["value"] == 4.866e10, "region"].tolist() == ["锦州市"]


def test_a_city_s_text_that_says_woshi_once_and_goes_through_four_of_its_banners_is_the_city_s():
    """``2019年,我市实施…项目106项。1-9月份,开复工84项。\n分旗区情况:\n东胜区…达拉特旗…``: one 我市, then four or
    more of the city's places each with its own figures: the figures that name no place are the city's."""
    text = ("1-9月份亿元以上重点工业项目进展情况\n发布时间 : 2019-10-08\n2019年,我市实施亿元以上重点工业项目106项。"
            "1-9月份,开复工84项,开复工率79.2%。\n分旗区情况:\n东胜区实施亿元以上重点工业项目10项。达拉特旗实施亿元以上重点工业"
            "项目10项。准格尔旗实施亿元以上重点工业项目27项。伊金霍洛旗实施亿元以上重点工业项目9项。")
    df = extract_article(text, "t")
    assert df.loc[df["value"].isin([106, 84, 79.2]), "region"].tolist() == ["鄂尔多斯市"] * 3
    assert df.loc[df["value"] == 27, "region"].tolist() == ["准格尔旗"]


def test_a_county_level_city_s_text_that_ends_on_a_province_s_ranking_of_counties_stays_the_city_s():
    """``福清位居第三。2015年,我市…实现地区生产总值783.27亿元…十强县(市)依次是:晋江市、石狮市、福清市、闽侯县…``:
    counties of several cities ranked by their province are not one city's parts: 我市 is 福清市."""
    text = ("12月7日讯 记者昨天获悉,“2016年度福建省县域经济实力十强”评价结果日前揭晓,福清位居第三。\n"
            "2015年,我市紧抓福州新区的政策优势,全市经济总体保持平稳增长态势。实现地区生产总值783.27亿元。\n"
            "2016年度福建省县域经济实力“十强”县(市)依次是:晋江市、石狮市、福清市、闽侯县、南安市、长乐市、惠安县、永安市。")
    df = extract_article(text, "t", date="2016-12-07")
    assert df.loc[df["value"] == 7.8327e10, "region"].tolist() == ["福清市"]


def test_a_short_form_opening_a_list_of_named_projects_is_part_of_the_first_name():
    """``格尔木宁靓置业房地产开发、青海汉唐置业房地产开发等97个项目``: the short form opens a project's name, and the
    count is the frame's; a county named in full before its projects (``衡阳县时光钻石、…等7个项目``) is their place."""
    text = ("海西州重点项目建设加快推进。\n截至目前,全州已开复工项目120个。"
            "格尔木宁靓置业房地产开发、青海汉唐置业房地产开发等97个项目已开工建设。")
    df = extract_article(text, "t", date="2022-05-10")
    assert df.loc[df["value"] == 97, "region"].tolist() == ["海西蒙古族藏族自治州"]
    text = "衡阳市重大项目集中开工。\n衡阳县时光钻石、新时代商业综合体、乌莲特色小镇等7个项目集中开工,项目总投资53.46亿元。"
    df = extract_article(text, "t", date="2020-04-10")
    assert df.loc[df["value"] == 7, "region"].tolist() == ["衡阳县"]


def test_a_section_s_place_counts_the_short_name_whose_province_the_text_names():
    """A 海城市 work report whose sections say 海城 (海城市 in 辽宁, and 北海's 海城区): in a text naming 辽宁 in full,
    海城 is 海城市 and outweighs 沈阳 named once inside a name (``中欧班列(沈阳)集结中心``)."""
    text = ("海城市政府工作报告\n——2025年12月18日在海城市第十届人民代表大会第六次会议上\n各位代表:现在,我代表市政府向大会报告工作,"
            "请予审议,并请各位政协委员和列席人员提出意见,在辽宁省委的坚强领导下,我们做了以下工作。\n"
            "一、“十四五”时期及2025年工作回顾\n“十四五”时期,是海城发展进程中极不平凡的五年。海城人民团结奋斗,海城面貌焕然一新。"
            "设立全省首家国家中欧班列(沈阳)集结中心支中心,5年累计实现直接利用外资3201万美元。"
            "签约亿元项目515个,海城的产业比例从2020年的7.9:35.6:56.5优化调整到2025年的5.9:30.0:64.1。全市上下坚持稳中求进工作总基调,"
            "完整准确全面贯彻新发展理念,统筹发展和安全,经济社会发展取得新的成效,民生福祉持续增进,社会大局和谐稳定。\n"
            "二、2026年工作安排\n今年全市地区生产总值预期增长5.5%。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"海城市"}


def test_places_and_villages_inside_the_projects_a_count_lists_after_baokuo_are_not_the_subject():
    """``民生公共服务项目6个,包括…、会文镇沙港村水美乡村工程、…文城镇青山岭公墓修建工程(二期),总投资50.9亿元``: the
    projects listed after 包括 are the count's items; their sum is the city's, not a village's or township's."""
    text = ("文昌市17个项目集中开工\n2023-01-04\n1月3日,海南省文昌市2023年度第一批集中开工活动在文昌市第六小学举行。据了解,此次集中开工项目中产业发展项目3个,包括"
            "文昌国际航天城科技创新公共平台二期-卫星研发中心、文昌市冯家湾现代化渔业产业园—科研中心,总投资10.89亿元。民生公共服务项目6个,包括航天城市综合体、"
            "会文镇沙港村水美乡村工程、海南省文昌市文城镇青山岭公墓修建工程(二期),总投资50.9亿元,年度计划投资19.24亿元。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"文昌市"}
    at = text.index("冯家湾")
    assert in_a_listed_item(text, at) and not in_a_listed_item(text, text.index("文昌市2023"))


def test_village_by_village_is_no_village():
    """``据逐村统计并初步汇总,…``: 逐村 (挨村) goes through the villages one by one; it names none."""
    assert village_mentions("据逐村统计并初步汇总,10月1日—7日期间,接待游客近百万人次。挨村走访了300户。") == []


def test_a_city_s_text_naming_another_prefecture_once_is_still_the_city_s():
    # written for the test: 我市/全市, four of 衡阳市's counties, and 永州市 named once beside them
    text = ("47个项目同日开工\n发布: 2020-04-29\n昨日上午,我市又有47个项目同日开工,全市总投资128亿元。"
            "衡南县开工项目9个,祁东县开工项目8个,衡阳县开工项目6个,衡山县开工项目5个。"
            "全市与永州市签约合作项目3个。")
    df = extract_article(text, "t")
    assert df.loc[df["value"] == 1.28e10, "region"].tolist() == ["衡阳市"]


def test_a_zone_named_with_and_without_its_city_s_shi_is_one_zone_by_one_name():
    # written for the test: 西安市经开区 and 西安经开区 are one zone; 金义都市新区 keeps its 市 (都市 is a word)
    ctx = PlaceContext(gazetteer())
    text = "西安经开区上半年新签约项目12个。西安市经开区党工委介绍,经开区规上工业产值增长8%。"
    ctx.learn_zone_names(find_zones(text, gazetteer().mentions(text)))
    assert ctx.full_zone_name("西安市经开区") == ctx.full_zone_name("西安经开区") == "西安经济技术开发区"
    assert ctx.full_zone_name("金义都市新区") == "金义都市新区"
    # 新田园区, short for the 新田县工业园区 the text names
    text = "新田县工业园区。今年以来,新田园区完成规模工业总产值95.13亿元。"
    ctx.learn_zone_names(find_zones(text, gazetteer().mentions(text)))
    assert ctx.full_zone_name("新田园区") == "新田县工业园区"
    # a zone not named by an official kind keeps the city's 市 as written
    assert ctx.full_zone_name("温岭市东部产业集聚园区") == "温岭市东部产业集聚园区"
    # a county's or city's bare 开发区 is its national zone; a province's parks taken together are not one zone
    assert ctx.full_zone_name("吴江开发区") == "吴江经济技术开发区" and ctx.full_zone_name("西宁开发区") == "西宁经济技术开发区"
    assert ctx.full_zone_name("黑龙江开发区") == "黑龙江开发区"
    # a municipality's 高新区 is named in full like a prefecture's
    assert ctx.full_zone_name("重庆高新区") == "重庆高新技术产业开发区"


def test_a_verb_before_a_zone_s_kind_word_is_no_part_of_its_name():
    """``…,说明园区供给侧改革成效明显``, ``1-4月份园区…``: the zone named bare is the article's, not ``说明园区``."""
    text = ("海口高新区1-4月经济运行情况\n1-4月份园区营业总收入实现79.5亿元,同比增长50.5%,说明园区供给侧结构性改革成效明显。"
            "园区企业从业人员达21179人次。")
    df = extract_article(text, "t", date="2022-05-20")
    assert set(df["region"]) == {"海口高新技术产业开发区"}
    df = extract_article("牟定县\n云南牟定产业园区实施基础设施建设项目27个。", "t", date="2022-05-20")
    assert df["region"].tolist() == ["云南牟定产业园区"], "a place's name the dictionary calls a verb stays"


def test_a_zone_keeps_the_province_its_name_opens_with():
    """``新疆塔城重点开发开放试验区(以下简称试验区)``: the zone as the text names it, province and all (not
    ``下简称试验区``), and a zone placed nowhere else lies in the province its name opens with."""
    text = ("新疆塔城重点开发开放试验区(以下简称试验区)今年以重大项目为抓手。\n"
            "1-6月,试验区共签约项目99个,开工建设项目51个。")
    df = extract_article(text, "t", date="2022-07-20")
    assert set(zip(df["region"], df["province"], strict=True)) == {("新疆塔城重点开发开放试验区", "新疆维吾尔自治区")}
    df = extract_article("江苏苏宿工业园区一季度固定资产投资增速达14.3%。", "t", date="2023-04-20")
    assert df[["region", "province"]].values.tolist() == [["江苏苏宿工业园区", "江苏省"]]
    df = extract_article("宜昌市\n2022年宜昌高新区高新技术企业数达215家。", "t", date="2023-07-12")
    assert df["region"].tolist() == ["宜昌高新技术产业开发区"], "a year before a zone's name is no part of it"



def test_a_province_s_round_up_takes_short_forms_from_all_its_prefectures():
    """A 山东省 round-up opening on 广饶县: ``潍坊有4个,烟台有3个`` are those cities, not a neighbour of 广饶县."""
    text = ("山东财政收入十强县\n广饶县2023年财政收入57.8亿元,排名全省第十。\n"
            "2023年山东省16个财政收入超过了50亿元的县市中,潍坊有4个,烟台有3个,青岛有3个。")
    df = extract_article(text, "t", date="2024-03-01", place="山东省")
    assert df["region"].tolist()[-3:] == ["潍坊市", "烟台市", "青岛市"]


def test_a_county_s_short_form_listed_with_its_figure_or_opening_its_clause_is_read_in_the_province():
    """In a 慈溪市 text, ``义乌(2055亿)`` and ``2023年,乐清实现地区生产总值…`` are counties of other prefectures of the
    province; a short form standing elsewhere still has to be a neighbour in the prefecture."""
    text = ("浙江十大强县\n根据去年全年数据,浙江十大强县的排名分别为慈溪(2639亿)、义乌(2055亿)、诸暨(1755亿)。\n"
            "2023年,慈溪全市实现地区生产总值2639.45亿元。\n2023年,乐清实现地区生产总值1663.53亿元。")
    df = extract_article(text, "t", date="2024-11-05")
    assert df["region"].tolist() == ["慈溪市", "义乌市", "诸暨市", "慈溪市", "乐清市"]


def test_a_zone_s_short_name_without_its_last_character_is_the_zone():
    """``西安经开区28年实现历史跨越`` then ``西安经开先后引进…项目70余个``: the same zone."""
    text = ("热门推荐 精品一区二区三区 久久综合网\n从“北郊”到“新中心” 西安经开区28年实现历史跨越\n"
            "西安经开地区生产总值由2015年的571亿元提高到2020年的895亿元。")
    df = extract_article(text, "t", date="2021-06-09")
    assert set(df["region"]) == {"西安经济技术开发区"}


def test_a_city_s_text_naming_its_counties_and_its_own_zone_is_the_city_s():
    """``全市新签约亿元项目413个…其中桐城市2个,潜山市1个…安庆经开区1个``: 全市 is 安庆市, whose zone the text names
    too, not the county-level city named first."""
    text = ("新签约亿元以上项目413个,在市委、市政府坚强领导下,全市上下坚持“三顶格”工作机制。\n"
            "据介绍,去年全年全市新签约亿元项目413个,协议投资总额2154.82亿元。其中桐城市2个,潜山市1个,怀宁县1个,"
            "宿松县1个,太湖县1个。安庆经开区1个,为总投资110亿元的项目。")
    df = extract_article(text, "t", date="2023-01-20")
    assert df["region"].tolist()[:3] == ["安庆市"] * 3
    assert df["region"].tolist()[3:5] == ["桐城市", "潜山市"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("然后我们来到了沙河川村,该村距离县城60公里", "沙河川村"),  # 了 after the verb it belongs to
        ("他在文曲村9组流转了土地300多亩", "文曲村"),  # a pronoun and a preposition
        ("和平村种植辣椒300亩", "和平村"),  # 和 makes a word with the character after it: part of the name
    ],
)
def test_a_village_name_does_not_open_with_a_stray_function_character(text, name):
    from extract.place_patterns import village_mentions
    assert [m[2] for m in village_mentions(text)] == [name]


@pytest.mark.parametrize(
    "text,region",
    [
        ("宝山区\n2022-03-01\n北上海生物医药产业园等3个市级特色产业园区,共吸引11个高端制造业项目落地。", "宝山区"),  # a kind of park
        ("桐乡市\n2021-12-28\n争当共同富裕示范区的典范城市排头兵,现场94个重大项目集中签约。", "桐乡市"),  # a slogan
        ("无极县\n2021-05-01\n耿家庄村村民大多以周边皮革园区打工为生,村集体经济收入只有7万元。", "耿家庄村"),  # a place word and a noun
        ("仁寿县\n2020-08-01\n天府新区一般公共预算收入完成217330万元。", "天府新区"),  # a new area's name
        ("西宁经济技术开发区\n2019-05-01\n东川工业园区增长15.43%,生物产业园区增长16.49%。", "生物产业园区"),  # among named parks
    ],
)
def test_a_zone_named_by_common_words_alone_is_a_kind_not_a_place(text, region):
    assert extract_article(text, "t")["region"].tolist()[-1] == region


def test_a_district_heading_after_a_short_exclaimed_sentence_opens_its_section():
    para = ("3月24日,2021年九龙坡区第一批重点项目集中开工活动举行。这次集中开工重点项目共45个,总投资约693亿元,年度投资约172亿元。"
            "本次集中开工重点项目中,政府主导类项目25个,总投资306.5亿元,主要涉及区内基础设施建设;社会主导类项目20个,"
            "总投资386.5亿元,主要涉及智能制造、生物医药等领域。项目涵盖基础设施建设、旅游开发、智能制造、新型城镇化、民生事业等领域。")
    text = ("开工!签约!一大波项目和资金正向重庆涌来!\n2021-03-26\n三月春意浓,招商正当时。各区县招商引资你追我赶,捷报频传。\n"
            "下面,让我们一起来看看吧!\n九龙坡区\n45个重点项目集中开工 总投资693亿\n" + para)
    df = extract_article(text, "t", place="重庆市")
    assert set(df["region"]) == {"九龙坡区"}


def test_a_time_word_or_an_event_verb_is_not_part_of_a_place_name():
    from extract.place_patterns import village_mentions
    assert [m[2] for m in village_mentions("目前铜龙村已有合作社3家")] == ["铜龙村"]
    text = "湘西州\n2019-11-05\n11月3日,湘西土家族苗族自治州在上海举行产业园区招商推介会,现场签约项目10个。"
    assert extract_article(text, "t")["region"].tolist() == ["湘西土家族苗族自治州"]


def test_a_phrase_sharing_a_far_county_s_name_does_not_head_a_section():
    # 新城区 is a county of 呼和浩特 and of 西安, and a phrase (a new town) in a Shanghai town's report
    text = ("2024年颛桥镇人民政府半年工作情况报告\n来源:上海市闵行区颛桥镇人民政府 发布时间:2024年7月22日\n"
            "各位代表:我代表颛桥镇人民政府,向大会报告上半年政府工作情况,请予以审议,并请各位列席人员提出意见。颛桥镇政府在区委、区政府的坚强领导下扎实工作。\n"
            "一、上半年经济社会发展情况\n"
            "围绕颛桥建设“宜居和美新城区、先进制造新高地”目标,上半年全镇经济运行总体平稳。完成税收收入38.6亿元,完成镇人代会目标的52.1%;"
            "规模以上工业总产值完成160.2亿元,同比增长3.5%;固定资产投资完成22.4亿元,同比增长8.1%,各项指标稳中有进,为全年目标打下坚实基础。"
            "社会消费品零售总额完成45.3亿元,同比增长4.2%;实到外资1.2亿美元,完成全年目标的60%;新增就业岗位1500个,城镇登记失业人数控制在目标以内,民生保障持续加强。")
    assert set(extract_article(text, "t")["region"]) == {"颛桥镇"}


def test_a_county_named_after_its_prefecture_opens_its_clause_and_goes_on():
    text = ("天台一批重大项目开工\n2020-11-18\n17日上午,宁波市奉化区扩大有效投资重大项目集中开工活动举行。此次开工重大项目有18项。\n"
            "11月17日上午,天台县12个重大项目集中开工。天台县此次集中开工的重大项目总投资93.7亿元。天台县将狠抓项目建设。")
    df = extract_article(text, "t", place="天台县")
    assert df["region"].tolist()[0] == "奉化区"


def test_each_numbered_place_on_a_line_of_its_own_heads_the_figures_below_it():
    """``1、晋中市`` / ``游客接待总量:4473.13万人`` / ``旅游收入:407.74亿元`` / ``2、太原市`` …: a list whose items are
    places, each on a short line of its own, gives each item's figures to its place (not to the province)."""
    text = ("山西省各地市旅游数据\n2020年山西省各地市游客接待量排行\n1、晋中市\n游客接待总量:4473.13万人\n旅游收入:407.74亿元\n"
            "2、太原市\n游客接待总量:3594.04万人\n旅游收入:354.61亿元\n3、临汾市\n游客接待总量:3100.5万人\n旅游收入:301.2亿元")
    df = extract_article(text, "t", date="2021-03-01")
    assert df["region"].tolist() == ["晋中市"] * 2 + ["太原市"] * 2 + ["临汾市"] * 2


def test_a_district_after_its_bracketed_city_is_the_place_named():
    """``(天津市)和平区2021年财政收支情况``: the city in brackets qualifies the district, which is the text's place."""
    text = ("(天津市)和平区2021年财政收支情况\n一、一般公共预算\n(一)一般公共预算收入情况\n"
            "区第十七届人民代表大会第八次会议审议通过的2021年一般公共预算收入为355000万元,实际收入377841万元。")
    assert set(extract_article(text, "t")["region"]) == {"和平区"}


@pytest.mark.parametrize("line", ["东龙镇富力新区一角", "覃塘工业园区全景", "园区二期效果图"])
def test_a_line_naming_what_a_picture_shows_is_a_caption(line):
    from extract.place_patterns import is_photo_caption
    assert is_photo_caption(line)
    assert not is_photo_caption("东龙镇富力新区建设进展顺利")


def test_a_scope_word_is_not_the_short_name_of_a_county():
    g = gazetteer()
    assert [m.surface for m in g.mentions("全州规上工业发电量194.36亿千瓦时")] == []  # 大理州's 全州, not 广西's 全州县
    assert [m.surface for m in g.mentions("全州县脐橙种植面积")] == ["全州县"]


def test_a_zone_named_after_a_city_whose_short_name_is_a_word_lies_in_that_city():
    df = extract_article("营口辽河经济开发区\n2024-05-10\n一季度,营口辽河经济开发区完成固定资产投资5.2亿元。", "t")
    assert (df.loc[0, "region"], df.loc[0, "province"], df.loc[0, "prefecture"]) == ("营口辽河经济开发区", "辽宁省", "营口市")


def test_a_long_village_name_after_its_township_ends_before_its_villager():
    from extract.place_patterns import village_mentions
    text = "新疆阿克苏地区库车市阿克吾斯塘乡托帕艾日克村村民阿木东家里有3头牛"
    assert [m[2] for m in village_mentions(text)] == ["托帕艾日克村"]


def test_a_zone_a_figure_includes_is_not_its_place():
    text = "南安市\n2023-06-01\n有9个项目未开工建设,分别为官桥镇(含官桥园区)3个,石井镇、梅山镇各2个。"
    df = extract_article(text, "t")
    assert "官桥园区" not in set(df["region"]) and "含官桥园区" not in set(df["region"])


def test_a_management_area_is_a_place_of_its_own():
    df = extract_article("潜江市\n2022-05-01\n运粮湖管理区今年一季度完成固定资产投资1.2亿元,同比增长15%。", "t")
    assert set(df["region"]) == {"运粮湖管理区"}


def test_a_reference_word_a_verb_takes_as_its_object_stands_for_no_subject():
    from extract.place_patterns import in_a_frame

    # written for the test: the township's figures, under the district's campaign it carries out
    text = "王店镇牢牢把握全区“项目建设年”活动总体部署,一季度实现固定资产投资15.27亿元,为确保全区投资稳定增长做出贡献。"
    assert in_a_frame(text, text.index("全区"), text.index("全区") + 2)
    assert in_a_frame(text, text.rindex("全区"), text.rindex("全区") + 2)
    assert not in_a_frame("计划为全县199户困难户给予贴息", 3, 5)


def test_a_short_name_two_places_bear_is_the_one_the_text_s_reference_word_fits():
    # written for the test: 淮安 is 淮安市 and 淮安区; the text speaks of 全市
    text = ("一季度全市固定资产投资同比增长5.4%\n淮安日报讯:记者近日了解到,今年一季度,全市规模以上固定资产投资同比增长5.4%。"
            "全市完成固定资产投资488.39亿元。")
    assert set(extract_article(text, "t")["region"]) == {"淮安市"}


def test_a_village_named_once_after_its_township_is_the_subject_of_a_text_that_calls_it_this_village():
    # written for the test: a feature that names its village once and otherwise says 这个村
    text = ("这个村将集体经济股份设置五类:人头股30%,脱贫股20%。\n还是这个村,建设六个园区,带动农户120户。\n"
            "这个村就是奉节县永乐镇长凼村。\n2018年8月底,我们来到贫困户郑某家中。他一年收入近3万元。")
    assert set(extract_article(text, "t")["region"]) == {"长凼村"}


def test_a_district_opening_its_clause_with_its_own_measure_goes_on_past_the_semicolon():
    # written for the test: a city's text going through its districts
    text = ("西安各区财政收入\n2024-04-26\n西安2023年全市一般公共预算收入951.92亿元,增长14.1%。\n"
            "雁塔区的税收收入为46.80亿元,增长23.9%;非税收入13.60亿元,增长303.0%。")
    df = extract_article(text, "t")
    assert df[df["value"].isin([13.6e8, 303.0])]["region"].tolist() == ["雁塔区", "雁塔区"]


def test_a_township_said_to_lie_beside_other_places_is_the_subject_of_its_profile():
    # written for the test: the places the township lies beside are no subject
    text = ("东龙镇富力新区\n2021-05-01\n东龙镇位于贵港市覃塘区北面,东邻港北区中里乡,奇石乡,北与来宾、武宣交界,"
            "现辖区总面积123平方公里,16个村委会,总人口6万多。")
    assert set(extract_article(text, "t")["region"]) == {"东龙镇"}


def test_a_city_named_only_as_a_ranking_s_field_or_a_comparison_s_base_is_not_the_subject():
    # 我市 ranks first in 金华 and beats 金华's rate: the text is about a place inside 金华 (义乌市, named once)
    text = ("10月24日,今年我市前三季度经济数据出炉。前三季度,全市实现地区生产总值1406.4亿元,同比增长8.7%,增速位列金华第一,"
            "分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点。\n前三季度,全市认真贯彻落实在金华义乌考察调研时的重要指示精神。"
            "规上工业增加值增长9.1%,增速位居金华各县市区第二。")
    df = extract_article(text, "t")
    own = dict(zip(df["value"], df["region"], strict=True))
    assert {own[1406.4e8], own[8.7], own[9.1]} == {"义乌市"}
    assert (own[6.3], own[6.7]) == ("浙江省", "金华市")  # the bases' own rates, in brackets after them
    # a place's own figure in a list of places is still that place's, and a congress's session is no ranking
    df = extract_article("甘肃省\n2024-08-01\n各市州中,陇南市(57.3%)、临夏州(41.1%)增速较快。", "t")
    assert df["region"].tolist() == ["陇南市", "临夏回族自治州"]


def test_a_province_in_a_site_s_breadcrumb_trail_is_not_the_article_s_place():
    text = ("四海资讯\n首页 > 国内资讯 > 江西新闻\n吉安93个重大工业项目集中开工竣工\n时间:2018-10-25\n"
            "本报吉安讯 (记者刘之沛)10月18日上午,2018年吉安市重大工业项目第三次集中开工竣工活动暨江西瀚茂精密制造项目"
            "开工仪式在新干县举行。\n"
            "据了解,吉安市此次共有93个项目集中开工竣工,项目总投资367.7亿元。其中新开工项目56个,投资总额239.7亿元。")
    df = extract_article(text, "t")
    assert set(df["region"]) == {"吉安市"}


def test_a_city_in_a_news_app_s_name_on_the_byline_is_not_the_article_s_place():
    # ZAKER贵阳 2021-11-13 over a province's round-up of its cities: 我省's figures are the province's
    path = os.path.join(os.path.dirname(__file__), "data", "real", "h135_05.txt")
    with open(path, encoding="utf-8") as fh:
        df = extract_article(fh.read(), "t")
    got = dict(zip(df["value"], df["region"], strict=True))
    assert (got[13985.53e8], got[1993.65e8], got[3102.44e8]) == ("贵州省", "贵州省", "贵阳市")


def test_a_short_form_that_is_also_a_common_word_needs_its_place_named_in_full():
    # 新建 (newly built: 新建高标准农田5万亩) in 江西's 金溪县 bulletin is not 南昌's 新建区, which the text never names
    with open(os.path.join(os.path.dirname(__file__), "data", "real", "h37_01.txt"), encoding="utf-8") as fh:
        df = extract_article(fh.read(), "t")
    assert "新建区" not in set(df["region"])
    assert df[df["value"] == 18.24e8]["region"].tolist() == ["金溪县"]
    df = extract_article("南昌市新建区\n2023-02-01\n2022年,新建区地区生产总值增长5%,新建全年引进项目12个。", "t")
    assert set(df["region"]) == {"新建区"}


def test_a_neighbouring_prefecture_opening_its_paragraph_keeps_it_past_a_semicolon():
    """A round-up of a province's prefectures, one paragraph each: the clauses after ``;`` stay the paragraph's."""
    text = ("大同市“三个一批”活动共推进项目58个,总投资92.04亿元。\n"
            "阳泉市“三个一批”活动中,集中签约项目15个,总投资59.91亿元;集中开工项目55个,总投资100.4亿元。\n")
    rows = extract_article(text, "a", date="2023-12-02")
    assert rows.loc[rows["value"] == 55, "region"].tolist() == ["阳泉市"]
    assert rows.loc[rows["value"] == 58, "region"].tolist() == ["大同市"]


def test_a_title_opening_on_a_bare_zone_kind_is_about_the_zone_the_lead_names():
    """``高新区连续三年获苏州先进``: the zone the lead names in full, not the city giving the honour."""
    text = ("高质量发展步履铿锵 高新区连续三年获苏州先进\n"
            "“2020年度苏州市推进高质量发展先进地区”名单公布,太仓高新区榜上有名,这也是太仓高新区连续第三年获得此项荣誉。\n"
            "去年全年高新区完成地区生产总值565亿元,增长7.2%,占全市的40.8%;一般公共预算税收收入75.01亿元,增长7%。\n")
    rows = extract_article(text, "a", date="2021-02-20")
    assert set(rows["region"]) == {"太仓高新区"}


def test_a_village_s_designation_is_no_village():
    """``首批共富村``, ``共富村``: a kind of village a list names, not a village called so."""
    from extract.place_patterns import village_mentions
    text = "杭州市首批共富村名单公布,什么是共富村?仓前街道的清波村入选。"
    assert [n for _s, _e, n in village_mentions(text)] == ["清波村"]


def test_places_in_a_site_s_menu_are_where_it_was_published():
    """``最新原创 专题 … 温州 绍兴 衢州 淳安 岱山 桐庐 文娱``: the site's menu, not the article's subject."""
    from extract.where_written import is_in_source
    text = "最新原创 专题 新经济 曝光台 温州 绍兴 衢州 淳安 岱山 桐庐 文娱 元宇宙您的位置:首页\n余杭区6个村入选。"
    assert is_in_source(text, text.index("衢州"))
    assert not is_in_source(text, text.index("余杭区"))
    assert not is_in_source("五 台 县 统 计 局", 4)


def test_each_wire_story_of_a_page_is_about_its_own_place():
    """A newspaper page printing two wire stories (本报宁波…电, then 本报天台…电): each story's figures are its place's."""
    text = ("奉化天台一批重大项目开工\n"
            "本报宁波11月17日电 (记者 周文丹 共享联盟奉化站 严世君) 17日上午,宁波市奉化区扩大有效投资重大项目集中开工活动"
            "在锦屏中学迁建工程现场举行。此次开工重大项目有18项,总投资212.2亿元。\n"
            "此次集中开工项目包括社会事业项目5项,总投资10.5亿元;重大工业项目3项,总投资8.7亿元;商贸项目2项,总投资25亿元。\n"
            "本报天台11月17日电 (记者 杨群 共享联盟天台站 李兆葵) 11月17日上午,天台县12个重大项目集中开工,以此动员全县上下"
            "狠抓项目建设、扩大有效投资,持续掀起“冲刺四季度、确保两战赢”的热潮。\n"
            "此次集中开工的12个重大项目,总投资93.7亿元,涉及产业提升、基础设施、民生保障等多个领域。\n")
    rows = extract_article(text, "a", date="2020-11-18")
    assert set(rows.loc[rows["value"].isin([5, 3, 2]), "region"]) == {"奉化区"}
    assert set(rows.loc[rows["value"] == 12, "region"]) == {"天台县"}


@pytest.mark.parametrize("text", [
    # the bodies that lead a county are not what its review is about
    "2025年湟源县政府工作报告\n过去的一年,在省委省政府、市委市政府和县委坚强领导下,我们真抓实干,地区生产总值增长7%;"
    "固定资产投资增长30.6%。",
    # nor is a city named in the slogan of the city's directive
    "2022年湟源县政府工作报告\n2022年,湟源县将深入贯彻省委“四强战略”和市委“重振西宁制造、再现西宁辉煌”决策部署,"
    "谋划集中开工重点项目135个,总投资达800亿元。",
    # 全市 in a ranking among the city's counties is the field, not the subject
    "2025年湟源县政府工作报告\n2024年地区生产总值、社会消费品零售总额增速排名全市县区第一,地区生产总值增长7%。",
], ids=["leadership", "directive-slogan", "ranked-in-city"])
def test_a_directive_s_bodies_and_a_ranking_s_field_are_not_the_subject(text):
    df = extract_article(text, "t")
    assert len(df) >= 2 and set(df["region"]) == {"湟源县"}


def test_a_township_name_read_across_two_words_is_no_place():
    """示范村镇 is 示范 + 村镇 (model villages and towns), not the township 范村镇."""
    df = extract_article("周口市乡村振兴简报\n我市已有国家级“一村一品”示范村镇11个,全国文明村镇3个。", "t")
    assert set(df["region"]) == {"周口市"}


def test_a_zone_s_short_kind_opening_a_clause_is_the_zone_of_the_article_s_place_or_the_one_named_in_full():
    page = ("当前位置:河南热线 > 地市 > 郑州 > 正文\n郑州市重大项目集中开工仪式举行\n"
            "12月1日上午,经开区举行全市重大项目集中开工活动。经开区2023年初步谋划重大项目420个,总投资2700亿元。")
    df = extract_article(page, "t")
    assert set(df["region"]) == {"郑州经济技术开发区"}
    # the text names its zone in full first: the short kind is that zone (a county's 经济开发区, not a national one)
    df = extract_article("雅安经济开发区2022年发展成效\n雅安经济开发区位于雅安市。经开区全年实现规上工业总产值110.4亿元。", "t")
    assert set(df["region"]) == {"雅安经济开发区"}


def test_a_figure_restated_as_this_one_is_about_the_place_it_was_first_given_for():
    """``当天,温岭共有15个…集中开工。\\n在此次集中开工的15个项目里,…``: the later paragraph's count is 温岭's, and so is
    its breakdown, not the headline's 台州市; a count given for two places before says nothing of which it is."""
    text = ("台州一批重大项目签约开工\n2月24日,温岭共有15个重大项目集中开工,总投资达120.4亿元。\n"
            "在此次集中开工的15个项目里,产业升级类项目6个,总投资38.4亿元;社会民生类项目3个。")
    df = extract_article(text, "t", date="2023-02-25")
    assert df["region"].tolist() == ["温岭市"] * 6
    text = ("广元集中开工101个项目\n1月4日,利州区三江口社区举行开工仪式,当地集中开工重大项目101个。\n"
            "在本次集中开工的101个重大项目中,基础设施项目25个。")
    df = extract_article(text, "t", date="2022-01-05")
    assert df["region"].tolist()[-2:] == ["广元市", "广元市"]
    # a set the text goes through (112个项目中有96个…) is the set counted first, not the last place named
    text = ("项目建设是稳投资、稳增长的“压舱石”,是推动区域经济发展的动力引擎。为进一步聚焦年度目标任务,全面加快重大项目建设"
            "进度,全力推动企业复工复产,奋力夺取疫情防控和经济社会发展“双胜利”,4月22日,宿迁市举行二季度全市重大产业项目"
            "集中开工活动,开工重大产业项目112个,计划总投资894.9亿元,年度计划投资317.7亿元。\n"
            "记者了解到,在开工的重大产业项目中,沭阳县开工24个项目,计划总投资170.5亿元。\n"
            "本次集中开工的项目有三个特点:一是产业契合度较高。112个项目中有96个是制造业项目。")
    df = extract_article(text, "t")
    assert df["region"].tolist()[-2:] == ["宿迁市", "宿迁市"]


def test_a_zone_named_by_its_kind_alone_goes_on_through_its_paragraph():
    """``经开区2023年初步谋划重大项目420个…。其中:省、市重点项目140个``: the zone opening the paragraph is the place
    of its breakdown, not the city; a bare zone that is one item of a list of places' figures is not."""
    text = "郑州市\n经开区2023年初步谋划重大项目420个,总投资2700亿元。其中:省、市重点项目140个,总投资1287亿元。"
    df = extract_article(text, "t", date="2022-12-01")
    assert set(df["region"]) == {"郑州经济技术开发区"}
    text = ("巴中市\n分县(区)看,巴州区2个,投资总额4.5亿元;经开区5个,投资总额8.7亿元。分产业看,一产业项目8个,"
            "投资总额4.32亿元。")
    df = extract_article(text, "t", date="2023-05-20")
    assert df["region"].tolist()[-2:] == ["巴中市", "巴中市"]


def test_a_zone_opening_a_clause_with_its_own_measure_goes_on_through_its_paragraph():
    """``今年以来,新田园区完成规模工业总产值95.13亿元…。工业企业实缴税金完成3460万元``: in a county's text, a zone
    named with a measure of its own is the place of the paragraph's next sentences; a project named after its park
    (``三江口新能源电动车产业园二期、大王椰生态板等4个项目``) and a zone's item in a list of places' figures are not."""
    text = ("新田县经济运行\n新田县今年经济运行良好。\n今年以来,新田园区完成规模工业总产值95.13亿元,增幅25.12%。"
            "工业企业实缴税金完成3460万元,同比增长43.87%。\n全县粮食产量12万吨。")
    df = extract_article(text, "t", date="2019-01-17")
    assert df["region"].tolist() == ["新田园区"] * 4 + ["新田县"]
    text = ("象州县\n三江口新能源电动车产业园二期、大王椰生态板等4个项目列入清单。工业投资同比增长69.6%。")
    assert extract_article(text, "t", date="2023-01-10")["region"].tolist()[-1] == "象州县"
    text = ("安顺市\n分县区:西秀区项目8个,总投资3.26亿元;黄果树旅游区项目3个,总投资0.9亿元。市直项目2个,总投资3.37亿元。")
    assert extract_article(text, "t", date="2023-03-10")["region"].tolist()[-2:] == ["安顺市", "安顺市"]


def test_a_zone_named_by_its_kind_where_a_zone_is_in_force_is_that_zone():
    ctx = PlaceContext(gazetteer())
    zone = Place("雅安经济开发区", "511800", "zone", "四川省", "雅安市", "")
    assert ctx._named_after("经开区", zone) == "雅安经济开发区"
    # a zone of another kind in force: the bare kind is named after the place that zone lies in
    zone = Place("长寿经济技术开发区", "500115", "zone", "重庆市", "", "长寿区")
    assert ctx._named_after("高新区", zone) == "长寿高新技术产业开发区"


def test_a_municipality_s_district_calls_the_municipality_the_city():
    """``嘉定区…远超全市8.1%``: a district of 上海市 is no 市, so its text's 全市 is the municipality; a county-level
    city's 全市 stays itself."""
    text = "嘉定区经济运行情况简析\n一季度嘉定区社会消费品零售额同比增长29%。全市规模以上工业总产值下降0.1%。"
    assert extract_article(text, "t", date="2015-04-10")["region"].tolist() == ["嘉定区", "上海市"]
    text = "义乌市经济运行情况\n一季度义乌市社会消费品零售额同比增长9%。全市规模以上工业总产值增长3.1%。"
    assert extract_article(text, "t", date="2015-04-10")["region"].tolist() == ["义乌市", "义乌市"]


def test_an_autonomous_region_calls_itself_the_region():
    """``宁夏90个重点建设项目开工率达80%…我区安排的90个重点建设项目``: 我区/全区 in an autonomous region's text is the
    region's own word; a county's work report naming its region only in brackets stays the county's."""
    text = ("宁夏90个重点建设项目开工率达80%\n4月17日,记者从宁夏发展改革委获悉,截至3月底,我区安排的90个重点建设项目,"
            "已有72个开工建设。今年,我区共安排重点建设项目90个,其中银川隆基硅年产5GW单晶硅棒项目1个。全区完成投资67.1亿元。")
    df = extract_article(text, "t", date="2018-04-18")
    assert set(df[~df["sentence"].str.contains("银川")]["region"]) == {"宁夏回族自治区"}
    text = ("(内蒙古)2018年新巴尔虎左旗人民政府工作报告(全文)\n现在,我代表旗人民政府向大会作工作报告。过去一年,新巴尔虎左旗"
            "地区生产总值完成45.6亿元,增长6%。全区上下团结奋进,全区经济平稳。一般公共预算收入3.2亿元。呼伦贝尔市下达的任务全面完成。")
    df = extract_article(text, "t", date="2018-02-03")
    assert set(df[~df["sentence"].str.contains("呼伦贝尔")]["region"]) == {"新巴尔虎左旗"}


def test_a_zone_the_text_visits_is_its_subject_over_a_province_named_only_in_passing():
    """``…总编辑宁夏行”调研采访团走进宁东能源化工基地``: a province that the text never calls 全区 only qualifies; the
    zone it goes on about is the subject."""
    text = ("新京报讯(记者 郭懿萌)10月10日,“2023全国都市报+新媒体总编辑宁夏行”调研采访团走进宁东能源化工基地,见证宁夏能源化工"
            "产业的发展历程。\n媒体嘉宾参观宁东生活区沙盘。 图源:宁夏日报\n新京报记者了解到,宁东能源化工基地是国家重要的大型"
            "煤炭生产基地,是宁夏高质量发展示范区。2022年,实现工业总产值1980亿元,增长23.2%。")
    df = extract_article(text, "t", date="2023-10-11")
    assert set(df["region"]) == {"宁东能源化工基地"}


def test_places_listed_before_their_count_each_take_their_figure():
    """``玛纳斯县、呼图壁县、昌吉市3个县市棉花种植面积分别为75.06万亩、61.02万亩、42.38万亩``: the count of the group
    stands for the prefecture, but the listed figures are each place's in order."""
    text = ("昌吉州棉花生产情况\n2017年,昌吉州棉花生产形势良好。从棉花种植面积看,玛纳斯县、呼图壁县、昌吉市3个县市棉花种植面积"
            "分别为75.06万亩、61.02万亩、42.38万亩。")
    df = extract_article(text, "t", date="2018-01-12")
    assert df[df["unit"] == "亩"]["region"].tolist() == ["玛纳斯县", "呼图壁县", "昌吉市"]


def test_a_field_of_a_size_is_no_zone():
    """``建立以七门堰、朝阳等村为核心的1万亩油菜高产创建核心示范区,建立靠山村800亩优质桃种植基地``: a demonstration field
    named by its size is no place; the town's figures stay the town's."""
    text = ("舒城县干汊河镇经济发展呈现平稳上升势头\n干汊河镇大力实施高效农业示范项目,建立以七门堰、朝阳等村为核心的1万亩油菜高产"
            "创建核心示范区,建立280亩黄姜种质资源基地。")
    df = extract_article(text, "t", date="2020-01-07")
    assert set(df["region"]) == {"干汊河镇"}


def test_a_bare_zone_listed_among_a_city_s_counties_is_the_city_s_zone():
    # 藁城区(63.3亿元)、高新区(61.9亿元) in 石家庄's report: 石家庄's 高新区, not 藁城's; what the list measures is the
    # investment its breakdown frame names (从投资完成情况看)
    text = ("石家庄市重点项目完成情况\n近日,石家庄市通报今年市重点项目1-8月份完成情况:截至8月底,340个市重点项目共完成投资703.2亿元。\n"
            "从投资完成情况看,排名前五位的分别为:藁城区(63.3亿元)、高新区(61.9亿元)、正定县(51.3亿元)。")
    df = extract_article(text, "t", date="2018-09-26")
    row = df[df["value"] == 6190000000].iloc[0]
    assert row["region"] == "石家庄高新技术产业开发区"
    assert row["prefecture"] == "石家庄市"
    assert df[df["value"] == 6330000000].iloc[0]["region"] == "藁城区"
    assert df[df["value"] == 6330000000].iloc[0]["indicator"] == "major_project_investment"


def test_a_county_named_by_its_people_is_read_in_its_own_province():
    # 东乡县 is 东乡族自治县 in 临夏's text (and the county of that name in 抚州 in 抚州's); 临夏州's total stays its own
    df = extract_article("临夏州各县市共储备招商引资推介项目378项。东乡县储备项目83项,总投资95.75亿元。", "t", date="2019-02-01")
    assert df[df["value"] == 378].iloc[0]["region"] == "临夏回族自治州"
    row = df[df["value"] == 83].iloc[0]
    assert (row["region"], row["prefecture"]) == ("东乡族自治县", "临夏回族自治州")
    assert extract_article("抚州市东乡县新开工项目12个。", "t", date="2019-02-01").iloc[0]["prefecture"] == "抚州市"


def test_a_place_named_once_deep_in_a_section_does_not_make_the_section_its_own():
    # 即使是相邻的苏州市 in a 嘉定 report's section: a comparison, not the section's subject; 全区 stays 嘉定区
    text = ("嘉定首季经济数据折射转型成效\n日期:2015-04-28 信息来源:上海嘉定\n日前,全区一季度经济运行数据对外发布。\n"
            "增幅放缓但缓中领先\n2013年、2014年全区经济增速分别为9.4%和9.9%,而今年一季度却滑落到了6.1%。仔细对比前两年的数据后"
            "不难发现,嘉定的经济体量其实并未有丝毫缩水。今年前三月,全区实现增加值435亿元,较2013年、2014年同时期有明显提升。"
            "浏览一季度统计数据,部分经济指标的暗淡无法影响全区经济总体向好的基本格局,嘉定经济与全市及周边相比,呈现缓中领先之势。"
            "今年前三个月,全区实现规模以上工业产值突破1300亿元大关,同比微增1.5%。即使是相邻的苏州市,规模以上工业总产值增长也仅有0.9%。"
            "\n新数据折射产业新动力\n一季度全区增加值435亿元,同比增长6.1%。")
    df = extract_article(text, "t", place="嘉定区")
    assert set(df[df["value"].isin([9.4, 9.9, 1.5])]["region"]) == {"嘉定区"}


def test_a_slogan_that_makes_the_county_thrive_names_no_county():
    # 开放兴县, 产业富县 in 朝阳县's report: slogans, not 兴县 (吕梁) or 富县 (延安); those counties named so stay theirs
    df = extract_article("朝阳县坚持工业强县、开放兴县、产业富县,全县地区生产总值113.6亿元。山西省兴县地区生产总值100亿元。", "t",
                         date="2023-01")
    assert df.set_index("value")["region"].to_dict() == {11360000000: "朝阳县", 10000000000: "兴县"}


def test_a_province_part_named_by_its_position_is_the_place_of_its_figures():
    # 主城都市区, 苏北地区: planning regions with no division code, named as a clause's subject
    df = extract_article("1-7月,主城都市区市级重大项目年度投资进度达64.9%;渝东北三峡库区城镇群年度投资进度达67.8%。"
                         "苏北地区集中开工项目共377个。", "t", date="2022-08-10")
    got = df.set_index("value")[["region", "region_level", "province"]].apply(tuple, axis=1).to_dict()
    assert got == {64.9: ("主城都市区", "other", "重庆市"), 67.8: ("渝东北三峡库区城镇群", "other", "重庆市"),
                   377: ("苏北地区", "other", "江苏省")}


def test_the_next_field_of_a_ranking_is_no_subject():
    # 居中心城区第5位、主城都市区第11位: both are fields 巴南区 is ranked in
    df = extract_article("今年1—9月,巴南区实现地区生产总值682.5亿元,增长10.1%,居中心城区第5位、主城都市区第11位。", "t",
                         date="2021-10-10")
    assert set(df["region"]) == {"巴南区"}
    assert sorted(df[df["measure"] == "rank"]["value"]) == [5, 11]


def test_a_zone_in_the_first_item_of_a_list_of_projects_after_a_stage_word_is_no_subject():
    # 新续建滨河新区自驾游基地、…等旅游项目79个: 新续建 is the projects' stage, not part of a zone's name, and the zone
    # only places the first project; the count and the investment are the city's
    df = extract_article("2017年,张掖市全力推进全域旅游发展。新续建滨河新区自驾游基地、丝路江南生态古镇等旅游项目79个,完成投资32亿元。",
                         "t", date="2018-01-20")
    assert set(df["region"]) == {"张掖市"}
