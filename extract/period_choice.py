"""Which period each figure is of.

Owns: the period a figure names or inherits (``period_for``: the nearest period before it, past stock
words such as 累计 and comparison bases such as 比上年; a period after it; the paragraph's, section's
or article's) and a target's period. The day of an event that dates what it signed, started or
completed lives in ``event_dates``; the period a report's title, lead or dating frames the whole
article with in ``period_frames``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import Figure
from .period_frames import lead_span
from .period_kinds import flow_of_the_year, flow_or_point
from .periods import ArticleDate, Period, ym
from .projects import EVENT_STAGES, PROJECT_CODES
from .schema import Row
from .vocabulary import STOCK_TAKES, STOCK_WORDS, TARGET, after_comparison_word, alternation
from .year_plans import of_a_plan, share_of_target

_CAPTION = re.compile(rf"(?:{alternation('caption_words.csv')})|^图\s*\d")  # data/caption_words.csv

_FOUNDING = alternation("founding_verbs.csv")  # data/founding_verbs.csv
_FOUNDED_AFTER = re.compile(rf"[^,;。]{{0,12}}?(?:{_FOUNDING})")
_FOUNDED_BEFORE = re.compile(rf"(?:{_FOUNDING})于$")



def is_comparison(s: str, p: Period) -> bool:
    """``比2020年增长``: a period right after 比/较/同比 (data/comparison_frames.csv) is the base of a comparison;
    so is the old state a change starts from (``由上年的3.7:26.7:69.6调整为``), which dates only its own figure."""
    return _compared_at(s, p.pos, p.end_pos)


@lru_cache(maxsize=256)  # each period of a sentence is asked about for every figure of it: answered once
def _compared_at(s: str, pos: int, end_pos: int) -> bool:
    """Whether the period at ``s[pos:end_pos]`` is a comparison's base (``is_comparison``)."""
    return after_comparison_word(s, pos) or _is_base(s, pos, end_pos) or _multiple_of(s, pos, end_pos)


_MULTIPLE = re.compile(r"的\s*\d+(?:\.\d+)?\s*倍")


def _multiple_of(s: str, pos: int, end_pos: int) -> bool:
    """``服务业是2012年的2.82倍``: the year a multiple is taken of is its base."""
    return s[pos - 1 : pos] == "是" and bool(_MULTIPLE.match(s, end_pos))


def stock_of(word: Period, inherited: Period, s: str = "") -> bool:
    """A bare stock word (累计, 余额) takes the paragraph's period when that is a span to date or a point;
    ``累计完成``, ``累计上涨`` (an amount done over a span) also a span the paragraph or report is about
    (``2021年预算执行情况…税收收入累计完成19860万元``: the year); data/stock_words.csv."""
    if not (inherited.start or inherited.kind == "point"):
        return False
    verb = s[word.end_pos : word.end_pos + 2]
    takes = STOCK_TAKES.get(word.label + verb) or STOCK_TAKES.get(word.label, "")
    return inherited.kind in takes.split()


def dates_a_founding(s: str, p: Period) -> bool:
    """``该县1984年划归甲市,幅员面积4026平方公里,总人口30万``, ``该园区成立于2012年5月,规划面积22平方公里``:
    a date whose own clause founds the place or body or changes its standing (data/founding_verbs.csv) dates
    that event alone; the profile figures of the clauses after it, and of the sentences after it, do not take it."""
    return _founded_at(s, p.pos, p.end_pos)


@lru_cache(maxsize=256)  # asked of each period of a sentence for every figure of it: answered once
def _founded_at(s: str, pos: int, end_pos: int) -> bool:
    """Whether the period at ``s[pos:end_pos]`` dates a founding (``dates_a_founding``)."""
    return bool(_FOUNDED_AFTER.match(s, end_pos) or _FOUNDED_BEFORE.search(s[max(0, pos - 4) : pos]))


def _own_clause(s: str, p: Period, f: Figure) -> bool:
    """No clause break between a period before a figure and the figure (``2021年新设立市场主体5798户``)."""
    return not re.search(r"[,;,;]", s[p.end_pos : f.start])


