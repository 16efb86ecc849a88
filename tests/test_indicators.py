"""Indicators, measures and project stages of whole sentences, grouped by phenomenon."""

from __future__ import annotations

import pytest

from extract import extract_article

DATE = "2022-04-10"


def rows(text):
    return extract_article("象州县\n" + text, "t", date=DATE)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("象州县地区生产总值167.14亿元,同比增长18%,增速排全区第四位。",
         [("gdp", "level"), ("gdp", "growth"), ("gdp", "rank")]),
        ("财政收入22.04亿元,增长20.6%。", [("fiscal_revenue", "level"), ("fiscal_revenue", "growth")]),
        ("固定资产投资下降2.4%。", [("fixed_asset_investment", "growth")]),
        ("碳酸钙产业、木材加工业分别增长81.4%、101%。", [("industry_output", "growth"), ("industry_output", "growth")]),
        ("城乡居民收入差距比缩至1.49:1。", [("income_ratio", "ratio")]),
        ("年末常住人口62.37万人,比上年末减少0.21万人。", [("population", "count"), ("population", "change")]),
        ("力争到2030年,电力装机容量1000万千瓦以上。", [("production_capacity", "target")]),
        # a counter's noun written after it, not the clause that follows
        ("今年新增入库的15家企业合计拉动工业增长3个百分点。", [("enterprises_above_scale", "count"), ("other", "pp")]),
        ("其中煤炭工业增长3.2%,化工行业增长15.6%。", [("industry_output", "growth"), ("industry_output", "growth")]),
        ("新开工项目9个、计划投资12亿元。", [("projects", "count"), ("project_investment", "level")]),
        # above-scale enterprises' output is the above-scale industrial output, a verb between them or not
        ("全县35家规模以上企业实现产值52.3亿元,同比增长4%。",
         [("enterprises_above_scale", "count"), ("industrial_output", "level"), ("industrial_output", "growth")]),
        # enterprises served or applying are activities, not the stock of enterprises
        ("走访规上企业320家,高新技术企业申报11家。", [("other", "count"), ("other", "count")]),
        # 分别 after two figures pairs each growth with its figure
        ("接待游客520万人次,旅游收入48亿元,分别增长12.1%、9.8%。",
         [("tourist_visits", "count"), ("tourism_revenue", "level"), ("tourist_visits", "growth"), ("tourism_revenue", "growth")]),
        # a share written after its figure belongs to it
        ("装备制造业增加值增长8.1%,占规上工业的比重为22.5%。", [("industry_output", "growth"), ("industry_output", "share")]),
        # 确保 / 预计 aim; 累计争取 reports
        ("确保全年新开工项目40个以上。", [("projects", "target")]),
        ("预计全年接待游客300万人次。", [("tourist_visits", "target")]),
        ("累计争取上级资金8.6亿元。", [("other", "level")]),
        # an aim listed after another aim with 、 is an aim too
        ("建成后可实现年产值6亿元、新增就业300人。", [("industry_output", "target"), ("employment", "target")]),
        # works counted are projects; the economy's growth rate is the GDP's
        ("今年全县实施民生实事工程12项,完工9项。", [("projects", "count"), ("projects", "count")]),
        ("上半年全县经济增速高于全市平均水平1.2个百分点。", [("gdp", "pp")]),
        # a contract's or an agreement's sum and a project's estimated cost are project sizes
        ("全年签约项目12个,合同额36.5亿元。", [("projects", "count"), ("project_investment", "level")]),
        ("新引进项目5个,协议资金18亿元。", [("projects", "count"), ("project_investment", "level")]),
        ("该水库工程概算投资9.6亿元。", [("project_investment", "level")]),
        # a rank whose own words only name its field (a place after 、, 全州 before the verb, a field in brackets)
        # ranks the figure before
        ("全县GDP增长6.1%,增速位列全省第二名、滨江市第一名。", [("gdp", "growth"), ("gdp", "rank"), ("gdp", "rank")]),
        ("地区生产总值85亿元,全州排位第3位。", [("gdp", "level"), ("gdp", "rank")]),
        ("完成地区生产总值120亿元,总量在五县(市、区)中排名第二。", [("gdp", "level"), ("gdp", "rank")]),
    ],
)
def test_indicator_and_measure(text, expected):
    df = rows(text)
    assert list(zip(df["indicator"], df["measure"], strict=True)) == expected


def test_a_bare_count_after_projects_counts_projects():
    df = rows("全县新签约项目20个,总投资80亿元。各乡镇情况:罗秀镇3个,总投资9亿元;运江镇5个,总投资11亿元。")
    assert df["indicator"].tolist()[4:] == ["projects", "project_investment"]


def test_a_bare_count_after_other_figures_is_not_projects():
    df = rows("全县培训农民300人,发放资金80万元;运江镇建成示范点5个。")
    assert df["indicator"].tolist()[-1] == "other"


def test_a_sum_invested_after_counted_projects_is_their_size():
    df = rows("新开工项目6个,投资12亿元。")
    assert df["indicator"].tolist() == ["projects", "project_investment"]


def test_a_plan_done_against_goes_with_the_figure_before():
    df = rows("全县新增城镇就业1500人,完成全年目标任务1200人的125%。")
    assert df["indicator"].tolist() == ["employment"] * 3
    df = rows("全县重点项目完成投资28亿元,完成年度投资计划60.5%。")
    assert df["indicator"].tolist() == ["major_project_investment"] * 2
    # a budget named by what it budgets, or by its revised sum (written for the test)
    df = rows("2021年全县一般公共预算支出917537万元,增长0.96%,完成年度总支出预算92.87%。")
    assert df["indicator"].tolist() == ["general_budget_expenditure"] * 3
    df = rows("一般公共预算支出完成89773万元,为变动预算数的44.81%,同比增长40.16%。")
    assert df["indicator"].tolist() == ["general_budget_expenditure"] * 3


def test_general_public_revenue_is_the_general_budget_s_revenue():
    df = rows("预计实现一般公共收入50.3亿元,比上年下降14.1%,完成预算81.2%。")
    assert df["indicator"].tolist() == ["general_budget_revenue"] * 3


def test_the_farm_sectors_value_added_is_a_sector_s_output_also_written_short_or_with_what_it_takes_in():
    df = rows("农林牧渔增加值95.83亿元,同比下降0.17%。农林牧渔业(包括农林牧渔专业及辅助性活动)增加值18100万元。")
    assert df["indicator"].tolist() == ["industry_output"] * 3


def test_a_bare_sum_before_the_project_it_sizes_after_a_verb_or_its_place_or_in_a_list():
    df = rows("标志着投资30亿元的汉龙新能源汽车发动机项目开工。位于田桥镇投资10.5亿元的禾昱润丰新材料项目施工现场正在推进。"
              "本次开工的有投资5亿元的光伏发电项目、3700万元的高标准农田项目等11个项目。")
    assert df[df["unit"] == "元"]["indicator"].tolist() == ["project_investment"] * 4


def test_a_bare_sum_brought_in_named_in_a_list_or_put_into_projects_is_their_size():
    df = rows("引进投资400亿元的光伏制造垂直一体化大基地等21个重大项目。本次集中开工3个项目,分别是投资3500万元的蜂业产业园区、"
              "投资500万元的汽车电子交易基地。全县投资2.47亿元实施20个乡村振兴项目。")
    assert df[df["unit"] == "元"]["indicator"].tolist() == ["project_investment"] * 4
    # money put into works that are no project stays other; a sum signed projects are expected to bring is their size
    df = rows("全县投资2100万元,完成污水处理厂主体。1~2月份,全市工业园区共签约落地项目11个,预计投资87.39亿元。")
    assert df[df["unit"] == "元"]["indicator"].tolist() == ["other", "project_investment"]


def test_a_phase_s_sum_a_proposed_sum_and_the_next_sized_item_of_a_list_are_project_sizes():
    df = rows("项目分两期建设,其中一期投资11.7亿元。茶园康养项目位于大庙口镇袁家村,拟投资3亿元,规划总面积5000余亩。"
              "此外,投资3.3亿元的固体废物再生利用、3.05亿元的年产四万吨锂电新能源生产项目正在办理手续。")
    assert df[df["unit"] == "元"]["indicator"].tolist() == ["project_investment"] * 4


def test_one_project_s_size_takes_the_stage_of_its_own_words():
    df = rows("大力推进项目建设。投资3亿元、日产砖500吨的建材项目,已开工建设;投资2亿元的光伏项目,已完成农户签约。")
    big = df[df["unit"] != "吨"] if "unit" in df else df[df["value"] != 500]
    assert big["indicator"].tolist() == ["project_investment", "project_investment"]
    assert big["stage"].tolist() == ["started", "signed"]


def test_the_sum_a_company_invests_in_a_named_project_is_its_size():
    """``浙江某某有限公司投资23.2亿元的灌河旅游养老综合体项目``, ``伊利集团追加投资30亿元的…项目``."""
    df = rows("浙江中浙房地产开发有限公司投资23.2亿元的灌河旅游养老综合体项目、伊利集团追加投资30亿元的乳业项目落户。")
    assert df["indicator"].tolist() == ["project_investment", "project_investment"]
    # with no project named after it; not what a firm has put in so far (累计投资)
    df = rows("东方希望集团投资40亿元,合景泰富团队投资50亿元,公司将在图木舒克市投资30亿元,该公司在产业园累计投资近10亿元。")
    assert df["indicator"].tolist() == ["project_investment"] * 3 + ["other"]


def test_a_sum_before_the_projects_it_is_the_size_of_takes_their_stage():
    df = rows("5月8日,总投资达21亿元的9个重点项目集中签约。")
    assert df["stage"].tolist() == ["signed", "signed"]


def test_a_project_list_s_money_for_the_year_is_the_annual_investment():
    df = rows("全县交通类项目14个,总投资60亿元,年度投资12亿元;年内计划投资8亿元。")
    assert df["indicator"].tolist() == ["projects", "project_investment", "major_project_investment", "major_project_investment"]
    assert df["measure"].tolist()[3] == "target"


def test_a_part_of_a_catalogue_figure_is_other():
    # enterprises grouped by ownership or size, and a budget level (旗级, 盟本级) are parts of the place's figure
    df = rows("全县民营企业实现出口8亿元,增长12%;百强企业工业产值增长9%。旗级一般公共预算收入3亿元,增长2%。")
    assert df["indicator"].tolist() == ["other"] * 5
    # the centre's and the province's shares of the revenue, one level's or one sector's taxes
    df = rows("中央级一般公共预算收入当月完成5亿元,区级各项税收累计完成212.0亿元,工业税收完成入库5.40亿元。"
              "实现过夜游旅游收入1340万元,边境旅游收入2.3亿元。")
    assert df["indicator"].tolist() == ["other"] * 5
    # but their projects are still projects, and an amount in 亿元 before 企业 names no group
    df = rows("重点外资企业新建项目开工率达到90%。")
    assert df["indicator"].tolist() == ["projects"]


def test_a_rate_of_projects_that_took_a_step_is_the_projects_share():
    df = rows("截至3月底,完成立项批复项目53个,立项率达63%;开(复)工36个,开工率43%。实施亿元以上项目330个,开(复)工率90%。")
    assert df["indicator"].tolist() == ["projects"] * 6
    assert df.loc[df["value"].isin([36, 43, 90]), "stage"].tolist() == ["started"] * 3


def test_a_share_glossed_by_its_statistical_name_takes_that_name():
    # the parenthesised name right before a share says what the share is; the points after it go with it
    df = rows("年末全县常住人口20.5万人,其中城镇常住人口9.8万人,占常住人口比重(常住人口城镇化率)为47.8%,比上年末提高1.2个百分点。")
    assert df["indicator"].tolist() == ["population", "other", "urbanization_rate", "urbanization_rate"]
    # the registered population's urbanization is not the catalogue's resident one
    df = rows("城镇户籍人口6.1万人,占户籍总人口比重(户籍人口城镇化率)为30.2%。")
    assert df["indicator"].tolist() == ["other", "other"]


def test_a_budget_s_change_or_plan_with_no_words_of_its_own_is_the_budget_figure_s():
    df = rows("全县一般公共预算支出32.6亿元,同比增支2.4亿元,增长8.0%。")
    assert df["indicator"].tolist() == ["general_budget_expenditure"] * 3
    df = rows("一般公共预算收入5.1亿元,完成调整预算102%,较年初预算5.6亿元,短收4800万元。")
    assert df["indicator"].tolist() == ["general_budget_revenue"] * 4


def test_a_group_of_the_population_is_not_the_population():
    df = rows("全县总人口25.6万人,其中男性人口13.1万人,女性人口12.5万人,农业人口18.2万人。")
    assert df["indicator"].tolist() == ["population", "other", "other", "other"]
    assert rows("象州县户籍人口36万人。")["indicator"].tolist() == ["population"]
    assert rows("全县现有人口32万人。")["indicator"].tolist() == ["population"]


def test_people_at_work_jobs_kept_and_jobs_spending_are_not_jobs_created():
    df = rows("城镇新增就业1500人,帮助320名未就业青年稳定就业,其中200人在园区企业就业,建成充分就业社区3个。")
    assert df["indicator"].tolist() == ["employment", "other", "other", "other"]
    assert rows("社会保障和就业支出增长9.5%。")["indicator"].tolist() == ["other"]
    assert rows("项目建成后可带动村民在家门口就业120人。")["indicator"].tolist() == ["employment"]


