"""Period words resolved against the article date, and the article date itself."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.datelines import article_date, speech_date
from extract.periods import ArticleDate, find_periods

ART = ArticleDate(2022, 4, "metadata")

CASES = [
    ("2021年,地区生产总值增长9%", ("2021-01", "2021-12")),
    ("一季度,全市规上工业增加值增长30%", ("2022-01", "2022-03")),
    ("今年1月至2月,出口增长57%", ("2022-01", "2022-02")),
    ("元月至3月,出口增长57%", ("2022-01", "2022-03")),  # 元月: January
    ("元至三月份,新签约项目40个", ("2022-01", "2022-03")),
    ("1-5月,用电量增长18%", ("2022-01", "2022-05")),
    ("今年以来,新增企业20家", ("2022-01", "2022-04")),
    ("去年以来,新增企业20家", ("2021-01", "2022-04")),
    ("去年来,引进纺织项目18个", ("2021-01", "2022-04")),
    ("从今年来看,新增企业20家", ("2022-01", "2022-12")),
    ("一年来,签约项目38个", ("2021-05", "2022-04")),
    ("两年来,争取资金36.8亿元", ("2020-05", "2022-04")),
    ("上半年,增长6%", ("2022-01", "2022-06")),
    ("年末常住人口62.37万人", ("", "2022-12")),
    ("3月末,存款余额5628.4亿元", ("", "2022-03")),
    ("截至目前,已解决问题120件", ("", "2022-04")),
    ("力争到2030年,装机容量1000万千瓦", ("", "2030-12")),
    ("去年9月,成立17个专班", ("2021-09", "2021-09")),
    ("“十四五”以来,累计完成投资820亿元", ("2021-01", "2022-04")),
    ("近三年,地区生产总值年均增长6.2%", ("2019-05", "2022-04")),
    ("1、2月份,规上工业增加值增长7.5%", ("2022-01", "2022-02")),
    ("今年“五一”假期,全县接待游客13.41万人次", ("2022-04", "2022-05")),
    ("国庆黄金周期间,接待游客8万人次", ("2022-10", "2022-10")),
    # a holiday is the months its official days off fell in that year (from the holiday calendar)
    ("2024年春节假期,全县接待游客36万人次", ("2024-02", "2024-02")),
    ("2017年春节假期,全县接待游客21万人次", ("2017-01", "2017-02")),
    ("2020年“五一”假期,全县接待游客9万人次", ("2020-05", "2020-05")),
    ("2019年端午节假期,全县接待游客5万人次", ("2019-06", "2019-06")),
    ("“清明节”小长假期间,全县接待游客3万人次", ("2022-04", "2022-04")),
    ("2035年春节假期,全县接待游客50万人次", ("2035-01", "2035-02")),
    ("低收入人口由3200人减少到2020年底的410人", ("", "2020-12")),
    ("去年底全县贫困发生率降至0.5%", ("", "2021-12")),
    ("今年底前建成5G基站300个", ("", "2022-12")),
    ("地区生产总值由180亿元增加到2020年的260亿元", ("2020-01", "2020-12")),
    # a span written out: the quarters counted from January, and a run of days (not its first or last day)
    ("前三个季度,某县外贸出口增长12%", ("2022-01", "2022-09")),
    ("今年前两季度,新签约项目14个", ("2022-01", "2022-06")),
    ("2月3日至9日,某镇接待游客2.1万人次", ("2022-02", "2022-02")),
    ("2020年1月至2021年9月,签约项目904个", ("2020-01", "2021-09")),
    ("3月20日至5月31日这段时间,新增市场主体350户", ("2022-03", "2022-05")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:8] for c in CASES])
def test_period(text, expected):
    periods = find_periods(text, ART)
    assert periods, "no period found"
    assert (periods[0].start, periods[0].end) == expected


def _table(text, date):
    from extract import extract_article

    return extract_article(text, "t", date=date)


def _periods_by_value(df):
    """Each row's ``(period_start, period_end)`` by its value."""
    return dict(zip(df["value"], zip(df["period_start"], df["period_end"], strict=True), strict=True))


