"""The sidebar and the page choice, drawn from the view and written back to it.

Owns: binding the ``View`` (the URL's state) to widgets. Widgets never hold state of their own: each
opens on the view's value and its key names its language and its options, so a change of language
or of the data behind it draws a fresh widget from the view instead of keeping a stale value. The
page's filters only are shown (``view.PAGE_FILTERS``); the others stay in the link untouched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from .i18n import indicator_name, measure_name, t
from .queries import Filters, Store
from .view import LANGS, PAGE_FILTERS, View, from_query, label_key, to_query

CATCH_ALL = ("other", "industry_output")  # compared only within one label
NEEDS_ONE = ("bars", "map")  # pages that draw one indicator and one measure
_LANG_NAMES = {"zh": "中文", "en": "English"}


def _key(name: str, lang: str, options: list[str]) -> str:
    digest = hashlib.sha1("\x1f".join(options).encode("utf-8")).hexdigest()[:10]
    return f"w_{name}_{lang}_{digest}"


def read() -> tuple[View, list[str]]:
    """The view the URL names, and the names of link values that were not valid."""
    return from_query(st.query_params.to_dict())


def write(view: View) -> None:
    """Put the view in the URL (only when it changed, so the address bar is not rewritten needlessly)."""
    wanted = to_query(view)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def language(view: View) -> View:
    chosen = st.sidebar.segmented_control("语言 Language", LANGS, default=view.lang, key="w_lang",
                                          format_func=_LANG_NAMES.get)
    return view.with_(lang=chosen or view.lang)


def page(view: View, pages: list[str]) -> View:
    current = view.page if view.page in pages else pages[0]
    chosen = st.pills(t("page", view.lang), pages, default=current, key=_key("page", view.lang, pages),
                      format_func=lambda p: t(p, view.lang), label_visibility="collapsed")
    return view.with_(page=chosen or current)


class _Sidebar:
    """One pass over the filters, top to bottom, each narrowing the next one's options."""

    def __init__(self, store: Store, view: View, check_link: bool) -> None:
        self.store, self.view, self.check_link = store, view, check_link
        self.notes: list[str] = []
        self.shown = PAGE_FILTERS.get(view.page, ())
        self.filters = Filters()

    def select(self, name: str, options: list[str], show: Callable[[str], str], allow_all: bool = True) -> str:
        """A selectbox over ``options`` (codes), opening on the view's value; '' is 全部/All."""
        lang = self.view.lang
        current = getattr(self.view, name)
        if current and current not in options:
            if self.check_link:
                self.notes.append(t("link_gone", lang, what=t(f"f_{name}", lang), v=current))
            current = ""
        opts = (["", *options] if allow_all else list(options))
        if not current and not allow_all and opts:
            current = opts[0]
        if not opts:
            return current
        chosen = st.sidebar.selectbox(t(f"f_{name}", lang), opts, index=opts.index(current), key=_key(name, lang, opts),
                                      format_func=lambda v: show(v) if v else t("all", lang))
        return chosen or ""

    def narrow(self, name: str, column: str, value: str) -> None:
        """Apply a chosen value to the filters, when this page reads that filter."""
        if name in self.shown:
            self.filters = replace(self.filters, **{column: value})

    def regions(self) -> None:
        names: dict[str, str] = {}
        for level in ("prov", "pref", "county"):
            if level not in self.shown:
                continue
            options = self.store.region_options(level, self.filters)
            names.update(options)
            value = self.select(level, [c for c, _ in options], lambda c: names.get(c, c))
            self.view = self.view.with_(**{level: value})
            self.narrow(level, level, value)

    def indicator(self) -> None:
        if "ind" not in self.shown:
            return
        lang, one = self.view.lang, self.view.page in NEEDS_ONE
        indicators = self.store.options("indicator", self.filters)
        if "gdp" in indicators:  # the figure most readers come for opens first
            indicators = ["gdp", *[i for i in indicators if i != "gdp"]]
        ind = self.select("ind", indicators, lambda c: indicator_name(c, lang), allow_all=not one)
        self.narrow("ind", "indicator", ind)
        lbl = ""
        if ind in CATCH_ALL:
            keys = {label_key(x): x for x in self.store.options("label", self.filters)}
            lbl = self.select("lbl", list(keys), lambda k: keys.get(k, k), allow_all=not one)
            self.narrow("lbl", "label", keys.get(lbl, ""))
        measures = self.store.options("measure", self.filters)
        measure = self.select("measure", measures, lambda c: measure_name(c, lang), allow_all=not one)
        self.narrow("measure", "measure", measure)
        self.view = self.view.with_(ind=ind, lbl=lbl, measure=measure)

    def period(self) -> None:
        if "period" not in self.shown:
            return
        months = self.store.period_bounds(self.filters)
        v = self.view
        if len(months) < 2:
            return
        lo = next((m for m in months if m >= v.pfrom), months[0]) if v.pfrom else months[0]
        hi = next((m for m in reversed(months) if m <= v.pto), months[-1]) if v.pto else months[-1]
        if lo > hi:
            lo, hi = months[0], months[-1]
        lo, hi = st.sidebar.select_slider(t("period", v.lang), options=months, value=(lo, hi),
                                          key=_key("period", v.lang, months))
        self.view = v.with_(pfrom=lo if lo != months[0] else "", pto=hi if hi != months[-1] else "")
        self.narrow("period", "period_from", self.view.pfrom)
        self.narrow("period", "period_to", self.view.pto)


def sidebar(store: Store, view: View, check_link: bool = False) -> tuple[View, Filters, list[str]]:
    """Draw the page's filters; return the updated view, what it selects, and one-line notes about
    link values that no longer exist (only when ``check_link``: the first view of a session)."""
    side = _Sidebar(store, view, check_link)
    if side.shown:
        st.sidebar.subheader(t("filters", view.lang))
        side.regions()
        side.indicator()
        side.period()
    st.sidebar.caption(t("share_hint", view.lang))
    return side.view, side.filters, side.notes


def choose(view: View, name: str, options: list[str], label: str, show: Callable[[str], str]) -> View:
    """A page's own selectbox over ``options`` bound to ``view.<name>`` (the first option when unset or gone)."""
    if not options:
        return view
    current = getattr(view, name)
    current = current if current in options else options[0]
    chosen = st.selectbox(label, options, index=options.index(current), key=_key(name, view.lang, options), format_func=show)
    return view.with_(**{name: chosen or current})


def choose_many(view: View, name: str, options: list[str], label: str, show: Callable[[str], str], first: int = 4) -> View:
    """A page's own multiselect bound to ``view.<name>`` (codes joined by ","); the first ``first`` when unset."""
    current = [c for c in getattr(view, name).split(",") if c in options] or options[:first]
    chosen = st.multiselect(label, options, default=current, key=_key(name, view.lang, options), format_func=show)
    return view.with_(**{name: ",".join(chosen)})