def _before_figure(before: list[Period], inherited: Period | None, s: str = "", at: int = -1) -> Period:
    """``截至5月底,…累计完成``: the nearest period before the figure, where a stock word (累计, 实有, 余额)
    defers to the period word before it."""
    chosen = before[-1]
    # a stock word (累计, 实有, 余额) defers to the period word before it: 两年来…累计, 截至5月底…累计
    earliers = [p for p in before if p.label not in STOCK_WORDS]
    if chosen.label in STOCK_WORDS and earliers:
        earlier = earliers[-1]  # 五年来,…累计完成…,累计新增: past every stock word
        if earlier.kind == "point" or (chosen.label == "累计" and earlier.kind in ("since", "flow")):
            chosen = earlier
    elif not earliers and inherited is not None and stock_of(chosen, inherited, s):
        chosen = inherited  # 一年来,…;全市…累计完成投资 / 年末…存款余额…;贷款余额: the paragraph's period
    elif not earliers and inherited is not None and _balance_of_the_year(chosen, inherited):
        chosen = Period("", inherited.end, chosen.label, "point", chosen.pos, chosen.end_pos)  # 2019年,…存贷款余额…: at its end
    elif not earliers and inherited is not None and _to_date(chosen, inherited):
        if at >= 0 and re.search(r"[,;]", s[chosen.end_pos : at]):
            return inherited  # …累计入驻企业169家,实现工业增加值7.3亿元: the next clause is over the span again
        chosen = Period("", inherited.end, chosen.label, "point", chosen.pos, chosen.end_pos)  # 前三季度,…;累计入驻企业169家: at its end
    return chosen


def is_caption(s: str) -> bool:
    """``2018年-2022年地区生产总值及增速图``: a chart's caption names the chart's years, not the period of the
    text after it."""
    return bool(_CAPTION.search(s))


def qualifies_one(word: Period, inherited: Period | None, s: str) -> bool:
    """A stock word that answers to the paragraph's period (``前三季度,…;各园区累计入驻企业169家``), or the
    date of the new state a change ends at (``排名由2016年的第60名上升至2019年的第35名``), qualifies its own
    figure; it does not become the paragraph's period."""
    return _new_state(word, s) or (inherited is not None and (stock_of(word, inherited, s) or _to_date(word, inherited)))


def _new_state(word: Period, s: str) -> bool:
    """``由2016年的第60名上升至2019年的第35名``, ``增加到2020年底的12家``: a period after 由/从/至/到 followed by
    ``的`` and its figure dates that figure alone."""
    to = word.label.startswith(("至", "到")) or s[max(0, word.pos - 1) : word.pos] in ("由", "从", "至", "到")
    return to and bool(re.match(r"(?:末|底)?的\s*第?[\d.]", s[word.end_pos :]))


def _balance_of_the_year(word: Period, inherited: Period) -> bool:
    """``2019年,全县生产总值完成40.94亿元。…金融机构人民币存贷款余额完成103.42亿元``: a balance (余额, 实有) under a
    whole year is at that year's end."""
    return word.label in ("余额", "实有") and inherited.kind == "flow" and inherited.whole_year


def _to_date(word: Period, inherited: Period) -> bool:
    """``前三季度,…;各工业园区累计入驻企业169家``: 累计 under a span of the year to date stands at that span's end
    (not under a whole year gone by: ``去年,…。累计建成…`` is as of the article's date)."""
    return word.label == "累计" and inherited.kind == "flow" and bool(inherited.start) and inherited.end[5:] != "12"


def _after_figure(f: Figure, s: str, usable: list[Period], inherited: Period | None) -> Period | None:
    """``完成投资12亿元,同比增长5%(1-5月)``: a period after the figure, unless a date the project aims for
    (``总投资12亿元,…,预计6月底投产``) or a stock word the paragraph's period answers."""
    after = [p for p in usable if p.pos >= f.end and p.kind != "target" and not _opens_clause(s, p)
             and not s.endswith("其中", 0, p.pos)  # 同比增长3.7%,…,其中6月增速达到8.8%: a part of the span, its clause's
             and not (TARGET.search(s[f.end : p.pos]) or re.search(r"将|计划|拟", s[f.end : p.pos]))]
    if after and not (inherited is not None and stock_of(after[0], inherited, s)):
        return after[0]
    return None


def _opens_clause(s: str, p: Period) -> bool:
    """``…总产值约为8.6亿元目前,全区农村土地流转面积52.52万亩``: a period word set off by a comma after it
    frames the clause it opens, not a figure before it (a lost full stop often runs two sentences together)."""
    return s[p.end_pos : p.end_pos + 1] in (",", ":")


_BASE_FRAME = re.compile(rf"(?:{alternation('base_frames.csv')})$")  # data/base_frames.csv
_BASE_AFTER = re.compile(r"(?:末|底)?(?:同期)?的?\s*[\d.]")  # 上年末的3.7, 上年同期的12
_BASE_GAP = re.compile(r"(?:末|底)?(?P<same>同期)?的?(?:[\d.]+\s*[::]\s*)*$")  # 上年的3.7:26.7:69.6, 去年同期的


