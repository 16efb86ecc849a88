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
    assert set(q.options("province", Filters())) >= {"四川省", "广西壮族自治区"}
    assert q.options("prefecture", Filters(province="四川省")) == ["广元市"]
    assert "象州县" in q.options("county", Filters(province="广西壮族自治区"))
    assert "象州县" not in q.options("county", Filters(province="四川省"))


def test_region_bars_keep_the_newest_figure_and_the_top_n_per_period(q):
    f = Filters(indicator="projects", measure="count")
    top2 = q.region_bars(f, top=2)
    assert top2.groupby(["period_start", "period_end", "unit"]).size().max() <= 2
    every = q.region_bars(f)
    assert len(every) >= len(top2)
    assert not every.duplicated(["region", "region_code", "period_start", "period_end", "unit"]).any()


def test_project_sums_are_computed_in_the_store(q):
    agg = q.projects(Filters())
    rows = q.rows(Filters())
    rows = rows[rows["indicator"].isin(["projects", "project_investment"]) & (rows["stage"] != "")
                & rows["measure"].isin(["count", "level"]) & (rows["period_end"] != "")]
    assert agg["value"].sum() == pytest.approx(rows["value"].sum())
    assert agg["n"].sum() == len(rows)
    one = q.projects(Filters(), region="广元市")
    assert set(one["region"]) == {"广元市"} and (one["n"] == 1).all()


def test_exports_carry_exactly_the_filtered_rows(q):
    f = Filters(province="广西壮族自治区", indicator="gdp")
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
