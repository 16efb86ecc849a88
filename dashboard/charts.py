"""Chart builders: pure functions from a DataFrame of figures to a plotly figure.

Owns: the per-region bar chart (one bar per row, sorted, one panel per period so different periods
are never silently compared), the growth comparison (dot plot with a zero line, and a region ×
indicator heat map), the project timeline by stage, and the choropleth map. Every chart carries a
title naming what and in which unit, a 来源 line naming its articles (inside the figure, so it is
in a downloaded PNG too), CJK fonts, and touch settings that let a phone scroll past it.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .i18n import STAGE_ORDER, indicator_name, period_text, stage_name, t

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
PLOT_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "responsive": True,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoomIn2d", "zoomOut2d", "autoScale2d"],
}


def plot_config(filename: str) -> dict:
    """plotly.js settings for one chart: the camera button downloads it as ``filename``.png."""
    cfg = dict(PLOT_CONFIG)
    cfg["toImageButtonOptions"] = {"format": "png", "scale": 2, "filename": filename}
    return cfg


def money_scale(values: pd.Series, unit: str) -> tuple[float, str]:
    """Divide yuan by 1e8 (亿元) or 1e4 (万元) so the axis reads like the articles do."""
    if unit != "元" or values.empty:
        return 1.0, unit
    top = values.abs().max()
    if top >= 1e8:
        return 1e8, "亿元"
    if top >= 1e4:
        return 1e4, "万元"
    return 1.0, unit


def display_value(value: float, unit: str) -> tuple[float, str]:
    """One value in 亿元/万元 for money, in its own unit otherwise."""
    scale, shown = money_scale(pd.Series([value]), unit)
    return value / scale, shown


def source_line(titles: list[str], lang: str, keep: int = 3) -> str:
    """来源：one article title per line (at most ``keep``, then 等N篇), short enough for a phone."""
    titles = [x for x in dict.fromkeys(titles) if x]
    if not titles:
        return ""
    lines = [x if len(x) <= 24 else x[:23] + "…" for x in titles[:keep]]
    if len(titles) > keep:
        lines[-1] += " " + t("more_articles", lang, n=len(titles))
    head = f"{t('source', lang)}：" if lang == "zh" else f"{t('source', lang)}: "
    return head + "<br>".join(lines)


def _wrap(s: str, width: int = 28) -> str:
    s = str(s or "")
    return "<br>".join(s[i : i + width] for i in range(0, min(len(s), width * 6), width))


def _finish(fig: go.Figure, title: str, sources: list[str], lang: str, height: int = 460, bottom: int | None = None) -> go.Figure:
    """Title, 来源 lines (as the subtitle, so they are in every PNG), fonts, legend below, touch settings."""
    line = source_line(sources, lang)
    heading: dict = {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}, "y": 1, "yanchor": "top",
                     "yref": "container", "pad": {"t": 12}}
    top = 56
    if line:
        heading["subtitle"] = {"text": line, "font": {"size": 11, "color": "#555"}}
        top += 15 * (line.count("<br>") + 1) + 14
    if bottom is None:
        bottom = 40 + (28 if len(fig.data) > 1 and any(tr.showlegend is not False for tr in fig.data) else 0)
    plot = max(100, height - top - bottom)
    fig.update_layout(
        title=heading,
        font_family=FONT,
        height=height,
        margin={"l": 8, "r": 8, "t": top, "b": bottom},
        dragmode=False,  # a touch scrolls the page instead of panning the chart
        legend={"orientation": "h", "yanchor": "top", "y": -34 / plot, "x": 0},
        hoverlabel={"font_family": FONT, "align": "left"},
    )
    fig.update_xaxes(fixedrange=True)
    fig.update_yaxes(fixedrange=True)
    return fig


def _period_col(df: pd.DataFrame, lang: str) -> pd.Series:
    return pd.Series([period_text(s, e, lang) for s, e in zip(df["period_start"], df["period_end"], strict=True)],
                     index=df.index, dtype=object)


def _panels(titles: list[str], heights: list[int], gap: int = 70) -> tuple[dict, int]:
    """Layout axes for panels stacked top to bottom (``xaxis``/``yaxis``, ``xaxis2``/``yaxis2``…), each
    ``heights[i]`` pixels tall, titled when there are several; and the total plotting height."""
    gap = gap if len(heights) > 1 else 0
    total = sum(heights) + gap * (len(heights) - 1)
    layout: dict = {"annotations": []}
    top = total
    for i, (title, h) in enumerate(zip(titles, heights, strict=True), start=1):
        lo, hi = (top - h) / total, top / total
        sfx = "" if i == 1 else str(i)
        layout[f"xaxis{sfx}"] = {"anchor": f"y{sfx}", "domain": [0, 1], "fixedrange": True, "automargin": True}
        layout[f"yaxis{sfx}"] = {"anchor": f"x{sfx}", "domain": [max(0.0, lo), min(1.0, hi)], "fixedrange": True,
                                 "automargin": True}
        if len(heights) > 1:
            layout["annotations"].append({"text": title, "x": 0.5, "xref": "paper", "y": min(1.0, hi), "yref": "paper",
                                          "yanchor": "bottom", "yshift": 4, "showarrow": False, "font": {"size": 13}})
        top -= h + gap
    return layout, total


def _axis_ids(i: int) -> tuple[str, str]:
    return ("x", "y") if i == 1 else (f"x{i}", f"y{i}")


def region_bars(df: pd.DataFrame, title: str, lang: str = "zh", sources: list[str] | None = None) -> go.Figure:
    """One horizontal bar per row (a region in a period), longest first, one panel per period.

    Panels are stacked and sized by their number of bars; bars are coloured by province, named in a
    legend line under the chart.
    """
    data = df.copy()
    unit = str(data["unit"].iloc[0]) if len(data) else ""
    scale, shown_unit = money_scale(data["value"], unit)
    data["shown"] = data["value"] / scale
    data["period"] = _period_col(data, lang)
    data["hover"] = data["sentence"].map(_wrap)
    data["province"] = data["province"].fillna("").replace("", "—")
    periods = list(dict.fromkeys(data.sort_values("period_end", ascending=False)["period"])) or [""]
    provinces = list(dict.fromkeys(data["province"]))
    palette = px.colors.qualitative.Safe
    color = {p: palette[i % len(palette)] for i, p in enumerate(provinces)}
    sizes = [max(1, int((data["period"] == p).sum())) for p in periods]
    layout, plot_height = _panels(periods, [34 * n + 24 for n in sizes])
    traces: list[dict] = []
    for i, period in enumerate(periods, start=1):
        part = data[data["period"] == period].sort_values("shown", ascending=True)  # drawn bottom-up: longest on top
        xa, ya = _axis_ids(i)
        layout["yaxis" + ya[1:]].update({"categoryorder": "array", "categoryarray": list(part["region"])})
        traces.append({
            "type": "bar", "orientation": "h", "x": part["shown"].tolist(), "y": part["region"].tolist(), "xaxis": xa,
            "yaxis": ya, "marker": {"color": [color[p] for p in part["province"]]}, "showlegend": False,
            "text": part["shown"].tolist(), "texttemplate": "%{text:.4~g}", "textposition": "outside", "cliponaxis": False,
            "customdata": list(zip(part["hover"], part["period"], part["province"], strict=True)),
            "hovertemplate": "<b>%{y}</b> %{x:.4~g} " + shown_unit + "<br>%{customdata[2]} · %{customdata[1]}"
                             "<br>%{customdata[0]}<extra></extra>",
        })
    if len(provinces) > 1:  # the legend as one line of coloured squares: far lighter to draw than a trace each
        keys = [f'<span style="color:{color[p]}">■</span> {p}' for p in provinces]
        layout["annotations"].append({
            "text": "<br>".join("  ".join(keys[i : i + 4]) for i in range(0, len(keys), 4)), "name": "legend",
            "xref": "paper", "yref": "paper", "x": 0, "y": 0, "yshift": -30, "xanchor": "left", "yanchor": "top",
            "showarrow": False, "align": "left", "font": {"size": 12}})
    full_title = f"{title}（{shown_unit}）" if lang == "zh" and shown_unit else (f"{title} ({shown_unit})" if shown_unit else title)
    if len(periods) == 1 and periods[0]:
        full_title += f" · {periods[0]}"
    layout.update({"barmode": "overlay", "bargap": 0.25, "showlegend": False})
    legend_lines = (len(provinces) + 3) // 4 if len(provinces) > 1 else 0
    layout["margin"] = {"b": 40 + 18 * legend_lines}
    fig = go.Figure({"data": traces, "layout": layout}, _validate=False)  # built from checked dicts; tests re-validate
    fig = _finish(fig, full_title, sources or [], lang, height=min(plot_height + 190 + 18 * legend_lines, 3000),
                  bottom=40 + 18 * legend_lines)
    fig.layout.margin.r = 52  # room for the value written after the longest bar
    return fig


def growth_dots(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None) -> go.Figure:
    """Growth rates per region as dots, one colour per indicator, one panel per period, with the zero line."""
    data = df.copy()
    data["indicator_name"] = data["indicator"].map(lambda c: indicator_name(c, lang))
    data["period"] = _period_col(data, lang)
    data["hover"] = data["sentence"].map(_wrap)
    periods = list(dict.fromkeys(data.sort_values("period_end", ascending=False)["period"])) or [""]
    sizes = [max(1, data.loc[data["period"] == p, "region"].nunique()) for p in periods]
    layout, plot_height = _panels(periods, [30 * n + 30 for n in sizes], gap=64)
    palette = px.colors.qualitative.Bold
    names = list(dict.fromkeys(data["indicator_name"]))
    traces: list[dict] = []
    shapes: list[dict] = []
    shown: set[str] = set()
    for i, period in enumerate(periods, start=1):
        part = data[data["period"] == period]
        xa, ya = _axis_ids(i)
        layout["yaxis" + ya[1:]].update({"categoryorder": "array",
                                         "categoryarray": part.groupby("region")["value"].max().sort_values().index.tolist()})
        layout["xaxis" + xa[1:]].update({"ticksuffix": "%", "zeroline": False})
        shapes.append({"type": "line", "xref": xa, "yref": f"{ya} domain", "x0": 0, "x1": 0, "y0": 0, "y1": 1,
                       "line": {"width": 1, "color": "#444"}})
        for name in names:
            dots = part[part["indicator_name"] == name]
            if dots.empty:
                continue
            traces.append({
                "type": "scatter", "mode": "markers", "x": dots["value"].tolist(), "y": dots["region"].tolist(),
                "xaxis": xa, "yaxis": ya, "name": name, "legendgroup": name, "showlegend": name not in shown,
                "marker": {"size": 12, "color": palette[names.index(name) % len(palette)], "line": {"width": 1, "color": "#fff"}},
                "customdata": list(zip(dots["hover"], dots["period"], strict=True)),
                "hovertemplate": "<b>%{y}</b> " + name + " %{x:.3~g}%<br>%{customdata[1]}<br>%{customdata[0]}<extra></extra>",
            })
            shown.add(name)
    layout["shapes"] = shapes
    fig = go.Figure({"data": traces, "layout": layout}, _validate=False)  # built from checked dicts; tests re-validate
    title = t("growth_title", lang) + (f" · {periods[0]}" if len(periods) == 1 and periods[0] else "")
    return _finish(fig, title, sources or [], lang, height=min(plot_height + 200, 3000))


def growth_heatmap(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None) -> go.Figure:
    """Region × indicator growth (%), each cell showing its value and its period."""
    data = df.copy()
    data["indicator_name"] = data["indicator"].map(lambda c: indicator_name(c, lang))
    data["period"] = _period_col(data, lang)
    data = data.sort_values("period_end").groupby(["region", "indicator_name"], as_index=False).last()
    z = data.pivot(index="region", columns="indicator_name", values="value")
    text = data.assign(cell=data["value"].map(lambda v: f"{v:.3g}%") + "<br>" + data["period"]).pivot(
        index="region", columns="indicator_name", values="cell")
    fig = go.Figure(go.Heatmap(
        z=z.values, x=list(z.columns), y=list(z.index), text=text.reindex_like(z).fillna("").values,
        texttemplate="%{text}", colorscale="RdBu", zmid=0, colorbar={"title": "%"},
        hovertemplate="%{y} · %{x}<br>%{text}<extra></extra>",
    ))
    return _finish(fig, t("heat_title", lang), sources or [], lang, height=max(360, 80 + 46 * len(z.index)))


def project_timeline(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None,
                     what: str = "projects") -> go.Figure:
    """Project counts (``what="projects"``) or investment (``"project_investment"``) by stage over time.

    One point per figure at the month its period ends; hovering shows the sentence it came from.
    """
    data = df[df["indicator"] == what].copy()
    if data.duplicated(["period_end", "stage"]).any():  # several figures a month: their sum, regions on hover
        data = data.groupby(["period_end", "stage"], as_index=False).agg(
            value=("value", "sum"), period_start=("period_start", "first"), indicator=("indicator", "first"),
            region=("region", lambda r: "、".join(dict.fromkeys(r))), sentence=("sentence", lambda x: f"{len(x)} 条数字" if lang == "zh" else f"{len(x)} figures"))
    scale = 1e8 if what == "project_investment" else 1.0
    data["shown"] = data["value"] / scale
    data["stage_name"] = data["stage"].map(lambda s: stage_name(s, lang))
    data["period"] = _period_col(data, lang)
    data["hover"] = data["sentence"].map(_wrap)
    data["month"] = pd.to_datetime(data["period_end"] + "-01", errors="coerce")
    data = data.dropna(subset=["month"]).sort_values(["month", "stage"])
    order = [stage_name(x, lang) for x in STAGE_ORDER]
    fig = px.line(data, x="month", y="shown", color="stage_name", markers=True, custom_data=["hover", "period", "region"],
                  category_orders={"stage_name": order},
                  labels={"month": t("period", lang), "shown": "", "stage_name": t("stage", lang), "region": t("region", lang)})
    unit = "亿元" if what == "project_investment" else "个"
    fig.update_traces(marker={"size": 10},
                      hovertemplate="<b>%{customdata[2]}</b> %{y:.4~g} " + unit + "<br>%{customdata[1]}<br>%{customdata[0]}<extra></extra>")
    fig.update_xaxes(tickformat="%Y-%m", title_text="")
    title = t("proj_inv_title" if what == "project_investment" else "proj_count_title", lang)
    return _finish(fig, title, sources or [], lang)


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [list(r) for r in geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return [list(r) for poly in geometry["coordinates"] for r in poly]
    return []


def choropleth(values: pd.DataFrame, geojson: dict, title: str, lang: str = "zh",
               sources: list[str] | None = None, bins: int = 5) -> go.Figure:
    """The selected figure by county or prefecture, drawn as filled polygons (no map tiles, no network).

    Regions fall into up to ``bins`` quantile classes, each one colour and one legend entry; hovering
    a region's centre shows its name, value and period.
    """
    data = values.copy()
    unit = str(data["unit"].iloc[0]) if len(data) else ""
    scale, shown_unit = money_scale(data["value"], unit)
    data["shown"] = data["value"] / scale
    data["period"] = _period_col(data, lang)
    shapes = {f["properties"]["code"]: f for f in geojson.get("features", [])}
    data = data[data["region_code"].isin(shapes)]
    k = max(1, min(bins, data["shown"].nunique()))
    data["bin"] = pd.qcut(data["shown"].rank(method="first"), k, labels=False) if k > 1 else 0
    palette = px.colors.sample_colorscale("Blues", [0.25 + 0.75 * i / max(1, k - 1) for i in range(k)])
    fig = go.Figure()
    lats: list[float] = []
    for b in range(k):
        part = data[data["bin"] == b]
        if part.empty:
            continue
        xs: list[float | None] = []
        ys: list[float | None] = []
        cx, cy, hover = [], [], []
        for r in part.itertuples():
            rings = _rings(shapes[r.region_code]["geometry"])
            for ring in rings:
                xs.extend([pt[0] for pt in ring] + [None])
                ys.extend([pt[1] for pt in ring] + [None])
            pts = [pt for ring in rings for pt in ring]
            if pts:
                cx.append(sum(p[0] for p in pts) / len(pts))
                cy.append(sum(p[1] for p in pts) / len(pts))
                hover.append(f"<b>{r.region}</b> {r.shown:.4g} {shown_unit}<br>{r.period}")
                lats.append(cy[-1])
        lo, hi = part["shown"].min(), part["shown"].max()
        name = f"{lo:.4g}" if lo == hi else f"{lo:.4g}–{hi:.4g}"
        fig.add_trace(go.Scatter(x=xs, y=ys, fill="toself", mode="lines", line={"color": "#fff", "width": 0.6},
                                 fillcolor=palette[b], name=name, legendgroup=name, hoverinfo="skip"))
        fig.add_trace(go.Scatter(x=cx, y=cy, mode="markers", marker={"size": 14, "opacity": 0}, text=hover,
                                 hovertemplate="%{text}<extra></extra>", showlegend=False, legendgroup=name))
    mean_lat = sum(lats) / len(lats) if lats else 30.0
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / max(0.2, math.cos(math.radians(mean_lat))))
    fig.update_layout(plot_bgcolor="#fff", legend_title_text=shown_unit)
    full = title.replace("{unit}", shown_unit)
    return _finish(fig, full, sources or [], lang, height=520)
