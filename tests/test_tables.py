"""Indicator tables (HTML and text columns) read as sentences; page chrome, layout and typography left alone."""

from __future__ import annotations

from extract import extract_article
from extract.normalize import normalize
from extract.tables import rows_as_sentences

PAGE = """<!DOCTYPE html><html><head><title>仁寿县前三季度经济运行情况</title></head><body>
<div class="info">发布时间:2024-10-28 09:30 来源:仁寿县统计局 浏览次数:1523次 字号:[大 中 小]</div>
<p>前三季度,全县实现地区生产总值486.3亿元,同比增长6.1%。</p>
<table><tr><th>指标</th><th>绝对值</th><th>增速(%)</th><th>占全市比重(%)</th></tr>
<tr><td>一般公共预算收入(亿元)</td><td>21.5</td><td>6.3</td><td>8.1</td></tr>
<tr><td>固定资产投资</td><td>—</td><td>-3.5</td><td></td></tr></table>
<table><tr><td><table><tr><td>栏目</td></tr></table></td></tr></table>
</body></html>"""


def test_an_html_indicator_table_becomes_rows():
    df = extract_article(PAGE, "t")
    got = df[["indicator", "measure", "value"]].values.tolist()
    assert ["general_budget_revenue", "level", 2150000000] in got
    assert ["general_budget_revenue", "growth", 6.3] in got
    assert ["fixed_asset_investment", "growth", -3.5] in got
    assert 8.1 not in df["value"].tolist()  # a share-of-the-city column is not the growth


def test_page_chrome_is_not_a_figure_and_html_blocks_stay_apart():
    df = extract_article(PAGE, "t")
    assert 1523 not in df["value"].tolist()
    assert "发布时间" not in normalize(PAGE).split("\n")[2]  # the byline is not glued to the first paragraph


def test_a_text_table_under_a_header_line():
    text = ("德庆县2024年1-9月主要经济指标\n2024-10-25\n指标\t1-9月\t同比增长(%)\n地区生产总值(亿元)\t98.6\t4.2\n"
            "社会消费品零售总额(亿元)  45.2  5.1\n全县经济运行总体平稳。")
    df = extract_article(text, "t")
    assert df[["indicator", "measure", "value", "period_end"]].values.tolist() == [
        ["gdp", "level", 9860000000, "2024-09"], ["gdp", "growth", 4.2, "2024-09"],
        ["retail_sales", "level", 4520000000, "2024-09"], ["retail_sales", "growth", 5.1, "2024-09"]]


def test_a_table_that_is_not_of_indicators_keeps_its_cells():
    assert rows_as_sentences([["姓名", "职务"], ["张三", "局长"]]) == ["张三,局长。"]
    assert rows_as_sentences([["指标", "单位", "绝对值"], ["粮食产量", "万吨", "20.1"]]) == ["粮食产量20.1万吨。"]


def test_social_media_typography():
    text = ("📊 数说攸县 | 前三季度成绩单来了!\n2024-10-30 攸县发布\n01 经济总量\n前三季度,攸县实现地区生产总值 386.5 亿元,"
            "同比增长 5.8%。\n【工业】\n规模以上工业增加值同比增长 7.2%,增速位居株洲市第 2 位。\n✅ 社会消费品零售总额 142.1 亿元")
    df = extract_article(text, "t")
    assert df[["indicator", "measure", "value"]].values.tolist() == [
        ["gdp", "level", 38650000000], ["gdp", "growth", 5.8], ["industrial_va", "growth", 7.2], ["industrial_va", "rank", 2],
        ["retail_sales", "level", 14210000000]]
    assert set(df["period_end"]) == {"2024-09"}  # the title's 前三季度 covers the figures that name no period
    assert not df["label"].str.contains("✅").any()
    # spaces inside a range of months and a decimal: 1 —8 月份 is January to August, 2 .7倍 one multiple
    text = "兰考县\n2019年全县重点项目共502个,1 —8 月份累计完成投资 697.38 亿元,是2015年的2 .7倍。"
    df = extract_article(text, "t", date="2019-09-20")
    got = df[["value", "unit", "period_start", "period_end"]].values.tolist()
    assert [69738000000, "元", "2019-01", "2019-08"] in got and [2.7, "倍", "2019-01", "2019-08"] in got