def test_a_count_of_a_kind_in_a_breakdown_of_projects_counts_projects():
    df = rows("今年集中开工重点项目15个。其中工业制造类9个,投资20亿元;城市更新类6个,投资8亿元。")
    assert df["indicator"].tolist() == ["projects", "projects", "project_investment", "projects", "project_investment"]
    df = rows("本次签约项目涵盖主导产业,包括新材料产业5个,数字经济3个。")
    assert df["indicator"].tolist() == ["projects", "projects"]
    # a kind with no projects named anywhere near is not a project count
    assert rows("全县共有文化产业3个。")["indicator"].tolist() == ["other"]


def test_a_ratio_built_on_a_catalogue_figure_is_not_the_figure():
    df = rows("地区生产总值增长6%,单位地区生产总值能耗下降3.2%。签约项目20个,单个项目平均投资额4.5亿元。")
    assert df["indicator"].tolist() == ["gdp", "other", "projects", "other"]


def test_a_structure_named_by_its_three_industries_in_order():
    df = rows("一、二、三产业比重为15∶40∶45。")
    assert df["indicator"].tolist() == ["primary_va", "secondary_va", "tertiary_va"]


def test_power_capacity_in_mw_and_capacity_connected_to_the_grid():
    df = rows("全县光伏装机总容量突破450MW,今年新增并网8.5万千瓦。")
    assert list(zip(df["indicator"], df["unit"], strict=True)) == [("production_capacity", "MW"), ("production_capacity", "千瓦")]


def test_how_an_annual_key_project_list_compares_is_planned_too():
    df = rows("今年全县重点项目60个,同比增长20%。")
    assert df["stage"].tolist() == ["planned", "planned"]


def test_a_key_project_list_is_planned_and_so_are_the_parts_that_add_up_to_it():
    df = rows("1-9月份,316个州重点建设项目累计开复工291个。按项目类别统计:产业发展项目172个,完成投资295.9亿元;"
              "基础设施项目75个;社会民生项目55个;生态环保项目14个。")
    counts = df[df["indicator"] == "projects"]
    assert counts["stage"].tolist() == ["planned", "started", "planned", "planned", "planned", "planned"]
    # a few named by example are no list
    df = rows("越疆智能机器人等9个省级重点项目完成投资10.6亿元,魏牌汽车等16个项目建成投产。")
    assert df[df["indicator"] == "projects"]["stage"].tolist() == ["", "completed"]


def test_the_parts_of_a_set_planned_to_start_are_planned_unless_done():
    df = rows("今年拟新开工项目共31个,其中一季度新开工项目14个,总投资69亿元。")
    assert df["stage"].tolist() == ["planned", "planned", "planned"]
    df = rows("今年计划开工项目30个,其中已开工20个。")
    assert df["stage"].tolist() == ["planned", "started"]
    df = rows("2022年,全县安排重点建设项目72宗(其中,投产项目5宗,新开工项目39宗)。")
    assert df["stage"].tolist() == ["planned", "completed", "started"], "a key list's parts keep their own stages"


def test_projects_readied_are_planned():
    df = rows("全市在建项目1354个,总投资1.7万亿元;预备项目233个,总投资3160亿元。")
    assert df["stage"].tolist() == ["under_construction", "under_construction", "planned", "planned"]
    assert rows("预备新开工项目47个。")["stage"].tolist() == ["planned"]


def test_a_sum_signed_for_is_the_signed_projects_size():
    for text in ("今年一季度,象州县招商签约144亿元。", "菌交会象州签下46.2亿元投资大单。", "当天共签约项目12个,签约144亿元。"):
        df = rows(text)
        assert df[["indicator", "stage"]].values.tolist()[-1] == ["project_investment", "signed"], text


def test_what_is_to_be_done_this_year_is_a_target():
    assert rows("今年要完成投资460亿元。")["measure"].tolist() == ["target"]
    assert rows("遥观镇今年目标:工业总产值480亿元。")["measure"].tolist() == ["target"]


def test_projects_in_preparation_are_planned():
    df = rows("续建项目8个,年度计划投资9亿元;重大前期项目3个,项目总投资15亿元。")
    assert df["stage"].tolist()[2:] == ["planned", "planned"]


def test_a_condition_after_one_project_s_name_is_not_its_stage():
    df = rows("这批开工项目中,总投资9亿元的木材加工项目,全部达产后可实现年产值6亿元。")
    assert df["stage"].tolist()[0] == "started"


def test_money_spent_on_works_is_not_a_project_size():
    assert rows("投资3000万元,新建两个安置点。")["indicator"].tolist()[0] == "other"


def test_a_count_closing_a_list_of_names_takes_the_verb_after_it():
    df = rows("象州县糖厂续建工程、林逢镇物流园等12个重大项目集中开工,总投资9亿元。")
    assert df["stage"].tolist() == ["started", "started"]


def test_projects_signed_on_site_are_projects_and_a_project_s_site_office_is_not():
    assert rows("本次推介会共有18个项目现场集中签约。")[["indicator", "stage"]].values.tolist() == [["projects", "signed"]]
    assert rows("设立项目现场办公点6个。")["indicator"].tolist() == ["other"]


def test_the_yue_of_qianyue_before_a_count_is_the_verb_s():
    assert rows("本周集中开工5个项目、签约12个项目。")["stage"].tolist() == ["started", "signed"]


def test_a_sum_inside_a_list_takes_the_verb_closing_the_list():
    df = rows("糖厂等8个项目建成投产,投资6亿元林产加工、3亿元物流园等12个项目开工建设。")
    projects = df[df["indicator"].isin(["projects", "project_investment"])]
    assert projects["stage"].tolist() == ["completed", "started", "started"]


def test_a_total_over_start_and_completion_written_apart_has_no_stage_even_in_a_groundbreaking_story():
    df = rows("象州县重点项目集中开工仪式举行\n此次开(竣)工项目共20个,总投资31亿元。")
    assert df["stage"].tolist() == ["", ""]


def test_projects_launched_together_are_started():
    """``本次集中启动项目45个,总投资逾350亿元``, ``启动建设人民医院新院区等项目5个``: a launch is a start."""
    df = rows("3月1日,宝山区一批重大项目集中启动,本次集中启动项目45个,总投资逾350亿元。")
    assert df["stage"].tolist() == ["started", "started"]


def test_a_total_of_signed_and_newly_started_projects_has_no_stage():
    # written for the test: 签约和新开工 names two steps; their total has none (SCHEMA)
    df = rows("二季度,全市签约和新开工项目共计230个,投资总额超过900亿元。")
    assert df["stage"].tolist() == ["", ""]


def test_a_total_over_several_stages_has_no_stage():
    df = rows("集中开工项目8个、竣工项目5个,合计总投资31亿元。")
    assert df["stage"].tolist() == ["started", "completed", ""]


def test_stage_words_in_quoted_names_are_not_stages():
    df = rows("推进“双招双引”项目共56个。")
    assert df["stage"].tolist() == ["planned"]


def test_a_quoted_batch_of_a_campaign_names_its_projects_stage():
    # written for the test: a campaign's batches (签约一批, 开工一批, 投产一批) in quotes
    df = rows("此次“三个一批”活动项目20个。其中:“签约一批”项目5个,总投资12亿元。“开工一批”项目9个。“投产一批”项目6个。")
    assert dict(zip(df["value"], df["stage"], strict=True)) == {20: "", 5: "signed", 1.2e9: "signed", 9: "started", 6: "completed"}


def test_batches_are_not_ranks():
    assert "rank" not in rows("5个项目列入全省第三批重点项目清单。")["measure"].tolist()


def test_negative_growth():
    assert rows("固定资产投资下降2.4%。")["value"].tolist() == [-2.4]


def test_project_stages():
    df = rows("新签约项目183个,签约金额956.3亿元,新开工项目363个,总投资584.4亿元。")
    got = list(zip(df["indicator"], df["stage"], df["value"], strict=True))
    assert got == [
        ("projects", "signed", 183), ("project_investment", "signed", 95630000000),
        ("projects", "started", 363), ("project_investment", "started", 58440000000),
    ]


@pytest.mark.parametrize(
    "text,values",
    [
        ("推动32个超亿元工业项目加快建设。", [32]),
        ("其中亿元以上项目17个。", [17]),
        ("通洲的10万吨LNG联产10万吨合成氨项目提供就业岗位800多个。", [800]),
        ("年产40万吨绿色硅材项目开工。", []),
        # a size of another unit naming the class counted after it, and both bounds of such a range
        ("建成2000亩以上的茶叶示范基地3个、800亩-2000亩的茶叶示范基地6个。", [3, 6]),
        ("新建1500人以上行政村卫生室2处。", [2]),
        ("全省财政收入过20亿元的县达到35个。", [35]),
        ("总投资逾80亿元的12个项目集中开工。", [8000000000, 12]),
        # a capacity before a facility's name, after 的, or in a list of names closed by 等N个项目
        ("投资3亿元、日处理污泥300吨的城东环保项目已开工,8000吨饲料生产线、5万吨冷链储备库建成。", [300000000]),
        ("推进2万吨电池材料、15吉瓦光伏组件等6个项目。", [6]),
        # stated after the project is named, it is the project's figure
        ("该项目年产1500吨的首条生产线投产。", [1500]),
        # an over/under sum whose clause counts the things above or below it
        ("签约项目中投资超过5亿元的有7个,产值过10亿元的9家,年收入低于2000元的仅剩下35户。", [7, 9, 35]),
        # a size class below a sum, of projects counted right after it, and a range written with a dash
        ("10亿元及以下项目35个,总投资165.2亿元。", [35, 16520000000]),
        ("其中,百亿元项目1个,十亿元项目3个,20亿元项目2个。", [1, 3, 2]),
        ("新开工的项目中,总投资10—30亿元项目22个,总投资5-10亿元的项目有2个。", [22, 2]),
    ],
)
def test_thresholds_and_name_capacities_are_not_rows(text, values):
    assert rows(text)["value"].tolist() == values


def test_a_topic_phrase_names_the_indicator_of_the_places_after_it():
    df = extract_article("衢州市\n社会消费品零售总额方面,全市完成410.3亿元,增长5.2%。江山市完成80.1亿元,增速居全市第一位。"
                         "\n从固定资产投资看,常山县下降3.1%。", "t", date="2024-10-28")
    assert df["indicator"].tolist() == ["retail_sales"] * 4 + ["fixed_asset_investment"]
    assert df["measure"].tolist() == ["level", "growth", "level", "rank", "growth"]
    # written for the test: the districts' spending ranked among the districts' own
    df = extract_article("北京市\n在2019年北京市各区财政支出中,海淀区(743.5亿元)、朝阳区(658.01亿元)分列第一、二位。", "t",
                         date="2021-10-28")
    assert set(df.loc[df["measure"] == "level", "indicator"]) == {"general_budget_expenditure"}
    # the frame after 分市州看, (by prefecture): the topic of the round-up's places
    df = extract_article("贵州省遵义市、贵阳市\n分市州看,在经济总量方面,遵义市突破3000亿元,居全省首位。", "t", date="2021-11-13")
    assert df[["indicator", "measure"]].values.tolist() == [["gdp", "level"], ["gdp", "rank"]]


def test_a_place_s_bare_count_after_the_projects_its_paragraph_counts_counts_those_projects():
    # 此次开工项目…其中马尔康4个: started projects; 新签约…项目…。其中,迎江区1个: signed ones; 13个市县 counts places
    df = extract_article("阿坝州\n此次开工项目涵盖全州13个市县,其中马尔康4个、金川县5个。", "t", date="2017-09-29")
    got = {(r.region, r.value): (r.indicator, r.stage) for r in df.itertuples()}
    assert got[("马尔康市", 4)] == got[("金川县", 5)] == ("projects", "started")
    assert got[("阿坝藏族羌族自治州", 13)][0] == "other"
    df = extract_article("安庆市\n去年全市新签约50亿元以上工业项目10个。其中,迎江区1个,宿松县2个。", "t", date="2024-02-10")
    got = {(r.region, r.value): (r.indicator, r.stage) for r in df.itertuples()}
    assert got[("迎江区", 1)] == got[("宿松县", 2)] == ("projects", "signed")


def test_a_list_of_places_after_a_lead_naming_one_indicator_in_its_sentence_measures_it():
    # 根据…GDP数据,…依次为晋江市(…)、鼓楼区(…): each place's bracketed figure is its GDP; a rank keeps its own words
    df = extract_article("福建省\n根据2021年全年的GDP数据,福建十强县市区的最新排名已经出炉,依次为晋江市(2986.4亿元)、"
                         "鼓楼区(2362.2亿元)、思明区(2258.1亿元)。", "t", date="2022-02-10")
    assert df["indicator"].tolist() == ["gdp"] * 3
    assert df["region"].tolist() == ["晋江市", "鼓楼区", "思明区"]


