"""The investment a text plans for a year, and the projects it is planned for.

Owns: ``年度计划投资22亿元``, ``年内计划完成投资9.9亿元``, a table's ``年投资计划`` column: the year's plan
(data/year_plan_words.csv) is of that whole year, and the set of projects it is given for takes that year when
nothing else in the text dates it or the text tells it as this year's (``今年…项目共225个``), or measures what it
has done against the year's plan (``重点建设项目29宗,…完成年度计划的82.2%``); and the year of a task a figure is
done against (``完成全年任务的66.67%``), which dates only its own clause. ``period_choice`` chooses each figure's
own period first.
"""

from __future__ import annotations

import re

from .numbers import Figure
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
                r.period = _whole_year(p, y)
        elif art.year:  # a plan naming no year: the article's year
            r.period = Period(f"{art.year}-01", f"{art.year}-12", p.label if p is not None else "", "flow")
        for q in sentences[r.sent.start]:  # 产业发展项目45项,年度计划投资19.25亿元: the set it is planned for, undated
            if q.indicator in PROJECT_CODES and (_undated(q.period, art) or _this_year_so_far(q, r.period)):
                q.period = r.period
    for r in rows:
        if r.period is not None and _set_of_the_year(r):
            r.period = _whole_year(r.period, r.period.start[:4])


def _whole_year(p: Period, y: str) -> Period:
    """January to December of year ``y``, as period ``p`` names it."""
    return Period(f"{y}-01", f"{y}-12", p.label, "flow", p.pos, p.end_pos, p.explicit_year)


_DONE_OF_THE_PLAN = re.compile(r"(?:完成|占)(?:年度|全年|年)(?:投资)?计划(?:投资)?的")
_PERIOD_WORD = re.compile(r"\d{1,2}月|季度|半年|今年|本年|(?:19|20)\d{2}年")


def _set_of_the_year(r: Row) -> bool:
    """``上半年,…。(省、市重点建设项目29宗,完成投资105.66亿元,完成年度计划的82.2%``: a set of projects whose
    investment its sentence measures against the year's plan is the year's list; its count and size are of the
    whole year, not of the span done so far that an earlier sentence named (nor of ``新开工项目258个,1—8月份累计
    完成投资…,占年计划的68.42%``: a span named after it). Not a set its own sentence dates first (``1-5月,新开工项目25个``),
    nor one whose count is the subject of what was done (``220个省重点项目完成投资…``, ``承担的391个在建项目完成…``)."""
    p, s = r.period, r.sent.text
    if r.indicator not in PROJECT_CODES or r.measure not in ("count", "level") or p is None or p.kind != "flow" or not p.start:
        return False
    y = p.start[:4]
    return p.start == f"{y}-01" and p.end[:4] == y and p.end != f"{y}-12" and bool(_DONE_OF_THE_PLAN.search(s, r.fig.end)) \
        and not _PERIOD_WORD.search(s, 0, r.fig.start) and s[r.fig.end : r.fig.end + 1] in (",", ";", "(", "、", "")


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


_TARGET_SHARE = re.compile(r"[^,;。]{0,14}?(?:任务|目标|计划)[^,;。\d]{0,4}?(?:[\d.]+[^,;。的]{0,3})?的\s*[\d.]+\s*%")


def share_of_target(s: str, p: Period, f: Figure) -> bool:
    """``1-8月,…完成全年任务的69.3%``, ``占全年目标任务125人的121%``: the year whose target a share of it is
    measured against names the target (``125人`` stays the year's), not the span the share was reached in."""
    m = _TARGET_SHARE.match(s, p.end_pos) if p.label == "全年" and s[max(0, p.pos - 1) : p.pos] in ("成", "占") else None
    return m is not None and s.rfind("的", p.end_pos, m.end()) < f.start < m.end()


_PLAN_OF_THE_YEAR = re.compile(r"全年(?:的)?(?:目标任务|目标|任务|预期目标|预期|投资计划|计划|预算)")


def of_a_plan(s: str, p: Period) -> bool:
    """``上半年,…实现8个项目竣工投产,完成全年任务的66.67%``: 全年 naming the year of a task a figure is done
    against dates the figures of its own clause alone (the task's size; the share done of it: see
    ``share_of_target``); the figures around it, and the paragraph, keep the period in force (上半年). Not a
    plan that opens its clause (``全年计划建成投产16个项目。与此同时,统筹推进…``: the year goes on)."""
    return p.label == "全年" and s[max(0, p.pos - 1) : p.pos] in ("成", "占", "为", "达") and bool(_PLAN_OF_THE_YEAR.match(s, p.pos))
