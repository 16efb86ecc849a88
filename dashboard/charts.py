"""Chart builders: pure functions from a DataFrame of figures to a plotly figure.

Owns: the per-region bar chart (one bar per region, sorted, faceted by period so different
periods are never silently compared) and the project-count timeline by stage.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

FONT = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"


def display_value(value: float, unit: str) -> tuple[float, str]:
    """亿元/万元 for money, the unit itself otherwise."""
    if unit == "元":
        if abs(value) >= 1e8:
            return value / 1e8, "亿元"
        if abs(value) >= 1e4:
            return value / 1e4, "万元"
    return value, unit


def region_bars(df: pd.DataFrame, title: str) -> go.Figure:
    """One bar per region for the selected figures, sorted, one panel per period."""
    data = df.copy()
    data["period"] = data["period_start"].fillna("").astype(str) + "–" + data["period_end"].fillna("").astype(str)
    unit = data["unit"].iloc[0] if len(data) else ""
    scale = 1e8 if unit == "元" and data["value"].abs().max() >= 1e8 else (1e4 if unit == "元" else 1)
    shown_unit = {1e8: "亿元", 1e4: "万元"}.get(scale, unit)
    data["shown"] = data["value"] / scale
    data = data.sort_values("shown", ascending=False)
    fig = px.bar(
        data, x="region", y="shown", color="province", facet_col="period" if data["period"].nunique() > 1 else None,
        hover_data={"sentence": True, "period": True}, labels={"shown": shown_unit, "region": "地区", "province": "省份"},
    )
    fig.update_layout(title=f"{title}（{shown_unit}）", font_family=FONT, margin={"l": 10, "r": 10, "t": 60, "b": 10})
    fig.update_xaxes(categoryorder="total descending")
    return fig


def project_timeline(df: pd.DataFrame) -> go.Figure:
    """Number of projects by stage over time (by each figure's last month)."""
    data = df[(df["indicator"] == "projects") & (df["measure"] == "count") & (df["stage"].fillna("") != "")].copy()
    data = data.groupby(["period_end", "stage"], as_index=False)["value"].sum().sort_values("period_end")
    fig = px.line(data, x="period_end", y="value", color="stage", markers=True, labels={"period_end": "时间", "value": "项目数（个）", "stage": "阶段"})
    fig.update_layout(title="项目进度：各阶段项目数（个）", font_family=FONT)
    return fig
