"""The sidebar: language, page and the filters, every one bound to the URL.

Owns: the widgets whose values make up a view — language (``lang``), page (``page``), province →
prefecture → county cascade (``prov``, ``pref``, ``county``), indicator (``ind``), measure
(``measure``) and period range (``period``) — each with a stable ASCII key bound to a query
parameter, so a copied link reopens exactly the same view. Options of each filter are what the
filters above it leave, read from the store.
"""

from __future__ import annotations

import streamlit as st

from .i18n import indicator_name, measure_name, t
from .queries import Filters, Store

PAGES = ["bars", "growth", "projects", "data", "articles", "upload", "map"]


def language() -> str:
    """``zh`` or ``en``; the URL carries ``lang=English`` when English is chosen."""
    names = {"中文": "zh", "English": "en"}
    chosen = st.sidebar.segmented_control("语言 Language", list(names), default="中文", key="lang", bind="query-params")
    return names.get(chosen or "中文", "zh")


def page(lang: str, pages: list[str]) -> str:
    chosen = st.pills(t("page", lang), pages, default="bars", key="page", bind="query-params",
                      format_func=lambda p: t(p, lang), label_visibility="collapsed")
    return chosen or "bars"


def _select(label: str, options: list[str], key: str, fmt=None, lang: str = "zh", default: int = 0) -> str:
    """A selectbox whose first option is 全部/All (empty), opening on option ``default``."""
    opts = ["", *options]

    def show(v: str) -> str:
        if v == "":
            return t("all", lang)
        return fmt(v) if fmt else v

    value = st.sidebar.selectbox(label, opts, key=key, bind="query-params", format_func=show,
                                 index=min(default, len(opts) - 1))
    return value or ""


def sidebar(store: Store, lang: str) -> Filters:
    """Draw the filters and return what they select."""
    st.sidebar.subheader(t("filters", lang))
    f = Filters()
    province = _select(t("province", lang), store.options("province", f), "prov", lang=lang)
    f = Filters(province=province)
    prefecture = _select(t("prefecture", lang), store.options("prefecture", f), "pref", lang=lang)
    f = Filters(province=province, prefecture=prefecture)
    county = _select(t("county", lang), store.options("county", f), "county", lang=lang)
    f = Filters(province=province, prefecture=prefecture, county=county)
    indicators = store.options("indicator", f)
    if "gdp" in indicators:  # the figure most readers come for opens first
        indicators = ["gdp", *[i for i in indicators if i != "gdp"]]
    indicator = _select(t("indicator", lang), indicators, "ind", fmt=lambda c: indicator_name(c, lang), lang=lang,
                        default=1)
    f = Filters(province=province, prefecture=prefecture, county=county, indicator=indicator)
    measures = store.options("measure", f)
    measure = _select(t("measure", lang), measures, "measure", fmt=lambda c: measure_name(c, lang), lang=lang,
                      default=1 if indicator else 0)
    f = Filters(province=province, prefecture=prefecture, county=county, indicator=indicator, measure=measure)
    months = store.period_bounds(f)
    period_from = period_to = ""
    if len(months) > 1:
        lo, hi = st.sidebar.select_slider(t("period", lang), options=months, value=(months[0], months[-1]), key="period",
                                          bind="query-params")
        if (lo, hi) != (months[0], months[-1]):
            period_from, period_to = lo, hi
    st.sidebar.caption(t("share_hint", lang))
    return Filters(province, prefecture, county, indicator, measure, period_from, period_to)
