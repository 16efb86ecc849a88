"""The view a user is looking at, as one small value read from and written to the URL.

Owns: every choice that changes what is drawn — page, language, region codes (province, prefecture,
county), indicator, label of a catch-all indicator, measure, period range and each page's own
choices — with stable ASCII query values (codes and ``YYYY-MM``, never on-screen words), so a link
reopens the same view in either language. Pure: no Streamlit here; ``filters`` binds it to widgets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace

PAGES = ["overview", "bars", "growth", "projects", "data", "articles", "upload", "map"]
LANGS = ["zh", "en"]

# which sidebar filters each page reads (the others are kept in the link but not shown)
PAGE_FILTERS: dict[str, tuple[str, ...]] = {
    "overview": ("prov", "pref", "county"),
    "bars": ("prov", "pref", "county", "ind", "lbl", "measure", "period"),
    "growth": ("prov", "pref", "county", "period"),
    "projects": ("prov", "pref", "county", "period"),
    "data": ("prov", "pref", "county", "ind", "lbl", "measure", "period"),
    "articles": (),
    "upload": (),
    "map": ("prov", "ind", "lbl", "measure"),
}

_CODE = re.compile(r"^\d{6}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_PERIOD_KEY = re.compile(r"^(\d{4}-\d{2})?~\d{4}-\d{2}$|^all$|^~$")
_WORD = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_HASH = re.compile(r"^[0-9a-f]{8}$")
_ID = re.compile(r"^[\w.\-]{1,200}$")


@dataclass(frozen=True)
class View:
    page: str = "overview"
    lang: str = "zh"
    prov: str = ""  # division codes, 6 digits
    pref: str = ""
    county: str = ""
    ind: str = ""  # indicator code
    lbl: str = ""  # label_key() of the article's own label, for catch-all indicators
    measure: str = ""
    pfrom: str = ""  # YYYY-MM; empty = open (follows the data)
    pto: str = ""
    bper: str = ""  # bars page: one period "start~end", or "all"
    gind: str = ""  # growth page: indicator codes joined by ","
    gper: str = ""  # growth page: the heat map's period "start~end"
    pper: str = ""  # projects page: its period "start~end"
    mper: str = ""  # map page: its period "start~end"
    mlevel: str = ""  # map page: county | prefecture
    art: str = ""  # articles page: the open article
    fig: str = ""  # articles page: the figure clicked in the text
    q: str = ""  # articles page: title search (the user's own words)

    def with_(self, **kw: str) -> View:
        return replace(self, **kw)

    def growth_indicators(self) -> list[str]:
        return [c for c in self.gind.split(",") if c]


_RULES: dict[str, object] = {
    "page": lambda v: v in PAGES, "lang": lambda v: v in LANGS,
    "prov": _CODE.match, "pref": _CODE.match, "county": _CODE.match,
    "ind": _WORD.match, "measure": _WORD.match, "lbl": _HASH.match, "mlevel": lambda v: v in ("county", "prefecture"),
    "pfrom": _MONTH.match, "pto": _MONTH.match,
    "bper": _PERIOD_KEY.match, "gper": _PERIOD_KEY.match, "pper": _PERIOD_KEY.match, "mper": _PERIOD_KEY.match,
    "gind": lambda v: all(_WORD.match(c) for c in v.split(",")),
    "art": _ID.match, "fig": str.isdigit, "q": lambda v: len(v) <= 100,
}


def from_query(params: Mapping[str, object]) -> tuple[View, list[str]]:
    """The view a URL's query names, and the keys whose values were not valid (dropped)."""
    values: dict[str, str] = {}
    dropped: list[str] = []
    for f in fields(View):
        raw = params.get(f.name)
        if isinstance(raw, list):
            raw = raw[-1] if raw else None
        if raw is None or raw == "":
            continue
        value = str(raw).strip()
        if _RULES[f.name](value):  # type: ignore[operator]
            values[f.name] = value
        else:
            dropped.append(f.name)
    return View(**values), dropped


def to_query(view: View) -> dict[str, str]:
    """The URL query of a view: only values that differ from the default, in a fixed order."""
    default = View()
    return {k: v for k, v in asdict(view).items() if v and v != getattr(default, k)}


def label_key(label: str) -> str:
    """A short ASCII key for an article's own label (``木材加工产值`` → 8 hex digits), stable across runs."""
    return hashlib.sha1(label.encode("utf-8")).hexdigest()[:8]


def period_key(start: str | None, end: str | None) -> str:
    return f"{start or ''}~{end or ''}"


def split_period_key(key: str) -> tuple[str, str]:
    start, _, end = key.partition("~")
    return start, end
