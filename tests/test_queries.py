"""The store's queries: filters pushed into SQL, small answers back, exports of exactly the filtered rows."""

from __future__ import annotations

import io
import os

import pandas as pd
import pytest
from conftest import ROOT

from dashboard.queries import Filters, Store
from extract import batch, store


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("q") / "q.duckdb")
    batch.build(os.path.join(ROOT, "seeds"), db)
    cur = store.connect(db).cursor()
    yield Store(cur)
    cur.close()


def test_cascading_options_follow_the_filters_above(q):
    provinces = dict(q.region_options("prov", Filters()))
    assert provinces["510000"] == "四川省" and provinces["450000"] == "广西壮族自治区"
    assert q.region_options("pref", Filters(prov="510000")) == [("510800", "广元市")]
    assert ("451322", "象州县") in q.region_options("county", Filters(prov="450000"))
    assert ("451322", "象州县") not in q.region_options("county", Filters(prov="510000"))
    assert 0 < q.count(Filters(county="451322")) < q.count(Filters(pref="451300")) <= q.count(Filters(prov="450000"))


def test_region_bars_keep_one_fact_per_region_and_the_top_n_per_period(q):
    f = Filters(indicator="projects", measure="count")
    top2 = q.region_bars(f, top=2)
    named = top2[top2["region"] != ""]
    assert named.groupby(["period_start", "period_end", "unit"]).size().max() <= 2
    every = q.region_bars(f)
    assert len(every) >= len(top2)
    assert not every.duplicated(["region", "region_code", "period_start", "period_end", "unit", "stage"]).any()


GROUNDBREAKING = os.path.join(ROOT, "tests", "data", "groundbreaking_one_day.txt")
# the same day reported by a second paper: the same total, and one county's count stated differently
SECOND_REPORT = """赣州65个重大项目集中开工
2024年9月11日 来源：江西日报
9月10日，赣州市集中开工项目65个，总投资286亿元。其中瑞金市开工项目8个。
"""


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    folder = tmp_path_factory.mktemp("day")
    with open(GROUNDBREAKING, encoding="utf-8") as fh:
        (folder / "ganzhou_daily.txt").write_text(fh.read(), encoding="utf-8")
    (folder / "jiangxi_daily.txt").write_text(SECOND_REPORT, encoding="utf-8")
    db = str(folder / "day.duckdb")
    batch.build(str(folder), db)
    cur = store.connect(db).cursor()
    yield Store(cur)
    cur.close()


def test_a_fact_repeated_in_headline_lead_and_another_article_counts_once_with_every_source(day):
    facts = day.projects(Filters(prov="360000"))
    counts = facts[(facts["indicator"] == "projects") & (facts["stage"] == "started") & (facts["period_end"] == "2024-09")]
    total = counts[counts["region"] == "赣州市"]
    assert len(total) == 1 and total["value"].iloc[0] == 65  # headline + lead + a second paper: one fact
    assert len(total["sources"].iloc[0]) == 2 and total["n_values"].iloc[0] == 1
    rows = day.rows(Filters(prov="360000", indicator="projects"))
    assert (rows["value"] == 65).sum() >= 3  # the store keeps every statement; the facts count it once


def test_a_parent_is_never_added_to_the_places_inside_it(day):
    facts = day.projects(Filters(prov="360000"))
    counts = facts[(facts["indicator"] == "projects") & (facts["stage"] == "started")]
    units = counts[counts["region_level"] == "county"].set_index("region")["value"]
    assert units.to_dict() == {"章贡区": 14, "南康区": 12, "赣县区": 11, "信丰县": 10, "于都县": 11, "瑞金市": 8}
    assert counts["value"].max() == 65  # no figure is a sum of the prefecture and its counties
    assert not (counts["value"] > 65).any()


def test_sources_that_disagree_are_both_kept_and_flagged(day):
    facts = day.projects(Filters(prov="360000"))
    ruijin = facts[(facts["region"] == "瑞金市") & (facts["indicator"] == "projects")]
    assert len(ruijin) == 1
    row = ruijin.iloc[0]
    assert row["n_values"] == 2 and sorted(row["all_values"]) == [7, 8] and len(row["sources"]) == 2
    assert row["value"] == 8  # the newest article's value is drawn; both are shown on hover


def test_exports_carry_exactly_the_filtered_rows(q):
    f = Filters(prov="450000", indicator="gdp")
    data = q.export(f, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert len(df) == q.count(f) > 0 and set(df["province"]) == {"广西壮族自治区"}
    xl = pd.read_excel(io.BytesIO(q.export(f, "xlsx")))
    assert len(xl) == q.count(f)


def test_period_range_and_article_search(q):
    months = q.period_bounds(Filters())
    narrowed = Filters(period_from=months[-1], period_to=months[-1])
    assert 0 < q.count(narrowed) < q.count(Filters())
    assert len(q.articles(search="广元")) >= 1 and len(q.articles(search="不存在的标题")) == 0