def test_the_share_of_a_project_works_is_not_an_investment_share():
    df = rows("该项目总投资12亿元,一期已完成主体工程的85%。")
    assert df["indicator"].tolist() == ["project_investment", "other"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全县共有规上工业企业152家,较年初净增14家。",
         [("enterprises_above_scale", "count", 152), ("enterprises_above_scale", "change", 14)]),
        ("一般公共预算收入完成6.2亿元,同口径增长4.8%。",
         [("general_budget_revenue", "level", 6.2e8), ("general_budget_revenue", "growth", 4.8)]),
        # a revenue said twice (逾…, 达到…) still pairs once with its growth
        ("接待游客1280万人次,实现旅游综合收入逾百亿元,达到102.6亿元,同比分别增长15.2%和12.8%。",
         [("tourist_visits", "count", 1.28e7), ("tourism_revenue", "level", 1e10), ("tourism_revenue", "level", 1.026e10),
          ("tourist_visits", "growth", 15.2), ("tourism_revenue", "growth", 12.8)]),
    ],
    ids=["较年初", "同口径", "restated"],
)
def test_comparisons_and_pairs(text, expected):
    df = rows(text)
    assert list(zip(df["indicator"], df["measure"], df["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("规上工业营业收入完成320.5亿元;规上工业增长7%。", ["other", "industrial_va"]),  # revenue is not value added
        ("实际到位省外资金58.3亿元;实际利用外资1.2亿美元。", ["other", "foreign_investment"]),  # 省外资金 is not 外资
        ("项目用地300亩,新建茶园500亩。", ["other", "planting_area"]),  # land for building is not a crop
        ("森林面积达到120万亩,茶园面积5万亩。", ["other", "planting_area"]),  # nor is a forest
        # nor land supplied, nor a zone's land
        ("省重点项目拟占用土地14.84万亩,实际供应8.98万亩,新建茶园500亩。", ["other", "other", "planting_area"]),
        ("佛北产业集聚区面积51840亩,其中启动区面积17475亩。", ["other", "other"]),
        ("商品房销售面积同比增长5.7%;机耕面积24889公顷,茶园面积5万亩。", ["other", "other", "planting_area"]),  # nor housing
        ("猕猴桃每亩产值13000元,户均产值20万元,纺织业产值12亿元。", ["other", "other", "industry_output"]),  # an average
        ("旅游接待人次和旅游收入分别达到1200万人次、98亿元。", ["tourist_visits", "tourism_revenue"]),
        ("工业、农业增加值分别增长8%、3%。", ["industry_output", "industry_output"]),
        # parts of a catalogue figure are not it (SCHEMA rulings)
        ("契税收入2689万元,非税收入38.4亿元,区本级一般公共预算收入18.8亿元。", ["other", "other", "other"]),
        ("城镇常住人口19.64万人,出生人口1701人。", ["other", "other"]),
        # old names of a catalogue figure are it
        ("一般预算收入133.33亿元,农民人均纯收入10700元。", ["general_budget_revenue", "rural_income"]),
        ("地方财政收入3119.8亿元,财政总收入5000亿元。", ["general_budget_revenue", "fiscal_revenue"]),
        # a verb between the sector and its measure; a sector named alone
        ("第二产业实现增加值61.3亿元,第一产业完成增加值10.4亿元。", ["secondary_va", "primary_va"]),
        ("其中,农业42.5亿元,建筑业完成0.60亿元。", ["industry_output", "industry_output"]),
    ],
    ids=["revenue", "domestic-capital", "land", "forest", "land-supplied", "zone-land", "housing", "output-per-unit", "list-of-measures", "list-sharing-a-noun", "parts",
         "parts-of-population", "old-names", "old-name-of-local-revenue", "linking-verb", "bare-sector"],
)
def test_words_that_contain_a_catalogue_phrase(text, expected):
    assert rows(text)["indicator"].tolist() == expected


@pytest.mark.parametrize(
    "text",
    [
        "纺织业、造纸业和建材业三个行业增幅回落,分别下降2.1%、6.3%、9.5%。",  # the items head the clause before 分别
        "商贸业、运输业、建筑业对经济增长贡献较大,分别拉动经济增长1.1、0.6、0.4个百分点。",
        "四大主导产业中茶叶、竹木、建材增加值分别增长7.2%、5%和3.9%。",  # an industry list shares its measure
    ],
    ids=["items-before", "pulls-of-items-before", "industries-share-a-measure"],
)
def test_listed_industries(text):
    df = rows(text)
    counts = df[df["unit"] == "个"]  # 三个行业 restates the items listed: a row of its own (SCHEMA)
    assert counts["value"].tolist() == ([3] if "三个行业" in text else [])
    df = df[df["unit"] != "个"]
    assert df["indicator"].tolist() == ["industry_output"] * 3
    assert df["label"].str.contains("纺织|商贸|茶叶").tolist() == [True, False, False]


def test_values_have_no_float_noise():
    assert rows("农林牧渔业总产值68.9亿元。")["value"].tolist() == [6890000000]


def test_a_threshold_qualifying_villages_is_not_a_row():
    assert rows("经营性收入超过80万元的村有16个。")["value"].tolist() == [16]


def test_a_change_already_made_to_a_past_year_is_not_a_target():
    df = rows("全县地区生产总值由2019年的180亿元增加到2021年的260亿元。")
    assert df[["indicator", "measure", "period_start"]].values.tolist() == [["gdp", "level", "2019-01"], ["gdp", "level", "2021-01"]]


def test_a_bare_stage_verb_counts_the_projects_just_named():
    df = rows("今年计划实施重点项目120个。截至目前,已开工98个。")
    assert df[["indicator", "stage"]].values.tolist() == [["projects", "planned"], ["projects", "started"]]


def test_signed_sums():
    df = rows("共签约项目35个,签约总额达218亿元。")
    assert df[["indicator", "stage"]].values.tolist() == [["projects", "signed"], ["project_investment", "signed"]]


def test_a_breakdown_after_a_semicolon_keeps_the_stage():
    df = rows("本次集中开工项目26个,总投资138.6亿元,其中产业项目18个,总投资96.2亿元;基础设施项目8个,总投资42.4亿元。")
    assert df["stage"].tolist() == ["started"] * 6


def test_the_bounds_of_a_size_class_are_not_rows():
    assert rows("10亿元以上项目5个,5亿元至10亿元项目7个。")["value"].tolist() == [5, 7]


def test_more_than_the_same_period_last_year_is_a_change():
    df = rows("今年以来累计新开工产业项目68个,比去年同期多15个。")
    assert df[["indicator", "measure", "value"]].values.tolist() == [["projects", "count", 68], ["projects", "change", 15]]


def test_a_plan_to_bring_in_projects_is_a_target():
    assert rows("全县今年计划引进亿元以上项目50个。")["measure"].tolist() == ["target"]
    # 计划 and a verb of producing, spending or building; what was done against it is no target
    assert rows("今年计划产车6万辆,计划拿出50万元,计划建设养殖暖棚1860座。")["measure"].tolist() == ["target"] * 3
    assert rows("去年计划建成项目5个,实际建成项目11个。")["measure"].tolist() == ["target", "count"]


def test_a_budget_as_passed_is_a_target_and_what_was_done_is_not():
    """``占年计划100500万元的112.29%``, ``经…人民代表大会…批准…收入83.318亿元``, ``调整为104500万元``: the budget or plan
    as passed; ``…审议批准,…收入计划34,888万元,…收入完成34,264万元,比上年增加61万元``: what was done against it."""
    df = rows("2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长21.41%。")
    assert df["measure"].tolist() == ["level", "target", "share", "growth"]
    df = rows("经旗第十八届人民代表大会第三次会议批准全旗一般公共预算收入83.318亿元,其中:旗本级一般公共预算收入51.9亿元,增长2%。")
    assert set(df["measure"]) == {"target"}
    df = rows("经县第十七届人民代表大会第四次会议审议批准,我县2020年一般公共预算收入计划34,888万元,预算执行过程中,"
              "2020年全县一般公共预算收入完成34,264万元,比上年增加61万元,增长0.2%。")
    assert df["measure"].tolist() == ["target", "level", "change", "growth"]


def test_projects_still_to_start_are_a_target():
    """``其余的86个项目也将全部开工``, ``二季度,还将开复工…等项目66个``: steps still to come, after the count or before it."""
    assert rows("截至目前,包头市已开复工项目435个,其余的86个项目也将全部开工。")["measure"].tolist() == ["count", "target"]
    assert rows("二季度,还将开复工中石化煤制烯烃等项目66个。")["measure"].tolist() == ["target"]


def test_the_ranking_frame_is_not_the_label():
    df = rows("工业投资增长21.4%,增速居宿迁市第一。")
    assert df["indicator"].tolist() == ["industrial_investment"] * 2


def test_growth_in_times_is_a_percentage():
    df = rows("出口额同比增长1.5倍。")
    assert df[["indicator", "measure", "value", "unit"]].values.tolist() == [["exports", "growth", 150, "%"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("今年以来,全县争取上级资金12.6亿元。", [("other", "level")]),  # obtained, not aimed for
        ("争取实现地区生产总值300亿元。", [("gdp", "target")]),
        ("财政总收入完成45.2亿元,为年初预算的102.3%。", [("fiscal_revenue", "level"), ("fiscal_revenue", "share")]),
        ("农村居民人均可支配收入同比增长7.2%,快于城镇居民1.8个百分点。", [("rural_income", "growth"), ("rural_income", "pp")]),
    ],
    ids=["争取资金", "争取实现", "budget-share", "faster-than"],
)
def test_aims_completion_rates_and_margins(text, expected):
    assert list(zip(*(rows(text)[c] for c in ("indicator", "measure")), strict=True)) == expected


def test_an_agreement_sum_belongs_to_the_stage_before_it():
    df = rows("今年以来,该县新引进项目21个,协议投资额58.2亿元,其中工业项目14个。")
    assert df["stage"].tolist() == ["introduced"] * 3


def test_a_batch_named_before_gives_its_stage_to_the_projects_of_the_paragraph():
    df = rows("这批开工项目涵盖新材料、新能源等领域。其中,总投资15亿元的新材料项目由龙头企业建设。")
    assert df[["indicator", "stage"]].values.tolist() == [["project_investment", "started"]]
    # 开复工 is a start (SCHEMA): 本次开复工项目…。包含市政项目68个
    df = rows("本次开复工项目涉及纺织、建材等行业。包含市政项目68个,交通水利项目27个。")
    assert df[["indicator", "stage"]].values.tolist() == [["projects", "started"]] * 2


def test_the_rank_of_a_completion_rate():
    df = rows("重大项目已完成投资31.6亿元,完成年度计划的43.9%,完成率排全市第一位。")
    assert df["indicator"].tolist() == ["major_project_investment"] * 3


def test_an_aim_after_the_figure_it_continues():
    df = extract_article("吉安县\n全年全县地区生产总值增长6%,今年将力争增长6.5%。", "t", date="2025-01-15")
    assert df[["indicator", "measure", "period_start"]].values.tolist() == [["gdp", "growth", "2024-01"],
                                                                            ["gdp", "target", "2025-01"]]


def test_the_change_of_a_ratio():
    df = rows("全年城乡居民人均可支配收入之比为2.08:1,比上年缩小0.05。")
    assert df[["indicator", "measure", "value", "unit"]].values.tolist() == [["income_ratio", "ratio", 2.08, ""],
                                                                             ["income_ratio", "change", -0.05, ""]]


def test_a_rank_of_a_total_is_not_of_a_growth_rate():
    df = rows("上半年,全县GDP总量达到156亿元,在全市排名第3。")
    assert df[["indicator", "measure", "label"]].values.tolist() == [["gdp", "level", "GDP总量"], ["gdp", "rank", "GDP总量"]]


def test_a_running_total_continues_the_figure_before():
    df = rows("今年以来,该县新增“专精特新”企业12家,累计达到45家。")
    assert df["label"].tolist() == ["新增“专精特新”企业"] * 2


@pytest.mark.parametrize(
    "text,stages",
    [
        ("全县31个省市重点项目已开工28个。", ["planned", "started"]),  # the verb before 28 is 28's; 31: the key list
        ("实现17个项目开工,11个项目竣工。", ["started", "completed"]),  # each verb after its own figure
        ("新落地亿元以上项目18个。", ["introduced"]),
    ],
    ids=["verb-of-the-next", "verb-after-its-own", "落地"],
)
def test_which_figure_a_stage_verb_belongs_to(text, stages):
    assert rows(text)["stage"].tolist() == stages


def test_sums_listed_after_counts_take_their_stages_in_order():
    df = rows("新签约项目20个、新开工项目15个、竣工项目8个,总投资分别为120亿元、80亿元、30亿元。")
    assert df["stage"].tolist() == ["signed", "started", "completed"] * 2


def test_the_three_industries_listed_in_short():
    df = rows("上半年,全县第一、二、三产业增加值分别增长3.1%、7.2%和5.6%。")
    assert df["indicator"].tolist() == ["primary_va", "secondary_va", "tertiary_va"]


def test_land_sold_is_not_planted_area():
    assert rows("全县3、4号地块共出让土地120亩。")["indicator"].tolist() == ["other"]


def test_urban_and_rural_residents_after_all_residents():
    df = rows("上半年,全县居民人均可支配收入15683元,增长6.2%,其中城镇居民24560元、农村居民10235元。")
    assert df["indicator"].tolist() == ["resident_income", "resident_income", "urban_income", "rural_income"]


@pytest.mark.parametrize(
    "text,value,label",
    [
        ("上半年,全县社会消费品零售总额增长-1.2%。", -1.2, "社会消费品零售总额"),
        ("上半年,全县房地产开发投资负增长5.3%。", -5.3, "房地产开发投资"),
        ("全县1-6月固定资产投资增长5%。", 5, "固定资产投资"),
    ],
    ids=["minus-sign", "负增长", "period-in-label"],
)
def test_signs_and_clean_labels(text, value, label):
    df = rows(text)
    assert df[["value", "label"]].values.tolist() == [[value, label]]


def test_industries_by_sector():
    df = rows("分行业看,食品制造业增长12.3%,纺织服装业增长9.8%;全县企业增长8%。38个行业大类中增长面达68.4%。")
    assert df[["indicator", "measure"]].values.tolist() == [
        ["industry_output", "growth"], ["industry_output", "growth"], ["other", "growth"], ["other", "count"], ["other", "share"]]


def test_aim_words_are_not_part_of_labels():
    df = rows("今年,全县将新开工项目60个以上,力争完成投资120亿元。")
    assert df[["measure", "label"]].values.tolist() == [["target", "新开工项目"], ["target", "完成投资"]]


def test_project_sums_in_a_list_of_named_projects_are_labelled_by_their_term():
    df = rows("今年以来,该县重点推进了光伏组件项目(总投资5亿元)、冷链物流项目(总投资3亿元)等12个项目建设。")
    assert df[["indicator", "label"]].values.tolist() == [["project_investment", "总投资"], ["project_investment", "总投资"],
                                                          ["projects", "项目建设"]]


@pytest.mark.parametrize(
    "text,values",
    [
        ("增速低于全市平均水平0.8个百分点。", [-0.8]),  # pp is signed (SCHEMA)
        ("第三产业比重回落2.16个百分点,第二产业比重提高1.5个百分点。", [-2.16, 1.5]),
        ("房产税同比增收531万元,契税同比减收24万元。", [5310000, -240000]),
        ("纺织、造纸和家具三个行业分别下降2.7%、6.1%和11%。", [3, -2.7, -6.1, -11]),  # 三个行业 restates the list: a row
        ("第一、第二产业比重分别回落0.9和1.3个百分点。", [-0.9, -1.3]),
        ("三项指标分别增长3.3%、-1.4%、5.2%。", [3.3, -1.4, 5.2]),
    ],
    ids=["gap-below", "fall-and-rise", "more-and-less-revenue", "listed-falls", "listed-pp-falls", "minus-in-a-list"],
)
def test_signed_differences(text, values):
    assert rows(text)["value"].tolist() == values


def test_a_total_that_mixes_stages_has_none_and_an_event_gives_its_month():
    df = extract_article("象州县\n4月8日,象州县举行集中开竣工仪式。此次集中开竣工项目25个,总投资38亿元。", "t", date=DATE)
    assert df["stage"].tolist() == ["", ""]
    assert df[["period_start", "period_end"]].values.tolist() == [["2022-04", "2022-04"]] * 2


def test_a_forecast_about_a_year_already_over_states_what_happened():
    df = extract_article("象州县\n2021年,预计全县地区生产总值增长7%左右。", "t", date="2022-01-10")
    assert df["measure"].tolist() == ["growth"]


def test_the_breakdown_of_a_groundbreaking_takes_its_stage():
    df = extract_article("安顺市重大项目集中开工仪式举行\n3月18日,安顺市举行重大项目集中开工仪式。此次集中开工项目128个,总投资152亿元。"
                         "从区域看,西秀区项目8个,总投资3.26亿元;平坝区项目16个,总投资16.22亿元。", "t", date="2022-03-20")
    assert set(df["stage"]) == {"started"}


def test_the_three_industries_listed_take_their_own_codes():
    df = rows("2022年,全县三次产业增加值占地区生产总值比重分别为3.2%、41.1%和55.7%。")
    assert df[["indicator", "measure"]].values.tolist() == [["primary_va", "share"], ["secondary_va", "share"],
                                                             ["tertiary_va", "share"]]


def test_a_sentence_that_only_qualifies_the_figure_before_goes_on_with_it():
    df = rows("前三季度,全县地区生产总值完成443.9亿元。按可比价格计算,同比增长3.7%。")
    assert df[["indicator", "measure"]].values.tolist() == [["gdp", "level"], ["gdp", "growth"]]


def test_an_annual_list_of_key_projects_is_planned():
    df = rows("今年,全县确定重点项目206个,总投资435.07亿元。")
    assert df["stage"].tolist() == ["planned", "planned"]


def test_a_two_character_item_takes_what_follows_the_last_items_first_word():
    df = rows("2021年,城镇、农村居民可支配收入分别为46346元、20380元。")
    assert df["indicator"].tolist() == ["urban_income", "rural_income"]


def test_projects_introduced_in_a_signing_are_signed():
    df = rows("当天现场签约的18个招商引资项目中,包括工业项目11个、服务业项目7个。"
              "全年完成签约引进项目42个。全年新引进项目9个,协议投资额12亿元。")
    stages = dict(zip(df["value"], df["stage"], strict=True))
    assert stages[18] == stages[11] == stages[7] == stages[42] == "signed"
    assert stages[9] == "introduced"  # no signing named: introduced stays


def test_a_breakdown_after_a_staged_total_takes_its_stage():
    df = rows("今年二季度集中开工的重点项目共有9个,总投资40亿元。其中工业项目5个,投资30亿元;民生项目4个,投资10亿元。")
    counts = df[df["indicator"] == "projects"]
    assert counts["value"].tolist() == [9, 5, 4] and counts["stage"].tolist() == ["started"] * 3


def test_a_sentence_with_no_stage_word_after_a_staged_total_breaks_it_down():
    """``…签约项目12个。工业项目8个…``: the next sentence of the paragraph names no stage, so it breaks the total down;
    a sentence with a stage word of its own (复工 is a start) keeps it, and a new paragraph does not inherit."""
    df = rows("本次推介会上共签约项目12个,协议投资总额60亿元。工业项目8个、协议投资45亿元;农业项目4个、协议投资15亿元。"
              "另有复工项目6个。\n全镇有农业项目3个。")
    counts = df[df["indicator"] == "projects"]
    assert counts["value"].tolist() == [12, 8, 4, 6, 3]
    assert counts["stage"].tolist() == ["signed", "signed", "signed", "started", ""]


def test_verbs_after_a_count_that_mix_stages_give_none():
    df = rows("全县共有31个重点项目集中开竣工。")
    assert df["stage"].tolist() == [""]


def test_a_change_against_a_named_year_or_a_net_change():
    df = rows("2023年全镇农民人均可支配收入比2019年增加3200元。全县存款余额净增12.5亿元。带动村民增收3万元。")
    assert df["measure"].tolist() == ["change", "change", "level"]  # 增收 alone stays a level (SCHEMA examples)
    assert rows("2022年省重点项目86个,项目数比2021年度增加15个。")["measure"].tolist() == ["count", "change"]


def test_growth_rates_in_lists_stay_growth_rates():
    df = rows("全县猪、羊出栏量分别增长12.5%、-3.4%。油菜种植面积比上年上升4.2%。"
              "5个乡镇财政收入增幅超过全县平均水平,分别为城关镇(21.3%)、河口镇(18.6%)。")
    rates = df[df["unit"] == "%"]
    assert rates["measure"].tolist() == ["growth"] * 5
    assert rates["value"].tolist() == [12.5, -3.4, 4.2, 21.3, 18.6]


def test_a_start_or_completion_rate_counts_the_projects_with_its_own_stage():
    df = rows("今年以来,全县谋划重点项目45个,开复工率为88%,投产率达到52%。")
    assert df[["indicator", "measure", "stage"]].values.tolist()[1:] == [["projects", "share", "started"],
                                                                         ["projects", "share", "completed"]]


def test_an_industry_named_alone_is_its_value_added_but_its_investment_is_not():
    df = rows("2021年,全县第二产业比重为41.2%,比上年提高0.8个百分点;一、二产业投资分别增长5.1%、9.3%。")
    assert df["indicator"].tolist() == ["secondary_va", "secondary_va", "other", "other"]


def test_a_contribution_or_a_pull_is_the_contributing_part_s():
    df = rows("2021年,一、二、三产业对全县经济增长的贡献率分别为5.5%、40.1%和54.4%,分别拉动经济增长0.4、2.9和3.9个百分点。")
    assert df["indicator"].tolist() == ["primary_va", "secondary_va", "tertiary_va"] * 2
    assert df["measure"].tolist() == ["share"] * 3 + ["pp"] * 3


def test_a_pull_with_no_subject_goes_on_from_the_figure_before():
    df = rows("2021年,全县完成建筑业增加值21.3亿元,增长6.2%,拉动GDP增长0.8个百分点;第二产业增加值对GDP的贡献率为38.5%。")
    assert df["indicator"].tolist() == ["industry_output", "industry_output", "industry_output", "secondary_va"]


def test_land_built_treated_or_averaged_is_not_a_planted_area():
    df = rows("2021年,全县种植烤烟2.4万亩,户均种植烤烟15亩,新建高标准农田3万亩。")
    assert df["indicator"].tolist() == ["planting_area", "other", "other"]
    # water for fish, terraces, an area under contract or certified are not planted either
    df = rows("2021年,全县种植烤烟2.4万亩,特种养殖面积达8000亩,梯田面积达到7.4万亩,签订面积已达14.79万亩,绿色食品面积195万亩。")
    assert df["indicator"].tolist() == ["planting_area"] + ["other"] * 4
    # one grower's field, and rice farmed with crayfish, are not the place's planted area
    df = rows("全县种植水稻48万亩。他种植的水稻有1000多亩。全县稻虾连作面积18万亩。")
    assert df["indicator"].tolist() == ["planting_area", "other", "other"]


def test_how_a_figure_is_computed_does_not_hide_what_it_measures():
    df = rows("2021年,全县农林牧渔业总产值32.6亿元,按可比价计算比上年增长4.2%;人均地区生产总值41200元,按年平均汇率计算为6380美元。")
    assert df["indicator"].tolist() == ["agri_output", "agri_output", "gdp_per_capita", "gdp_per_capita"]


def test_jobs_created_are_not_re_employment_moved_labour_or_people_employed():
    df = rows("2021年,全县城镇新增就业3120人,失业人员再就业860人,农村劳动力转移就业2.1万人,年末就业人员15.2万人。")
    assert df["indicator"].tolist() == ["employment", "other", "other", "other"]


def test_a_branch_of_services_is_an_industry_not_the_tertiary_sector():
    df = rows("2021年,全县服务业增加值52.3亿元,其中其他服务业增加值9.8亿元。")
    assert df["indicator"].tolist() == ["tertiary_va", "industry_output"]


def test_rates_and_groups_of_the_population_and_tax_refunds_are_not_the_catalogue_s():
    df = rows("2021年末,全县常住人口31.2万人,人口自然增长率3.1‰,低收入人口820人;税收返还1.2亿元。")
    assert df["indicator"].tolist() == ["population", "other", "other", "other"]


def test_a_second_list_after_a_respectively_list_pairs_with_it_in_order():
    df = rows("2021年,城镇、农村居民人均可支配收入分别达到38210元、17450元,增长6.1%、8.3%。")
    assert df[["indicator", "measure"]].values.tolist() == [
        ["urban_income", "level"], ["rural_income", "level"], ["urban_income", "growth"], ["rural_income", "growth"]]


def test_a_signing_s_investment_amount_is_the_projects_sum():
    df = rows("3月5日,全县集中签约项目12个,投资金额56亿元,复工率95%。")
    assert df["indicator"].tolist() == ["projects", "project_investment", "projects"]


def test_the_land_a_project_occupies_is_not_a_planted_area():
    df = rows("该县引进的食品加工项目,占地约120亩,总投资3亿元。")
    assert df["indicator"].tolist() == ["other", "project_investment"]


def test_a_scenic_spot_s_or_rural_tourism_s_figures_are_a_part_of_the_place_s_tourism():
    df = rows("2021年,全县接待游客210万人次,其中景区接待游客86万人次;实现乡村旅游收入2.3亿元。")
    assert df["indicator"].tolist() == ["tourist_visits", "other", "other"]


def test_a_comparison_s_base_and_verb_leave_the_figure_going_on_from_the_one_before():
    df = rows("2021年,全县接待游客120万人次,与上年相比增长15%;旅游收入9.6亿元,比2020年同期增长18%。")
    assert df["indicator"].tolist() == ["tourist_visits", "tourist_visits", "tourism_revenue", "tourism_revenue"]


def test_a_listed_place_s_figure_measures_what_the_list_s_frame_names():
    df = rows("2021年,来宾市各县区新开工项目开工率分别为:武宣县91.5%、忻城县84%、象州县(76.2%)。")
    assert df["indicator"].tolist() == ["projects", "projects", "projects"]
    df = rows("2021年,地区生产总值位居前两位的是武宣县231.4亿元、象州县198.6亿元。")
    assert df["indicator"].tolist() == ["gdp", "gdp"]


def test_a_production_base_or_wasteland_is_not_a_planted_area():
    df = rows("2021年,全县种植油菜6万亩,建成有机茶叶生产基地2.5万亩,将120亩荒地改造成果园。")
    assert df["indicator"].tolist() == ["planting_area", "other", "other"]


def test_aims_go_on_after_a_semicolon_and_results_too():
    df = rows("2021年12月20日政府工作报告\n预计,全年地区生产总值增长7.5%;财政收入增长9%;社会消费品零售总额增长6%。")
    assert df["measure"].tolist() == ["target", "target", "target"]
    text = "2022年,我们较好完成了全年主要目标任务。预计实现地区生产总值230亿元,增长6.1%;一般公共预算收入12亿元,增长5%。"
    df = extract_article("象州县\n" + text, "t", date="2023-01-10")
    assert df["measure"].tolist() == ["level", "growth", "level", "growth"]


def test_an_aimed_fall_is_negative():
    df = rows("2021年12月20日政府工作报告\n预计,全年地区生产总值增长7.5%;固定资产投资下降3%左右。")
    assert df[["measure", "value"]].values.tolist() == [["target", 7.5], ["target", -3.0]]


def test_bare_change_after_level_or_growth():
    """``小麦32.5千公顷,减少0.4千公顷``: a bare 增加/减少 after a level in the same unit, or after the growth, is the change."""
    df = rows("其中,小麦32.5千公顷,减少0.4千公顷;油菜12.1千公顷,增加0.3千公顷。")
    assert df[["measure", "value"]].values.tolist() == [["level", 32500], ["change", -400], ["level", 12100], ["change", 300]]
    df = rows("税收收入完成9,120万元,同比增长6.2%,增收532万元。")
    assert df["measure"].tolist() == ["level", "growth", "change"]
    assert rows("项目带动群众增收7.5万元。")["measure"].tolist() == ["level"]


def test_task_size_is_target():
    """``新增就业3150人,完成全年目标任务2800人的112.5%``: the task's size is a target, the rate a share."""
    df = rows("城镇新增就业3150人,完成全年目标任务2800人的112.5%。")
    assert df["measure"].tolist() == ["count", "target", "share"]
    df = rows("引进企业12家(任务数10家),到位资金8亿元(任务数7亿元),占比55%。")
    assert df["measure"].tolist() == ["count", "target", "level", "target", "share"]


def test_pulled_down_points_are_negative():
    """``拉低全部投资增速1.6个百分点``: a pull down is a gap below, negative points."""
    assert rows("房地产投资下降8%,拉低全部投资增速1.6个百分点。")["value"].tolist() == [-8, -1.6]


def test_bare_percent_after_an_amount_is_its_growth():
    """``2.某县(96.40亿元 3.9%)``: a bare % right after an amount is that amount's growth, never a level."""
    df = rows("各县地区生产总值:1.甲县(120.50亿元 同比增长4.2%)、2.乙县(96.40亿元 3.9%)。")
    assert df["measure"].tolist() == ["level", "growth", "level", "growth"]


def test_will_have_is_a_count_to_come():
    """``下月将有18个项目开工``: 将有 announces figures still to come, targets."""
    assert rows("下月全县将有18个项目集中开工,总投资26亿元。")["measure"].tolist() == ["target", "target"]


def test_once_running_clause_makes_targets():
    """``项目投产达效后,可实现年产值12亿元``: what a project yields once running is still to come."""
    assert rows("项目总投资5亿元,投产达效后,可实现年产值12亿元、税收8000万元。")["measure"].tolist() == [
        "level", "target", "target"]


def test_parenthesised_amount_after_a_parenthesised_percent_keeps_its_own_measure():
    """``乙县(96.40亿元 3.9%)、丙县(80.20亿元 3.1%)``: the amount in the next parentheses is a level, not the growth before."""
    df = rows("各县地区生产总值:甲县(120.50亿元 同比增长4.2%)、乙县(96.40亿元 3.9%)、丙县(80.20亿元 3.1%)。")
    assert df["measure"].tolist() == ["level", "growth"] * 3


def test_a_result_measured_against_an_aim_is_no_plan():
    """``…增长12%,超出年初预期目标4个百分点``: naming the aim a result beat does not make the paragraph a plan."""
    df = rows("2021年全县税收收入完成8.6亿元,同比增长12%,超出年初预期目标4个百分点。其中,增值税3.1亿元。")
    assert df["measure"].tolist() == ["level", "growth", "pp", "level"]


def test_either_stage_and_bracketed_stages_are_mixed():
    """``集中开工或签约``, ``开(竣)工项目``: projects at either of two steps have no stage (SCHEMA)."""
    df = rows("本月全县有15个项目集中开工或签约,总投资42亿元。")
    assert df["stage"].tolist() == ["", ""]
    df = rows("此次开(竣)工项目共18个,总投资36亿元。")
    assert df["stage"].tolist() == ["", ""]


def test_a_budget_is_a_target():
    """``完成预算数8200万元的103%``, ``较年初预算5600万元``: the budget itself is a plan figure; the rate of it a share."""
    df = rows("税收收入8450万元,完成预算数8200万元的103%。")
    assert df["measure"].tolist() == ["level", "target", "share"]
    df = rows("年初预算为:一般公共预算收入52000万元(税收收入31000万元)。")
    assert df["measure"].tolist() == ["target", "target"]
    assert rows("一般公共预算收入占调整预算101.2%。")["measure"].tolist() == ["share"]


def test_a_fiscal_report_s_base_plan_and_change():
    """``较上年同期X万元增长Y%``: the base year's amount is a level; ``增支X万元`` a change like 增收; ``收入计划X万元``,
    ``由年初的X万元调整为Y万元`` the budget's plan, and the result reported after it is no aim."""
    df = rows("财政总支出83150万元,较上年同期79420万元增支3730万元,增长4.7%。")
    assert df["measure"].tolist() == ["level", "level", "change", "growth"]
    df = rows("2021年一般公共预算收入计划41200万元,全年一般公共预算收入完成40870万元,比上年增长3.1%。")
    assert df["measure"].tolist() == ["target", "level", "growth"]
    df = rows("经县人大常委会批准,一般公共预算收入由年初的52300万元调整为50100万元。")
    assert df["measure"].tolist() == ["target", "target"]
    # a start of the year's own amount, moved since, is no budget
    assert rows("全县规上企业由年初的120家增加到150家。")["measure"].tolist()[0] != "target"


def test_a_bare_percent_under_a_growth_is_a_growth():
    """``增速最快的是A县,达到9%``, ``负增长,分别为A县(-2.1%)``, ``以7.4%的增速位列第二``: the sentence's last measure word
    before a bare % (or 的增速 right after it) names a growth; a part word (占, 比重) still makes a share."""
    assert rows("12个县区中,地区生产总值增速最快的是象州县,达到9%。")["measure"].tolist()[-1] == "growth"
    assert rows("全市有2个县固定资产投资负增长,分别为象州县(-2.1%)、武宣县(-6.4%)。")["measure"].tolist() == \
        ["count", "growth", "growth"]
    assert rows("象州县以7.4%的增速位列全市第二。")["measure"].tolist() == ["growth", "rank"]
    assert rows("工业投资增速加快,占全部投资的比重达到35%。")["measure"].tolist() == ["share"]
    # the growth two clauses back no longer frames it
    assert rows("全县投资增速放缓,消费持续回暖,全年城镇化水平达到61%。")["measure"].tolist() == ["share"]


def test_a_percent_of_the_noun_after_it_is_a_share():
    """``全村共有420户,超过70%的农户种植葡萄``: a % said of the noun after it (X%的农户) is the part of a whole, not
    the growth of the count before it."""
    df = rows("全村共有420户村民,超过70%的农户种植葡萄。")
    assert df["measure"].tolist() == ["count", "share"]


def test_the_plan_a_rate_is_taken_of_is_a_target():
    """``完成预算X万元的Y%``, ``占年度计划X亿元的Y%``, ``完成全年X亿元目标任务的Y%``: the plan is a target, the rate a
    share, and what follows the rate is no aim."""
    df = rows("税收收入6120万元,完成预算5900万元的103.7%,同比增长4.2%,增收247万元。")
    assert df["measure"].tolist() == ["level", "target", "share", "growth", "change"]
    df = rows("今年前4个月,全县招商引资到位资金18亿元,占年度计划40亿元的45%。")
    assert df["measure"].tolist() == ["level", "target", "share"]
    df = rows("一季度,全县引进资金6.3亿元,完成全年25亿元目标任务的25.2%。")
    assert df["measure"].tolist() == ["level", "target", "share"]


def test_a_planned_site_area_is_its_size():
    """``园区规划面积12.6平方公里``: the planned area of a site is its size (level); planned building stays a target."""
    assert rows("物流园规划面积12.6平方公里,其中核心区4.2平方公里。")["measure"].tolist() == ["level", "level"]
    assert rows("规划建设标准化厂房18万平方米。")["measure"].tolist() == ["target"]


def test_a_place_standing_with_its_amount_measures_what_frames_it():
    df = rows("从地区生产总值总量看,象州县以168亿元位列全市第二。")
    assert df["indicator"].tolist()[0] == "gdp"
    df = rows("象州县以95亿元的地区生产总值居全市第三。")
    assert df["indicator"].tolist()[0] == "gdp"


def test_the_two_groups_incomes_are_the_urban_and_the_rural_one():
    df = rows("象州县城乡居民人均可支配收入达31250元、17480元,分别增长6.1%、7.3%。")
    assert df["indicator"].tolist() == ["urban_income", "rural_income", "urban_income", "rural_income"]
    df = rows("力争城、乡居民人均可支配收入分别增长7%、8%。")
    assert df["indicator"].tolist() == ["urban_income", "rural_income"]
    df = rows("城乡常住居民人均可支配收入达到51900元和24820元,分别增长7.5%和8%。")  # 常住, joined by 和
    assert df["indicator"].tolist() == ["urban_income", "rural_income", "urban_income", "rural_income"]


def test_a_figure_with_only_a_base_year_measures_the_titles_indicator():
    df = extract_article("各区县2023年GDP排名出炉\n象州县地区生产总值120亿元。其中,增速最快的是象州县,相比上一年度增长了9.1%。", "t", date=DATE)
    assert df["indicator"].tolist()[-1] == "gdp"


def test_the_field_a_rank_is_taken_in_is_not_the_label():
    """``全市九个县市区中排名第二``: the field of the ranking names neither the indicator nor the place."""
    df = rows("象州县财政收入完成12.5亿元,同比增长8.2%,在全市九个县市区中排名第二。")
    assert df["indicator"].tolist() == ["fiscal_revenue"] * 3
    assert df["region"].tolist()[-1] == "象州县"
    df = rows("象州县规上工业产值增长15.1%,全市同类型县区增速排名第一。")
    assert df["indicator"].tolist() == ["industrial_output"] * 2


def test_a_capacity_named_before_or_after_its_amount():
    """``污水处理能力5万吨``, ``将形成20万吨年产能``: the capacity's name before or right after its amount."""
    assert rows("新建污水处理厂,污水处理能力5万吨。")["indicator"].tolist() == ["production_capacity"]
    assert rows("二期建成后,将形成20万吨年产能。")["indicator"].tolist() == ["production_capacity"]


def test_enterprise_counts_under_short_or_quoted_names():
    df = rows("全县新晋高新企业15家,“规上”企业达到32家。")
    assert df["indicator"].tolist() == ["high_tech_enterprises", "enterprises_above_scale"]


def test_listed_industries_share_the_industry_and_its_growth():
    """``纺织、家具产业增速分别…``: each item is an industry, not a bare word with 增速."""
    df = rows("纺织、家具产业增速分别达到12.5%、8.3%。")
    assert df["indicator"].tolist() == ["industry_output"] * 2
    assert df["label"].tolist() == ["纺织产业增速", "家具产业增速"]


def test_short_names_of_catalogue_indicators():
    df = rows("全县固定投资同比增长12.1%,工业用电增长4.5%,游客数量突破500万人次。")
    assert df["indicator"].tolist() == ["fixed_asset_investment", "electricity_consumption", "tourist_visits"]
    # 规模以上工业企业增加值, 规模工业产值, 规工产值, 工业生产总产值: the catalogue's industry figures, not one industry's
    df = rows("规模以上工业企业增加值同比增长10.2%,规模工业产值1108.8亿元,规工产值190.44亿元,工业生产总产值30.33亿元。")
    assert df["indicator"].tolist() == ["industrial_va"] + ["industrial_output"] * 3


def test_a_comparison_base_closing_a_list_head_is_no_item():
    df = rows("全年规上工业增加值、社会消费品零售总额与2021年相比分别增长6.2%、4.8%。")
    assert df["indicator"].tolist() == ["industrial_va", "retail_sales"]


def test_how_far_ahead_of_a_schedule_or_target_goes_with_the_figure_before():
    """``超序时进度…``, ``高于调度目标(…)…``: the figure before's lead over its schedule or target."""
    df = rows("上半年全区重点项目完成投资18亿元,超序时进度12个百分点;工业投资增长15%,高于调度目标(10%)5个百分点。")
    assert df["indicator"].tolist() == ["major_project_investment", "major_project_investment"] + ["industrial_investment"] * 3


def test_people_counted_right_after_the_population_is_spoken_of_are_the_population():
    """``人口不多,只有…万人``, ``…万多人口中``: the population; a clause naming its own people keeps them."""
    df = rows("甲县是山区小县,人口不多,只有8.5万人。乙县的30万多人口中,农村人口有12万人。")
    assert df["indicator"].tolist() == ["population", "population", "other"]


def test_projects_still_to_start_are_planned_counts_not_aims():
    df = rows("今年二季度全镇计划开工项目8个,总投资12亿元,已按计划开工5个;计划开工率62.5%。"
              "另有投资2亿元的冷链仓储项目即将开工。")
    got = list(zip(df["value"], df["measure"], df["stage"], strict=True))
    assert got[:3] == [(8, "count", "planned"), (1.2e9, "level", "planned"), (5, "count", "started")]
    assert got[3] == (62.5, "share", "started") and got[4] == (2e8, "level", "planned")


def test_a_move_in_a_ranking_is_a_change_and_a_place_without_di_is_a_rank():
    df = rows("该县综合竞争力位列全国百强县第64位,较上年前进7位;营商环境排名38位,比上年下降2位。共有200多位客商参会。")
    assert list(zip(df["value"], df["measure"], strict=True)) == [
        (64, "rank"), (7, "change"), (38, "rank"), (-2, "change"), (200, "count")]


def test_a_deadline_already_past_when_written_states_what_was_reached():
    df = rows("到2019年,全县地区生产总值达到120亿元,年均增长7.5%。到2025年,全县地区生产总值达到200亿元。"
              "目标是到2020年脱贫人口达到3000人。")
    assert df["measure"].tolist() == ["level", "growth", "target", "target"]


def test_projects_a_county_arranges_for_the_year_are_planned_and_counted_in_zong():
    """``安排``/``排定`` name the year's list of projects (planned), even after a stage word earlier in the sentence;
    ``宗`` counts projects as ``个`` does."""
    df = rows("一批项目落地见效……据悉,今年全县共安排产业项目42宗,总投资120亿元。")
    assert list(zip(df["indicator"], df["stage"], strict=True)) == [("projects", "planned"), ("project_investment", "planned")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # two measures after one head: the second takes the first's head
        ("一般公共预算收入和支出分别完成6.1亿元、18.4亿元。", ["general_budget_revenue", "general_budget_expenditure"]),
        # 城乡常住居民…分别: the urban and the rural group in that order
        ("城乡常住居民人均可支配收入分别达39210元、15420元。", ["urban_income", "rural_income"]),
        # a period word opening the list's head is no item
        ("全年城镇和农村居民人均可支配收入分别为28120元、9960元。", ["urban_income", "rural_income"]),
        # a head of measure words only pairs each growth with the figures before
        ("地区生产总值88.2亿元,社会消费品零售总额30.5亿元,年均增幅分别为7.1%、9.4%。",
         ["gdp", "retail_sales", "gdp", "retail_sales"]),
    ],
    ids=["income-and-expenditure", "urban-rural-resident", "period-before-list", "measure-words-head"],
)
def test_a_lists_head(text, expected):
    assert rows(text)["indicator"].tolist() == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a counted group of enterprises heading the clause: its figure is a part of the place's (SCHEMA: other)
        ("获评纳税大户的58家企业,全年共缴纳税收4.2亿元,占比31%。", ["other", "other", "other"]),
        ("其中36家产值过亿,合计实现产值410亿元。", ["other", "other"]),
        # the place's whole set of above-scale enterprises is no part
        ("全县规上工业企业128家,完成工业总产值56亿元。", ["enterprises_above_scale", "industrial_output"]),
        # a count closing its own clause is a fact of its own
        ("新增外贸企业6家,外贸出口突破2亿美元。", ["other", "exports"]),
    ],
    ids=["group-pays", "group-turns-out", "above-scale-whole", "count-closing-clause"],
)
def test_figures_of_a_counted_group(text, expected):
    assert rows(text)["indicator"].tolist() == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after 其中, a figure naming the whole's own indicator is a part of it (SCHEMA: other)
        ("全年财政总收入52.3亿元,增长4.1%,其中,乡镇财政收入21.8亿元。", ["fiscal_revenue", "fiscal_revenue", "other"]),
        # the parts of a part named as a catalogue figure are parts too
        ("县本级一般公共预算收入完成9.6亿元,含税收收入7.1亿元。", ["other", "other"]),
        # a different indicator after 其中 keeps its code; so do projects
        ("一般公共预算收入15.2亿元,其中税收收入11.4亿元。", ["general_budget_revenue", "tax_revenue"]),
        ("签约项目42个,总投资186亿元,其中工业项目30个,总投资120亿元。",
         ["projects", "project_investment", "projects", "project_investment"]),
    ],
    ids=["same-code-after-其中", "part-of-a-part", "other-code", "projects"],
)
def test_parts_after_their_whole(text, expected):
    assert rows(text)["indicator"].tolist() == expected


