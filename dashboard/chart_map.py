"""The map: one indicator, measure and period by county or prefecture, drawn from offline polygons.

Owns: the choropleth as plain filled shapes (no tiles, no network): quantile classes with one legend
entry each, the outline of the provinces around the regions, each region's name written on it, and
a title naming indicator, measure, unit and period. One period per map, so one colour scale never
mixes periods.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .charts import finish, period_col
from .units import number_text, scale_for


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [list(r) for r in geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return [list(r) for poly in geometry["coordinates"] for r in poly]
    return []


def _outline(rings: list[list[list[float]]]) -> tuple[list[float | None], list[float | None]]:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for ring in rings:
        xs.extend([pt[0] for pt in ring] + [None])
        ys.extend([pt[1] for pt in ring] + [None])
    return xs, ys


def _centre(rings: list[list[list[float]]]) -> tuple[float, float] | None:
    pts = [pt for ring in rings for pt in ring]
    if not pts:
        return None
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def choropleth(values: pd.DataFrame, geojson: dict, title: str, lang: str = "zh", sources: list[str] | None = None,
               bins: int = 5, provinces: dict | None = None) -> go.Figure:
    """The figures of ``values`` (one period) as filled polygons, named, inside their provinces' outline.

    ``title`` may hold ``{unit}``, replaced by the unit the values are shown in."""
    data = values.copy()
    if data[["period_start", "period_end"]].drop_duplicates().shape[0] > 1:
        raise ValueError("a map shows one period")
    unit = str(data["unit"].iloc[0]) if len(data) else ""
    scale, shown_unit = scale_for(data["value"], unit, lang)
    data["shown"] = data["value"] / scale
    data["period"] = period_col(data, lang)
    shapes = {f["properties"]["code"]: f for f in geojson.get("features", [])}
    data = data[data["region_code"].isin(shapes)]
    k = max(1, min(bins, data["shown"].nunique()))
    data["bin"] = pd.qcut(data["shown"].rank(method="first"), k, labels=False) if k > 1 else 0
    palette = px.colors.sample_colorscale("Blues", [0.25 + 0.75 * i / max(1, k - 1) for i in range(k)])
    fig = go.Figure()
    for feat in (provinces or {}).get("features", []):  # the provinces behind, as a grey outline
        xs, ys = _outline(_rings(feat["geometry"]))
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#999", "width": 1}, fill="toself",
                                 fillcolor="#f4f4f4", hoverinfo="skip", showlegend=False))
    names_x, names_y, names, hover = [], [], [], []
    all_x: list[float] = []
    all_y: list[float] = []
    for b in range(k):
        part = data[data["bin"] == b]
        if part.empty:
            continue
        xs, ys = [], []
        for r in part.itertuples():
            rings = _rings(shapes[r.region_code]["geometry"])
            rx, ry = _outline(rings)
            xs.extend(rx)
            ys.extend(ry)
            all_x.extend(v for v in rx if v is not None)
            all_y.extend(v for v in ry if v is not None)
            centre = _centre(rings)
            if centre:
                names_x.append(centre[0])
                names_y.append(centre[1])
                names.append(str(r.region))
                hover.append(f"<b>{r.region}</b> {number_text(r.shown)} {shown_unit}<br>{r.period}")
        lo, hi = part["shown"].min(), part["shown"].max()
        name = number_text(lo) if lo == hi else f"{number_text(lo)}–{number_text(hi)}"
        fig.add_trace(go.Scatter(x=xs, y=ys, fill="toself", mode="lines", line={"color": "#fff", "width": 0.6},
                                 fillcolor=palette[b], name=name, legendgroup=name, hoverinfo="skip"))
    fig.add_trace(go.Scatter(x=names_x, y=names_y, mode="text", text=names, textfont={"size": 11, "color": "#222"},
                             customdata=hover, hovertemplate="%{customdata}<extra></extra>", showlegend=False))
    mean_lat = sum(names_y) / len(names_y) if names_y else 30.0
    if all_x:  # frame the regions drawn (and a margin of their province), not the whole outline
        pad = 0.15 * max(max(all_x) - min(all_x), max(all_y) - min(all_y), 0.5)
        fig.update_xaxes(range=[min(all_x) - pad, max(all_x) + pad])
        fig.update_yaxes(range=[min(all_y) - pad, max(all_y) + pad])
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / max(0.2, math.cos(math.radians(mean_lat))))
    fig.update_layout(plot_bgcolor="#fff", legend_title_text=shown_unit)
    return finish(fig, title.replace("{unit}", shown_unit), sources or [], lang, height=560)
