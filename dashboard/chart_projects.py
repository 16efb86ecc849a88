"""The project chart: counts or investment by stage for one period, one row of bars per region.

Owns: drawing canonical project facts without adding anything up. Each bar is one region's fact for
the period and one stage, so a prefecture's total stands beside its counties' own counts instead of
on top of them, and a month, a quarter and a year are never joined by a line: the chart shows one
period, named in its title.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .charts import disputed_note, finish, period_col, wrap
from .i18n import STAGE_ORDER, stage_name, t
from .units import number_text, scale_for

MAX_REGIONS = 30  # regions drawn in one chart; the data page lists every figure
_LEVEL_ORDER = {"province": 0, "prefecture": 1, "zone": 2, "county": 3, "township": 4, "village": 5}
_STAGE_COLOURS = dict(zip(STAGE_ORDER, px.colors.qualitative.Safe, strict=False))


def region_order(df: pd.DataFrame) -> list[str]:
    """Regions with larger divisions first (a prefecture above its counties), then by code and name."""
    ranked = df.assign(o=df["region_level"].map(_LEVEL_ORDER).fillna(9)).sort_values(["o", "region_code", "region"])
    return list(dict.fromkeys(ranked["region"]))


def top_regions(df: pd.DataFrame, limit: int = MAX_REGIONS) -> tuple[pd.DataFrame, int]:
    """The facts of the first ``limit`` regions (larger divisions first), and how many regions were left out."""
    order = region_order(df)
    return df[df["region"].isin(order[:limit])], max(0, len(order) - limit)


def project_bars(df: pd.DataFrame, lang: str = "zh", sources: list[str] | None = None,
                 what: str = "projects") -> go.Figure:
    """Project counts (``what="projects"``) or investment (``"project_investment"``) of ONE period:
    a row per region (larger divisions on top), one bar per stage, grouped, never stacked."""
    data = df[(df["indicator"] == what) & (df["region"] != "")].copy()
    if data[["period_start", "period_end"]].drop_duplicates().shape[0] > 1:
        raise ValueError("a project chart shows one period")
    unit = "元" if what == "project_investment" else (str(data["unit"].mode().iloc[0]) if len(data) else "个")
    scale, shown_unit = scale_for(data["value"], unit, lang)
    data["shown"] = data["value"] / scale
    period = period_col(data, lang).iloc[0] if len(data) else ""
    data["stage_name"] = data["stage"].map(lambda s: stage_name(s, lang))
    data["hover"] = [wrap(s) + disputed_note(r, scale, lang) for s, r in zip(data["sentence"], data.to_dict("records"), strict=True)]
    data["label"] = [number_text(v) + (" ⚠" if int(n or 1) > 1 else "") for v, n in zip(data["shown"], data["n_values"], strict=True)]
    regions = region_order(data)
    stages = [s for s in STAGE_ORDER if s in set(data["stage"])]
    fig = px.bar(data, x="shown", y="region", color="stage_name", orientation="h", barmode="group", text="label",
                 custom_data=["hover", "region", "stage_name"],
                 color_discrete_map={stage_name(s, lang): _STAGE_COLOURS[s] for s in stages},
                 category_orders={"region": regions, "stage_name": [stage_name(s, lang) for s in stages]},
                 labels={"shown": shown_unit, "region": "", "stage_name": t("stage", lang)})
    fig.update_traces(textposition="outside", cliponaxis=False,
                      hovertemplate="<b>%{customdata[1]}</b> %{customdata[2]} %{x:.4~g} " + shown_unit
                                    + "<br>%{customdata[0]}<extra></extra>")
    fig.update_yaxes(automargin=True, title_text="")  # px lists the first region on top already
    fig.update_xaxes(rangemode="tozero", title_text="")
    title = t("proj_inv_title" if what == "project_investment" else "proj_count_title", lang, unit=shown_unit)
    height = 150 + len(regions) * (12 + 18 * len(stages))
    fig = finish(fig, f"{title} · {period}" if period else title, sources or [], lang, height=min(max(300, height), 3000))
    fig.layout.margin.r = 52  # room for the value written after the longest bar
    return fig