# a page's table exported as text, its cells split by ``|``: one column per year, one row per district; the table
# says no unit, the prose gives one of its numbers in 亿元
YEARS = """北京市2022年实现地区生产总值41610.9亿元,比上年增长0.7%。下面整理了各区近三年的GDP数据。
年份/各区 | 2022年GDP | 2021年GDP | 2020年GDP |
北京市 | 41610.90 | 40269.60 | 36102.60 |
海淀区 | 10206.90 | 9501.70 | 8504.60 |
朝阳区 | 7911.20 | 7617.80 | 7037.90 |
平谷区 | 408.65 | 359.30 | 2"""


def test_a_pipe_table_of_districts_by_year_gives_each_cell_its_place_year_and_the_prose_unit():
    df = extract_article(YEARS, "t")
    cells = df[df["sentence"].str.contains("|", regex=False)]
    got = cells[["region", "indicator", "value", "unit", "period_start", "period_end"]].values.tolist()
    assert ["海淀区", "gdp", 1020690000000, "元", "2022-01", "2022-12"] in got
    assert ["海淀区", "gdp", 850460000000, "元", "2020-01", "2020-12"] in got
    assert ["朝阳区", "gdp", 761780000000, "元", "2021-01", "2021-12"] in got
    # the row shown is the line as written, and the figure's place in it is its cell
    row = cells[cells["value"] == 761780000000].iloc[0]
    assert row["sentence"] == "朝阳区 | 7911.20 | 7617.80 | 7037.90 |"
    text = normalize(YEARS)
    assert text[row["start"]:row["end"]] == "7617.80"
    # the excerpt ends inside 平谷区's row: its cut-off last cell (``2``) is no figure
    assert sorted(cells[cells["region"] == "平谷区"]["value"]) == [35930000000, 40865000000]


PRODUCTS = """2021年旌德县国民经济和社会发展统计公报
全年粮食播种面积8273.3公顷。
2021年旌德县主要农产品产量
产品名称 | 绝对数(吨) | 比上年增长(%) |
粮食 | 54300 | 0.37 |
其中:油菜籽 | 1200 | -2.5 |
2021年旌德县地区生产总值计算表
| 项目 | 单位 | 现价总值 | 增长率(%) |
| 生产总值 | 万元 | 35163 | 5.7 % |"""


def test_a_pipe_table_reads_its_unit_growth_and_the_caption_noun():
    df = extract_article(PRODUCTS, "t")
    got = df[["region", "indicator", "label", "measure", "value", "unit", "period_start"]].values.tolist()
    assert ["旌德县", "grain_output", "粮食产量", "level", 54300, "吨", "2021-01"] in got
    assert ["旌德县", "grain_output", "粮食产量", "growth", 0.37, "%", "2021-01"] in got
    assert ["旌德县", "other", "油菜籽产量", "growth", -2.5, "%", "2021-01"] in got  # a signed growth cell
    # a unit column and a growth cell written ``5.7 %``
    assert ["旌德县", "gdp", "生产总值", "level", 351630000, "元", "2021-01"] in got


def test_a_pipe_table_of_page_metadata_gives_no_rows():
    page = """汉阴县工业经济实现首季开门红
索引号 | xzfgzbmtjj/2019-0004 | 公开目录: | 统计信息 |
文号 | 无 | 成文日期: | 2019年04月23日 |
一季度,汉阴县规模以上工业增加值同比增长15.1%。"""
    df = extract_article(page, "t")
    assert df["value"].tolist() == [15.1]
    assert df["article_date"].iloc[0] == "2019-04"