def test_this_years_plan_for_a_set_of_projects_is_a_target():
    """SCHEMA Project figures: 计划完成投资/年度投资计划 is this year's plan (target); the 完成投资 that follows
    it, and a completion of the plan (完成年度投资计划40%), are not."""
    df = rows("2023年,全镇实施重点项目12个,本年度计划完成投资8.6亿元。")
    assert df[["indicator", "measure"]].values.tolist()[-1] == ["major_project_investment", "target"]
    df = rows("全县列入市重点项目20宗,年度投资计划50亿元,完成投资21亿元。")
    assert df["measure"].tolist()[-2:] == ["target", "level"]
    df = rows("一季度,县重点项目完成投资9亿元,完成年度投资计划18.5%。")
    assert df["measure"].tolist()[-1] == "share"


def test_a_project_s_size_in_a_story_about_projects_started_one_after_another():
    df = rows("象州县三个重大项目相继开工\n近日,象州县物流园正式动工。该项目总投资8亿元,项目建成后将带动就业。")
    assert df.loc[df["value"] == 8e8, "stage"].tolist() == ["started"]


def test_the_title_s_one_stage_wins_over_a_lead_that_mixes_a_signing_and_a_groundbreaking():
    df = rows("象州县:第三期重点项目集中开工\n开工仪式前,该县举行了项目集中签约仪式。\n城南水厂项目总投资3亿元,项目建成后供水10万吨。")
    assert df["stage"].tolist()[0] == "started"


