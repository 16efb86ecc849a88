"""Numbers, units and approximations, grouped by phenomenon."""

from __future__ import annotations

import pytest

from extract.numbers import chinese_to_number, find_figures

CASES = {
    "multipliers": [
        ("地区生产总值167.14亿元", [(16714000000, "元", "exact")]),
        ("种植面积16.7万亩", [(167000, "亩", "exact")]),
        ("年末常住人口62.37万人", [(623700, "人", "exact")]),
        ("实际利用外资4860万美元", [(48600000, "美元", "exact")]),
        ("全社会用电量21.36亿千瓦时", [(2136000000, "千瓦时", "exact")]),
    ],
    "units left implicit": [
        ("高于全国、全省平均水平2.3、1.8和0.9个百分点", [(2.3, "百分点", "exact"), (1.8, "百分点", "exact"), (0.9, "百分点", "exact")]),
        ("分别为1.2、3.4亿元", [(120000000, "元", "exact"), (340000000, "元", "exact")]),
        ("2023、2024年分别完成5亿元", [(500000000, "元", "exact")]),
        ("旅游人数突破2万人(次)", [(20000, "人次", "over")]),
        ("努力争取4000万援青资金", [(40000000, "元", "exact")]),
    ],
    "chinese numerals": [
        ("投资超千亿元", [(100000000000, "元", "over")]),
        ("约占三成", [(30, "%", "exact")]),
    ],
    "approximations": [
        ("深入联系的项目现场180多次", [(180, "次", "over")]),
        ("1000余名干部", [(1000, "名", "over")]),
        ("带动农户人均增收1万多元", [(10000, "元", "over")]),
        ("培育电商近2000家", [(2000, "家", "about")]),
        ("社会消费品零售总额约326亿元", [(32600000000, "元", "about")]),
        ("装机容量1000万千瓦以上", [(10000000, "千瓦", "over")]),
        ("控制在5.5%以内", [(5.5, "%", "under")]),
        ("销售额突破70亿元", [(7000000000, "元", "over")]),
    ],
    "percent and points": [
        ("同比增长18%", [(18, "%", "exact")]),
        ("提高1.7个百分点", [(1.7, "百分点", "exact")]),
    ],
    "ranks": [
        ("增速排全区第四位", [(4, "位", "exact")]),
        ("居全省首位", [(1, "位", "exact")]),
        ("位列全省第三", [(3, "位", "exact")]),
    ],
    "ratios and structures": [
        ("城乡居民收入差距比缩至1.49:1", [(1.49, "", "exact")]),
        ("三次产业结构为12.6∶38.9∶48.5", [(12.6, "%", "exact"), (38.9, "%", "exact"), (48.5, "%", "exact")]),
        # a power capacity in Latin letters keeps its unit; an energy amount (MWh) is not read as one
        ("风电装机容量达到1200MW", [(1200, "MW", "exact")]),
        # typeset with spaces around the colons
        ("三次产业结构调整为10.5 : 40.2 : 49.3", [(10.5, "%", "exact"), (40.2, "%", "exact"), (49.3, "%", "exact")]),
    ],
    "not figures": [
        ("2月14日，国务院召开会议", []),
        ("“1+1+17”产业专班运行体系", []),
        ("用3个月时间", []),
        ("2022年07月26日 10:10:40", []),
    ],
}


@pytest.mark.parametrize(
    "text,expected", [c for group in CASES.values() for c in group], ids=[f"{g}:{c[0][:10]}" for g, cs in CASES.items() for c in cs]
)
def test_figures(text, expected):
    got = [(f.value, f.unit, f.approx) for f in find_figures(text)]
    assert len(got) == len(expected), got
    for (v, u, a), (ev, eu, ea) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev)
        assert (u, a) == (eu, ea)


@pytest.mark.parametrize("s,v", [("三十五", 35), ("一百二十", 120), ("千", 1000), ("两万", 20000), ("十", 10)])
def test_chinese_numerals(s, v):
    assert chinese_to_number(s) == v


def test_a_rank_named_by_its_measure_word_without_a_verb():
    from extract import extract_article
    df = extract_article("象州县\n2022年,全县地区生产总值增长9.4%,总量全市第二,增速全市第一。", "t", date="2023-01")
    assert df[["measure", "value"]].values.tolist() == [["growth", 9.4], ["rank", 2.0], ["rank", 1.0]]


def test_a_minus_sign_makes_a_rate_negative_but_a_range_dash_does_not():
    from extract import extract_article
    df = extract_article("象州县\n2022年,全县人口自然增长率为-1.75‰,贡献率分别为-0.7%、31.6%。1-5月增长3%。", "t", date="2023-01")
    assert df["value"].tolist() == [-1.75, -0.7, 31.6, 3.0]


