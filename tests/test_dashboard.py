"""The dashboard: chart builders on their data, and the app running on the seeds."""

from __future__ import annotations

import os

import pandas as pd
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from dashboard import charts


def _frame():
    return pd.DataFrame({
        "region": ["甲县", "乙县", "丙县"], "province": ["广西壮族自治区"] * 3, "value": [2e9, 5e9, 1e9], "unit": ["元"] * 3,
        "period_start": ["2021-01", "2021-01", "2022-01"], "period_end": ["2021-12", "2021-12", "2022-12"], "sentence": ["s"] * 3,
    })


def test_region_bars_are_the_rows_sorted_and_periods_apart():
    fig = charts.region_bars(_frame(), "地区生产总值")
    bars = [(x, y) for tr in fig.data for x, y in zip(tr.x, tr.y, strict=True)]
    assert sorted(bars) == sorted([("甲县", 20.0), ("乙县", 50.0), ("丙县", 10.0)])
    assert "亿元" in fig.layout.title.text
    assert len({tr.xaxis for tr in fig.data}) == 2  # two periods: two panels, never one axis


def test_app_runs_on_the_seeds(tmp_path):
    os.environ["COUNTY_INDICATORS_DB"] = str(tmp_path / "t.duckdb")
    os.chdir(ROOT)
    at = AppTest.from_file(os.path.join(ROOT, "dashboard", "app.py"), default_timeout=120).run()
    assert not at.exception
    assert len(at.get("plotly_chart")) >= 1
