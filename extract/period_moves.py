"""The years of a move from one year's value to another's, carried along its paragraph.

Owns: ``地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元,年均增长8.4%;财政收入由2.3亿元提高到4.3亿元,
年均增长13.2%``: the years of the first move date the old and the new value of each move after it that names
no year, and a yearly average growth beside them is over the years from the one after the first to the last
(SCHEMA: a period of several years); ``2016年至2018年,分别为1078亿元、1180亿元、1211.24亿元``: a list of one value for
each year of the span names, in order, gives each value its year.
"""

from __future__ import annotations

import re

from .periods import Period
from .schema import Row
from .vocabulary import MOVED_TO

# 由2011年的18.9亿元提高到2016年的28.4亿元, 从2015年的39.70亿元增长到2020年61.95亿元
_DATED_MOVE = re.compile(r"[由从](?P<y1>(?:19|20)\d{2})年(?P<e1>底|末)?的?[\d.]+[^,;。!?\d]{0,8}?"
                         rf"{MOVED_TO}(?P<y2>(?:19|20)\d{{2}})年(?P<e2>底|末)?的?[\d.]")
_RATIO_SO_FAR = r"(?:[\d.]+\s*[∶:])*"  # 三次产业结构由16.5∶48.5∶|35调整为13.1∶42∶|44.9: the parts of a ratio
_FROM = re.compile(rf"[由从]{_RATIO_SO_FAR}$")  # 财政收入由|2.3亿元
_TO = re.compile(rf"(?:{MOVED_TO}|调整为){_RATIO_SO_FAR}$")  # 提高到|4.3亿元
_YEARLY = re.compile(r"年均[^,;。\d]{0,8}(?:[\d.]+%、)*$")  # 年均增长|13.2%, 年均分别增长9.2%、|9.8%
_A_YEAR = re.compile(r"(?:19|20)\d{2}年")


def _year(y: str, closing: str | None, label: str) -> Period:
    """``2011年的`` is that whole year; ``2015年底的`` is a point at its end."""
    if closing:
        return Period("", f"{y}-12", label, "point", explicit_year=True)
    return Period(f"{y}-01", f"{y}-12", label, "flow", explicit_year=True)


def years_of_moves(rows: list[Row]) -> None:
    """Date the moves and yearly averages that follow a move dated at both ends, within its paragraph, until a
    sentence names a year of its own."""
    move: re.Match[str] | None = None
    para, sent_at = -1, -1
    for r in rows:
        s = r.sent
        if s.paragraph != para:
            move, para = None, s.paragraph
        if s.start != sent_at:
            sent_at = s.start
            dated = _DATED_MOVE.search(s.text)
            if dated:
                move = dated
            elif _A_YEAR.search(s.text):
                move = None
        if move is None or (move.string is s.text and r.fig.start < move.end()):
            continue
        y1, y2 = move.group("y1"), move.group("y2")
        before = s.text[max(0, r.fig.start - 24) : r.fig.start]
        if _FROM.search(before):
            r.period = _year(y1, move.group("e1"), f"{y1}年")
        elif _TO.search(before):
            r.period = _year(y2, move.group("e2"), f"{y2}年")
        elif r.measure == "growth" and _YEARLY.search(before) and int(y1) < int(y2):
            r.period = Period(f"{int(y1) + 1}-01", f"{y2}-12", "年均", "flow", explicit_year=True)


_EACH = re.compile(r"分别|依次")  # 2016年至2018年分别为…, 占…的50.9%、50.7%…: one value a year


def years_of_lists(rows: list[Row]) -> None:
    """``2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元``: under a span of whole years, a list
    (``分别``) of as many values of one measure as the span has years gives them its years in order."""
    by_span: dict[tuple[int, int], tuple[Period, list[Row]]] = {}  # (sentence, period) → the period, its rows in order
    for r in rows:
        p = r.period
        if p is not None and p.start[5:] == "01" and p.end[5:] == "12" and p.start[:4] < p.end[:4] \
                and _EACH.search(r.sent.text):
            by_span.setdefault((r.sent.start, id(p)), (p, []))[1].append(r)
    for p, group in by_span.values():
        y1, y2 = int(p.start[:4]), int(p.end[:4])
        listed = [r for r in group if (r.measure, r.indicator) == (group[0].measure, group[0].indicator)]
        if len(listed) != y2 - y1 + 1:
            continue
        for year, r in zip(range(y1, y2 + 1), listed, strict=True):
            r.period = Period(f"{year}-01", f"{year}-12", p.label, "flow", explicit_year=True)