def test_compound_livestock_and_sown_units():
    """``存栏羊牛12.6万头只``, ``复种8.2万亩次``: a compound counter or a sown-area unit is the figure's whole unit."""
    figs = find_figures("年末存栏12.6万头只,出栏3.1万头只匹,复种8.2万亩次。")
    assert [(f.value, f.unit) for f in figs] == [(126000, "头只"), (31000, "头只匹"), (82000, "亩次")]


def test_a_datelines_time_of_day_is_no_ratio_or_structure():
    """``2023-05-16 10:45:45来源``, ``16.05.2023 20:01``: a clock time after a date is not a ratio; 1.49:1 still is."""
    assert find_figures("2023-05-16 10:45:45来源:县融媒体中心") == []
    assert find_figures("16.05.2023  20:01") == []
    assert [f.value for f in find_figures("城乡居民收入比为1.49:1")] == [1.49]


def test_a_rank_listed_right_after_a_rank():
    got = [f.value for f in find_figures("税收收入总量全市第三、全省第九;粮食产量排全市第四、第五") if f.kind == "rank"]
    assert got == [3, 9, 4, 5]
    assert [f.value for f in find_figures("增速居全区第一、第二产业占比提高") if f.kind == "rank"] == [1]


def test_a_rank_after_a_rank_measures_what_the_first_one_does():
    from extract import extract_article

    df = extract_article("文成县\n2023年,全县一般公共预算收入完成12亿元,增长8.5%,总量全市第三、全省第九。", "t", date="2024-02-01")
    ranks = df[df["measure"] == "rank"]
    assert ranks["value"].tolist() == [3, 9]
    assert set(ranks["indicator"]) == {"general_budget_revenue"}


def test_a_bare_yi_or_wan_is_yuan_after_a_money_noun_or_standing_alone():
    got = [(f.value, f.unit) for f in find_figures("镇财政支出436万,税收收入突破8亿大关")]
    assert got == [(4360000, "元"), (800000000, "元")]
    assert [(f.value, f.unit) for f in find_figures("3、东河区, 275.4亿 ,增速 5.1%")] == [(27540000000, "元"), (5.1, "%")]
    # no money noun and not standing alone: a threshold, not a sum
    assert find_figures("跻身“500亿”俱乐部,以汉族为主") == []


def test_a_bare_wan_is_people_next_to_a_people_noun():
    """The people noun before it (in the clause, no other number between) or right after it."""
    got = [(f.value, f.unit) for f in find_figures("全镇户籍人口约4.6万,外出务工人数达1.3万,另有0.8万留守村民")]
    assert got == [(46000, "人"), (13000, "人"), (8000, "人")]
    assert [(f.value, f.unit) for f in find_figures("常住人口12万人")] == [(120000, "人")]
    assert [(f.value, f.unit) for f in find_figures("全县总人口约46万,其中城镇人口18.5万。")] == [(460000, "人"), (185000, "人")]
    # a bare 万 with no people noun around it stays no figure; with a unit the amount patterns read it
    assert find_figures("建设投入30万以上") == []


def test_yue_ending_a_word_is_no_approximation():
    """签约10个项目 signs exactly ten; 约5亿元 is about five hundred million."""
    got = [(f.value, f.approx) for f in find_figures("现场签约10个项目,合约3项,约5亿元")]
    assert got == [(10, "exact"), (3, "exact"), (500000000, "about")]


def test_a_structure_with_spaced_or_lost_separators():
    """Three decimal shares adding up to 100: colons with spaces, or colons lost between the decimals."""
    def shares(t):
        return [(f.value, f.kind) for f in find_figures(t)]
    assert shares("产业结构调整为9.5 : 38.5 : 52.0。") == [(9.5, "structure"), (38.5, "structure"), (52.0, "structure")]
    assert [v for v, _ in shares("比重由上年的8.7630.4160.83调整为")] == [8.76, 30.41, 60.83]
    assert [v for v, _ in shares("占比为11.2:35.653.2,")] == [11.2, 35.6, 53.2]
    # a date and its time of day, or decimals that do not add up to 100, are no structure
    assert shares("发布时间 28.02.2019 09:15") == []
    assert shares("编号12.3445.67") == []


def test_a_place_among_the_top_n_is_ranked_n():
    def ranks(t):
        return [(f.value, f.kind) for f in find_figures(t) if f.unit == "位"]
    assert ranks("两县均位列全市前10名;该区跻身全国前五,考核位列全省二十强。") == [
        (10, "rank"), (5, "rank"), (20, "rank")]
    assert ranks("产值居全省前三位的县分别为") == [(3, "rank")]
    # a top-N naming a class of things, a quoted title or a period is no rank
    assert ranks("全县排前八行业中,首次进入“五十强”名单,前三季度居全省前列") == []


def test_vehicle_times_and_points_listed_with_ge():
    got = [(f.value, f.unit) for f in find_figures("进出车辆达15.6万辆次,三次产业分别拉动增长0.8个、2.1个和3.3个百分点")]
    assert got == [(156000, "辆次"), (0.8, "百分点"), (2.1, "百分点"), (3.3, "百分点")]