def _is_base(s: str, pos: int, end_pos: int) -> bool:
    """``由上年的``, ``较上年``, ``从2017年的``: a period (at ``s[pos:end_pos]``) that dates the old state a change
    starts from."""
    return bool(_BASE_FRAME.search(s[max(0, pos - 1) : pos])) and bool(_BASE_AFTER.match(s, end_pos))


def base_value(f: Figure, s: str, periods: list[Period], inherited: Period | None) -> Period | None:
    """``三次产业结构由上年的3.7:26.7:69.6调整为3.5:…``, ``较上年28899万元增长9.9%``: a figure stated as the
    old state of a change is of the period before it; ``去年同期`` is the period in force a year back."""
    for p in periods:
        if p.end_pos > f.start or not _is_base(s, p.pos, p.end_pos):
            continue
        gap = _BASE_GAP.match(s[p.end_pos : f.start])
        if gap is None or gap.end() != f.start - p.end_pos:
            continue
        if inherited is None or not inherited.start or inherited.kind != "flow" or p.label not in ("上年", "去年"):
            return p
        y = int(inherited.end[:4]) - 1  # 上年 in a bulletin on 2020 read in 2021: 2019
        if gap.group("same"):  # 去年同期 in a report on 2022年一季度: 2021's first quarter
            return Period(ym(y, int(inherited.start[5:])), ym(y, int(inherited.end[5:])), p.label + "同期", "flow", p.pos, p.end_pos, True)
        return Period(ym(y, 1), ym(y, 12), p.label, "flow", p.pos, p.end_pos, True)
    return None


def _named(f: Figure, s: str, periods: list[Period], inherited: Period | None) -> Period | None:
    """``1-5月,全县完成投资12亿元``: the period the sentence names for the figure, if any (not a comparison base,
    nor the old state a change starts from, which dates only its own figure)."""
    base = base_value(f, s, periods, inherited)
    if base is not None:
        return base
    usable = [p for p in periods if not is_comparison(s, p) and not share_of_target(s, p, f)
              and not (of_a_plan(s, p) and not (p.end_pos <= f.start and _own_clause(s, p, f)))
              and not (dates_a_founding(s, p) and not _own_clause(s, p, f))]
    before = [p for p in usable if p.end_pos <= f.start]
    if before:
        return _before_figure(before, inherited, s, f.start)
    return _after_figure(f, s, usable, inherited)


# what projects will yield once running, a year at a time: 年产值, 年税收, 就业岗位 (not a dated plan's 年度计划投资)
_PROJECTS_YIELD = re.compile(r"(?:预计|可|将)?(?:实现)?(?:年(?:可|均)?(?:实现)?(?:产值|税收|利税|销售收入|营业收入|创税|纳税)|就业岗位|带动就业)"
                             r"[^,;。\d]{0,4}$")
_ONCE_BUILT = r"(?:达产|建成|投产|运营)后"
_ONCE_RUNNING = re.compile(rf"项目|{_ONCE_BUILT}")  # (what yields: projects, or a plant once built)
_CAPACITY_ONCE_BUILT = re.compile(rf"{_ONCE_BUILT}[^,;。]{{0,12}}$")


def _of_target(f: Figure, s: str, chosen: Period | None, inherited: Period | None, art: ArticleDate) -> Period | None:
    """``力争全年地区生产总值增长6%``: a target's period; a plan's 全年 is this year, a 年度计划 the whole year,
    and a capacity once built (``全部达产后预计实现年产值``) has none."""
    if _CAPACITY_ONCE_BUILT.search(s, 0, f.start) and (chosen is None or chosen.kind != "target"):
        return None  # 全部达产后预计实现年产值: a capacity once built, not a dated target
    if (chosen is None or chosen.kind != "target") and _PROJECTS_YIELD.search(s, max(0, f.start - 12), f.start) \
            and _ONCE_RUNNING.search(s, 0, f.start):
        return None  # 本次集中开工项目40个,…,预计实现年产值47亿元,…提供就业岗位6500个; 建成后,年可实现销售收入59.9亿元: undated
    if chosen is not None and chosen.label == "全年" and not chosen.explicit_year and art.year:
        return Period(f"{art.year}-01", f"{art.year}-12", "全年", "flow")  # a plan's 全年 is this year (not 2018年…全年)
    ended = chosen or inherited  # 2024年末,地区生产总值预计完成230.6亿元;固定资产投资预计完成…, read in 2025: that year's flow
    if ended is not None and ended.kind == "point" and ended.explicit_year and int(ended.end[:4]) < art.year:
        flow = flow_of_the_year(f, s, ended)
        if flow is not ended:
            return flow
    if chosen is not None and chosen.start and chosen.kind == "flow" and re.search(r"年度(?:计划|目标)[^,;。]{0,6}$", s[: f.start]):
        y = chosen.start[:4]  # 1-4月,…年度计划投资152.6亿元: the plan is for the whole year
        return Period(f"{y}-01", f"{y}-12", chosen.label, "flow", explicit_year=chosen.explicit_year)
    if chosen is None and inherited is not None and inherited.label == "全年" and not inherited.explicit_year and art.year:
        return Period(f"{art.year}-01", f"{art.year}-12", "全年", "flow")
    if chosen is None and inherited is not None and inherited.explicit_year and inherited.kind == "flow":
        return inherited
    return chosen


