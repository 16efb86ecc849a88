"""The chart pages: regions compared, growth compared, projects by stage, and the map.

Owns: what each chart page asks the store for (canonical facts, never raw rows added up), its own
choices (a period, indicators, a map level) bound to the view, and the lines under each chart that
say what was left out: regions without a place, regions beyond the top ones, facts the sources
disagree on, regions without a polygon or of another level.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from . import chart_map, chart_projects, charts, geo
from .filters import CATCH_ALL, choose, choose_many
from .i18n import indicator_name, measure_name, period_text, t
from .queries import Filters, Store
from .settings import Settings
from .units import value_text
from .view import View, split_period_key

MAX_BARS = 40  # per period panel; the data page lists every row


def show_chart(fig, name: str) -> None:
    st.plotly_chart(fig, width="stretch", config=charts.plot_config(name))


def sources_of(store: Store, df: pd.DataFrame) -> list[str]:
    """Titles of every article the facts of ``df`` came from."""
    if df.empty:
        return []
    ids = list(dict.fromkeys(a for srcs in df["sources"] for a in srcs)) if "sources" in df else list(dict.fromkeys(df["article_id"]))
    return store.sources(ids)


def _period_name(key: str, lang: str) -> str:
    if key == "all":
        return t("all_periods", lang)
    return period_text(*split_period_key(key), lang)


def unplaced_note(df: pd.DataFrame, lang: str) -> None:
    """Figures without a place are never drawn; say how many there are and what they state."""
    nameless = df[df["region"] == ""]
    if len(nameless):
        shown = "；".join(f"{value_text(v, u or '', lang)}（{period_text(s, e, lang)}）"
                         for v, u, s, e in nameless[["value", "unit", "period_start", "period_end"]].head(5).itertuples(index=False))
        st.caption(t("unplaced", lang, n=len(nameless), v=shown))


def disputed_note(df: pd.DataFrame, lang: str) -> None:
    bad = df[df["n_values"] > 1] if "n_values" in df else df.iloc[0:0]
    if len(bad):
        st.caption("⚠ " + t("disputed", lang, r="、".join(dict.fromkeys(bad["region"].replace("", t("no_place", lang))))))


def _what(f: Filters, lang: str) -> str:
    name = indicator_name(f.indicator, lang)
    if f.indicator in CATCH_ALL and f.label:
        name = f"{name}（{f.label}）" if lang == "zh" else f"{name} ({f.label})"
    return f"{name} · {measure_name(f.measure, lang)}"


def bars(store: Store, f: Filters, view: View) -> View:
    """One bar per region for one indicator, measure and period (or every period, one panel each)."""
    lang = view.lang
    periods = store.bar_periods(f)
    if not f.indicator or not f.measure or not periods:
        st.info(t("no_data", lang))
        return view
    view = choose(view, "bper", [*periods, "all"], t("period", lang), lambda k: _period_name(k, lang))
    chosen = "" if view.bper == "all" else view.bper
    facts = store.region_bars(f, MAX_BARS, chosen)
    named = facts[facts["region"] != ""] if len(facts) else facts
    if named.empty:
        st.info(t("no_data", lang))
        unplaced_note(facts, lang) if len(facts) else None
        return view
    for unit, part in named.groupby("unit", dropna=False):
        show_chart(charts.region_bars(part, _what(f, lang), lang, sources_of(store, part)), f"{f.indicator}_{f.measure}_{unit}")
    notes = [t("dups_note", lang)]
    if named[["period_start", "period_end"]].drop_duplicates().shape[0] > 1:
        notes.insert(0, t("periods_apart", lang))
    if len(named) >= MAX_BARS and store.region_count(f, chosen) > named.groupby(["period_start", "period_end"]).size().max():
        notes.insert(0, t("top_only", lang, n=MAX_BARS))
    st.caption(" ".join(notes))
    disputed_note(named, lang)
    unplaced_note(facts, lang)
    return view


def growth(store: Store, f: Filters, view: View) -> View:
    """Growth rates of chosen indicators by region: dots per period panel, and a heat map of one period."""
    lang = view.lang
    available = store.growth_indicators(f)
    if not available:
        st.info(t("no_data", lang))
        return view
    view = choose_many(view, "gind", available, t("growth_pick", lang), lambda c: indicator_name(c, lang))
    chosen = tuple(view.growth_indicators())
    periods = store.growth_periods(f, chosen)
    if not periods:
        st.info(t("no_data", lang))
        return view
    view = choose(view, "gper", periods, t("period", lang), lambda k: _period_name(k, lang))
    rows = store.growth(f, chosen, view.gper)
    named = rows[rows["region"] != ""]
    if named.empty:
        st.info(t("no_data", lang))
        return view
    top = named.groupby("region")["value"].max().nlargest(MAX_BARS).index
    named = named[named["region"].isin(top)]
    src = sources_of(store, named)
    show_chart(charts.growth_dots(named, lang, src), "growth_dots")
    show_chart(charts.growth_heatmap(named, lang, src), "growth_heatmap")
    disputed_note(named, lang)
    unplaced_note(rows, lang)
    return view


def projects(store: Store, f: Filters, view: View) -> View:
    """Project counts and investment by stage for one period: a row of bars per region, nothing added up."""
    lang = view.lang
    facts = store.projects(f)
    named = facts[facts["region"] != ""] if len(facts) else facts
    if named.empty or not (named["indicator"] == "projects").any():
        st.info(t("no_projects", lang))
        return view
    view = choose(view, "pper", store.project_periods(f), t("period", lang), lambda k: _period_name(k, lang))
    start, end = split_period_key(view.pper)
    in_period = named[(named["period_start"].fillna("") == start) & (named["period_end"].fillna("") == end)]
    for what in ("projects", "project_investment"):
        part = in_period[in_period["indicator"] == what]
        if part.empty:
            continue
        part, left_out = chart_projects.top_regions(part)
        show_chart(chart_projects.project_bars(part, lang, sources_of(store, part), what), what)
        if left_out:
            st.caption(t("regions_left_out", lang, n=left_out, limit=chart_projects.MAX_REGIONS))
    st.caption(t("projects_note", lang))
    disputed_note(in_period, lang)
    unplaced_note(facts[(facts["period_start"].fillna("") == start) & (facts["period_end"].fillna("") == end)], lang)
    return view


def region_map(store: Store, f: Filters, view: View, settings: Settings) -> View:
    """One indicator, measure and period by county or prefecture; what cannot be drawn is listed."""
    lang = view.lang
    if not settings.show_map:
        st.info(t("map_off", lang))
        return view
    levels = store.map_levels(f) if f.indicator and f.measure else []
    if not levels:
        st.info(t("map_pick", lang))
        return view
    c1, c2 = st.columns(2)
    with c1:
        view = choose(view, "mlevel", levels, t("map_level", lang), lambda v: t(f"level_{v}", lang))
    with c2:
        view = choose(view, "mper", store.map_periods(f, view.mlevel), t("period", lang), lambda k: _period_name(k, lang))
    values = store.map_values(f, view.mper, view.mlevel)
    named = values[values["region"] != ""]
    if named.empty:
        st.info(t("no_data", lang))
        return view
    unit = named["unit"].mode().iloc[0]
    other_unit = named[named["unit"] != unit]
    named = named[named["unit"] == unit]
    shapes, missing = geo.features_for(list(named["region_code"]), view.mlevel)
    drawn = named[~named["region_code"].isin(missing)]
    if len(drawn):
        provs = geo.features_for(sorted({c[:2] + "0000" for c in drawn["region_code"]}), "province")[0]
        title = t("map_title", lang, ind=_what(f, lang), unit="{unit}", period=_period_name(view.mper, lang))
        show_chart(chart_map.choropleth(drawn, shapes, title, lang, sources_of(store, drawn), provinces=provs),
                   f"map_{f.indicator}_{f.measure}")
    left_out = pd.concat([named[named["region_code"].isin(missing)], other_unit])
    if len(left_out):
        st.caption(t("map_missing", lang) + "：" + "、".join(
            f"{r} {value_text(v, u or '', lang)}" for r, v, u in left_out[["region", "value", "unit"]].itertuples(index=False)))
    other_level = [lv for lv in levels if lv != view.mlevel]
    if other_level:
        st.caption(t("map_other_level", lang, level=t(f"level_{other_level[0]}", lang)))
    unplaced_note(values, lang)
    return view