def test_a_bare_output_after_a_crop_s_area_is_that_crop_s_output():
    df = rows("全县粮食播种面积3.2万公顷,增长1.1%;总产量18.6万吨,增长2.3%。蔬菜种植面积4万亩;总产量9万吨。")
    assert df["indicator"].tolist() == ["planting_area", "planting_area", "grain_output", "grain_output", "planting_area", "other"]


def test_the_year_s_investment_of_a_project_list_is_its_plan_unless_the_year_is_over():
    df = rows("今年全县实施重点项目40个,总投资120亿元,年度投资35亿元,其中工业项目22个。")
    assert list(zip(df["indicator"], df["measure"], strict=True)) == [
        ("projects", "count"), ("project_investment", "level"), ("major_project_investment", "target"), ("projects", "count")]
    df = rows("2021年实施项目50个,总投资90亿元,年度投资30亿元。")
    assert df["measure"].tolist()[-1] == "level"
    assert rows("续建项目年度投资完成7亿元。")["measure"].tolist() == ["level"]


@pytest.mark.parametrize(
    "text,stages",
    [
        # 续建 before 项目 is a kind of project where the clause reports a step; alone it is the stage
        ("今年全县计划实施续建、新建项目60个。", ["planned"]),
        ("二季度,18个续建项目陆续复工。", ["started"]),
        ("其中续建项目12个。", ["under_construction"]),
        # projects that have not started have no start
        ("全县已开工项目20个,未开工项目8个。", ["started", ""]),
    ],
)
def test_stage_words_that_report_no_step(text, stages):
    assert rows(text)["stage"].tolist() == stages


