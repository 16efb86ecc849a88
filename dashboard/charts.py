"""Chart builders: pure functions from a DataFrame of figures to a plotly figure.

Owns: the per-region bar chart (one bar per row, sorted, one panel per period so different periods
are never silently compared), the growth comparison (dot plot with a zero line, and a region ×
indicator heat map), the project timeline by stage, and the choropleth map. Every chart carries a
title naming what and in which unit, a 来源 line naming its articles (inside the figure, so it is
in a downloaded PNG too), CJK fonts, and touch settings that let a phone scroll past it.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .i18n import indicator_name, period_text, t
from .safe import plot as inert
from .units import number_text, scale_for

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


def source_line(titles: list[str], lang: str, keep: int = 3) -> str:
    """来源：one article title per line (at most ``keep``, then 等N篇), short enough for a phone."""
    titles = [x for x in dict.fromkeys(titles) if x]
    if not titles:
        return ""
    lines = [inert(x if len(x) <= 24 else x[:23] + "…") for x in titles[:keep]]
    if len(titles) > keep:
        lines[-1] += " " + t("more_articles", lang, n=len(titles))
    head = f"{t('source', lang)}：" if lang == "zh" else f"{t('source', lang)}: "
    return head + "<br>".join(lines)


def disputed_note(row: dict, scale: float, lang: str) -> str:
    """Under a fact's sentence: how many articles state it, and every value when they disagree."""
    sources = row.get("sources")
    n = len(sources) if sources is not None else 1
    note = ""
    if n > 1:
        note += "<br>" + t("n_sources", lang, n=n)
    values = row.get("all_values")
    if int(row.get("n_values") or 1) > 1 and values is not None:
        note += "<br>⚠ " + t("sources_disagree", lang, v=" / ".join(number_text(v / scale) for v in values))
    return note


def wrap(s: str, width: int = 28) -> str:
    """Break text into lines of ``width`` characters for a hover or a label (English at spaces, wider)."""
    s = str(s or "")
    if s.isascii():
        return "<br>".join(inert(x) for x in textwrap.wrap(s, max(width, 14))[:6])
    return "<br>".join(inert(s[i : i + width]) for i in range(0, min(len(s), width * 6), width))


def finish(fig: go.Figure, title: str, sources: list[str], lang: str, height: int = 460, bottom: int | None = None) -> go.Figure:
    """Title, 来源 lines (as the subtitle, so they are in every PNG), fonts, legend below, touch settings."""
    line = source_line(sources, lang)
    heading: dict = {"text": inert(title), "x": 0, "xanchor": "left", "font": {"size": 16}, "y": 1, "yanchor": "top",
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


def period_col(df: pd.DataFrame, lang: str) -> pd.Series:
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
    scale, shown_unit = scale_for(data["value"], unit, lang)
    data["shown"] = data["value"] / scale
    data["period"] = period_col(data, lang)
    data["hover"] = [wrap(s) + disputed_note(r, scale, lang) for s, r in zip(data["sentence"], data.to_dict("records"), strict=True)]
    data["text"] = [number_text(v) + (" ⚠" if int(r.get("n_values") or 1) > 1 else "")
                    for v, r in zip(data["shown"], data.to_dict("records"), strict=True)]
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
            "text": part["text"].tolist(), "textposition": "outside", "cliponaxis": False,
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
    fig = finish(fig, full_title, sources or [], lang, height=min(plot_height + 190 + 18 * legend_lines, 3000),
                  bottom=40 + 18 * legend_lines)
    fig.layout.margin.r = 52  # room for the value written after the longest bar
    return fig


def growth_dots(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None) -> go.Figure:
    """Growth rates per region as dots, one colour per indicator, one panel per period, with the zero line."""
    data = df.copy()
    data["indicator_name"] = data["indicator"].map(lambda c: indicator_name(c, lang))
    data["period"] = period_col(data, lang)
    data["hover"] = data["sentence"].map(wrap)
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
    return finish(fig, title, sources or [], lang, height=min(plot_height + 200, 3000))


def growth_heatmap(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None) -> go.Figure:
    """Region × indicator growth (%) for ONE period (one colour scale never mixes periods); the period
    is in the title. Rows of other periods are an error of the caller."""
    data = df.copy()
    periods = data[["period_start", "period_end"]].drop_duplicates()
    if len(periods) > 1:
        raise ValueError("a heat map shows one period")
    data["indicator_name"] = data["indicator"].map(lambda c: indicator_name(c, lang))
    period = period_col(data, lang).iloc[0] if len(data) else ""
    data = data.groupby(["region", "indicator_name"], as_index=False).last()
    z = data.pivot(index="region", columns="indicator_name", values="value")
    text = data.assign(cell=data["value"].map(lambda v: f"{v:.3g}%")).pivot(index="region", columns="indicator_name", values="cell")
    fig = go.Figure(go.Heatmap(
        z=z.values, x=[wrap(c, 6) for c in z.columns], y=list(z.index), text=text.reindex_like(z).fillna("").values,
        texttemplate="%{text}", textfont={"size": 11}, colorscale="RdBu", zmid=0, colorbar={"title": "%", "thickness": 12},
        hovertemplate="%{y} · %{x}<br>%{text} · " + period + "<extra></extra>", xgap=2, ygap=2,
    ))
    fig.update_xaxes(tickangle=0, automargin=True)
    fig.update_yaxes(autorange="reversed", automargin=True)
    title = t("heat_title", lang) + (f" · {period}" if period else "")
    return finish(fig, title, sources or [], lang, height=max(360, 120 + 40 * len(z.index)))
