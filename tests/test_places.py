"""Places: the gazetteer, short forms, references and zones, checked through whole-article rows."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.regions import gazetteer


@pytest.mark.parametrize(
    "name,full,code",
    [("象州", "象州县", "451322"), ("来宾", "来宾市", "451300"), ("景宁", "景宁畲族自治县", "331127"),
     ("黔东南", "黔东南苗族侗族自治州", "522600"), ("广西", "广西壮族自治区", "450000")],
)
def test_short_forms(name, full, code):
    place = gazetteer().lookup(name)[0]
    assert (place.name, place.code) == (full, code)


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


def test_a_short_form_inside_a_project_name_is_not_the_subject():
    df = extract_article("广元市\n全市新开工青川某某10万吨铝型材等项目12个。", "t", date="2023-09-20")
    assert df.loc[0, "region"] == "广元市"


def test_whole_town_refers_to_the_town_named_before():
    df = extract_article("曹县\n产业园所在的大集镇,是演出服饰产业集群。目前,全镇有电商企业2300余家。", "t", date="2024-04-20")
    assert df.loc[0, "region"] == "大集镇"
