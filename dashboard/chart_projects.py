"""The project chart: counts or investment by stage, as bars per period, one bar per region.

Owns: drawing canonical project facts without adding anything up. Each bar is one region's fact for
one period and stage, so a prefecture's total stands beside its counties' own counts instead of on
top of them, and periods of different kinds (a month, a quarter, a year) are separate categories on
the axis, never points joined by a line.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .charts import disputed_note, finish, period_col, wrap
from .i18n import STAGE_ORDER, stage_name, t
from .units import number_text, scale_for

MAX_REGIONS = 12  # regions drawn in one chart; the data page lists every figure


def top_regions(df: pd.DataFrame, limit: int = MAX_REGIONS) -> tuple[pd.DataFrame, int]:
    """The facts of the ``limit`` regions with most facts (ties: larger values first), and how many regions were left out."""
    order = (df.groupby("region").agg(n=("value", "size"), v=("value", "max"))
             .sort_values(["n", "v"], ascending=False).index)
    keep = list(order[:limit])
    return df[df["region"].isin(keep)], max(0, len(order) - limit)


_LEVEL_ORDER = {"province": 0, "prefecture": 1, "zone": 2, "county": 3, "township": 4, "village": 5}


def region_colours(df: pd.DataFrame) -> dict[str, str]:
    """One colour per region, the same in every chart of a page; larger divisions first."""
    order = (df.assign(o=df["region_level"].map(_LEVEL_ORDER).fillna(9)).sort_values(["o", "region_code", "region"])["region"])
    palette = px.colors.qualitative.Bold + px.colors.qualitative.Safe
    return {r: palette[i % len(palette)] for i, r in enumerate(dict.fromkeys(order))}


def project_bars(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None,
                 what: str = "projects", colours: dict[str, str] | None = None) -> go.Figure:
    """Project counts (``what="projects"``) or investment (``"project_investment"``): one panel per
    stage, periods along the axis in time order, one coloured bar per region (grouped, not stacked),
    larger divisions first."""
    data = df[(df["indicator"] == what) & (df["region"] != "")].copy()
    unit = "元" if what == "project_investment" else str(data["unit"].mode().iloc[0]) if len(data) else "个"
    scale, shown_unit = scale_for(data["value"], unit, lang)
    data["shown"] = data["value"] / scale
    data["period"] = period_col(data, lang)
    data["stage_name"] = data["stage"].map(lambda s: stage_name(s, lang))
    data["hover"] = [wrap(s) + disputed_note(r, scale, lang) for s, r in zip(data["sentence"], data.to_dict("records"), strict=True)]
    data["label"] = [number_text(v) + (" ⚠" if int(n or 1) > 1 else "") for v, n in zip(data["shown"], data["n_values"], strict=True)]
    data = data.sort_values(["period_end", "period_start"])
    periods = list(dict.fromkeys(data["period"]))
    stages = [stage_name(s, lang) for s in STAGE_ORDER if stage_name(s, lang) in set(data["stage_name"])]
    colours = colours or region_colours(data)
    fig = px.bar(data, x="period", y="shown", color="region", facet_row="stage_name", barmode="group", text="label",
                 custom_data=["hover", "region", "period"], color_discrete_map=colours,
                 category_orders={"period": periods, "stage_name": stages, "region": [r for r in colours if r in set(data["region"])]},
                 labels={"period": "", "shown": shown_unit, "region": t("region", lang), "stage_name": t("stage", lang)},
                 facet_row_spacing=min(0.12, 0.5 / max(1, len(stages))))
    fig.update_traces(textposition="outside", cliponaxis=False,
                      hovertemplate="<b>%{customdata[1]}</b> %{y:.4~g} " + shown_unit
                                    + "<br>%{customdata[2]}<br>%{customdata[0]}<extra></extra>")
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    fig.update_yaxes(title_text="", matches=None, rangemode="tozero")
    fig.update_xaxes(type="category")
    title = t("proj_inv_title" if what == "project_investment" else "proj_count_title", lang, unit=shown_unit)
    return finish(fig, title, sources or [], lang, height=170 + 230 * max(1, len(stages)), legend_on_top=True)