def test_since_founding_starts_at_the_founding_month():
    df = _table("文成县\n今年3月,文成县组建招商专班。\n专班成立以来,签约项目12个。", "2023-11-01")
    assert (df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("2023-03", "2023-11")


def test_stock_words_take_the_paragraph_period():
    df = _table("文成县\n年末全县存款余额120.5亿元;贷款余额98.2亿元。", "2024-03-01")
    assert df["period_end"].tolist() == ["2023-12", "2023-12"]
    df = _table("文成县\n一年来,专班签约项目12个;全县新开工项目8个,累计完成投资6.1亿元。", "2023-09-01")
    assert set(df["period_start"]) == {"2022-10"}


def test_a_new_place_after_a_semicolon_does_not_inherit_the_period():
    df = _table("文成县\n玉壶镇去年种植茶叶1200亩;大峃镇建成大棚80座。", "2023-05-01")
    assert df["period_start"].tolist() == ["2022-01", ""]


def test_a_capacity_once_built_has_no_period():
    df = _table("文成县\n项目全部达产后预计实现年产值15亿元。", "2023-05-01")
    assert (df.loc[0, "measure"], df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("target", "", "")


def test_dateline_wins():
    d = article_date("标题\n2022年07月26日 10:10:40 来源:山西新闻网\n今年以来……")
    assert (d.year, d.month, d.how) == (2022, 7, "dateline")


def test_a_date_in_a_long_line_the_page_head_cuts_off_is_no_dateline():
    story = "今天,我市56个项目集中开工,项目总投资818.4亿元。" * 12
    d = article_date(f"温州市56个项目今天集中开工\n2017年的第一个工作日,我市重大项目集中开工。\n{story}\n"
                     "据介绍,2016年1月4日、7月22日,我市参加集中开工活动中的114个项目已全部开工建设,全年共完成投资237亿元。")
    assert (d.year, d.month) == (2017, 1)


def test_a_new_year_s_first_working_day_dates_the_text_in_january():
    df = extract_article("2017年的第一个工作日,我市重大项目集中开工。\n今天,我市56个项目参加全省重大项目集中开工活动。", "t")
    assert df[["value", "period_start", "period_end"]].values.tolist() == [[56.0, "2017-01", "2017-01"]]


def test_the_past_year_of_a_text_early_in_the_next_is_the_year_reviewed():
    """SCHEMA: a work report's review (``过去一年``) is of the year reviewed: the calendar year before a text
    written from January to March, the year ending for one written from October on."""
    text = "寿光市\n过去的一年,寿光扎实推进重点项目建设,16个重点项目竣工投产,固定资产投资同比增长22.7%。"
    assert {tuple(p) for p in _table(text, "2023-01-31")[["period_start", "period_end"]].values} == {("2022-01", "2022-12")}
    assert {tuple(p) for p in _table(text, "2022-12-20")[["period_start", "period_end"]].values} == {("2022-01", "2022-12")}


def test_an_event_s_figures_take_its_month_when_the_content_dates_the_text_and_names_the_day():
    text = ("武宣县多个项目集中开工\n“我宣布,项目顺利开工。”6月23日,武宣县举行第二季度重大项目集中开竣工活动。\n"
            "此次集中开竣工的重大项目共7个,投资总额达16.1亿元。\n2021年1-5月,全县固定资产投资增长10%。")
    df = extract_article(text, "t")
    assert df[["period_start", "period_end"]].values.tolist()[:2] == [["2021-06", "2021-06"]] * 2


def test_date_inferred_from_content():
    d = article_date("2021年一季度,来宾市地区生产总值167.14亿元,同比增长18%。")
    assert (d.year, d.month, d.how) == (2021, 4, "content")


def test_a_year_the_text_plans_for_is_the_year_it_is_written_in():
    d = article_date("2021年,全镇新建道路12公里。\n2022年,全镇将新开工重点项目40个,总投资30亿元。")
    assert (d.year, d.how) == (2022, "content")
    d = article_date("2023年,全县安排重点项目50个,年度投资计划80亿元。1-4月,完成投资30亿元。")
    assert (d.year, d.month, d.reported) == (2023, 5, ("2023-01", "2023-12"))


def test_a_year_reported_so_far_is_the_current_one():
    d = article_date("2019年全县重点项目推进情况(截至9月30日)\n2019年实施重点项目120项,当年计划投资50亿元,本年度完成投资30亿元。")
    assert (d.year, d.month) == (2019, 9)
    # 今年以来 and 1至10月份 speak of a year under way more often than the one year named is reported done
    d = article_date("11月15日,苍梧县旺甫工业小镇工地内机械正在施工。据了解,苍梧县1至10月份签约项目共11个。今年以来,"
                     "苍梧县新开工项目共有10个。2019年统筹推进基础设施项目21项,投资总额达到2.7亿元。")
    assert (d.year, d.month) == (2019, 11)


def test_a_year_the_text_sees_begin_is_the_year_it_is_written_in():
    d = article_date("全市上下坚持“三顶格”工作机制,2022年“双招双引”圆满收官,为2023年精彩开局奠定基础。"
                     "据介绍,去年全年全市新签约亿元项目413个。")
    assert (d.year, d.reported) == (2023, ("2022-01", "2022-12"))


def test_a_year_closed_dates_the_text_only_with_a_lead_day():
    assert article_date("据统计,截至2018年底,全县贫困发生率降至1.2%。").how == "unknown"
    d = article_date("新华网合肥8月3日电 据统计,截至2018年底,全县贫困发生率降至1.2%。")
    assert (d.year, d.month) == (2019, 8)


def test_a_year_a_project_is_planned_for_or_a_document_s_title_names_does_not_date_the_text_after_it():
    """``计划2025年投产`` is a plan's year, and ``《2024—2025年节能降碳行动方案》`` a title's: neither was reported."""
    assert article_date("今年三季度,全市计划新开工项目167个。项目分三期建设,计划2025年投产。").how == "unknown"
    d = article_date("根据《2024—2025年节能降碳行动方案》,全县新建光伏电站3座。")
    assert d.year == 2025, "a title names a year the text has reached, not one it looks back on"


def test_a_value_reached_in_a_year_is_not_a_target():
    d = article_date("农民人均收入从2010年的3000元增长到2018年的12000元。")
    assert d.year == 2019


def test_a_text_dated_by_its_content_alone_gives_no_month_to_undated_figures():
    text = "2022年,全镇新建道路12公里。\n全镇共有合作社35家。"
    assert _table(text, None)[["period_start", "period_end"]].values.tolist()[-1] == ["", ""]
    text = "7月8日,记者来到该镇。2022年,全镇新建道路12公里。\n全镇共有合作社35家。"
    assert _table(text, None)[["period_start", "period_end"]].values.tolist()[-1] == ["", "2023-07"]


def test_a_day_in_a_dated_sequence_is_not_the_texts_own():
    d = article_date("2021年,全县脱贫1200人。2018年5月,该县通过评估,9月26日正式退出贫困县序列。")
    assert (d.year, d.month, d.day_named) == (2022, 1, False)


def test_metadata_date_wins():
    assert article_date("2021年一季度……", "2023-06-12").ym == "2023-06"


def test_a_period_opening_the_paragraph_frames_every_place_after_it():
    df = _table("衢州市\n前三季度,江山市实现地区生产总值300.5亿元;常山县实现地区生产总值120.2亿元;开化县增长6.1%。",
                "2024-10-28")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-01", "2024-09")}


def test_a_report_title_without_a_year_sets_the_period():
    text = "宜宾市一季度各区县经济运行情况\n2025-04-20\n固定资产投资方面,翠屏区增长8.2%。"
    assert _table(text, None)[["period_start", "period_end"]].values.tolist() == [["2025-01", "2025-03"]]


def test_a_news_headline_period_does_not_cover_every_figure():
    text = "临安区:一季度项目建设开门红\n2025-04-20\n该项目总投资8亿元。"
    assert _table(text, None)[["period_start", "period_end"]].values.tolist() == [["", "2025-04"]]


def test_a_date_the_project_aims_for_is_not_the_figure_period():
    df = _table("文成县\n物流园项目总投资6亿元,主体已完成70%,预计9月底投用。", "2023-05-01")
    assert df["period_end"].tolist() == ["2023-05", "2023-05"]


def test_first_n_months():
    assert [(p.start, p.end) for p in find_periods("前10月,接待游客1280万人次", ART)] == [("2022-01", "2022-10")]


def test_a_numbered_heading_year_covers_its_section():
    text = ("政府工作报告\n——2025年1月8日在某县第十八届人民代表大会第五次会议上的报告\n一、2024年工作回顾\n"
            "过去一年,江山市地区生产总值增长6.2%。\n民生福祉持续增进。城镇新增就业1.3万人。\n二、2025年主要目标\n"
            "地区生产总值增长6%左右。")
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist() == [["2024-01", "2024-12"]] * 2 + [["2025-01", "2025-12"]]
    assert df["measure"].tolist() == ["growth", "count", "target"]


def test_every_stock_word_defers_to_the_span_before_it():
    df = _table("江山市\n五年来,全市累计完成固定资产投资420亿元,累计新增市场主体9.6万户。", "2025-01-08")
    assert set(df["period_start"]) == {"2020-02"}


def test_the_past_n_years_of_a_report_are_n_years_back_and_the_past_year_is_the_year_reviewed():
    art = ArticleDate(2021, 12, "dateline")
    assert [(p.start, p.end) for p in find_periods("过去五年,全县地区生产总值年均增长6.9%", art)] == [("2017-01", "2021-12")]
    assert [(p.start, p.end) for p in find_periods("过去一年,全县地区生产总值增长6.9%", art)] == [("2021-01", "2021-12")]
    january = ArticleDate(2022, 1, "dateline")
    assert [(p.start, p.end) for p in find_periods("过去的一年,全县地区生产总值增长6.9%", january)] == [("2021-01", "2021-12")]


def test_a_work_report_s_past_five_years_are_the_whole_years_it_reviews():
    # 过去的五年 and 五年来 in a report delivered in February 2016: 2011-2015, as 过去五年 is; 两年来 stays 24 months
    text = ("政府工作报告\n——2016年2月19日在准格尔旗第十六届人民代表大会第五次会议上\n各位代表:\n"
            "一、“十二五”时期及2015年工作回顾\n过去的五年,国民经济快速发展。固定资产投资累计完成2867亿元。\n"
            "五年来,全旗累计实施亿元以上项目262个。\n两年来,全旗新增企业20家。")
    got = _periods_by_value(extract_article(text, "t"))
    assert got[286700000000] == got[262] == ("2011-01", "2015-12")
    assert got[20] == ("2014-03", "2016-02")


def test_years_and_datelines_in_chinese_numerals():
    assert [(p.start, p.end) for p in find_periods("二〇二一年,全县地区生产总值增长9%", ART)] == [("2021-01", "2021-12")]
    assert article_date("标题\n二〇二四年十月二十日\n今年以来……").ym == "2024-10"


def test_as_of_a_year_end_is_a_point_not_a_deadline():
    periods = find_periods("截至2021年底,市场主体5.2万户", ART)
    assert (periods[-1].start, periods[-1].end, periods[-1].kind) == ("", "2021-12", "point")


def test_a_monthly_report_title_covers_its_month():
    text = ("泰和县7月份经济运行简况\n7月份,全县规模以上工业增加值同比增长6.6%;1-7月,同比增长7.1%。\n"
            "本月全县社会消费品零售总额12.3亿元。\n(来源:泰和县统计局 2024年8月5日)")
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist() == [["2024-07", "2024-07"], ["2024-01", "2024-07"],
                                                                  ["2024-07", "2024-07"]]
    assert df["label"].iloc[-1] == "社会消费品零售总额"


def test_a_paragraph_opened_by_qizhong_continues_the_one_before():
    text = ("鄱阳县\n2024-05-20\n1-4月,全县共有重点项目126个,年度计划投资152.6亿元,已完成投资61.3亿元,投资完成率40.2%。\n"
            "其中,新开工项目38个。")
    df = _table(text, None)
    assert df[["indicator", "period_start", "period_end"]].values.tolist() == [
        ["projects", "2024-01", "2024-04"], ["major_project_investment", "2024-01", "2024-12"],
        ["major_project_investment", "2024-01", "2024-04"], ["major_project_investment", "2024-01", "2024-04"],
        ["projects", "2024-01", "2024-04"]]


# the article's date from the page: a labelled dateline first, a consistent full date, a lead's day with its year
DATES = [
    ("2021年1-5月份全县经济运行情况\n发布日期:2021-06-25 15:30 来源:固镇县统计局\n", (2021, 6, "dateline")),
    ("湖镇镇政府工作报告\n发布时间: 2025- 02- 19 11: 35 浏览次数:\n", (2025, 2, "dateline")),
    ("10月21日,2021年阳江市重大项目集中开工江城区现场会在银岭工业园区举行。", (2021, 10, "dateline")),
    ("9月6日,2024湖南省(秋季)乡村文化旅游节在怀化市中方县举行。", (2024, 9, "dateline")),
    ("安徽庐江15个重点项目集中签约\n2016\n06/30\n19:45\n6月27日,庐江县举行签约仪式。", (2016, 6, "dateline")),
    ("1-9月园区工业经济运行情况\n26.10.2017  20:01\n1-9月,园区工业运行平稳。", (2017, 10, "dateline")),
    ("签约额达635亿元(江西晨报)2月7日,2021南昌县招商推介项目签约仪式举行。", (2021, 2, "dateline")),
    # page_date_run_on: the day run into the view count once the page's lines are joined
    ("某镇:特色种植带动增收文章来源:某县融媒体中心2023-08-1496走进某镇,大棚连片。今年以来,…", (2023, 8, "dateline")),
    # page_date_short_year: a two-digit year before the clock time and the source
    ("某县开发区获评优秀园区19-11-03 09:15来源:某省日报 编辑:李四\n近日,某县开发区获评。", (2019, 11, "dateline")),
    ("某县开发区获评优秀园区 19-11-03 来源:某省日报\n近日,某县开发区获评。", (2019, 11, "dateline")),
    # lead_year_not_published: the year of a ranking the lead quotes is not the lead's
    ("5月8日,在某论坛上,某研究院发布2019年全国百强县榜单。2018年,某县排名第十。", (2020, 5, "content")),
    # year_clue_words.csv: a plan year is the current one (plan, plan_next), a forecast's year says nothing,
    # a year named with a day early in it is the current year under way
    ("2月20日,某区人代会开幕。2017年全区生产总值增长8%。区长说,2018年全区发展的主要预期目标是增长7%。", (2018, 2, "content")),
    ("3月2日,某县人代会开幕。2017年,全县生产总值增长8%。2018年要重点抓好五项工作。", (2018, 3, "content")),
    ("2022年,某镇完成投资5亿元。2023年春节后,某园区开工。2026年预计实现产值50亿元。", (2023, 1, "content")),
    # quarter_event_batch: a quarter naming a batch of groundbreakings held in it is not a quarter reported on
    ("某县2022年第二季度重点项目集中开工仪式\n5月6日上午,某县举行仪式,开工项目15个。", (2022, 5, "content")),
    # a date inside the story is not the page's
    ("霍尔果斯经济开发区兵团分区,是2012年6月12日经国务院批准设立的开发区,2017年完成投资5亿元。", (2018, 1, "content")),
    # a budget report on 2023 with 2024's draft is read in 2024, not 2025
    ("周至县2023年财政预算执行情况和2024年财政预算草案的报告\n2023年全县一般公共预算收入完成3亿元。", (2024, 1, "content")),
    # a year that names an event (…年会, …活动, “2024·…”, 2023(中国)…博览会) is the year it is held in; a founding's
    # date (2009年3月公司成立以来) is no part of the year reported
    ("以“新格局”为主题,2020年中国某市国际投资年会暨重大项目集中签约活动于8月28日举办。本次签约项目66个。", (2020, 8, "content")),
    ("某网11月23日电 11月20日—22日,“2024·乡村振兴看河南”网络主题宣传活动开展。“2009年3月公司成立以来,带动农户300户。”",
     (2024, 11, "content")),
    ("8月18日,2023(中国)亚欧商品贸易博览会招商引资项目签约仪式举行,某州签约项目6个。", (2023, 8, "content")),
    # a comparison's base (较2023年末) is the year before the one the text is written in
    ("1至9月,某区规上工业总产值406亿元。市场主体存量36581户,较2023年末净增11152户。", (2024, 10, "content")),
    # a lead's day with its year some way into the sentence (the organisers named first)
    ("兴县新闻网讯(通讯员 马志伟)7月23日,由中共吕梁市委、市人民政府、省政府驻上海办事处、世界晋商上海论坛组委会共同主办的"
     "吕梁市2020第二季“以商招商”项目恳谈暨视频签约会举行。", (2020, 7, "dateline")),
    # a base two years back: 2021's reports compared with 2019 and gave the two years' mean
    ("今年一季度,某市经济稳定复苏。一季度,全市GDP完成2969.8亿元,增长18.4%,比2019年同期增长9.3%,两年平均增长4.5%。",
     (2021, 4, "content")),
]


def test_a_lead_compared_with_a_year_is_not_framed_by_that_year():
    text = ("来源:某日报\n原标题:《一季度某市经济实现开门红》\n"
            "一季度,全市GDP完成2969.8亿元,增长18.4%,比2019年同期增长9.3%,两年平均增长4.5%。其中,第一产业增加值完成18.3亿元。")
    df = extract_article(text, "t")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2021-01", "2021-03")}


def test_a_report_delivered_on_a_day_after_a_dash_is_dated_by_that_day():
    text = "某镇政府工作报告\n发布时间:2023-02-20 10:00\n2023年1月9日\n——在某镇第五届人民代表大会第三次会议上\n各位代表:"
    d = speech_date(text, article_date(text))
    assert (d.year, d.month, d.how) == (2023, 1, "dateline")


def test_a_report_whose_occasion_runs_over_a_line_is_dated_by_its_day_not_the_repost():
    text = ("(内蒙古)2022年某旗人民政府工作报告(全文)\n发布时间:2022-08-21 22:18\n2022年1月6日在某旗第十六届\n"
            "人民代表大会第一次会议上\n各位代表:")
    d = speech_date(text, article_date(text))
    assert (d.year, d.month, d.how) == (2022, 1, "dateline")


def test_a_report_dated_in_brackets_under_its_heading_is_dated_by_that_day_not_the_repost():
    text = ("2018年某旗人民政府工作报告(全文)\n公文搜 2021-07-27 17:06:58 政府报告\n"
            "某旗第十五届人民代表大会第二次会议政府工作报告\n海青\n(2018年2月3日)\n各位代表:")
    d = speech_date(text, article_date(text))
    assert (d.year, d.month, d.how) == (2018, 2, "dateline")


@pytest.mark.parametrize("text,expected", DATES)
def test_the_article_date_is_read_from_the_page(text, expected):
    d = article_date(text)
    assert (d.year, d.month, d.how) == expected


def test_a_text_dated_by_its_content_reports_on_the_year_before():
    d = article_date("2017年,全县地区生产总值增长7%。全县森林覆盖率45%。")
    assert d.reported == ("2017-01", "2017-12")


def test_a_lead_about_a_past_year_frames_the_figures_that_name_none():
    from extract import extract_article
    text = ("云南16州(市)GDP数据出炉\n2023-08-26 18:32 来源:网络整理\n据云南省统计局消息2021年云南全省及16州市地区生产总值"
            "数据目前已经全部出炉,全省实现地区生产总值27146.76亿元,同比增长7.3%。\n昆明市以7222.50亿元领跑全省。")
    df = extract_article(text, "t")
    assert df[df["value"] == 722250000000][["period_start", "period_end"]].values.tolist() == [["2021-01", "2021-12"]]


def test_an_amount_done_cumulatively_takes_the_year_the_report_is_about():
    # 累计完成 / 累计上涨 after the year a budget report or a bulletin is about: that year, not a point in time
    df = _table("泰顺县2023年财政预算执行情况\n2023年度财政总收入累计完成41230万元,增长6%。其中:税收收入累计完成22150万元,"
                "增长9%;非税收入累计完成19080万元,增长2%。\n全县物价平稳,居民消费价格累计上涨1.9%。", "2024-02-01")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2023-01", "2023-12")}
    # a stock counted up over the years (累计建成) stays a point in time
    df = _table("文成县\n去年,全县茶叶产量1.2万吨。该县累计建成茶叶示范基地31个。", "2024-06-01")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("", "2024-06")


def test_the_old_state_of_a_change_is_of_the_period_it_names():
    # 由上年的…调整为…: the old shares are last year's (before the year in force), the new ones the report's year
    df = _table("龙泉市2019年国民经济和社会发展统计公报\n2019年,全市三次产业结构由上年的8.1:40.2:51.7调整为7.6:39.9:52.5。"
                "全市财政总收入42.1亿元,较上年38.6亿元增长9.1%。", "2020-03-01")
    got = _periods_by_value(df)
    assert got[8.1] == got[40.2] == got[51.7] == ("2018-01", "2018-12")
    assert got[7.6] == got[52.5] == ("2019-01", "2019-12")
    assert got[3860000000] == ("2018-01", "2018-12") and got[4210000000] == ("2019-01", "2019-12")
    # 由去年同期的…: the same quarter a year back
    df = _table("松阳县2023年一季度经济运行情况\n一季度,全县三次产业结构由去年同期的9.2:35.1:55.7调整为8.8:36.0:55.2。", "2023-04-20")
    got = _periods_by_value(df)
    assert got[9.2] == ("2022-01", "2022-03") and got[8.8] == ("2023-01", "2023-03")


def test_a_forecast_for_a_whole_year_already_named_keeps_that_year():
    # a January work report: 2024年,…全年…;预计… states what happened in 2024, not a plan for 2025
    df = _table("景宁县政府工作报告\n2024年工作回顾\n2024年,我们圆满完成全年目标任务。预计实现地区生产总值96亿元,增长6.5%。",
                "2025-01-20")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-01", "2024-12")}
    # a plan's bare 全年 is still this year
    df = _table("景宁县\n今年力争全年地区生产总值增长7%。", "2025-01-20")
    assert (df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("2025-01", "2025-12")


def test_a_bare_period_word_in_a_report_on_a_named_year_is_of_that_year():
    # a 2015 review published in mid-2016: 全年 is 2015
    df = _table("云和县2015年国民经济和社会发展情况\n全年实现服务业增加值21.3亿元,同比增长9.2%。", "2016-06-15")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2015-01", "2015-12")}


def test_a_news_story_dated_by_its_content_does_not_frame_its_figures_with_a_past_year():
    # not a report: a year it mentions in passing is not the period of the figures that name none
    text = "安吉县竹产业见闻\n近年来,安吉县大力发展竹产业,带动群众增收致富,竹林经济成为富民产业。\n2023年,全县竹产业产值突破200亿元。\n全县竹林面积87万亩。"
    df = _table(text, None)
    row = df[df["value"] == 870000].iloc[0]
    assert (row["period_start"], row["period_end"]) == ("", "")  # naming no day, its month is unknown
    # a bulletin on 2023 dated by its content still speaks of 2023
    text = "安吉县2023年国民经济和社会发展统计公报\n2023年,全县地区生产总值增长7%。\n全县森林覆盖率70.1%。"
    df = _table(text, None)
    row = df[df["value"] == 70.1].iloc[0]
    assert (row["period_start"], row["period_end"]) == ("2023-01", "2023-12")


def test_an_event_word_nearer_the_figure_than_the_year_dates_it_by_the_event():
    # 今年…;今天集中开工…: today's batch is the event's month; 此次…,本年度计划…: 本年度 opens the plan, not the batch
    df = _table("庆元县\n今年,全县实施重点项目120个,今天集中开工项目18个,总投资56亿元。", "2024-05-16")
    got = _periods_by_value(df)
    assert got[120] == ("2024-01", "2024-12") and got[18] == got[5600000000] == ("2024-05", "2024-05")
    df = _table("庆元县\n此次集中签约项目22个,签约金额88亿元,实现2024年招商引资开门红。", "2024-02-20")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-02", "2024-02")}


def test_a_mid_year_wire_dateline_without_a_year_is_of_the_latest_year_named():
    # 中新网…8月9日电 and 2017年,…: a story of August 2017, not of August 2018
    d = article_date("中新网丽水8月9日电(记者 张三)9日,采访团来到庆元县。\n2017年,全县新植香菇基地1.1万亩,产值达30亿元。")
    assert (d.year, d.month) == (2017, 8)
    # in February, a full year named is the year before (a story of February 2016 on 2015)
    d = article_date("中新网北京2月18日电 记者18日从市旅游委获悉。\n2015年,全市接待游客2.7亿人次。")
    assert (d.year, d.month) == (2016, 2)


def test_a_running_total_under_a_span_to_date_stands_at_its_end():
    # 前三季度,…;各园区累计入驻企业…: as of September; the clauses after it keep 前三季度
    df = _table("丽水市\n前三季度,全市地区生产总值增长6.1%;各工业园区累计入驻企业达到215家;绿色食品认证面积38.2万亩。",
                "2024-11-12")
    got = _periods_by_value(df)
    assert got[215] == ("", "2024-09") and got[382000] == got[6.1] == ("2024-01", "2024-09")


def test_an_amount_over_the_year_after_a_year_end_is_of_the_whole_year():
    # 年末…总人口 is at the year's end; births and the sown area of that year are over the whole year
    df = _table("青田县2023年国民经济和社会发展统计公报\n年末全县户籍人口55.8万人。出生人口2811人,人口出生率5.1‰。"
                "年末农业机械总动力31.2万千瓦,机械播种面积12.4万亩。", "2024-03-20")
    got = _periods_by_value(df)
    assert got[558000] == got[312000] == ("", "2023-12")
    assert got[2811] == got[124000] == ("2023-01", "2023-12")
    # what the year added (新增, 新登记, 再就业, 培训) after a 年末 rate or count is the year's too; a count at the end stays
    df = _table("青田县2023年国民经济和社会发展统计公报\n年末城镇登记失业率2.6%。城镇新增就业5773人,城镇失业人员再就业1265人,"
                "职业技能培训完成1101人。年末全县实有市场主体4.5万户。其中,实有企业6856户。", "2024-03-20")
    got = _periods_by_value(df)
    assert got[5773] == got[1265] == got[1101] == ("2023-01", "2023-12")
    assert got[45000] == got[6856] == ("", "2023-12")
    # a year's output after a 年末 of the clause before (data/flow_words.csv: GDP)
    df = _table("澧县概况\n2023年末财政供养在职人员15733人;全县GDP总额为475.86亿元。", "2024-07-10")
    got = _periods_by_value(df)
    assert got[15733] == ("", "2023-12") and got[47586000000] == ("2023-01", "2023-12")
    # and so is its growth
    df = _table("青田县2023年国民经济和社会发展统计公报\n生猪年末存栏8.9万头,同比增长0.5%;生猪出栏12.9万头,同比增长3.1%。",
                "2024-03-20")
    got = _periods_by_value(df)
    assert got[0.5] == ("", "2023-12") and got[3.1] == got[129000] == ("2023-01", "2023-12")
    # and how it stands against an older year
    df = _table("大名县\n截至2016年末,全县地方生产总值完成96.4亿元,是2011年的1.37倍。", "2017-02-10")
    assert _periods_by_value(df)[1.37] == ("2016-01", "2016-12")


def test_a_figure_per_head_of_the_population_is_over_the_year():
    df = _table("浦江县\n2023年,全县常住人口人均生产总值达到62815元,比上年增长6.4%。年末常住人口46.5万人。", "2024-03-20")
    got = _periods_by_value(df)
    assert got[62815] == got[6.4] == ("2023-01", "2023-12") and got[465000] == ("", "2023-12")


def test_numbered_headings_opening_their_paragraphs_make_a_report():
    # 一、…。全区…: a heading that opens its paragraph; the lead's 一季度 frames the figures that name none
    text = ("一季度,莲都区统筹推进各项工作,经济运行总体平稳,主要指标好于预期,为全年发展打下基础。\n"
            "一、工业生产稳中有升。全区规模以上工业总产值80.5亿元,同比增长5.2%。\n"
            "二、消费市场逐步回暖。全区社会消费品零售总额60.1亿元,同比增长3.4%。")
    df = _table(text, "2024-04-25")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-01", "2024-03")}


def test_sentences_going_on_from_an_event_sentence_take_the_event_month():
    # 当天…;计划总投资…: after ``;``; 此次…本年度计划…。其中,…: the breakdown, not 本年度; 投资N亿元的X: one project's size
    df = _table("松阳县\n3月12日,松阳县举行项目集中开工仪式。当天开工项目15个;计划总投资42亿元。"
                "此次开工项目15个,本年度计划完成投资20亿元。其中,工业项目9个,总投资30亿元。"
                "本次开工项目中,包括投资8亿元的茶叶精深加工园。", "2024-03-13")
    got = _periods_by_value(df)
    assert got[4200000000] == got[9] == got[3000000000] == got[800000000] == ("2024-03", "2024-03")
    # 7月,…集中开竣工…;其中,开工项目…: the month the event sentence names stays
    df = _table("松阳县\n7月,全县重大项目集中开竣工将有20个;其中,开工项目12个,总投资18亿元。", "2024-06-28")
    got = _periods_by_value(df)
    assert got[12] == ("2024-07", "2024-07")


def test_a_stock_under_a_whole_year_it_does_not_name_is_at_that_year_s_end():
    # 年末常住人口…。全年出生…。城镇常住人口: still at the year's end; 按常住人口计算 is no stock; 其中 goes on from a named year
    df = _table("青田县2023年国民经济和社会发展统计公报\n年末常住人口42.5万人。全年出生人口2811人。城镇常住人口21.9万人,"
                "城镇化率51.6%。按常住人口计算,人均地区生产总值63215元。", "2024-03-20")
    got = _periods_by_value(df)
    assert got[425000] == got[219000] == got[51.6] == ("", "2023-12")
    assert got[2811] == got[63215] == ("2023-01", "2023-12")
    df = _table("青田县\n2021年,全县常住人口3.96万人。其中,城镇人口2.38万人。", "2022-03-20")
    assert _periods_by_value(df)[23800] == ("2021-01", "2021-12")


def test_every_count_sum_and_share_of_a_sentence_naming_the_event_is_the_event_s():
    # 此次…涵盖13个市县: a count of no project indicator; 单体平均投资, 占比: the event's too; 已累计投入: a tally so far
    df = _table("阿坝州\n此次开工项目涵盖全州13个市县,单体项目平均投资2.6亿元,投资占比达到94%。"
                "本次活动前,园区已累计投入9亿元。", "2017-09-29")
    got = _periods_by_value(df)
    assert got[13] == got[260000000] == got[94] == ("2017-09", "2017-09")
    assert got[900000000] == ("", "2017-09")


def test_a_period_naming_the_event_gives_way_to_the_event_month():
    # 二季度重大项目集中开工…;…。从类别看,…: the quarter names the batch, its breakdown and shares are the event's;
    # 今年第二批…: a numbered batch; 2024年一季度,…共签约: a quarter the sentence states for itself stays
    df = _table("景宁县\n5月20日上午,景宁县举行重大项目集中开工仪式。全县2024年二季度重大项目集中开工项目18个,"
                "总投资36亿元。从类别看,工业项目10个,占比55.6%;民生项目8个,总投资9亿元。", "2024-05-22")
    got = _periods_by_value(df)
    assert got[18] == got[10] == got[55.6] == got[900000000] == ("2024-05", "2024-05")
    df = _table("景宁县\n据悉,我县今年第二批开工项目14个,总投资21亿元。其中,工业项目9个。", "2024-06-03")
    got = _periods_by_value(df)
    assert got[14] == got[9] == ("2024-06", "2024-06")
    df = _table("景宁县\n据本报9月12日电 2024年景宁县重大招商项目签约活动12日举行,储能基地等8个项目集中签约。", "2024-09-13")
    got = _periods_by_value(df)
    assert got[8] == ("2024-09", "2024-09")  # the year names the signing, not the span the 8 were signed in
    df = _table("景宁县\n3月6日,景宁县举行一季度重大项目集中签约仪式。据了解,2024年一季度,全县共签约项目16个。",
                "2024-03-08")
    got = _periods_by_value(df)
    assert got[16] == ("2024-01", "2024-03")


def test_the_event_day_is_found_past_the_page_chrome_and_a_long_opening():
    # a title with no comma, then the page's dateline run into the lead, then 为…,6月28日,…举行…集中开工仪式
    df = _table("庆元县12个重点项目开工总投资30亿元\n发布时间:2024-07-02 09:12:40 来源:庆元新闻网 作者:本网"
                "本网讯 为加快推进重大项目建设,6月28日,庆元县在工业园区举行2024年第三批重点项目集中开工仪式。"
                "全县12个重点项目开工,总投资30亿元。", None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-06", "2024-06")}  # the headline too


def test_the_investment_planned_for_the_year_is_of_the_whole_year():
    # under a quarter naming the batch, a day's event or a 目前 after it: the plan is the year's; a share done of it is not
    df = _table("松阳县\n据了解,2024年二季度重大项目集中开工项目12个,总投资30亿元。其中,工业项目8个,年度计划投资约6亿元;"
                "民生项目4个,年内计划完成投资2.5亿元,目前累计完成投资3000万元。", "2024-05-10")
    got = _periods_by_value(df)
    assert got[600000000] == got[250000000] == ("2024-01", "2024-12")
    assert got[30000000] == ("", "2024-05")
    df = _table("九龙坡区\n3月24日,九龙坡区重点项目集中开工。这次集中开工重点项目共45个,总投资约693亿元,年度投资约172亿元。", "2021-03-26")
    assert _periods_by_value(df)[17200000000] == ("2021-01", "2021-12")  # 年度投资 alone: the year's
    df = _table("松阳县\n1-4月,全县重点项目完成投资18亿元,完成年度计划投资的35.2%。", "2024-05-10")
    got = _periods_by_value(df)
    assert got[35.2] == ("2024-01", "2024-04")


def test_what_has_happened_this_year_runs_from_january_to_the_article_month():
    # 今年…种植 in a June story: January to June; the year's project list and a target stay the whole year
    df = _table("遂昌县\n今年全县种植高山蔬菜2600亩。今年,全县实施重点项目86个,总投资120亿元。"
                "今年力争农村居民收入增长8%。", "2024-06-18")
    got = _periods_by_value(df)
    assert got[2600] == ("2024-01", "2024-06")
    assert got[86] == got[12000000000] == got[8] == ("2024-01", "2024-12")


def test_a_growth_with_no_period_in_a_story_is_over_the_span_its_lead_reports():
    # 一季度,…开门红。…白茶增长12.5%: over the quarter, not at the article's month; a count keeps the month
    df = _table("松阳县工业实现开门红\n今年以来,松阳县聚力工业发展。一季度,全县工业经济实现“开门红”,增势良好。\n"
                "茶产业表现亮眼。白茶增长12.5%,红茶增长8.1%。全县共有茶企120家。", "2024-04-20")
    got = _periods_by_value(df)
    assert got[12.5] == got[8.1] == ("2024-01", "2024-03")
    assert got[120] == ("", "2024-04")


def test_an_amount_stated_with_its_growth_is_over_the_span_the_lead_reports():
    # 今年1—5月,…。全县规上工业产值48.6亿元,同比增长9.3%: the amount and its growth both over January-May;
    # a count with no growth of its own keeps the article's month
    df = _table("某县经济运行平稳\n今年1—5月,某县坚持稳中求进,主要指标保持增长,经济运行总体平稳。\n"
                "数据显示,全县规上工业产值48.6亿元,同比增长9.3%。全县共有规上企业132家。", "2024-06-18")
    got = _periods_by_value(df)
    assert got[4860000000] == got[9.3] == ("2024-01", "2024-05")
    assert got[132] == ("", "2024-06")


def test_a_quarter_naming_the_batch_held_on_a_stated_day_gives_way_to_the_day():
    # 3月9日,…举行一季度总投资12.4亿元的9个项目集中开工仪式: the quarter names the batch; the sums and counts
    # before the event are that day's; a growth the next sentence states for the quarter keeps it
    df = _table("某县项目建设提速\n3月9日,某县在工业园区举行一季度总投资12.4亿元的9个项目集中开工仪式。\n"
                "一季度,全县固定资产投资同比增长8.8%。", "2024-03-15")
    got = _periods_by_value(df)
    assert got[1240000000] == got[9] == ("2024-03", "2024-03")
    assert got[8.8] == ("2024-01", "2024-03")
    # 3月9日,记者从…获悉,一季度…: the day the press was told; the quarter's projects stay the quarter's
    df = _table("某县项目建设提速\n3月9日,记者从某县发改委获悉,一季度全县共有21个项目集中开工。", "2024-03-15")
    assert _periods_by_value(df)[21] == ("2024-01", "2024-03")


def test_land_ploughed_by_machine_after_a_year_end_is_over_the_year():
    df = _table("青田县2023年国民经济和社会发展统计公报\n年末全县耕地面积20.5万亩,机械耕地面积15.2万亩。", "2024-03-20")
    got = _periods_by_value(df)
    assert got[205000] == ("", "2023-12") and got[152000] == ("2023-01", "2023-12")


def test_a_clause_after_a_running_total_is_over_the_span_again():
    # 前三季度,…;累计入驻企业215家,实现产值…: the total stands at September, the output is over the nine months
    df = _table("丽水市\n前三季度,全市地区生产总值增长6.1%;各园区累计入驻企业215家,实现工业增加值8.6亿元。", "2024-11-12")
    got = _periods_by_value(df)
    assert got[215] == ("", "2024-09") and got[860000000] == ("2024-01", "2024-09")


def test_a_work_report_is_dated_by_the_day_it_was_delivered():
    text = ("某某县政府工作报告\n网站2019-05-10 08:00\n2018年12月20日在某某县人民代表大会第三次会议上\n"
            "一、工作回顾\n2016年以来,全县新建道路120公里。")
    df = _table(text, None)
    assert (df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("2016-01", "2018-12")


def test_the_dates_of_a_change_in_rank_do_not_become_the_paragraph_period():
    text = "某某县\n一年来,全县排名由2018年的第40名上升至2020年的第12名。新建道路30公里。"
    df = _table(text, "2021-03-01")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("2020-04", "2021-03")


def test_a_chart_caption_glued_to_the_text_names_no_period_for_it():
    text = ("2023年某某县国民经济和社会发展统计公报\n全年地区生产总值120亿元。 2023年分季度地区生产总值增速 \n2019年-2023年地区生产总值及增速图 \n"
            "2019年-2023年三次产业结构占比图 \n?? 据调查,居民消费价格上涨2.1%。")
    df = _table(text, "2024-03-20")
    assert df.iloc[-1]["period_start"] == "2023-01"


def test_a_story_presenting_a_spans_results_frames_its_figures_with_that_span():
    text = ("来源:某某日报\n2024年时间过半,某某开发区上半年成绩单格外亮眼,多项指标位居全市前列。\n"
            "新引进企业22家,建成标准厂房8万平方米。")
    df = _table(text, "2024-07-15")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-01", "2024-06")}


def test_a_quarter_end_is_a_point_and_the_span_named_last_goes_on():
    df = _table("某某县\n一季度末,全县生猪存栏12.5万头。", "2024-04-20")
    assert (df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("", "2024-03")
    text = "某某县\n蔬菜产量3.1万吨,同比增长4%一季度末,生猪存栏12.5万头一季度,生猪出栏8.2万头;禽蛋产量0.4万吨。"
    df = _table(text, "2024-04-20")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("2024-01", "2024-03")


def test_now_in_a_text_dated_by_a_day_in_the_year_after_the_one_it_reports_is_that_day():
    """目前 in a text on 2016 that is dated by content to May 2017 (a lead's day) stands at 2017-05, not 2016-12."""
    from extract.pipeline import extract_text

    _text, rows = extract_text("5月18日,某研究所发布了县域电商报告。2016年,某县电商交易额增长30%。目前,某县有网店2000家。")
    now = [r for r in rows if r["value"] == 2000]
    assert [(r["period_start"], r["period_end"]) for r in now] == [("", "2017-05")]


def test_a_lead_figure_stated_again_later_takes_the_later_period():
    # 5月20日,记者从…获悉 (a press day, not an event of the figure): the lead's 12560户 is the 2018年 figure restated
    text = ("平阳县脱贫攻坚成效明显\n"
            "5月20日,记者从县政府新闻办召开的发布会上获悉,平阳县贫困户从12560户减少到830户,全县面貌焕然一新。\n"
            "全县建档立卡贫困户从2018年的12560户减少到2021年底的830户,32个贫困村全部出列。")
    df = _table(text, "2022-05-21")
    got = sorted(zip(df["value"], df["period_start"], df["period_end"], strict=True))
    assert [g for g in got if g[0] in (830, 12560)] == [(830, "", "2021-12")] * 2 + [(12560, "2018-01", "2018-12")] * 2


def test_a_share_of_the_year_target_is_of_the_span_it_was_reached_in():
    # 1-9月,…完成全年任务的71.5%: the share is over 1-9月; the target 60亿元 itself stays the whole year
    df = _table("龙游县\n1-9月,全县完成固定资产投资52亿元,同比增长8.1%;完成全年任务的71.5%。"
                "前三季度,实际利用外资2.4亿元,完成全年60亿元目标任务的40%。", "2023-10-20")
    got = _periods_by_value(df)
    assert got[71.5] == ("2023-01", "2023-09") and got[40] == ("2023-01", "2023-09")
    assert got[6000000000] == ("2023-01", "2023-12")


def test_the_year_of_a_task_done_against_dates_neither_the_figures_before_it_nor_the_paragraph():
    # 上半年,…实现8个项目竣工投产,完成全年任务的66.67%;完成基础设施投资1.64亿元: all over 上半年
    df = _table("某园区\n上半年,园区共实现20个项目新开工,完成全年任务的80%,其中有10个项目提前开工;"
                "实现8个项目竣工投产,完成全年任务的66.67%;完成基础设施投资1.64亿元,完成全年任务的58.6%。", "2019-07-20")
    got = _periods_by_value(df)
    assert {got[v] for v in (20, 80, 10, 8, 66.67, 164000000, 58.6)} == {("2019-01", "2019-06")}


def test_a_set_of_projects_measured_against_the_year_s_plan_is_the_year_s_list():
    # 上半年,…。省、市重点建设项目29宗,…完成年度计划的82.2%: the list is the year's; what was done is 上半年's; not a
    # count that is the subject of what was done (220个省重点项目完成投资…), nor a set its own sentence dates (1-5月,…)
    df = _table("某县\n上半年,全县固定资产投资增长8%。省、市重点建设项目29宗,完成投资105.66亿元,完成年度计划的82.2%;"
                "220个县重点项目完成投资30亿元,完成年度计划的47.1%。\n1-5月,新开工项目25个,完成投资8亿元,完成年度计划的40%。",
                "2022-07-20")
    got = _periods_by_value(df)
    assert got[29] == ("2022-01", "2022-12")
    assert got[10566000000] == got[82.2] == got[220] == ("2022-01", "2022-06")
    assert got[25] == ("2022-01", "2022-05")


def test_a_meeting_day_carried_to_a_later_sentence_makes_its_figures_points():
    # 6月12日,…召开…推进会。据…消息,…: the meeting's day does not make the collective income a one-day amount;
    # the people at the meeting are counted on its day
    df = _table("德清县\n6月12日,德清县召开强村富民工作推进会,县乡干部和村书记等300多人参加会议。"
                "据县农业农村局消息,全县村级集体经济总收入合计8.35亿元,其中126个村超过100万元。", "2024-06-13")
    got = _periods_by_value(df)
    assert got[835000000] == got[126] == ("", "2024-06")
    assert got[300] == ("2024-06", "2024-06")


def test_a_sentence_counting_batches_of_events_is_no_one_event_s_day():
    # 全年…4批次…集中开工: the year's total, not the article's month; 第二批…集中开工 is one batch and keeps it
    df = _table("景宁县2023年项目建设情况\n2023年,全县先后组织4批次重点项目集中开工,开工项目共96个,总投资210亿元。", "2024-01-15")
    got = _periods_by_value(df)
    assert got[96] == got[21000000000] == ("2023-01", "2023-12")
    df = _table("景宁县\n此次景宁县第二批重点项目集中开工,开工项目共16个,总投资38亿元。", "2024-05-10")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-05", "2024-05")}


def test_a_period_word_opening_the_next_clause_does_not_date_the_figure_before_it():
    # a lost full stop: 目前, opens what follows (a point); the output before it keeps the report's year
    df = _table("青田县\n2022年,全县茶叶产值4.5亿元。全县油茶产量1.2万吨目前,全县油茶林面积18万亩。", "2023-02-10")
    got = _periods_by_value(df)
    assert got[12000] == ("2022-01", "2022-12")
    assert got[180000] == ("", "2023-02")


def test_projects_started_this_year_are_counted_to_the_article_month():
    # 今年…实现开工 in an April story has happened: January to April; a year's plan list stays the whole year
    df = _table("庆元县\n今年,庆元县计划实施重点项目40个。今年,全县已有5个亿元以上项目实现开工。", "2024-04-15")
    got = _periods_by_value(df)
    assert got[40] == ("2024-01", "2024-12")
    assert got[5] == ("2024-01", "2024-04")


def test_a_date_line_under_a_bulletin_title_is_not_its_period():
    text = ("某县2021年国民经济和社会发展统计公报\n(2022年3月)\n"
            "一、综合\n全年全县实现财政总收入12.5亿元,同比增长6.1%。\n人均地区生产总值52000元。")
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist() == [["2021-01", "2021-12"]] * 3


def test_a_page_updated_in_a_year_is_read_in_it():
    # 2024年…统计公报(2025年更新): the 2025 of a page's update is no year reported whole, so the bulletin stays 2024's
    text = ("2024年某县国民经济和社会发展统计公报(2025年更新)\n"
            "2024年,全县上下稳中求进。\n初步核算,全年地区生产总值368.4亿元,比上年增长6.1%。")
    assert article_date(text).year == 2025
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist() == [["2024-01", "2024-12"]] * 2


def test_a_run_of_days_dates_the_paragraph_after_its_news_day():
    # 5月6日,记者获悉,5月1日至5日…;旅游收入…: the run of days covers the clause after the semicolon too
    df = _table("某县\n5月6日,记者从某县文旅局获悉,5月1日至5日期间,全县接待游客12.3万人次;旅游收入0.9亿元。", "2024-05-06")
    assert df[["period_start", "period_end"]].values.tolist() == [["2024-05", "2024-05"]] * 2


def test_a_work_report_title_names_the_year_it_is_delivered_in():
    # 某镇2024年政府工作报告 is read early in 2024: its year frames no undated fact, and dates the text when nothing else does
    text = "某镇2024年政府工作报告\n各位代表:\n全镇耕地面积6.8万亩,户籍人口3.2万人。\n一年来,全镇实现财政收入5200万元。"
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist() == [["", "2024-01"], ["", "2024-01"], ["2023-02", "2024-01"]]


def test_what_a_meeting_did_is_dated_by_the_meeting_day():
    # meeting_acts.csv: after 会上 / 大会…, the awards and payouts are the meeting's, in its month; a growth is not
    text = ("某县\n2023年,某县集体经济稳步发展。3月12日,某县召开集体经济表彰大会。"
            "会上,县领导为9个村每村发放5万元奖励。大会还表彰了20家先进合作社。")
    df = _table(text, "2024-03-20")
    got = _periods_by_value(df)
    assert got[9] == got[50000] == got[20] == ("2024-03", "2024-03")


def test_a_founding_date_dates_that_event_alone_not_the_profile_after_it():
    # 1982年恢复建县,总面积…: the year of a change in the county's standing; the profile figures are current
    df = _table("松阳县县情\n松阳县1958年撤县并入遂昌县,1982年恢复建县,总面积1406平方公里,总人口24万。全县辖3个街道。",
                "2024-05-01")
    got = _periods_by_value(df)
    assert got[1406] == got[240000] == got[3] == ("", "2024-05")
    # 成立于…: the same when the founding verb comes first
    df = _table("缙云县\n该合作社成立于2015年3月,现有社员126户。", "2024-05-01")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("", "2024-05")
    # a figure in the founding date's own clause keeps it: what was set up that year
    df = _table("缙云县\n2023年全县新设立企业1250家。", "2024-05-01")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("2023-01", "2023-12")
    # the day a year's plan was issued dates the issuing: the plan's figures are its year's
    df = _table("缙云县\n2024年县重点项目计划已于2月20日正式印发,共安排重点项目120个,总投资820亿元。", "2024-03-01")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2024-01", "2024-12")}


def test_a_lead_about_a_long_past_year_is_history_not_the_period_of_the_story():
    # a story of 2024 that opens its history with 2006: the figures that name none are of the story's date
    text = ("云和梯田见闻\n记者近日走进云和梯田景区,这里风景秀美,游人如织,是远近闻名的旅游胜地和摄影创作基地。\n"
            "2006年,云和梯田开始申报国家级风景名胜区,这是当地发展乡村旅游的起点,也是梯田保护的开端。\n景区面积51平方公里。")
    df = _table(text, "2024-09-01")
    assert (df.iloc[-1]["period_start"], df.iloc[-1]["period_end"]) == ("", "2024-09")


def test_as_of_a_month_or_a_year_is_a_point():
    art = ArticleDate(2016, 8, "dateline")
    got = [(p.start, p.end, p.kind) for s in ("截至2015年,全乡已建成沼气池80口", "截至6月,全乡共有合作社40家", "截止到2015年6月,全乡")
           for p in find_periods(s, art)]
    assert got == [("", "2015-12", "point"), ("", "2016-06", "point"), ("", "2015-06", "point")]
    # a span from January named after 截至 stays the flow so far
    assert [(p.start, p.end) for p in find_periods("截至上半年,全乡完成投资2亿元", art)][-1] == ("2016-01", "2016-06")


def test_a_year_in_a_name_is_reached_not_past():
    text = "7月5日,某县举行重点项目集中开工活动。开工项目有:某公司年产1万吨饲料项目;2022年某县高标准农田建设项目。"
    assert (article_date(text).year, article_date(text).month) == (2022, 7)
    text = "某镇经济稳步发展,获批2021年全国农业产业强镇,全镇共有合作社35家。"
    assert article_date(text).year == 2021


def test_a_year_the_sentence_calls_this_year_is_the_current_one():
    text = "2020年,全镇引进项目30个。今年一季度,全镇签约项目9个,实现了2021年招商引资开门红。"
    assert article_date(text).year == 2021
    # a base compared with is not this year
    assert article_date("2020年,全镇引进项目30个。今年一季度,全镇签约项目9个,比2020年同期增长20%。").year == 2021


def test_now_in_a_text_on_a_past_year_dated_by_its_content_has_no_month():
    # a bulletin on 2022 naming no day: 余额 stands at that year's end, 目前 at a moment of writing nobody knows
    text = "某县2022年国民经济和社会发展统计公报\n全年全县地区生产总值增长5%。各项存款余额120亿元。\n目前,全县共有农民专业合作社35家。"
    df = _table(text, None)
    assert df[["period_start", "period_end"]].values.tolist()[1:] == [["", "2022-12"], ["", ""]]


def test_a_plan_for_the_year_that_names_no_year_is_of_the_articles_year():
    text = "某县举行重大项目集中开工活动。本次集中开工项目20个,总投资50亿元,年度计划投资12亿元。\n全县列入市重点项目8个,年度投资计划6.5亿元。"
    df = _table(text, "2023-06-10")
    plans = df[df["measure"] == "target"]
    assert plans[["period_start", "period_end"]].values.tolist() == [["2023-01", "2023-12"]] * 2
    # 年计划投资, 年内投资: the year's too; and so is the set of projects it is planned for, when nothing else dates it
    text = "某县\n其中,产业项目25个,总投资410亿元,年计划投资90亿元;西部云基地项目年内投资37亿元。\n社会民生项目3个,年度计划投资5亿元。"
    df = _table(text, "2022-04-19")
    got = _periods_by_value(df)
    assert got[9000000000] == got[3700000000] == got[500000000] == got[3] == ("2022-01", "2022-12")
    # a set told as this year's, with the year's plan beside it, is the whole year's set (not January to now)
    df = _table("某市关于2021年上半年项目进展情况通报\n今年全市四水同治项目共225个,总投资475.4亿元,年度计划投资137.3亿元。",
                "2021-07-29")
    assert {p for p in _periods_by_value(df).values()} == {("2021-01", "2021-12")}


def test_a_vague_span_up_to_now_does_not_carry_the_paragraphs_year():
    # 近年来 has no start: what it reports is as of the moment of writing, not of the year named before it
    text = "某镇\n2021年,全镇新建道路12公里。近年来,通过举办文化节等活动,共吸引游客50余万人次。"
    df = _table(text, "2022-05-10")
    assert df[["period_start", "period_end"]].values.tolist()[-1] == ["", "2022-05"]


def test_many_years_counted_is_not_the_vague_many_years():
    assert find_periods("十多年来,合作社发展到35家", ART) == []
    assert [p.label for p in find_periods("多年来,该县种植面积达5万亩", ART)] == ["多年来"]


@pytest.mark.parametrize("text, span", [
    ("2016-2020年,全县累计完成投资300亿元", ("2016-01", "2020-12")),
    ("2018年至2020年,某镇新修道路45公里", ("2018-01", "2020-12")),
    ("2019年—2021年,某县新增规上企业30家", ("2019-01", "2021-12")),
    ("2020年及2021年共计发放补贴800万元", ("2020-01", "2021-12")),
])
def test_a_span_of_years_covers_all_of_them(text, span):
    # a run of years written out is the whole of them, not its first or last year alone
    p = find_periods(text, ART)[0]
    assert (p.start, p.end) == span


def test_years_listed_one_by_one_stay_apart():
    # 2020年和2021年分别…: each year its own figure; only a sum (共计, 累计, 两年) spans both
    assert [(p.start, p.end) for p in find_periods("2020年和2021年分别增长6%和7%", ART)] == \
        [("2020-01", "2020-12"), ("2021-01", "2021-12")]


def test_the_year_after_a_span_of_years_is_its_last():
    # 2017-2021年…全年: 全年 under a run of years is its last year
    assert [(p.start, p.end) for p in find_periods("2017-2021年某县经济概况,全年新增就业2000人", ART)][-1] == \
        ("2021-01", "2021-12")


def test_progress_so_far_named_among_a_year_s_figures_goes_on_into_the_breakdown():
    # written for the test: a year's key projects, then 截止8月底 opening the progress clause; the 其中 breakdown
    # after it reports progress too, while a quarter that only qualifies one figure's words does not go on
    df = _table("2022年,某县列入重点项目40项,截止8月底,完成投资52.5亿元。其中:已开工12项,完成投资18.6亿元。", "2022-09-10")
    got = _periods_by_value(df)
    assert got[40] == ("2022-01", "2022-12")
    assert got[12] == got[1.86e9] == ("", "2022-08")
    df = _table("2022年,某县重大项目27个,一季度计划投资7.7亿元。其中,竣工项目4个,年度计划投资16.7亿元。", "2022-04-10")
    assert _periods_by_value(df)[4] == ("2022-01", "2022-12")


def test_months_running_into_another_year_leave_the_later_year_in_force():
    # written for the test: 9月底 after a span from January of one year to September of the next is the later one's
    df = _table("2020年1月至2021年9月,全市签约项目904个。截止到9月底,签约项目中有458个已开工。", "2021-10-15")
    assert _periods_by_value(df)[458] == ("", "2021-09")


def test_a_flow_of_the_month_is_that_month_alone_beside_the_total_so_far():
    """``1-9月,…当月完成25.2亿元,下降43.8%;累计完成…``: the month's flow and growth are September's."""
    df = _table("海口市2021年9月财政收支情况\n1-9月,一般公共预算收入当月完成25.2亿元,下降43.8%;累计完成137.4亿元,增长10.2%。",
                "2021-10-15")
    got = _periods_by_value(df)
    assert got[2520000000] == got[-43.8] == ("2021-09", "2021-09")
    assert got[13740000000] == got[10.2] == ("2021-01", "2021-09"), "the total so far is of the nine months"


def test_a_year_s_output_forecast_to_its_end_is_over_the_whole_year():
    """``预计到年末,全县地区生产总值完成115亿元,同比增长7%``: the year's output, not a stock at its end."""
    df = _table("2018年政府工作报告\n预计到年末,全县地区生产总值完成115亿元,同比增长7%;年末金融机构存款余额80亿元。", "2018-12-20")
    got = _periods_by_value(df)
    assert got[11500000000] == got[7] == ("2018-01", "2018-12")
    assert got[8000000000] == ("", "2018-12"), "a balance stays a point"


def test_projects_signed_with_no_period_of_their_own_were_signed_in_the_article_s_month():
    """``发布时间:2021-03-15 … 全县新签约项目12个,总投资58亿元``: that month's signing, not a stock at its end; a tally
    so far (``先后引进项目70余个``) stays a point."""
    df = _table("牟定县招商引资工作取得新成效\n发布时间:2021-03-15\n全县新签约项目12个,总投资58亿元。全县先后引进项目70余个。", None)
    assert df[["period_start", "period_end"]].values.tolist() == [["2021-03", "2021-03"]] * 2 + [["", "2021-03"]]


def test_a_quarter_naming_the_batch_held_on_a_dated_day_gives_that_day_s_month():
    """``2023年5月25日,天祝县2023年第二季度36个工程集中开建,总投资52.25亿元,其中亿元以上项目13项``: the quarter names
    the batch, so the day's month dates its count and its sums (SCHEMA: dated events)."""
    df = _table("天祝县重大工程集中开建\n2023年5月25日,天祝县2023年第二季度36个工程集中开建,总投资52.25亿元,"
                "其中亿元以上项目13项,总投资44.38亿元。", "2023-05-26")
    assert df[["period_start", "period_end"]].values.tolist() == [["2023-05", "2023-05"]] * 4


def test_a_tally_after_an_as_of_year_is_at_that_year_s_end():
    df = _table("延边州\n截至2021年,人参产业生产产值实现12.8亿元。累计认定品牌原料基地37个。桑黄生产产值1.4亿元。", "2022-08-10")
    assert _periods_by_value(df)[37] == _periods_by_value(df)[140000000] == ("", "2021-12")


def test_the_year_a_multiple_is_taken_of_is_a_base_not_the_period():
    df = _table("淳安县\n2021年,淳安的GDP达到263亿元,是2012年的1.62倍,服务业是2012年的2.82倍。", "2022-10-10")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2021-01", "2021-12")}


def test_yinianlai_in_a_review_of_last_year_is_that_year():
    # written for the test: a township's work report of March 2024 reviewing 2023
    text = ("某镇\n发布时间:2024-03-18\n一、2023年工作回顾\n一年来,镇域地区生产总值16.84亿元,同比增长6.2%。")
    df = _table(text, None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2023-01", "2023-12")}


def test_what_the_year_s_project_list_has_done_by_now_is_so_far_this_year():
    text = ("某经开区\n2021-07-20\n今年经开区共建设重点项目29个,总投资116.2亿元,年度计划投资22亿元,现已完成投资6.1亿元。")
    df = _table(text, None)
    done = df[df["value"] == 610000000.0]
    assert list(zip(done["period_start"], done["period_end"], strict=True)) == [("2021-01", "2021-07")]
    plan = df[df["value"] == 2200000000.0]
    assert list(zip(plan["period_start"], plan["period_end"], strict=True)) == [("2021-01", "2021-12")]


def test_a_day_written_with_hao_dates_the_event_it_holds():
    # written for the test: no dateline, the year from the batch's name
    text = ("大冶市\n11月24号上午,黄石市2016年第三批重点项目集中开工仪式在我市隆重举行。"
            "总投资80亿元的汉龙新能源汽车发动机等6个项目集中开工。")
    df = _table(text, None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2016-11", "2016-11")}


def test_bases_listed_after_a_comparison_word_are_bases_not_the_period():
    # written for the test, after a quarter's report: the second base names a year and the whole year
    text = "哈尔滨新区\n2018-04-20\n一季度,哈尔滨新区实现地区生产总值161.5亿元,同比增长8.5%,增速分别高于上年同期、2017年全年0.1、0.9个百分点。"
    df = _table(text, None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2018-01", "2018-03")}


def test_a_paragraph_breaking_down_the_one_before_keeps_its_period():
    text = ("沙坡头区2020年5月财政预算执行情况\n发表日期: 2020-06-15\n截至5月底,沙坡头区一般公共预算收入完成10,110万元,为年度预算的36.79%。\n"
            "从收入构成看(图1):税收收入完成9,812万元,为年度预算的36.98%;非税收入完成298万元。")
    df = _table(text, None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("", "2020-05")}


def test_a_balance_under_a_whole_year_is_at_its_end_and_does_not_date_what_follows():
    df = _table("麻江县\n2019年,全县生产总值完成40.94亿元。金融机构人民币存贷款余额完成103.42亿元,增长9.4%。"
                "社会消费品零售总额完成5.7亿元,增长2.6%。", "2020-05-11")
    got = _periods_by_value(df)
    assert got[10342000000] == ("", "2019-12")
    assert got[570000000] == got[4094000000] == ("2019-01", "2019-12")


def _periods_of(df, values):
    return [(r.period_start, r.period_end) for r in df.itertuples() if r.value in values]


def test_a_report_opening_on_this_year_so_far_reports_the_span_its_first_sentence_names():
    # written for the test: a quarterly report whose lead opens on 今年以来 and names 前三季度
    text = ("今年以来,平利县坚持稳中求进工作总基调,认真贯彻落实经济工作决策部署,前三季度经济运行总体呈平稳增长态势。\n"
            "一、农业生产形势良好。前三季度,全县农林牧渔业总产值25.39亿元,增长6.9%。\n"
            "蔬菜及食用菌产量增长4.5%;茶叶产量增长15.5%。\n"
            "二、工业生产保持平稳。规模以上工业增加值增长15.4%,实现营业收入50.2亿元。")
    df = extract_article(text, "t", date="2024-10-25")
    assert set(_periods_of(df, {4.5, 15.5, 15.4, 50.2e8})) == {("2024-01", "2024-09")}


def test_this_year_told_inside_a_sentence_does_not_replace_the_span_in_force():
    # written for the test: the title's and lead's 1-8月 is the span; 今年新认定 is told within it
    text = ("1-8月德清县“大好高”项目加快推进 分享 人民微博 新浪微博 腾讯微博\n09.10.2015  15:50\n"
            "1-8月,全县“大好高”项目共计92项,已开工项目69项。其中工业项目33项,已开工22项,今年新认定项目15个,"
            "完成市计划的125.0%;服务业项目24项,已开工20项,完成投资18.32亿元。")
    df = extract_article(text, "t")
    assert set(_periods_of(df, {20, 18.32e8})) == {("2015-01", "2015-08")}


def test_a_past_year_s_end_opening_a_review_s_paragraph_frames_its_estimated_flows_as_that_year():
    # written for the test: a work report delivered in January 2025 reviewing 2024
    text = ("北林区政府工作报告\n——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "——经济运行势态向好。2024年末,地区生产总值预计完成230.6亿元,增长4%;固定资产投资预计完成38.7亿元,增长-18.9%。")
    df = extract_article(text, "t")
    assert set(_periods_of(df, {230.6e8, 38.7e8, -18.9})) == {("2024-01", "2024-12")}
    assert set(df[df["value"].isin([230.6e8, 38.7e8])]["measure"]) == {"level"}


def test_a_year_before_a_place_whose_name_opens_with_a_numeral_is_that_year():
    art = ArticleDate(2024, 4, "given")
    periods = find_periods("2023年五华县实现生产总值184.55亿元。2023年五月,新开工项目3个。", art)
    assert [(p.label, p.start, p.end) for p in periods][0] == ("2023年", "2023-01", "2023-12")
    assert "2023年五月" in [p.label for p in periods]


def test_a_bulletin_updated_later_is_still_dated_by_the_year_it_reports():
    # written for the test: a 2023 bulletin whose title carries the page's update year
    text = ("2023年梅州市五华县国民经济和社会发展统计公报(2025年更新)\n一、综合\n"
            "经梅州市统计局统一核算,2023年五华县实现生产总值184.55亿元,比上年增长4.5%。\n二、农业\n全年粮食产量20.1万吨。")
    art = article_date(text)
    assert (art.year, art.reported) == (2024, ("2023-01", "2023-12"))


def test_a_year_s_work_report_named_after_its_government_reviews_the_year_before():
    text = ("金坛区政府2024年工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n2023年工作回顾\n"
            "全区完成地区生产总值1302.92亿元,增长8.2%;一般公共预算收入90.1亿元。\n二、今年工作\n今年全区地区生产总值增长6%。")
    df = extract_article(text, "t")
    assert set(df["article_date"]) == {"2024-01"}
    periods = list(zip(df["period_start"], df["period_end"], strict=True))
    assert periods == [("2023-01", "2023-12")] * 3 + [("2024-01", "2024-12")]


@pytest.mark.parametrize(("day", "span"), [("2016年12月27日", ("2012-01", "2016-12")), ("2016年2月17日", ("2011-01", "2015-12"))])
def test_the_past_years_of_a_work_report_are_the_years_it_reviews(day, span):
    text = (f"政府工作报告\n——{day}在平谷区第五届人民代表大会第一次会议上\n各位代表:\n"
            "过去五年,全区地区生产总值年均增长9.1%,一般公共预算收入年均增长9.1%。")
    df = extract_article(text, "t")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {span}


def test_a_bulletin_titled_with_its_page_update_in_brackets_reports_the_year_it_names():
    # the long title's closing bracket ends its line: the title is not run into the lead, and the bulletin is on 2024
    text = ("2024年西藏自治区拉萨市人民政府国民经济和社会发展统计公报(2025年更新)\n拉萨市统计局\n国家统计局拉萨调查队\n"
            "(2025年4月22日)\n2024年是实现“十四五”规划目标任务的关键一年。一年来,全市上下坚持稳中求进,经济持续回升向好。\n"
            "一、综合\n截至年末,全市共有37个乡。\n初步核算,全年实现地区生产总值990.04亿元,比上年增长6.7%。")
    df = extract_article(text, "t")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("", "2024-12"), ("2024-01", "2024-12")}


def test_a_report_titled_with_its_year_then_its_place_then_its_months_is_written_that_year():
    # 2020年花都区1-10月…: a place between the year and the months reported still makes the year one under way
    text = ("2020年花都区1-10月经济运行情况简要说明\n一、工业生产降幅加快收窄\n"
            "1-10月,全区规模以上工业总产值2069.72亿元,同比下降3.9%。\n二、投资\n1-10月,全区固定资产投资同比增长5.2%。")
    assert article_date(text).year == 2020
    df = extract_article(text, "t")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2020-01", "2020-10")}


def test_moves_after_one_dated_at_both_ends_take_its_years_and_their_yearly_growth_the_years_between():
    text = ("政府工作报告\n——2017年1月15日在黟县第十七届人民代表大会第一次会议上\n一、本届政府工作回顾\n"
            "全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元,年均增长8.4%;财政收入由2.3亿元提高到4.3亿元,"
            "年均增长13.2%;游客接待量由767.1万人次提高到1441万人次,旅游总收入由56.8亿元提高到109亿元,年均分别增长9.2%、9.8%;"
            "三次产业结构由16.5∶48.5∶35调整为13.1∶42∶44.9。")
    df = extract_article(text, "t")
    got = {v: (s, e) for v, s, e in zip(df["value"], df["period_start"], df["period_end"], strict=True)}
    for old in (2.3e8, 7.671e6, 5.68e9, 16.5, 48.5, 35):
        assert got[old] == ("2011-01", "2011-12"), old
    for new in (4.3e8, 1.441e7, 1.09e10, 13.1, 42, 44.9):
        assert got[new] == ("2016-01", "2016-12"), new
    for rate in (8.4, 13.2, 9.2, 9.8):
        assert got[rate] == ("2012-01", "2016-12"), rate
    visits = df[df["value"].isin([7.671e6, 1.441e7])]
    assert set(visits["indicator"]) == {"tourist_visits"}


def test_a_move_in_a_sentence_that_names_its_own_year_is_not_dated_by_an_earlier_move():
    text = ("某县情况\n全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元。2018年,全县财政收入由2.3亿元提高到4.3亿元。")
    df = extract_article(text, "t", date="2019-03")
    got = {v: (s, e) for v, s, e in zip(df["value"], df["period_start"], df["period_end"], strict=True)}
    assert got[2.3e8] != ("2011-01", "2011-12")


def test_a_headline_s_plan_for_next_year_frames_none_of_what_has_happened():
    text = ("海西州招商引资金超额到位 这些项目明年开建\n| 招商动态 |2016-12-23\n"
            "今年,海西州加大招商力度。截至目前,累计完成到位资金207.96亿元。\n"
            "海西州纳入招商引资统计报表的189个项目,其中,州政府负责跟踪统计的131个项目。")
    df = extract_article(text, "t")
    later = df[df["value"].isin([189, 131])]
    assert set(zip(later["period_start"], later["period_end"], strict=True)) == {("", "2016-12")}


def test_a_year_s_list_of_key_projects_named_in_a_groundbreaking_story_is_the_year_it_is_written_in():
    text = ("晋中190个转型项目集中开(复)工\n3月18日,晋中市举行项目集中开工仪式,190个转型项目开(复)工建设。"
            "当天开工的焦化项目,位于灵石经济技术开发区,是2019年省、市重点项目。")
    assert article_date(text).year == 2019


def test_a_newspaper_page_reference_dates_the_article():
    text = "正文复制\n西藏日报(汉)/2024 年/1 月/3 日/第 001 版\n又踏层峰辟新天\n今年以来,林芝市新开工项目120个。"
    art = article_date(text)
    assert (art.year, art.month, art.how) == (2024, 1, "dateline")


@pytest.mark.parametrize("text,period", [
    ("今年是“十四五”開局之年,一季度開發區預計完成地區生產總值120.8億元,同比增長34%。", ("2021-01", "2021-03")),
    ("今年是全面贯彻党的二十大精神的开局之年,一季度全县完成固定资产投资12.5亿元。", ("2023-01", "2023-03")),
    ("今年是“十三五”收官之年,一季度全县完成固定资产投资12.5亿元。", ("2020-01", "2020-03")),
])
def test_a_text_naming_its_year_by_the_plan_it_opens_or_closes(text, period):
    """An undated text that calls the year under way the first (开局) or last (收官) of a plan is of that year."""
    df = _table(text, None)
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {period}


def test_a_bulletin_title_under_the_page_trail_still_dates_every_section():
    """The trail (``当前位置:…``) and the source line above and below a bulletin's title are chrome: the title stays a
    line of its own, so 全年 in a later section is the year the bulletin reports, not the year it was posted."""
    page = ("当前位置:首页 > 2020年新版网站 > 政府数据 > 统计公报\n黎平县2018年国民经济和社会发展统计公报\n"
            "文章来源:县统计局 发布时间:2019-11-11 11:04 浏览量:0次\n"
            "2018年,全县坚持以习近平新时代中国特色社会主义思想为指导,全县经济社会发展稳中有进。\n"
            "一、综合\n初步核算,2018年全县地区生产总值实现927886万元,比上年增长11.6%。\n"
            "二、农业\n全年种植业增加值完成99867万元,增长7.6%。")
    df = extract_article(page, "t")
    assert df["article_date"].iloc[0] == "2019-11"
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2018-01", "2018-12")}


@pytest.mark.parametrize("chrome", [
    "当前位置:首页 > 政府数据 > 统计公报",
    "文章来源:县统计局 发布时间:2019-11-11 11:04",
    "- 发布时间:2015-12-18 00:31:10来源:经济参考报 责任编辑:罗伯特",
    "2023-08-26 18:32| 来源: 网络整理| 查看: 265",
    "您当前的位置:首页 > 新闻中心 > 统计公报 > 宁夏回族自治区 > 固原市 > 正文",
    "加入收藏 | 会员中心 | 设为首页 | 联系我们 | 网站地图 | 旧版入口 | 无障碍浏览 | English",
    "关注民生 服务社会 欢迎投稿:邮箱724922822@qq.com 客服电话:025-86163400",
])
def test_a_page_s_trail_source_or_date_line_is_never_joined_to_the_text_after_it(chrome):
    from extract.normalize import normalize

    lead = "四川珙县发展茶产业初见成效,全县茶园面积达到15万亩"  # a line cut without a full stop
    assert lead in normalize(f"{chrome}\n{lead}\n到2017年,力争建成20万亩优质绿茶基地。").split("\n")


def test_a_bulletin_title_after_lines_of_chrome_run_together_still_dates_the_bulletin():
    """An index line of a site's menu, then its trail: both chrome, joined with each other but never with the
    bulletin's title after them, which names the year reported (2021, posted in 2022)."""
    index = "年度索引: 2023 2022 2021 2020 2019 2018 2017 2016 2015 2014 2013 2012 2011 2010"
    page = (f"加入收藏 | 会员中心\n统计年鉴{index} [ 统计年鉴分省、行业总索引 ]\n统计公报{index} [ 统计公报分省总索引 ]\n"
            "站内搜索: 高级搜索\n您当前的位置:首页 > 统计公报 > 宁夏\n\n固原市2021年国民经济和社会发展统计公报\n\n"
            "时间:2022-09-06 13:13:48 来源:固原市统计局 作者: 点击:724次\n\n固  原  市  统 计 局\n\n国家统计局固原调查队\n\n"
            "(2022年4月20日)\n\n2021年,全市上下坚持稳中求进的工作总基调。\n\n       一、综合\n\n"
            "初步核算,全年全市实现地区生产总值375.13亿元,比上年增长6.1%。")
    df = extract_article(page, "t")
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2021-01", "2021-12")}


def test_a_list_of_one_value_a_year_under_a_span_of_years_gives_each_its_year():
    df = _table("荣成市\n2015年荣成GDP达1022亿元,2016年至2018年分别为1078亿元、1180亿元、1211.24亿元。", "2019-05-01")
    got = _periods_by_value(df)
    assert [got[v] for v in (107800000000, 118000000000, 121124000000)] == [
        ("2016-01", "2016-12"), ("2017-01", "2017-12"), ("2018-01", "2018-12")]
    # two values over three years: the span stays theirs
    df = _table("荣成市\n2016年至2018年,地区生产总值和财政收入分别增长30%、25%。", "2019-05-01")
    assert set(df["period_start"] + df["period_end"]) == {"2016-012018-12"}


def test_cumulative_work_done_under_an_as_of_date_stands_at_that_date():
    """``截至3月底,…已有72个开工建设。累计完成投资67.1亿元``: 累计完成 goes on from the paragraph's 截至3月底, a point
    at March's end, not at the article's month."""
    df = _table("宁夏\n截至3月底,我区安排的90个重点建设项目,已有72个开工建设,开工率达80%。累计完成投资67.1亿元。", "2018-04-18")
    got = df[df["value"] == 6710000000][["period_start", "period_end"]].values.tolist()
    assert got == [["", "2018-03"]]


def test_a_year_naming_a_batch_of_groundbreakings_is_the_year_the_text_is_written_in():
    """``3月31日,内蒙古自治区2023年高质量发展重大项目集中开工仪式…。…发出2023年重大项目集中开工动员令``: the year
    names the event held this year; the text is of 2023, not a review of it written in 2024."""
    d = article_date("3月31日,内蒙古自治区2023年高质量发展重大项目集中开工仪式在呼和浩特举行。内蒙古发出2023年重大项目集中开工"
                     "动员令。当天,呼和浩特市还有85个重大项目开复工。")
    assert (d.year, d.month) == (2023, 3)


def test_the_day_the_press_was_told_and_a_rate_of_starts_make_no_event():
    """``4月17日,记者从宁夏发展改革委获悉,截至3月底…已有72个开工建设``, headed ``宁夏90个重点建设项目开工率达80%``:
    no groundbreaking was held; the counts of later paragraphs are no event's of April."""
    text = ("宁夏90个重点建设项目开工率达80%\n"
            "4月17日,记者从宁夏发展改革委获悉,截至3月底,我区安排的90个重点建设项目,已有72个开工建设,开工率达80%。\n"
            "25个重大基础设施项目已开工20个,开工率为80%。")
    df = _table(text, "2018-04-18")
    assert "2018-04" not in set(df["period_start"])


def test_a_quarter_s_starts_told_with_no_day_keep_the_quarter_and_the_next_paragraph_goes_on_from_it():
    """``今年一季度,辽宁共有1141个新建项目集中开工,总投资4676亿元。\\n这些项目…。其中,沈阳市200个``: no event's day
    is told, so the quarter is the span reported on; a paragraph opening on 这些 goes on from the last one's period."""
    text = ("2021.03.31\n辽宁一季度1141个新建项目集中开工\n辽沈晚报记者王琳报道 今年一季度,辽宁共有1141个新建项目集中开工,"
            "总投资4676亿元。\n这些项目涵盖三次产业、城市更新等领域,年度计划投资1142亿元。其中,沈阳市200个、大连市186个。")
    df = _table(text, None)
    spans = df[df["value"].isin([467600000000, 200, 186])][["period_start", "period_end"]].drop_duplicates().values.tolist()
    assert spans == [["2021-01", "2021-03"]]


def test_a_paragraph_breaking_the_total_down_by_sector_goes_on_from_its_as_of_date():
    """``截至4月底,772个市级重点在建项目共完成投资1491.26亿元…\n按行业来看,…完成投资734.12亿元``: the breakdown by
    sector (按行业来看, like 从行业看) is of the total as of the end of April, not of the day the text appeared."""
    text = ("1-4月 西安772个重点项目完成投资1491亿元\n三秦都市报 2019-05-18 02:30\n昨日记者从西安市发改委获悉,截至4月底,"
            "772个市级重点在建项目共完成投资1491.26亿元,占年计划的37.28%。\n按行业来看,342个现代服务业质量提升工程完成进度最快,"
            "共完成投资734.12亿元,达到年计划的43.15%。")
    df = _table(text, None)
    ends = df[df["value"].isin([149126000000, 73412000000])]["period_end"].tolist()
    assert ends == ["2019-04", "2019-04"]


def test_a_part_of_the_year_still_ahead_does_not_date_the_text():
    """``3月31日,…集中开工仪式…。二季度,还将开复工…项目66个``: the quarter ahead is a plan; the text is of March."""
    text = ("最是一年春好处。3月31日,内蒙古自治区2023年高质量发展重大项目集中开工仪式在呼和浩特举行。\n今年,鄂尔多斯市计划实施"
            "重大项目521个。截至目前,已开复工项目305个。二季度,还将开复工中石化煤制烯烃等项目66个,完成投资600亿元。")
    d = article_date(text)
    assert (d.year, d.month) == (2023, 3)


def test_a_lead_reviewing_last_year_while_looking_forward_to_this_one_frames_the_figures_by_last_year():
    """``…2022年“双招双引”圆满收官,为2023年精彩开局奠定基础`` in January 2023: the figures that name no period are
    2022's, though the lead names 2023 too."""
    text = ("安庆“双招双引”成绩单\n在市委、市政府坚强领导和强力推动下,全市上下坚持“三顶格”工作机制,2022年“双招双引”圆满收官,"
            "为2023年精彩开局奠定基础。\n新签约项目中,50亿元以上工业项目10个,其中桐城市2个。")
    df = _table(text, "2023-01")
    assert df[["period_start", "period_end"]].drop_duplicates().values.tolist() == [["2022-01", "2022-12"]]


def test_last_year_since_its_start_in_a_january_lead_is_that_year():
    """``2019年以来,干汊河镇…`` on a page of January 2020: the year just reviewed frames the figures that name none."""
    text = ("舒城县干汊河镇经济发展呈现平稳上升势头\n发布时间:2020-01-07 16:34:41\n  2019年以来,干汊河镇坚持稳中求进抓发展的总基调,"
            "全镇经济发展呈现平稳上升势头。\n  一、工业经济稳步发展。共引进项目9家,实际到位资金2.1亿元。")
    df = _table(text, None)
    assert df[["period_start", "period_end"]].drop_duplicates().values.tolist() == [["2019-01", "2019-12"]]


def test_what_a_span_s_batches_added_up_to_keeps_the_span_beside_an_event_day():
    """``8月26日,…举行重大项目集中开工仪式…。1-8月,累计集中开工投资5000万元以上项目41个``: the tally of January to
    August is no figure of that day's groundbreaking."""
    text = ("某县重大项目集中开工\n8月26日上午,某县举行第三批重大项目集中开工仪式,集中开工项目12个,总投资30亿元。\n"
            "1-8月,累计集中开工投资5000万元以上项目41个,总投资118亿元。")
    df = _table(text, "2019-08-27")
    got = df[df["value"].isin([41, 11800000000])][["period_start", "period_end"]].values.tolist()
    assert got == [["2019-01", "2019-08"], ["2019-01", "2019-08"]]


def test_a_bulletin_on_a_past_year_tells_that_year_as_this_year():
    # a bulletin on 2021 issued in April 2022: its 今年 is 2021 and its 去年 2020; a budget report on 2021 read in
    # 2022 plans for 2022 as 今年
    bulletin = ("辰溪县2021年国民经济和社会发展统计公报\n发布时间:2022-04-11\n"
                "2021年,全县经济运行稳中向好。三次产业中第二产业占比由去年的22.3%今年继续优化为27.2%。")
    got = _periods_by_value(_table(bulletin, None))
    assert got[27.2] == ("2021-01", "2021-12")
    assert got[22.3] == ("2020-01", "2020-12")
    budget = "关于辰溪县2021年财政预算执行情况的报告\n发布时间:2022-01-11\n今年全县一般公共预算收入预计完成8.5亿元。"
    assert _periods_by_value(_table(budget, None))[850000000][0][:4] == "2022"


def test_an_indent_a_page_lost_to_question_marks_opens_a_paragraph():
    # ``????`` where full-width spaces were lost: the lead still opens on its year (so figures naming none take
    # it), and a line opening on such an indent is not run into the chart caption above it
    text = ("乌鲁木齐市统计局\n(2023年4月)\n????2022年,在自治区党委坚强领导下,全市上下凝心聚力、攻坚克难,实现经济平稳健康发展。\n"
            "????一、综合\n????全市地区生产总值3893.22亿元。\n2018年-2022年地区生产总值及增速图\n"
            "????据调查队监测数据显示:居民消费价格上涨1.6%。")
    got = _periods_by_value(_table(text, None))
    assert got[389322000000] == ("2022-01", "2022-12")
    assert got[1.6] == ("2022-01", "2022-12")


def test_a_january_story_on_the_year_just_ended_tells_it_as_this_year():
    # 1月16日 … 2018年,新田县…。今年以来 … : two weeks of 2019 hold no such totals, so 今年 is 2018; 去年以来 still
    # counts from the year before the one the story is read in
    text = ("新田:园区主要指标全线飘红\n红网时刻1月17日讯 1月16日,记者从新田县园区指挥部了解到,2018年,新田县紧紧围绕百亿园区的"
            "奋斗目标,扎实开展产业项目建设年活动。\n今年以来,新田园区完成规模工业总产值95.13亿元,增幅25.12%。\n"
            "去年以来,该县新引进优质产业项目共45宗。")
    got = _periods_by_value(_table(text, "2019-01-17"))
    assert got[9513000000] == ("2018-01", "2018-12")
    assert got[45] == ("2018-01", "2019-01")


def test_a_breakdown_by_what_it_reports_keeps_the_report_s_date():
    # 截至8月底,…。从投资完成情况看,…: the breakdown paragraph reports as of the end of August too (not the day the
    # page was posted)
    text = ("石家庄市重点项目完成情况\n近日,石家庄市通报今年市重点项目1-8月份完成情况:截至8月底,340个市重点项目共完成投资703.2亿元。\n"
            "从投资完成情况看,排名前五位的分别为:藁城区(63.3亿元)、正定县(51.3亿元)。")
    got = _periods_by_value(_table(text, "2018-09-26"))
    assert got[6330000000] == ("", "2018-08")


def test_a_page_date_with_its_year_before_the_day_dates_the_text():
    # 新华网's page head: 2024 08/10 10:46:09 under the site's trail
    text = ("挺起工业振兴新脊梁-新华网\n新华网 > 广西 > 政务信息推广 > 正文\n2024 08/10 10:46:09\n来源:忻城县委宣传部\n"
            "目前,忻城县玉米种植面积28万亩。")
    assert article_date(text).ym == "2024-08"
    assert _periods_by_value(_table(text, None))[280000] == ("", "2024-08")


def test_a_wire_s_dateline_day_is_no_period_of_the_figures():
    # 人民网孟连12月4日电: the day the story was filed; the 11万余亩 of coffee ripening is a stock as of that month
    text = "云南孟连咖啡开采\n人民网孟连12月4日电 (记者虎遵会)初冬时节,孟连傣族拉祜族佤族自治县的11万余亩咖啡陆续成熟并进入采摘期。"
    assert _periods_by_value(_table(text, "2024-12-05"))[110000] == ("", "2024-12")


def test_what_projects_will_yield_each_year_is_undated():
    # 二季度重点项目集中开工: the 40 projects' count and sum take the event, what they will yield a year has no period
    text = ("奉节县举行2022年二季度重点项目集中开工活动\n2022年06月16日17:54\n6月14日,奉节县2022年二季度重点项目集中开工活动在康乐镇举行。"
            "本次集中开工项目40个,计划总投资49.3亿元,预计实现年产值47亿元,提供就业岗位6500个。")
    got = _periods_by_value(_table(text, None))
    assert got[4700000000] == ("", "") and got[6500] == ("", "")
    assert got[40] == ("2022-06", "2022-06")
    # a plant once built yields a year at a time too, whatever the year the sentence opened on
    text = ("某某县重点项目\n2019年,该县引进年产30万吨新材料项目,总投资60亿元,建成后,年可实现销售收入59.9亿元,利税5亿元。\n"
            "今年以来,产业园已新引进签约项目10个,计划总投资14.7亿元,达产后预计年产值26.8亿元,年税收1.1亿元。")
    got = _periods_by_value(_table(text, "2019-08-10"))
    assert got[5990000000] == ("", "") and got[2680000000] == ("", "") and got[110000000] == ("", "")


def test_a_month_opening_a_part_after_its_span_s_figures_dates_only_that_part():
    # 其中6月增速达到8.8%: June is a part of the half year the sentence reports; the figures before it keep 上半年
    df = _table("上半年,全区工业规模持续扩大。全区333家规模以上工业企业实现总产值298.4亿元,同比增长3.7%,高于全市1.9个百分点,"
                "其中6月增速达到8.8%。", "2023-07-20")
    got = _periods_by_value(df)
    assert got[29840000000] == got[3.7] == ("2023-01", "2023-06") and got[8.8] == ("2023-06", "2023-06")


def test_a_ranking_s_title_dates_the_lines_under_it_within_a_numbered_section():
    # the numbered heading says 2019, the ranking's own title 2020: its lines are 2020's; the next heading's are 2019's
    page = ("山西旅游数据\n1. 2019年山西旅游人次\n据统计,2020年山西省全年共接待游客33253.52万人次。\n"
            "2020年山西省各地市游客接待量排行\n1、晋中市\n游客接待总量:4473.13万人\n旅游收入:407.74亿元\n"
            "2. 2019年山西旅游收入\n2019年全年全省实现旅游总收入8026.9亿元。")
    got = _periods_by_value(_table(page, "2021-03-01"))
    assert got[44731300] == got[40774000000] == ("2020-01", "2020-12")
    assert got[802690000000] == ("2019-01", "2019-12")
