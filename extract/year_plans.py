"""The investment a text plans for a year, and the projects it is planned for.

Owns: ``年度计划投资22亿元``, ``年内计划完成投资9.9亿元``, a table's ``年投资计划`` column: the year's plan
(data/year_plan_words.csv) is of that whole year, and the set of projects it is given for takes that year when
nothing else in the text dates it or the text tells it as this year's (``今年…项目共225个``). ``period_choice`` chooses each figure's own period first.
"""

from __future__ import annotations

import re

from .periods import ArticleDate, Period
from .projects import PROJECT_CODES
from .schema import Row, by_sentence
from .vocabulary import alternation, words

_YEAR_PLAN = re.compile(rf"(?<!完成)(?:{alternation('year_plan_words.csv')})(?:(?:完成)?投资(?:额)?)?(?:约|为|达|超|逾|近)?$")
# the plan's words end right before its figure: only the characters they can take there are searched (and a line's end)
_PLAN_REACH = max(map(len, words("year_plan_words.csv"))) + len("完成投资额约") + 1


def plans_of_the_year(rows: list[Row], art: ArticleDate) -> None:
    """``…2021年第二季度重大项目集中开竣工…;产业项目44项,…年度计划投资约42.13亿元``, ``年内计划完成投资9.9亿元,
    目前累计完成…``: the investment planned for the year (data/year_plan_words.csv) is of that whole year, not of the
    quarter, event day or point the sentence is under (SCHEMA: 今年 is the whole year for plans); a share done of
    it (``完成年度计划投资的52%``) is not the plan. A plan for the year that names no year (``本次集中开工项目47个,…,
    年度计划投资47亿元``) is of the article's year (SCHEMA: 今年 is the whole year for plans)."""
    sentences = by_sentence(rows)
    for r in rows:
        p = r.period
        if not _YEAR_PLAN.search(r.sent.text, max(0, r.fig.start - _PLAN_REACH), r.fig.start) and not (r.in_table and _YEAR_PLAN.search(r.label)):
            continue  # (a table's column 年投资计划: its head is the label)
        if p is not None and (p.start or p.end):
            y = (p.end or p.start)[:4]
            if (p.start, p.end) != (f"{y}-01", f"{y}-12"):
                r.period = Period(f"{y}-01", f"{y}-12", p.label, "flow", p.pos, p.end_pos, p.explicit_year)
        elif art.year:  # a plan naming no year: the article's year
            r.period = Period(f"{art.year}-01", f"{art.year}-12", p.label if p is not None else "", "flow")
        for q in sentences[r.sent.start]:  # 产业发展项目45项,年度计划投资19.25亿元: the set it is planned for, undated
            if q.indicator in PROJECT_CODES and (_undated(q.period, art) or _this_year_so_far(q, r.period)):
                q.period = r.period


def _undated(p: Period | None, art: ArticleDate) -> bool:
    """No period, or only the point of the article's month that nothing in the text names."""
    return p is None or not (p.start or p.end) or not p.start and p.end == art.ym and not p.explicit_year and not p.label


_SO_FAR = re.compile(r"今年(?!以来|来)")


def _this_year_so_far(q: Row, plan: Period | None) -> bool:
    """``今年全市四水同治项目共225个,…年度计划投资137.3亿元``: a set the year's plan is given for, told as this year's
    (January to the article's month), is the set of the whole year the plan is for."""
    p = q.period
    return plan is not None and p is not None and bool(p.start) and p.start == plan.start and p.end != plan.end \
        and bool(_SO_FAR.search(q.sent.text, 0, q.fig.start))