def test_aims_reported_as_met_or_obtained_are_results():
    # a review that says the aims set by the congress were met: what follows happened
    df = rows("2021年全县较好地完成了县人大确定的主要目标任务。全年实现地区生产总值120亿元,同比增长6%。")
    assert df["measure"].tolist() == ["level", "growth"]
    # 争取到位: money obtained; 预计总投资: a project's size
    assert rows("争取到位专项债券资金3亿元,实施项目12个。")["measure"].tolist() == ["level", "count"]
    assert rows("该项目预计总投资8亿元。")["measure"].tolist() == ["level"]
    # the year's plan of a project list does not make the counts after it aims
    df = rows("全市集中开工项目20个、总投资60亿元、年内计划投资15亿元,其中亿元以上项目9个。")
    assert df["measure"].tolist() == ["count", "level", "target", "count"]


def test_a_forecast_opening_the_sentence_about_a_year_already_over_is_a_result():
    df = extract_article("象州县\n初步预计,2021年地区生产总值增长6.5%,固定资产投资增长9%,社会消费品零售总额增长7.5%。",
                         "t", date="2022-01-20")
    assert df["measure"].tolist() == ["growth", "growth", "growth"]


@pytest.mark.parametrize(
    "text",
    ["全县建成水稻高产示范田1.2万亩。", "完成农机深翻作业3万亩。", "境内有省级自然保护区2万公顷。", "全镇拥有草场8万亩。"],
)
def test_plots_for_trials_machine_work_grassland_and_reserves_are_not_planted_area(text):
    assert rows(text)["indicator"].tolist() == ["other"]


@pytest.mark.parametrize(
    "text,values",
    [
        # a count in Chinese numerals with its counter is a row (SCHEMA)
        ("今年新引进两家农产品加工企业,举办三场招聘会。", [2, 3]),
        ("甲镇、乙镇和丙镇三个乡镇的茶园面积超过5000亩。", [3, 5000]),
        # an article, a vague or round number, a listed ordinal, a grade, a slogan, a speech's parts
        ("这是一家老企业,十余家企业参加,培育百名乡村能人。", []),
        ("分获二类镇第一、二名,建成三级医院1所。", [1, 2, 1]),  # the ranks are rows, the ordinals no counts
        ("深化“三个推进”,落实两个“一号工程”,从四个方面总结工作。", []),
        # the field of a ranking
        ("全市五个县市区中排名第二。", [2]),
    ],
)
def test_counts_in_chinese_numerals(text, values):
    assert rows(text)["value"].tolist() == values


def test_a_whole_number_beside_a_converters_residue_is_kept():
    # the residue spoils the words before the number, not the number: 接待游客总?rén)数 → the count stays
    assert rows("国庆期间接待游客总?rén)數?shù)12.5万人次,同比增长8.1%。")["value"].tolist() == [125000, 8.1]
    # a number the residue touches is dropped
    assert rows("其中甲?shì)乙市?7.4%、丙市12.3%。")["value"].tolist() == [12.3]


def test_the_pages_dates_phones_and_counters_are_not_rows():
    assert rows("发布时间:2023-05-06位于城东的产业园新增企业12家。")["value"].tolist() == [12]
    assert rows("联系电话:0771-5812345本站声明。3条记录 共1页,27次浏览。")["value"].tolist() == []


def test_a_figure_that_fills_a_short_quotation_is_a_name():
    got = rows("全面落实“20条”惠企政策,着力打造“2个百亿+3个五十亿”产业集群,建成“万亩茶园”示范区。"
               "“今年全镇新增企业15家,产值增长9%。”镇长说。")
    assert got["value"].tolist() == [15, 9]


def test_what_a_plant_can_turn_out_in_a_year_is_its_capacity():
    """``可年产钢管3万吨``, ``企业年加工稻谷20万吨``, ``年处理秸秆能力达到5万吨``: a plant's yearly capacity;
    a crop's ``年产鲜桃8万吨`` stays its output."""
    assert rows("新厂房投产后可年产钢管3万吨。")["indicator"].tolist() == ["production_capacity"]
    assert rows("目前该企业年加工稻谷20万吨。")["indicator"].tolist() == ["production_capacity"]
    assert rows("合作社年处理秸秆能力达到5万吨。")["indicator"].tolist() == ["production_capacity"]
    assert rows("全县桃园年产鲜桃8万吨。")["indicator"].tolist() != ["production_capacity"]


def test_a_list_of_key_works_is_planned():
    """``全年安排重点工程45项``: key works, like key projects, are the year's planned list; so is how the list's
    investment changes (``较上年增加12亿元``)."""
    df = rows("今年全县安排重点工程45项,总投资较上年增加12亿元。")
    assert df[["indicator", "stage"]].values.tolist()[0] == ["projects", "planned"]
    assert df["stage"].tolist() == ["planned", "planned"]



def test_a_share_with_only_approximation_words_is_the_figure_befores():
    """``其中亿元以上项目12个、占项目总数的40%``, ``约占计划总投资85%``: the share the figure before has, even
    after a 、 or an approximation word (约, 近)."""
    df = rows("全县实施重点项目30个,其中亿元以上项目12个、占项目总数的40%。")
    assert df["indicator"].tolist() == ["projects", "projects", "projects"]
    df = rows("全县重点项目计划总投资90亿元,其中工业项目计划投资76亿元,约占计划总投资85%。")
    assert df["indicator"].tolist()[-1] == "project_investment"



def test_a_growth_or_share_of_a_project_count_stays_the_projects():
    """``签约项目同比增长25%``, ``工业项目占比近80%``: the growth or share of a count of projects is the projects';
    one project's progress (``该项目形象进度达到60%``) is not."""
    assert rows("今年全县签约项目同比增长25%。")["indicator"].tolist() == ["projects"]
    assert rows("全县新开工项目中,工业项目占比近80%。")["indicator"].tolist() == ["projects"]
    assert rows("该项目形象进度达到60%。")["indicator"].tolist() == ["other"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # items listed in the figure's own clause, each with its row
        ("全县纺织、食品加工增长均超过12%。", [("other", "growth"), ("other", "growth")]),
        ("重点项目数量和投资额均列全市第二。", [("projects", "rank"), ("project_investment", "rank")]),
        # a clause that names no item shares its figure among the rows of the clause before
        ("接待游客120万人次、旅游收入9亿元,增幅均达8%。",
         [("tourist_visits", "count"), ("tourism_revenue", "level"), ("tourist_visits", "growth"), ("tourism_revenue", "growth")]),
        # a rank among the items of the sentence (an item's level and growth one item)
        ("新增市场主体300户,社会消费品零售总额50亿元、增长9%,均居全市第三。",
         [("market_entities", "count"), ("retail_sales", "level"), ("retail_sales", "growth"), ("market_entities", "rank"),
          ("retail_sales", "rank")]),
    ],
    ids=["own-clause", "short-item", "clause-before", "rank"],
)
def test_one_figure_shared_by_several_items_gives_each_its_row(text, expected):
    assert [tuple(x) for x in rows(text)[["indicator", "measure"]].values.tolist()] == expected


def test_a_count_of_projects_in_the_statistics_register_has_no_stage():
    df = rows("今年新开工项目24个,其中已纳统项目19个,18个项目已入资。")
    assert df["stage"].tolist() == ["started", "", ""]