def test_a_pipe_table_takes_its_units_from_the_unit_line_above_it():
    page = """2021年1-9月份重点建设项目简讯
1-9月份,全州重点建设项目累计完成投资474.5亿元,为年投资计划的74.1%。
1-9月份州重点项目投资完成情况汇总表
单位:个、亿元
隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |
吉首市 | 57 | 82.5 | 65.1 | 78.9% |"""
    df = extract_article(page, "t")
    got = df[df["region"] == "吉首市"][["indicator", "measure", "value", "unit"]].values.tolist()
    assert ["projects", "count", 57, "个"] in got  # 项目个数: the counter of 单位:个、亿元
    assert ["major_project_investment", "target", 8250000000, "元"] in got  # the year's plan, in 亿元
    assert ["major_project_investment", "level", 6510000000, "元"] in got
    assert [78.9, "%"] in df[df["region"] == "吉首市"][["value", "unit"]].values.tolist()  # a cell written with %
    assert all(u != "%" or v < 100 for v, u in df[["value", "unit"]].values.tolist())  # no amount read as a percent
    # a table of the key-project list: its counts are the list's (planned), its 年投资计划 the whole year's
    jishou = df[df["region"] == "吉首市"]
    assert jishou[jishou["indicator"] == "projects"]["stage"].tolist() == ["planned"]
    plan = jishou[jishou["measure"] == "target"]
    assert plan[["period_start", "period_end"]].values.tolist() == [["2021-01", "2021-12"]]


def test_a_table_flattened_into_one_line_is_read_row_by_row():
    """``表1 生产总值及行业构成 单位:亿元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | 其中:第一产业 |…``:
    a page that lost a table's line breaks still gives each row's value, in the caption's unit, and its growth."""
    page = ("2021年紫云自治县国民经济和社会发展统计公报\n一、综合 全年全县实现生产总值90.39亿元。 表1生产总值及行业构成 单位:亿元 "
            "指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | 其中:第一产业 | 30.02 | 8.0 | 其中:工业 | 6.25 | 7.5 | "
            "金融业 | 2.09 | 0.2 |")
    df = extract_article(page, "t", date="2022-04-28")
    table = df[df["sentence"].str.contains("表1")]
    got = table[["indicator", "measure", "value", "unit"]].values.tolist()
    assert ["primary_va", "level", 3002000000, "元"] in got
    assert ["primary_va", "growth", 8.0, "%"] in got
    assert ["industry_output", "level", 625000000, "元"] in got  # 工业 | 增加值: a sector's value added
    assert len(table) == 8


def test_a_table_of_the_gdp_by_sector_gives_each_sector_its_value_added_though_the_page_lost_its_spaces():
    """``2022年全县生产总值及增长速度`` over ``| ????工业 | 325.68 | -1.6 |``: a table of the GDP lists its sectors' value
    added, and the ``?`` a page left for lost spaces ends no sentence inside a table's line."""
    page = ("肥西县2022年国民经济和社会发展统计公报\n2022年全县生产总值及增长速度\n| 指???标 | 绝对数(亿元) | 比上年增长% |\n"
            "| 生产总值 | 1068.36 | 4.1 |\n| ??????第二产业 | 449.72 | 5.5 |\n| ????工业 | 325.68 | -1.6 |\n"
            "| ????建筑业 | 124.24 | 31.2 |")
    df = extract_article(page, "t", date="2023-04-20")
    got = df[["indicator", "measure", "value", "sentence"]].values.tolist()
    assert ["gdp", "level", 106836000000, "| 生产总值 | 1068.36 | 4.1 |"] in got
    assert ["secondary_va", "level", 44972000000, "| ??????第二产业 | 449.72 | 5.5 |"] in got
    assert ["industry_output", "level", 32568000000, "| ????工业 | 325.68 | -1.6 |"] in got
    assert ["industry_output", "growth", -1.6, "| ????工业 | 325.68 | -1.6 |"] in got
    assert len(df) == 8