def test_a_tier_is_no_rank():
    assert find_figures("财政收入总量稳居全省第一方阵,增速进入全市第二梯队") == []


def test_a_ranking_field_may_count_its_members_or_name_its_year():
    def got(t):
        return [(f.value, f.unit) for f in find_figures(t)]
    assert got("财政收入增长9.1%,居全市8县区第2位。") == [(9.1, "%"), (2, "位")]
    assert got("增速保持全省11个地市(下同)第3位") == [(3, "位")]
    assert got("总量位居全市第一、全省(85个县、市、区)第七") == [(1, "位"), (7, "位")]
    assert got("该县排在2022年全省县域经济排名前10,") == [(10, "位")]
    # a rank listed after a rank whose scope reaches a second ranking verb is read once
    assert got("园区考评排名第一、保税区全市排名第三") == [(1, "位"), (3, "位")]


def test_a_rate_keeps_its_denominator_and_money_per_head_stays_money():
    def got(t):
        return [(f.value, f.unit) for f in find_figures(t)]
    assert got("景区空气中负氧离子含量达2.5万个/立方厘米,观光车时速20公里/小时") == [(25000, "个/立方厘米"), (20, "公里/小时")]
    assert got("煤炭热值5200大卡/千克,每户补助300元/人,新建8万吨/年饲料线") == [
        (5200, "大卡/千克"), (300, "元"), (80000, "吨")]


def test_the_nth_largest_holds_place_n():
    def got(t):
        return [(f.value, f.unit) for f in find_figures(t)]
    assert got("该镇是全省第二大蔬菜集散地,位居全国第三大茶叶产区") == [(2, "位"), (3, "位")]
    assert got("第三产业增加值增长6%") == [(6, "%")]


def test_a_prize_place_is_a_rank_and_its_ordinals_may_drop_their_di():
    def got(t):
        return [(f.value, f.unit) for f in find_figures(t)]
    assert got("甲镇、乙镇、丙镇分获二类镇第一、二、三名") == [(1, "位"), (2, "位"), (3, "位")]
    assert got("该区荣获全市考核第一名,该县稳坐第一") == [(1, "位"), (1, "位")]
    # a tier or an edition is no rank
    assert got("获考核激励第一档,获得第二届大赛金奖") == []


def test_an_ordinal_in_wei_or_ming_is_a_placing_without_a_ranking_verb():
    def got(t):
        return [(f.value, f.kind) for f in find_figures(t) if f.unit == "位"]
    assert got("该县综合实力从全省第15位上升到第11位,在百强县中第7名。") == [(15, "rank"), (11, "rank"), (7, "rank")]
    # a comparison with a place, an idiom putting a thing first, and a range of places hold no one placing
    assert got("增速高于第二位3个百分点,始终把民生放在第一位,第二到第四名为甲、乙、丙") == []


def test_a_temperature_is_a_figure_and_zero_xia_makes_it_negative():
    got = [(f.value, f.unit) for f in find_figures("该镇冬季最低气温零下15摄氏度,年均气温8℃")]
    assert got == [(-15, "摄氏度"), (8, "℃")]


def test_a_growth_rate_whose_percent_sign_was_lost_is_a_percent():
    got = [(f.value, f.unit) for f in find_figures("菜籽产量1.2万吨,增长3.6油料产量0.4万吨;茶叶产值0.5亿元,同比下降2.4。")]
    assert got == [(12000, "吨"), (3.6, "%"), (4000, "吨"), (50000000, "元"), (2.4, "%")]
    # decimals listed before their unit, or with a unit of their own, are read with it
    got = [(f.value, f.unit) for f in find_figures("分别拉动增长0.6、1.1和2.3个百分点,产量增长1.5倍")]
    assert got == [(0.6, "百分点"), (1.1, "百分点"), (2.3, "百分点"), (1.5, "倍")]


def test_townships_and_streets_of_a_place_are_counted():
    got = [(f.value, f.unit) for f in find_figures("该区下辖3镇5街道,共有12社区、40个行政村;该乡辖8乡村振兴示范点,另有2镇远路段")]
    assert got == [(3, "镇"), (5, "街道"), (12, "社区"), (40, "个")]


def test_an_area_written_with_a_symbol_is_in_the_unit_the_symbol_names():
    figs = find_figures("耕地总面积309.13 hm2,建筑面积1万㎡,辖区面积299 km²,商品房销售500平米。")
    assert [(f.value, f.unit) for f in figs] == [(309.13, "公顷"), (10000.0, "平方米"), (299.0, "平方公里"), (500.0, "平方米")]


def test_square_kilometres_written_with_qianmi_and_points_of_a_rate_in_permille():
    figs = find_figures("总幅员面积为2685平方千米,全长12千米,人口自然增长率下降0.5个千分点。")
    assert [(f.value, f.unit) for f in figs] == [(2685, "平方千米"), (12, "千米"), (0.5, "千分点")]
