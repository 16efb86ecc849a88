"""The indicator a paragraph or a whole article is about, for figures whose own words name none.

Owns: a paragraph's topic frame (``固定资产投资方面,…``, ``从社会消费品零售总额看,…``) and a title that names one
indicator (``唐山各区县GDP排名``), whose figures labelled only by a place and a growth or rank word measure it.
"""

from __future__ import annotations

import re

from . import indicators as ind
from .labels import leftover_words, without_places
from .period_frames import title_lines
from .schema import Row
from .vocabulary import TOPIC


def topic_of(s: str) -> str:
    """``固定资产投资方面,…``, ``从社会消费品零售总额看,…``: the indicator a paragraph breaks down by place."""
    m = TOPIC.match(s)
    return (m.group(1) or m.group(2)) if m else ""


def title_topic(rows: list[Row], text: str) -> None:
    """``唐山各区县GDP排名``: in an article whose title names one indicator, a figure labelled by nothing but
    its place and a growth or rank word (``迁安市,…,增速6.7%``, ``1.新罗区(607.87亿元``) measures that one."""
    titles = title_lines(text)
    named = ind.named_in(titles[0]) if titles else set()
    if len(named) != 1:
        return
    code = named.pop()
    for r in rows:
        if r.indicator != "other" or not ind.unit_fits(code, r.fig.unit):
            continue
        bare = leftover_words(without_places(r.label, [r.place] if r.place else []))
        if not re.sub(r"[\d.()()\[\]:]", "", bare):
            r.indicator = code
