"""Whether a figure is over a span or true at a point, once its period is chosen.

Owns: an amount over the year after a 年末 (``出生人口``, ``新增就业``: data/flow_words.csv), a stock under a whole
year its sentence does not name (``城镇常住人口``: data/year_end_stock_words.csv) and a flow of 当月 (the month
alone). ``period_choice`` chooses the period; this module only turns it between span and point.
"""

from __future__ import annotations

import re

from .numbers import Figure
from .periods import Period
from .vocabulary import alternation

_FLOW_WORDS = re.compile(alternation("flow_words.csv"))  # data/flow_words.csv


def flow_or_point(f: Figure, s: str, p: Period | None, named: bool) -> Period | None:
    """The period ``p`` chosen for figure ``f`` of sentence ``s`` (``named`` when the sentence names it), turned
    to the span or point the figure is of."""
    p = flow_of_the_year(f, s, p)
    return _of_the_month(f, s, p if named else _stock_at_the_year_end(f, s, p))


_THE_MONTH = re.compile(r"当月|本月")


def _of_the_month(f: Figure, s: str, p: Period | None) -> Period | None:
    """``9月份,…一般公共预算收入当月完成25.2亿元,下降43.8%;累计完成…``: a flow of 当月 (本月) is of the last month of
    the period in force alone, and so is its growth in the clause after it."""
    if p is None or not p.end or p.kind == "target" or ("当月" not in s and "本月" not in s):
        return p  # a sentence that never says 当月 has no clause that does
    clause = _figure_clause(f, s)
    if not _THE_MONTH.search(clause):
        return p
    return Period(p.end, p.end, "当月", "flow", explicit_year=p.explicit_year)


_UP_TO_MARK = re.compile(r".*[,;:。]", re.S)  # everything up to the last mark ending a clause
_GROWS_ONLY = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)|(?:分别)?是(?:19|20)\d\d年")


def _figure_clause(f: Figure, s: str) -> str:
    """The clause before figure ``f``, with the clause before it when it only grows (``生猪出栏129187头,同比增长3.1%``:
    the growth of the flow before it) or sets it beside an older year (``生产总值完成96.4亿元,是2011年的1.37倍``)."""
    head = s[: f.start]  # only the last two clauses are read: found from the end, not by splitting the whole
    last = _UP_TO_MARK.match(head)
    if last is None:
        return head
    if _GROWS_ONLY.match(head, last.end()):
        before = _UP_TO_MARK.match(head, 0, last.end() - 1)
        return head[before.end() if before else 0 : last.end() - 1] + "," + head[last.end() :]
    return head[last.end() :]


def flow_of_the_year(f: Figure, s: str, p: Period | None) -> Period | None:
    """``年末全县农业机械总动力25.2万千瓦,机械播种面积65.5万亩``, ``年末全市总人口…。出生人口3423人``: an amount
    over the year (data/flow_words.csv) after a 年末 of an earlier clause is of that whole year, not its end."""
    if p is None or p.kind != "point" or p.start or not p.end.endswith("-12") or not p.label.endswith(("末", "底")):
        return p
    clause = _figure_clause(f, s)
    if p.label in clause or not _FLOW_WORDS.search(clause):
        return p
    y = p.end[:4]
    return Period(f"{y}-01", f"{y}-12", p.label, "flow", explicit_year=p.explicit_year)


# data/year_end_stock_words.csv (not 常住人口人均生产总值: a figure per head of it)
_YEAR_END_STOCK = re.compile(rf"(?<!按)(?:{alternation('year_end_stock_words.csv')})(?!人均)")


def _stock_at_the_year_end(f: Figure, s: str, p: Period | None) -> Period | None:
    """``年末常住人口42.5万人…。全年人口出生率10.38‰…。城镇常住人口21.93万人``: a stock (data/year_end_stock_words.csv)
    under a whole year its sentence does not name is true at that year's end; a sentence going on with ``其中``
    keeps the period of the one it continues (``2021年,全旗常住人口3.96万人。其中,城镇人口2.38万人``)."""
    if p is None or p.kind != "flow" or not p.whole_year or s.startswith("其中") \
            or not _YEAR_END_STOCK.search(_figure_clause(f, s)):
        return p
    return Period("", p.end, p.label, "point", explicit_year=p.explicit_year)