def _of_figure(chosen: Period | None, inherited: Period | None, art: ArticleDate) -> Period | None:
    """``一季度,…今年新增企业12家``: the named period, else the inherited one, else the article's month (a point)."""
    if chosen is not None and chosen.label in ("今年", "本年") and inherited is not None and inherited.start[:4] == chosen.start[:4]:
        chosen = inherited  # 一季度…今年新增: 今年 is the quarter already in force
    if chosen is None:
        chosen = inherited
    if chosen is None and art.year:
        chosen = Period("", art.ym, "", "point")
    return chosen


def period_for(f: Figure, s: str, periods: list[Period], inherited: Period | None, measure: str, art: ArticleDate) -> Period | None:
    """The period of figure ``f`` of sentence ``s``, given the sentence's ``periods`` and the period it
    ``inherited`` (paragraph, section or article): ``1-5月,全县固定资产投资增长8%`` → 1-5月."""
    chosen = _named(f, s, periods, inherited)
    if measure == "target":
        return _of_target(f, s, chosen, inherited, art)
    return flow_or_point(f, s, _of_figure(chosen, inherited, art), named=chosen is not None)


def so_far_this_year(rows: list[Row], art: ArticleDate) -> None:
    """``今年合作社种植甘蓝1300亩`` in a July story: what has happened ``今年`` is January to the article's month
    (SCHEMA: Periods); a plan's or target's 今年, and a year's list of projects (``今年,实施重点项目230个``), stay
    the whole year; projects that have started, been completed or signed (``今年…3个项目实现开工``) have happened."""
    if not art.year or art.how == "content":
        return
    whole = (f"{art.year}-01", f"{art.year}-12")
    # a list of projects planned or under way, and what else its sentence says of them (not 3个项目实现开工: done)
    listed = {r.sent.start for r in rows if (r.stage or r.indicator in PROJECT_CODES) and r.stage not in EVENT_STAGES}
    for r in rows:
        p = r.period
        if p is None or p.label not in ("今年", "本年") or (p.start, p.end) != whole or r.measure == "target":
            continue
        if r.sent.start in listed and not _DONE_BY_NOW.search(r.sent.text, max(0, r.fig.start - 12), r.fig.start):
            continue
        r.period = Period(p.start, art.ym, p.label, "flow", p.pos, p.end_pos, True)


# 年度计划投资22亿元,现已完成投资6.1亿元: what the year's list has done by now
_DONE_BY_NOW = re.compile(r"(?:现已|目前已|至今已|已经|已)(?:累计)?完成[^,;。\d]{0,6}$")


def growth_of_the_lead(rows: list[Row], text: str, art: ArticleDate) -> None:
    """``一季度,全县工业经济实现“开门红”。…精制茶增长21.1%``: a growth named with no period of its own, in a story
    whose lead reports on a span of this year, is over that span (a growth is over a span, never at a point);
    so is the amount of the same indicator its sentence states it of (``高新技术产业205.17亿元,同比增长12.8%``)."""
    if not art.year:
        return
    span = None
    spanned: set[tuple[int, str]] = set()
    for r in rows:
        if r.measure not in ("growth", "pp") or not _of_the_article(r, art):
            continue
        span = span or lead_span(text, art)
        if span is None:
            return
        r.period = span
        spanned.add((r.sent.start, r.indicator))
    for r in rows:  # 全区规上工业增加值353.64亿元,同比增长12.4%: the amount its growth is of, over the same span
        if r.measure == "level" and (r.sent.start, r.indicator) in spanned and _of_the_article(r, art):
            r.period = span


def _of_the_article(r: Row, art: ArticleDate) -> bool:
    """A figure naming no period of its own, left at the article's month (a point)."""
    p = r.period
    return p is not None and not p.start and not p.label and p.end == art.ym