def test_a_modal_right_before_a_figure_whose_approx_word_holds_the_verb_aims_at_it():
    df = rows("园区年产值将超过50亿元。村集体收入有望突破80万元。县里还将争取30余万元奖补资金。")
    assert df["measure"].tolist() == ["target", "target", "target"]
    assert rows("村里将300万元分红资金发放给农户。")["measure"].tolist() == ["level"]


def test_a_clause_of_only_a_verb_of_doing_goes_on_with_the_figure_before():
    # written for the test: the year so far after the month, joined by ;, names nothing of its own
    df = rows("税收收入当月完成3.2亿元,下降4.9%;累计完成31.4亿元,增长6.6%。")
    assert df["indicator"].tolist() == ["tax_revenue"] * 4


def test_places_listed_with_their_figures_in_brackets_measure_what_the_words_after_the_list_name():
    # written for the test: the indicator is named after the list of places and their bracketed figures
    df = extract_article("甲市经济运行情况\n2022年,城东区(9.1%)和象州县(7.5%)地区生产总值增速分别位列全市第一和第三。", "t", date=DATE)
    got = df[df["unit"] == "%"]
    assert list(zip(got["region"], got["indicator"], got["measure"], strict=True)) == [
        ("城东区", "gdp", "growth"), ("象州县", "gdp", "growth")]


def test_a_place_s_figure_in_brackets_states_the_measure_of_the_last_figure_of_its_unit():
    # written for the test: the county's revenue, a rank, then the places it overtook with theirs in brackets
    df = rows("2023年象州县财政收入57.8亿元,排名全市第二,超过了武宣县(56亿元)、金秀瑶族自治县(55亿元)。")
    money = df[df["unit"] == "元"]
    assert list(zip(money["region"], money["indicator"], strict=True)) == [
        ("象州县", "fiscal_revenue"), ("武宣县", "fiscal_revenue"), ("金秀瑶族自治县", "fiscal_revenue")]


def test_a_growth_or_rank_with_no_words_of_its_own_measures_the_figure_before_it():
    """``…地区生产总值120亿元,增长5.1%。全年增速位列全市第二``: the rank in the next sentence measures the same."""
    df = rows("2023年,象州县实现地区生产总值120亿元,增长5.1%。全年增速位列全市第二。")
    assert df["indicator"].tolist() == ["gdp"] * 3
    df = rows("2023年,象州县实现地区生产总值120亿元,增长5.1%。\n2023年,象州县全年增速位列全市第二。")
    assert df["indicator"].tolist()[-1] == "other", "only a breakdown by place goes on past its paragraph"


def test_a_line_leading_into_a_list_of_places_names_what_they_measure():
    """``各县(市、区)GDP完成数据:`` then ``新罗区(876.45亿元 同比增长5.1%)、上杭县(415.94亿元 4.8%)``."""
    text = ("龙岩市经济运行情况\n前三季度,全市实现地区生产总值2523亿元。\n回顾一下各县(市、区)GDP完成数据:\n"
            "新罗区(876.45亿元 同比增长5.1%)、上杭县(415.94亿元 4.8%)。")
    df = extract_article(text, "t", date=DATE, place="龙岩市")
    assert df["indicator"].tolist() == ["gdp"] * 5
    assert df["region"].tolist()[1:] == ["新罗区", "新罗区", "上杭县", "上杭县"]
    df = extract_article(text.replace("GDP", ""), "t", date=DATE, place="龙岩市")
    assert df["indicator"].tolist()[1:] == ["other"] * 4, "a lead naming nothing names nothing"


def test_an_industry_named_in_a_breakdown_of_industry_figures_measures_its_own_output():
    """``规上工业增加值增长8.1%,分行业看,装备制造增长38.7%,新型材料增长30.3%``; not an income in such a paragraph."""
    df = rows("1-9月,全县规上工业增加值增长8.1%,分行业看,装备制造增长38.7%,新型材料增长30.3%。")
    assert df["indicator"].tolist() == ["industrial_va", "industry_output", "industry_output"]
    df = rows("1-9月,全县规上工业增加值增长8.1%,茶产业带动茶农年均增收1.2万元。")
    assert df["indicator"].tolist()[-1] == "other"


def test_a_budget_s_adjustment_measures_the_budget_figure_before_it():
    """``一般公共预算收入年初预算7.69亿元,调整为7.34亿元,调减3500万元``."""
    df = rows("2022年,一般公共预算收入年初预算7.69亿元。调整为7.34亿元,调减3500万元。")
    assert df["indicator"].tolist() == ["general_budget_revenue"] * 3


def test_a_rank_in_an_article_about_one_indicator_measures_it():
    """In a round-up whose named figures are GDP's, ``…居26县第1位`` in a paragraph of its own measures GDP too."""
    text = ("2023年,龙泉市地区生产总值170亿元,增长5.9%。\n2023年,遂昌县地区生产总值160亿元,增长6.1%。\n"
            "2023年,庆元县地区生产总值100亿元,增长5.2%。\n2023年,龙泉市居26县第1位。")
    df = extract_article(text, "t", date="2024-02-01", place="丽水市")
    assert df["indicator"].tolist()[-1] == "gdp"


def test_a_paragraph_breaking_down_a_batch_by_kind_takes_the_batch_s_stage_and_day():
    # in a story of starts and signings (no stage for the article), the breakdown after ``;`` and a 年度投资 too
    text = ("开工!签约!一大波项目和资金正向重庆涌来!\n2021-03-26\n"
            "九龙坡区、大渡口区、涪陵区分别举行项目集中开工或签约活动,开工签约项目共82个,总投资为925.15亿元。\n九龙坡区\n"
            "45个重点项目集中开工 总投资693亿\n"
            "3月24日,2021年九龙坡区第一批重点项目集中开工活动举行。这次集中开工重点项目共45个,总投资约693亿元,年度投资约172亿元。\n"
            "本次集中开工重点项目中,政府主导类项目25个,总投资306.5亿元,年度投资39.5亿元;社会主导类项目20个,总投资386.5亿元。\n"
            "从建设项目类别上看,乡村振兴项目1个,总投资15亿元,年度投资2.8亿元;基础设施项目15个,总投资277亿元,年度投资19.4亿元。")
    df = extract_article(text, "t")
    counts = df[(df["indicator"] == "projects") & (df["value"].isin([1, 15]))]
    assert counts["stage"].tolist() == ["started", "started"]
    assert set(zip(counts["period_start"], counts["period_end"], strict=True)) == {("2021-03", "2021-03")}


def test_a_batch_named_in_its_own_paragraph_wins_over_the_total_of_the_paragraph_before():
    text = ("曹县\n2024-03-18\n此次集中开工项目26个,总投资达98.6亿元;现场签约项目12个,签约金额63.5亿元,其中超亿元项目9个。\n"
            "这批开工项目科技含量高、产业带动强。其中,总投资15亿元的年产5万吨高端木质新材料项目,由县内龙头企业建设。")
    df = extract_article(text, "t")
    assert df[df["value"] == 1500000000]["stage"].tolist() == ["started"]


def test_a_plan_to_achieve_the_year_s_figures_is_a_target_for_the_whole_year():
    text = "辛口镇\n2016-01-29\n今年,辛口镇计划完成地区生产总值50.5亿元,同比增长25.15%;税收收入2.86亿元,同比增长30%。"
    df = extract_article(text, "t")
    assert set(df["measure"]) == {"target"}
    assert set(zip(df["period_start"], df["period_end"], strict=True)) == {("2016-01", "2016-12")}


def test_a_multiple_of_an_earlier_year_is_a_ratio_and_a_growth_by_a_multiple_a_percent():
    df = rows("2021年全县生产总值77.65亿元,是2012年的2.92倍;固定资产投资增长1.5倍。")
    assert list(zip(df["measure"], df["unit"], df["value"], strict=True))[1:] == [("ratio", "倍", 2.92), ("growth", "%", 150.0)]


def test_the_amount_a_figure_moved_to_is_of_the_same_indicator():
    df = rows("五年来,全区地区生产总值从109.5亿元增至237.2亿元;全部财政收入从24.3亿元增至40.1亿元。")
    assert df["indicator"].tolist() == ["gdp", "gdp", "fiscal_revenue", "fiscal_revenue"]


def test_an_amount_added_or_produced_more_is_a_change():
    df = rows("全年GDP增量为697.47亿元;粮食增产0.94亿斤;第三产业增加值净增额达4.90亿元。")
    assert df["measure"].tolist() == ["change"] * 3


def test_a_population_rate_or_a_price_index_in_percent_is_a_level():
    df = rows("全年人口出生率8.35%,人口死亡率8.47%;居民消费价格总指数为100.8%,城镇化率为52.3%。")
    assert df["measure"].tolist() == ["level", "level", "level", "share"]


def test_what_a_list_measures_named_after_fenbie_is_each_item_s_measure():
    df = rows("前三季度,全市40个省重点项目、300个市重点项目分别完成投资324.2亿元、1190.7亿元。")
    money = df[df["unit"] == "元"]
    assert money["indicator"].tolist() == ["major_project_investment"] * 2
    assert money["label"].tolist() == ["省重点项目投资", "市重点项目投资"]


def test_a_rate_in_brackets_after_what_a_growth_is_compared_with_is_that_one_s_growth():
    df = extract_article("义乌市\n前三季度,全市地区生产总值同比增长8.7%,分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点;"
                         "二季度全市地区生产总值增长-8.7%,较一季度(-10.8%)回升2.1个百分点;第三产业增加值占比(45.2%)提高1个百分点。",
                         "t", date=DATE)
    assert df[df["unit"] == "%"]["measure"].tolist() == ["growth"] * 5 + ["share"]


def test_a_set_of_projects_given_the_year_s_planned_investment_is_planned():
    df = rows("农畜产品加工项目5个,总投资35.6亿元,年内计划完成投资6.7亿元,开复工项目5个,开复工率100%。")
    assert df[df["indicator"].isin(["projects", "project_investment"])]["stage"].tolist() == ["planned", "planned", "started", "started"]


def test_the_breakdown_of_a_total_with_no_single_stage_stays_without_one():
    df = rows("全县重大项目集中开竣工项目共72个,总投资326.83亿元,年度计划投资62.74亿元。"
              "从项目类别来看,产业项目44项,总投资227.86亿元,年度计划投资42.13亿元;基础设施项目19项,总投资49.78亿元,年度计划投资11.11亿元。")
    assert set(df[df["indicator"].isin(["projects", "project_investment"])]["stage"]) == {""}


def test_a_bare_count_after_the_step_its_projects_took_counts_projects():
    df = rows("今年1-5月全县重大项目完成新开工10个,竣工3个。目前,第一批集中开工了35个,总投资额232.9亿元。")
    counts = df[df["unit"] == "个"]
    assert list(zip(counts["indicator"], counts["stage"], strict=True)) == [
        ("projects", "started"), ("projects", "completed"), ("projects", "started")]


def test_the_money_of_projects_signed_is_their_size_by_any_of_its_names():
    df = rows("县里举行招商引资项目集中签约仪式,现场签约2个项目,合计投资1.5亿元。本次集中签约的33个项目,协议引资313.59亿元。"
              "本次盛会,该县签约的项目金额总计197.8亿元,签约总规模近200亿元。")
    money = df[df["unit"] == "元"]
    assert money["indicator"].tolist() == ["project_investment"] * 4
    assert money["stage"].iloc[0] == "signed"


def test_projects_broken_down_by_level_or_by_when_begun_are_projects():
    df = rows("安排盟级重点项目6项,年内计划完成投资8.4亿元,其中,新建5项,续建1项;省级项目共10个,其中国家级2个。")
    assert df[df["unit"].isin(["项", "个"])]["indicator"].tolist() == ["projects"] * 5


def test_incomes_and_spending_by_their_other_names():
    df = rows("全年农牧民人均纯收入达16260元;农村常住居民可支配收入19255元;城镇常住居民可支配收入31029元;"
              "预计实现一般公共支出64.6亿元。")
    assert df["indicator"].tolist() == ["rural_income", "rural_income", "urban_income", "general_budget_expenditure"]


def test_a_move_of_a_rate_in_permille_is_a_change():
    df = rows("2016年全县人口自然增长率为1.94‰,比上年下降0.5个千分点。")
    assert list(zip(df["unit"], df["measure"], df["value"], strict=True))[1] == ("千分点", "change", -0.5)


def test_an_area_after_a_money_figure_carries_no_indicator_of_money():
    df = extract_article("邓州市\n邓州市的GDP总量为450亿元,排名第一,2360平方千米的土地上孕育了142万人。", "t", date=DATE)
    assert df[df["unit"] == "平方千米"]["indicator"].tolist() == ["other"]


def test_places_named_with_no_words_of_their_own_go_on_with_the_figure_before():
    df = rows("1-8月,各城市财政收入为海口市138.18亿元,三亚市59.87亿元,陵水县13.43亿元。"
              "前三季度,遵义地区生产总值3037.87亿元,毕节1585.86亿元。")
    assert df["indicator"].tolist() == ["fiscal_revenue"] * 3 + ["gdp"] * 2


def test_a_growth_on_a_comparable_basis_goes_on_with_the_figure_before():
    df = rows("2022年全区一般公共预算收入1042625万元,比2021年减收34086万元,剔除留抵退税后同口径增长0.67%。"
              "其中,税收收入29.09亿元,增长46.2%,还原留抵退税口径后增长4.7%。")
    assert df["indicator"].tolist() == ["general_budget_revenue"] * 3 + ["tax_revenue"] * 3


