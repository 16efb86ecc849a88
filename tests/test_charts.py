"""Chart builders on their data: pure functions, tested without a browser."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import chart_map, chart_projects, charts, reader
from dashboard.i18n import period_text
from dashboard.units import scale_for, value_text


def frame(**cols) -> pd.DataFrame:
    n = len(next(iter(cols.values())))
    base = {"region": [f"地区{i}" for i in range(n)], "province": ["广西壮族自治区"] * n, "unit": ["元"] * n,
            "period_start": ["2021-01"] * n, "period_end": ["2021-12"] * n, "sentence": ["原句"] * n,
            "indicator": ["gdp"] * n, "stage": [""] * n, "article_id": ["a"] * n, "region_code": ["451322"] * n}
    base.update(cols)
    return pd.DataFrame(base)


def bars_of(fig) -> list[tuple[str, float, str]]:
    return [(y, x, tr.yaxis) for tr in fig.data for x, y in zip(tr.x, tr.y, strict=True)]


def test_region_bars_are_exactly_the_rows_sorted():
    df = frame(region=["甲县", "乙县", "丙县"], value=[2e9, 5e9, 1e9])
    fig = charts.region_bars(df, "地区生产总值", sources=["某文章"])
    got = bars_of(fig)
    assert sorted((r, v) for r, v, _ in got) == [("丙县", 10.0), ("乙县", 50.0), ("甲县", 20.0)]
    assert list(fig.layout.yaxis.categoryarray) == ["丙县", "甲县", "乙县"]  # drawn bottom-up: longest bar on top
    assert "亿元" in fig.layout.title.text and "2021年" in fig.layout.title.text
    assert "来源" in fig.layout.title.subtitle.text and "某文章" in fig.layout.title.subtitle.text


def test_region_bars_never_put_two_periods_on_one_axis():
    df = frame(region=["甲县", "乙县", "丙县"], value=[2.0, 5.0, 1.0], unit=["%"] * 3,
               period_start=["2021-01", "2021-01", "2022-01"], period_end=["2021-12", "2021-12", "2022-03"])
    fig = charts.region_bars(df, "增速")
    axes = {r: ax for r, _, ax in bars_of(fig)}
    assert axes["甲县"] == axes["乙县"] != axes["丙县"]
    assert {a.text for a in fig.layout.annotations} >= {"2021年", "2022年1–3月"}


def test_bars_are_coloured_by_province_with_one_legend_entry_each():
    df = frame(region=["甲县", "乙县"], value=[1.0, 2.0], unit=["%"] * 2, province=["广西壮族自治区", "四川省"])
    fig = charts.region_bars(df, "增速")
    colours = {y: c for tr in fig.data for y, c in zip(tr.y, tr.marker.color, strict=True)}
    assert colours["甲县"] != colours["乙县"]
    legend = next(a.text for a in fig.layout.annotations if a.name == "legend")
    assert f'color:{colours["甲县"]}">■</span> 广西壮族自治区' in legend and f'color:{colours["乙县"]}">■</span> 四川省' in legend


def test_charts_let_a_phone_scroll_past_them():
    fig = charts.region_bars(frame(value=[1.0, 2.0]), "x")
    assert fig.layout.dragmode is False
    assert fig.layout.xaxis.fixedrange and fig.layout.yaxis.fixedrange
    assert charts.plot_config("a")["scrollZoom"] is False


def test_growth_dots_have_a_zero_line_and_one_colour_per_indicator():
    df = frame(region=["甲县", "甲县", "乙县"], value=[5.0, -2.4, 3.0], unit=["%"] * 3,
               indicator=["gdp", "fiscal_revenue", "gdp"])
    fig = charts.growth_dots(df)
    assert any(s.x0 == 0 and s.x1 == 0 for s in fig.layout.shapes)
    assert sorted(tr.name for tr in fig.data) == ["地区生产总值", "财政收入"]
    assert sorted(v for tr in fig.data for v in tr.x) == [-2.4, 3.0, 5.0]


def test_growth_heatmap_draws_one_period_named_in_its_title():
    df = frame(region=["甲县", "乙县"], value=[5.0, 3.0], unit=["%"] * 2)
    fig = charts.growth_heatmap(df)
    cells = [c for row in fig.data[0].text for c in row if c]
    assert sorted(cells) == ["3%", "5%"] and "2021年" in fig.layout.title.text
    mixed = frame(region=["甲县", "乙县"], value=[5.0, 3.0], unit=["%"] * 2, period_end=["2021-12", "2022-06"],
                  period_start=["2021-01", "2022-01"])
    with pytest.raises(ValueError):  # two periods never share one colour scale
        charts.growth_heatmap(mixed)


def facts(**cols) -> pd.DataFrame:
    df = frame(**cols)
    return df.assign(n_values=1, all_values=[[v] for v in df["value"]], sources=[["a"]] * len(df),
                     region_level="county")


def test_project_bars_are_one_bar_per_region_and_stage_never_summed():
    df = facts(region=["瑞金市", "赣州市", "于都县", "于都县"], indicator=["projects"] * 4, value=[7.0, 65.0, 11.0, 3.0],
               unit=["个"] * 4, stage=["started", "started", "started", "completed"], period_start=["2024-09"] * 4,
               period_end=["2024-09"] * 4, region_level=["county", "prefecture", "county", "county"],
               region_code=["360781", "360700", "360731", "360731"])
    fig = chart_projects.project_bars(df)
    bars = {(tr.name, y): x for tr in fig.data for x, y in zip(tr.x, tr.y, strict=True)}
    assert bars == {("开工", "赣州市"): 65.0, ("开工", "瑞金市"): 7.0, ("开工", "于都县"): 11.0, ("竣工/投产", "于都县"): 3.0}
    assert fig.layout.barmode == "group" and all(tr.type == "bar" for tr in fig.data)
    assert fig.layout.yaxis.categoryarray[-1] == "赣州市" and fig.layout.yaxis.autorange is None  # on top (axes run bottom-up)
    assert "2024年9月" in fig.layout.title.text


def test_project_bars_never_mix_periods_and_drop_nameless_figures():
    df = facts(region=["甲县", "甲县"], indicator=["projects"] * 2, value=[5.0, 20.0], unit=["个"] * 2,
               stage=["started"] * 2, period_start=["2023-09", "2023-01"], period_end=["2023-09", "2023-12"])
    with pytest.raises(ValueError):  # a month and a year are never one axis
        chart_projects.project_bars(df)
    one = facts(region=["甲县", ""], indicator=["projects"] * 2, value=[5.0, 9.0], unit=["个"] * 2, stage=["started"] * 2)
    fig = chart_projects.project_bars(one)
    assert [y for tr in fig.data for y in tr.y] == ["甲县"]


def test_choropleth_draws_each_region_named_with_one_period_in_the_title():
    square = {"type": "Polygon", "coordinates": [[[109, 24], [110, 24], [110, 25], [109, 25], [109, 24]]]}
    shapes = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "451322"}, "geometry": square},
        {"type": "Feature", "properties": {"code": "451321"}, "geometry": square}]}
    df = frame(region=["象州县", "忻城县"], region_code=["451322", "451321"], value=[1.67e10, 9.0e9])
    fig = chart_map.choropleth(df, shapes, "地区生产总值（{unit}）· 2021年")
    names = [x for tr in fig.data if tr.mode == "text" for x in tr.text]
    hovers = [h for tr in fig.data if tr.mode == "text" for h in tr.customdata]
    assert sorted(names) == ["忻城县", "象州县"] and any("象州县" in h and "167" in h for h in hovers)
    assert "亿元" in fig.layout.title.text and "2021年" in fig.layout.title.text
    with pytest.raises(ValueError):
        chart_map.choropleth(df.assign(period_end=["2021-12", "2022-12"]), shapes, "x")


def test_numbers_read_as_the_articles_write_them():
    assert value_text(85200, "吨") == "8.52 万吨"
    assert value_text(3.2e9, "元") == "32 亿元"
    assert value_text(3.2e9, "元", "en") == "3.2 bn yuan"
    assert value_text(6.5, "%") == "6.5%" and value_text(6.5, "%", "en") == "6.5%"
    assert scale_for([85200, 1200], "吨") == (1e4, "万吨")
    assert "亿" not in value_text(1.67e10, "元", "en")


def test_period_text_in_both_languages():
    assert period_text("2021-01", "2021-12", "zh") == "2021年"
    assert period_text("2021-01", "2021-03", "en") == "Jan–Mar 2021"
    assert period_text("", "2023-09", "zh") == "截至2023年9月"
    assert period_text("2022-10", "2023-09", "zh") == "2022年10月–2023年9月"


def test_highlighting_escapes_markup_and_numbers_the_figures():
    text = "<b>象州县</b>签约项目28个,总投资<img src=x onerror=alert(1)>167亿元。"
    a = text.index("28个")
    b = text.index("167亿元")
    out = reader.highlight_html(text, [(a, a + 3, 1, "项目数"), (b, b + 5, 2, '"><script>')])
    assert "<b>" not in out and "<img" not in out and "<script>" not in out
    assert "&lt;b&gt;象州县&lt;/b&gt;" in out
    assert '<mark id="fig-1" title="项目数">28个<sup>1</sup></mark>' in out
    assert 'title="&quot;&gt;&lt;script&gt;"' in out


def test_fast_built_figures_are_valid_plotly():
    """Panel charts skip plotly's per-property checks for speed; rebuilding them with checks must pass."""
    import plotly.graph_objects as go

    df = frame(region=["甲县", "乙县", "丙县"], value=[2.0, 5.0, 1.0], unit=["%"] * 3, province=["广西壮族自治区", "四川省", "四川省"],
               period_start=["2021-01", "2021-01", "2022-01"], period_end=["2021-12", "2021-12", "2022-03"])
    for fig in (charts.region_bars(df, "增速", sources=["文章"]), charts.growth_dots(df, sources=["文章"])):
        go.Figure(fig.to_dict())  # raises on any invalid property


def test_paragraph_around_a_figure():
    text = "第一段。\n第二段里有签约项目28个。\n第三段。"
    a = text.index("28个")
    para, s, e = reader.paragraph_around(text, a, a + 3)
    assert para == "第二段里有签约项目28个。" and para[s:e] == "28个"