_DAY = re.compile(r"^\d{1,2}月\d{1,2}日$")


def _lead_end(text: str) -> int:
    """Where the title and the lead end: after the first paragraph long enough to be prose."""
    at = 0
    for para in text[:1500].split("\n"):
        at += len(para) + 1
        if len(para.strip()) >= 30:
            return at
    return 0


def _weak(r: Row) -> bool:
    """A period the figure does not state for itself: none, one the paragraph or article gave, or the day of a
    news lead (``9月24日,记者从…发布会上获悉``) that dates no event of that figure."""
    p = r.period
    if p is None or not p.label or p.label not in r.sent.text:
        return True
    return bool(_DAY.match(p.label)) and not r.stage


def _stated(r: Row) -> bool:
    p = r.period
    return p is not None and bool(p.label) and p.label in r.sent.text


def repeated_in_lead(rows: list[Row], text: str) -> None:
    """``贫困户从33602人减少到2731人`` in a lead, and later ``贫困户从2017年的33602人减少到2019年底的2731人``: a
    headline or lead figure with no period of its own that the article states again later with its period
    (the same value, unit, measure, indicator and stage) takes that period (SCHEMA: a headline or lead that
    repeats a figure)."""
    end = _lead_end(text)
    for r in rows:
        if r.sent.start >= end or not _weak(r):
            continue
        for later in rows:
            if later.sent.start <= r.sent.start or not _stated(later):
                continue
            if (later.fig.value, later.fig.unit, later.measure, later.indicator, later.stage) == \
                    (r.fig.value, r.fig.unit, r.measure, r.indicator, r.stage):
                r.period = later.period
                break


_A_DAY = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日$")
_ATTENDANCE = re.compile(alternation("attendance_words.csv"))  # data/attendance_words.csv


def day_carried(rows: list[Row]) -> None:
    """``4月8日,新会区举行…推进会。据…消息,全区村组集体总收入合计12.56亿元``: the day of a meeting or of the page,
    carried from another sentence, does not make what a later sentence reports a one-day amount; it is as
    true at that month (a point), unless it counts or sums what an event that day did (``event_month``)."""
    for r in rows:
        p = r.period
        if p is None or not p.start or p.start != p.end or not _A_DAY.match(p.label) or p.label in r.sent.text:
            continue
        if r.stage or r.indicator in PROJECT_CODES or r.measure in ("target", "growth") or _ATTENDANCE.search(r.sent.text):
            continue  # 企业家等160多人欢聚一堂: the people at the day's event
        r.period = Period("", p.end, p.label, "point", p.pos, p.end_pos, p.explicit_year)


def month_unknown(rows: list[Row], art: ArticleDate) -> None:
    """A text dated only by what it reports, naming no day of its own (``2022年,全镇新建道路12公里…目前,全镇共有
    合作社35家``), gives no month for the figures that name none: the article's month was a guess, so they keep
    none (SCHEMA: empty when the article gives no way to tell)."""
    if art.how != "content" or art.day_named:
        return
    for r in rows:
        p = r.period
        if p is not None and not p.start and p.end == art.ym and not p.explicit_year:
            r.period = Period("", "", p.label, p.kind, p.pos, p.end_pos)


def progress_first(text: str, own: list[Period], figs: list[Figure], in_force: list[Period]) -> list[Period]:
    """``2021年,列入重点项目54项,截止9月底,完成投资164.8亿元。其中:已开工15项…``: a part of the opening period that
    opens a clause among a sentence's figures (the progress so far in the year planned) is what the sentences
    after it go on with; not a period that only qualifies one figure's words (``一季度计划投资7.74亿元``). Returns
    the periods in force, that one first."""
    first = in_force[0] if in_force else None
    if not figs or first is None or not first.end:
        return in_force
    late = [p for p in own if figs[0].start < p.pos < figs[-1].start and p is not first and p.end
            and first.start <= (p.start or first.start) and p.end < first.end and p.end[:4] == first.end[:4]
            and text[p.end_pos : p.end_pos + 1] in ",，"]
    return [late[-1]] + [p for p in in_force if p is not late[-1]] if late else in_force


def within_span(inherited: Period | None, own: list[Period], figs: list[Figure]) -> bool:
    """``1-8月,全县…项目共计92项。其中工业…33项,…,今年新认定项目15个,…``: this year named inside a sentence, past
    its first figure, under a span of the year in force, does not replace that span for the sentences after it."""
    return inherited is not None and inherited.part_of_year and bool(figs) \
        and all(p.label in ("今年", "今年以来") and p.pos > figs[0].start for p in own)
