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
    ],
)
def test_indicator_and_measure(text, expected):
    df = rows(text)
    assert list(zip(df["indicator"], df["measure"], strict=True)) == expected


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
    ],
)
def test_thresholds_and_name_capacities_are_not_rows(text, values):
    assert rows(text)["value"].tolist() == values