def test_places_listed_before_their_growths_measure_what_the_paragraph_measures():
    """``铜仁、黔南、六盘水分别增长9.9%、9.8%、9.7%`` after the paragraph's GDP figures: each place's growth is its
    GDP's, though the words before the first figure name the other places of the list."""
    text = ("前三季度,遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长11.7%、11.5%、11.3%,位居前列;"
            "铜仁、黔南、六盘水分别增长9.9%、9.8%、9.7%,排名居中。")
    rows = extract_article(text, "t", date="2021-11")
    assert rows[["region", "indicator", "value"]].values.tolist() == [
        ["遵义市", "gdp", 11.7], ["黔西南布依族苗族自治州", "gdp", 11.5], ["安顺市", "gdp", 11.3],
        ["铜仁市", "gdp", 9.9], ["黔南布依族苗族自治州", "gdp", 9.8], ["六盘水市", "gdp", 9.7]]


def test_a_top_five_list_of_places_measures_what_its_frame_names():
    """``签约协议投资额前5名是海口1191亿元、三亚978亿元``: each place's sum is the signed investment the frame names."""
    df = extract_article("去年海南省签约项目472个\n2016年海南省签约项目共472个。从市县情况看,签约协议投资额前5名是海口1191亿元、"
                         "三亚978亿元、儋州551亿元。", "t", date="2017-02-21")
    money = df[df["unit"] == "元"]
    assert money["indicator"].tolist() == ["project_investment"] * 3
    assert money["region"].tolist() == ["海口市", "三亚市", "儋州市"]


def test_the_places_named_after_a_top_n_each_hold_that_rank():
    """``排名前五位的分别为:藁城区(63.3亿元)、正定县(51.3亿元)…``, ``GDP排名前三的依然是苏州、南京、无锡``: each place
    listed after a top (or bottom) N is ranked N, in what the frame before it names; a district is named after its
    city (``深圳市南山区、广州市天河区,、深圳市龙岗区``)."""
    df = extract_article("石家庄市重点项目\n全市重点项目完成投资排名前五位的分别为:藁城区(63.3亿元)、正定县(51.3亿元)、"
                         "鹿泉区(49.1亿元)。", "t", date="2018-09-10")
    ranks = df[df["measure"] == "rank"]
    assert ranks["region"].tolist() == ["藁城区", "正定县", "鹿泉区"]
    assert set(ranks["value"]) == {5} and set(ranks["indicator"]) == {"major_project_investment"}
    df = extract_article("广东县域经济\n2023年GDP前十强分别为:深圳市南山区、广州市天河区,、深圳市龙岗区,、深圳市福田区。", "t",
                         date="2024-04-28")
    assert df["region"].tolist() == ["南山区", "天河区", "龙岗区", "福田区"] and set(df["value"]) == {10}
    # names run together past ten characters end the list where they start (and never stop the article)
    df = extract_article("某省\n投资增速前三位的是开平区古冶区路北区路南区丰南区滦州市,增长12%。", "t", date="2023-05-01")
    assert df["value"].tolist() == [3, 12]
    # a top N of a period or a class of things names no places
    assert extract_article("江苏\n前三季度是全年关键。全县排前八行业中,纺织业增长5%。", "t", date="2023-10-10")["measure"].tolist() == ["growth"]


def test_projects_to_be_built_are_planned_but_a_building_a_project_will_put_up_is_no_stage():
    """``在建超亿元项目11个、总投资45.9亿元,拟建超亿元项目6个、总投资27.8亿元``: 拟建 projects are planned; ``拟建综合楼1栋``
    describes what a project will build, not the stage of its sum."""
    df = rows("截至目前,全县在建超亿元项目11个、总投资45.9亿元,拟建超亿元项目6个、总投资27.8亿元。")
    assert df["stage"].tolist() == ["under_construction", "under_construction", "planned", "planned"]


def test_new_and_continued_projects_in_brackets_are_kinds_of_the_projects_counted_before_them():
    """``实施…项目106项(新建43项,续建63项),总投资2757.05亿元。1-9月份,开复工84项(新建33项,续建51项)``: 续建 in the
    bracket after a count is a kind of the projects counted, which keep that count's step; nor does it give the sum
    after the bracket a stage."""
    text = ("鄂尔多斯市1-9月份亿元以上重点工业项目进展情况\n发布时间 : 2019-10-08\n2019年,我市实施亿元以上重点工业项目106项"
            "(新建43项,续建63项),总投资2757.05亿元。1-9月份,开复工84项(新建33项,续建51项),开复工率79.2%。")
    df = extract_article(text, "t")
    stages = dict(zip(df["value"], df["stage"], strict=False))
    assert [stages[v] for v in (106, 43, 63, 275705000000)] == ["planned"] * 4
    assert [stages[v] for v in (84, 33, 51)] == ["started"] * 3


def test_a_count_s_noun_is_not_taken_from_a_comparison_in_brackets_nor_past_the_verb_after_it():
    """``储备项目提前开工17个(较去年同期增加10个)``: the bracket compares, it names nothing the count counts;
    ``331个纳入省调度的重点项目完成投资583.3亿元``: the projects counted end where their investment begins."""
    text = ("六安市重点项目建设\n2023-10-10\n1-9月份,全市331个纳入省调度的重点项目完成投资583.3亿元。其中储备项目提前开工"
            "17个(较去年同期增加10个)。")
    df = extract_article(text, "t")
    got = df[["value", "indicator", "measure", "stage"]].values.tolist()
    assert [331, "projects", "count", "planned"] in got
    assert [17, "projects", "count", "started"] in got
    assert [10, "projects", "change", "started"] in got


def test_a_change_against_an_older_year_opening_a_list_is_each_item_s():
    """``比2015年分别增加5.25万亩、8.6亿元``: 分别 between the base and the verb, and each listed figure a change."""
    text = "元谋县农业\n2020-10-20\n2020年,全县蔬菜种植总面积达30.5万亩,产值达28.6亿元,比2015年分别增加5.25万亩、8.6亿元。"
    df = extract_article(text, "t")
    got = dict(zip(df["value"], df["measure"], strict=False))
    assert [got[v] for v in (305000, 2860000000, 52500, 860000000)] == ["level", "level", "change", "change"]


def test_a_mark_passed_for_the_first_time_goes_on_with_the_figure_before():
    """``一般公共财政预算收入完成5.15亿元,首次突破5亿元大关``: 首次 (再次, 一举) says nothing of what is measured."""
    text = "回郭镇\n2021-01-30\n2020年,一般公共财政预算收入完成5.15亿元,首次突破5亿元大关。"
    df = extract_article(text, "t")
    assert df["indicator"].tolist() == ["general_budget_revenue", "general_budget_revenue"]
    assert df["approx"].tolist() == ["exact", "over"]


def test_projects_agreed_in_principle_are_negotiated_not_signed():
    # 初步达成合作意向: talks that reached an intent, no contract yet (SCHEMA: 洽谈 → negotiated); 签订 stays signed
    df = rows("临夏市与省电投就垃圾焚烧发电等4个项目初步达成合作意向,计划投资79.6亿元;广河县已签订意向性协议2项。")
    assert df.set_index("value")["stage"].to_dict() == {4: "negotiated", 7960000000: "negotiated", 2: "signed"}


def test_a_sector_s_pull_on_the_gdp_is_the_sector_s_figure():
    # 上拉地区生产总值增速0.5个百分点 after the primary sector's growth: the sector's pull and its share of the growth
    df = rows("分产业看,第一产业增加值27.5亿元,增长3.4%,高于全省0.1个百分点,上拉地区生产总值增速0.5个百分点,贡献率9.1%。")
    got = df.set_index("value")["indicator"].to_dict()
    assert got[0.5] == "primary_va" and got[9.1] == "primary_va"


def test_a_rank_the_figure_before_keeps_is_that_figure_s():
    # 总量保持在全省第7位: 保持在 (keeps at), 稳居 say nothing of what is measured; the rank and the growth after it are the GDP's
    df = rows("一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位;同比增长5.5%,增速全省第7位。")
    assert set(df["indicator"]) == {"gdp"}


def test_a_sector_s_investment_completed_is_the_sector_s_not_the_projects():
    # 完成投资 alone is the projects' (major_project_investment); after a sector it is that sector's investment:
    # the catalogue's where it names one (制造业投资, 工业投资), else no catalogue indicator (装备制造业, 第一产业)
    df = rows("前三季度,装备制造业完成投资同比增长15.0%;制造业完成投资占全市工业投资的44.7%;工业完成投资增长12.5%;"
              "第一产业完成投资18987万元;全市重点项目完成投资20亿元。")
    got = df.set_index("value")["indicator"].to_dict()
    assert got == {15.0: "other", 44.7: "manufacturing_investment", 12.5: "industrial_investment", 189870000: "other",
                   2000000000: "major_project_investment"}


@pytest.mark.parametrize(("text", "code"), [
    ("上半年,全县接待国内外人数361.31万人次,同比增长21.56%。", "tourist_visits"),
    ("上半年,全县实现旅游总消费33.16亿元,同比增长27.08%。", "tourism_revenue"),
    ("国庆期间,景区游客量达12.5万人次,增长8%。", "tourist_visits"),
    ("春节假期,全县共接待旅游总人数8.3万人次,同比增长124%。", "tourist_visits"),
])
def test_a_tourism_report_s_own_names_for_visits_and_spending(text, code):
    assert set(rows(text)["indicator"]) == {code}


def test_herders_income_is_the_rural_income():
    # 牧民人均可支配收入 in a banner's report: the rural residents' income of a pastoral county
    assert set(rows("2021年,全旗牧民人均可支配收入从23662元提高至32668元。")["indicator"]) == {"rural_income"}


def test_growths_listed_after_their_comparison_base_pair_with_the_figures_before():
    # 分别比2016年增长28%和37.7%: the visits' growth, then the revenue's, as in 分别增长28%、37.7%
    df = rows("2017年,张掖市累计接待游客2599万人次,实现旅游综合收入157亿元,分别比2016年增长28%和37.7%。")
    got = df[df["measure"] == "growth"].set_index("value")["indicator"].to_dict()
    assert got == {28.0: "tourist_visits", 37.7: "tourism_revenue"}


def test_grain_crops_output_is_the_grain_output_but_a_season_s_grain_is_a_part():
    df = rows("2022年粮食作物产量83.61万吨,小春粮食产量4.9万吨。")
    assert df.set_index("value")["indicator"].to_dict() == {836100: "grain_output", 49000: "other"}


def test_a_rate_of_projects_started_reached_is_the_projects_share():
    # 开复工率达到了55.4%: the particle after the verb leaves the rate the projects'
    df = rows("截至目前,全县各类项目开复工率达到了55.4%。")
    assert (df.iloc[0]["indicator"], df.iloc[0]["stage"]) == ("projects", "started")


def test_a_percentage_of_growth_achieved_is_a_growth():
    # 实现10%的正向增长: the output's growth, as 以10.1%的增速 is
    df = extract_article("2023年,顺义区全年完成工业总产值2000亿元,实现10%的正向增长。", "t", date="2024-01-20")
    assert df[df["value"] == 10].iloc[0]["measure"] == "growth"


@pytest.mark.parametrize("text", [
    "一季度,全州集中开工重大项目132个,总出资587.7亿元。",
    "推介会现场签约项目12个,意向金额10.13亿元。",
    "今年以来,全区工业项目备案金额10.58亿元。",
])
def test_other_names_for_the_money_of_projects_are_the_project_investment(text):
    df = rows(text)
    assert df[df["unit"] == "元"].iloc[0]["indicator"] == "project_investment"


def test_a_figure_converted_into_another_currency_is_the_figure_before():
    # (按年平均汇率折算为8914美元): the GDP per head in dollars; the growth after the bracket is the same figure's
    df = extract_article("2022年,全县人均地区生产总值60213元(按年平均汇率折算为8914美元),比上年增长6.4%。", "t",
                         date="2023-03-20")
    assert set(df["indicator"]) == {"gdp_per_capita"}


def test_a_share_of_the_year_s_plan_reached_is_the_figure_before_s():
    # 达到年计划的80%: how much of the year's plan the investment done is, as 为年投资计划的74.1% is
    df = extract_article("产业发展项目完成投资100亿元,达到年计划的80%。", "t", date="2023-10-01")
    assert set(df["indicator"]) == {"major_project_investment"}


def test_high_technology_industry_investment_is_the_catalogue_s():
    assert set(rows("2023年,全县高技术产业投资增长45.8%。")["indicator"]) == {"high_tech_investment"}


def test_the_budget_s_total_revenue_is_no_catalogue_figure_but_its_local_part_is():
    # 一般公共预算总收入 (with the transfers up) is no catalogue figure; 其中地方一般公共预算收入 after it is the
    # general budget revenue itself, not a part of a figure of the same name
    df = rows("2022年全区一般公共预算总收入500000万元,增长2.9%,其中地方一般公共预算收入327850万元,增长2.5%。")
    assert df.set_index("value")["indicator"].to_dict() == {
        5000000000: "other", 2.9: "other", 3278500000: "general_budget_revenue", 2.5: "general_budget_revenue"}


@pytest.mark.parametrize("text", ["全县培育新型农业经营主体793家。", "申报省级以上工程技术研究中心18家。"])
def test_farm_businesses_and_research_centres_are_no_catalogue_counts(text):
    assert set(rows(text)["indicator"]) == {"other"}


def test_industry_s_sales_output_is_no_catalogue_output():
    # 工业销售产值: what the factories sold, not their gross output (the product's 销售产值 stays its output)
    df = rows("1-5月,全县规模以上工业企业完成工业销售产值57.5亿元,同比增长15.1%。")
    assert set(df["indicator"]) == {"other"}
