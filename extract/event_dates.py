"""The day of a dated event and what it dates.

Owns: the day a groundbreaking or signing was held (``lead_event``: stated in the article's lead), which
figures are the event's own (``_open_to_the_event``: the counts and sums of what it signed or started, the
breakdown of that batch, a period that only names the batch) and giving them the event's month
(``event_month``; SCHEMA: dated events). Figures that are cumulative (今年以来已签约…) or a plan
(年度计划投资) keep their own periods.
"""

from __future__ import annotations

import re

from .period_frames import batched
from .periods import ArticleDate, Period, ym
from .projects import EVENT_STAGES, PROJECT_CODES
from .schema import Row
from .vocabulary import EVENT, EVENT_VERB, EVENT_WORDS, alternation, table

_MEETING, _ACT = (re.compile("|".join(re.escape(r["word"]) for r in table("meeting_acts.csv") if r["kind"] == k))
                  for k in ("meeting", "act"))


def _event_chain(r: Row, text: str) -> str:
    """The sentence, back to the one naming the event (data/event_words.csv) it goes on from: after ``;``
    (``当天动工和投产项目共21个;计划总投资91.9亿元``) or as its breakdown (``此次集中开工64个项目…。其中,…25个``);
    empty when no event is named."""
    start, end = r.sent.start, r.sent.start + len(r.sent.text)
    for _ in range(6):
        if EVENT_WORDS.search(text, start, end):
            return text[start:end]
        joint = text[start - 1 : start] if start else ""
        if joint != ";" and not (joint == "。" and text[start:end].startswith("其中")):
            return ""
        start = max(text.rfind(c, 0, start - 1) for c in "。;!?\n") + 1
    return ""


def _project_size(r: Row) -> bool:
    """``投资122亿元的南昌钱学森硬科技产业园``: one project's size, named by what follows it."""
    s = r.sent.text
    return s[: r.fig.start].endswith("投资") and s[r.fig.end : r.fig.end + 1] == "的"


_BATCH_AFTER = re.compile(r"(?:的)?(?:重大|重点|集中|产业|工业|项目)")


def _names_the_batch(label: str, s: str) -> bool:
    """``2019年第四季度重大工程项目``: the period's words stand right before the batch's somewhere in ``s``."""
    at = s.find(label)
    while at >= 0:
        if _BATCH_AFTER.match(s, at + len(label)):
            return True
        at = s.find(label, at + 1)
    return False


def _open_to_the_event(r: Row, headline: Period | None, chain: str, named: bool, held: bool) -> bool:
    """``2019年第四季度重大工程项目…举行集中开工``: a count or sum with no period of its own, the headline's,
    or a period naming the batch or the event (``named``), may take an event's day (a target or a growth keeps
    its own); ``chain`` is its sentence back to the one naming the event (``_event_chain``)."""
    p = r.period
    default = p is None or (not p.label and not p.start) or (headline is not None and p is headline) \
        or bool(p.label and _names_the_batch(p.label, r.sent.text)) or named
    # 2023年,…;此次西峡县集中开工64个项目: a period the paragraph gave, not the event's own sentence
    # 7月,…集中开竣工…;其中,开工项目39个: the event's own month, named before it, stays
    own = bool(chain) and p is not None and bool(p.label) and -1 < chain.find(p.label) < EVENT_WORDS.search(chain).start()
    inherited = p is not None and bool(p.label) and bool(chain) and not own and p.label not in r.sent.text
    if not (default or inherited or _event_nearer(r, held)) or r.measure in ("target", "growth"):
        return False
    return not batched(chain or r.sent.text)  # 组织5次…集中开工活动,98个项目集中开工: no one event's day


# what a period names when it is the event's name (data/event_words.csv), not a span reported on:
# 2021年第二季度重大项目集中开竣工, 今年第三批开工动员项目, 四季度集中开工, 2023年南京市重大招商项目签约活动
# (not 今年已集中开工: what the year added up to)
_NAMES_EVENT = re.compile(rf"(?:(?!已|累计|以来)[^,;:。\d]){{0,12}}?(?:第[一二三四五六七八九十\d]+批|{EVENT_WORDS.pattern}"
                          r"|(?:签约|开工|竣工|投产)(?:活动|仪式))")


def names_the_event(r: Row, text: str) -> bool:
    """``据了解,2021年第二季度重大项目集中开竣工项目共72个…。从项目类别来看,产业项目44项``: a span that is
    part of the name of the event the paragraph reports (a quarter or year of a batch of groundbreakings, a
    numbered batch) is not a period reported on; the figures under it, in its own sentence or the paragraph's
    later ones, are the event's (SCHEMA: dated events). Only the last naming of the period before the figure
    counts: ``2021年一季度,…共签约…10个重大项目`` states its own quarter."""
    p = r.period
    if p is None or not p.label or not p.start or p.start == p.end or p.kind != "flow" or not text:
        return False
    start = text.rfind("\n", 0, r.sent.start) + 1
    para = text[start : r.sent.start + r.fig.start]
    at = para.rfind(p.label)  # the naming the figure inherited, not an earlier one (2021年一季度,…共签约…)
    return at >= 0 and _NAMES_EVENT.match(para, at + len(p.label)) is not None


_PRESS = re.compile(alternation("press_words.csv"))  # data/press_words.csv


def _batch_of_the_day(r: Row, art: ArticleDate) -> Period | None:
    """``2月5日,在…举行一季度总投资6.5亿元的12个项目集中开工活动``, ``5月12日,某县2023年第二季度总投资85.9亿元,…
    的60个重点项目集中开工``: in a sentence stating an event's day (the day nearest before the figure, past any page
    chrome the sentence opens with), a span named between the day and the event (data/event_words.csv) names the
    batch held that day, not a span reported on: the figures of that span take the day's month."""
    p = r.period
    if p is None or not p.label or not p.start or p.start == p.end:
        return None
    s = r.sent.text
    # the day nearest before the figure (past a page's chrome); 日 or 号, as _DAY reads it
    days = list(_DAY.finditer(s, 0, r.fig.start)) if "日" in s or "号" in s else []
    m = days[-1] if days and EVENT_VERB.search(s, days[-1].end(), days[-1].end() + 100) else None
    at = s.find(p.label, days[-1].end()) if m is not None and 1 <= int(m.group("m")) <= 12 else -1
    if at >= 0 and _PRESS.search(s, days[-1].end(), at):
        return None  # 3月9日,记者从…获悉,一季度…: the day the press was told; the quarter is reported on
    held = EVENT_WORDS.search(s, at + 1) if at >= 0 else None
    if held is None or not at < r.fig.start:  # …第二季度36个工程集中开建,总投资52.25亿元: the batch's sums after it too
        return None
    mo = int(m.group("m"))
    month = ym(int(m.group("y")) if m.group("y") else art.year if mo <= art.month else art.year - 1, mo)
    return Period(month, month, f"{m.group('m')}月{m.group('d')}日", "flow")


# a day, with its year or without (2023年5月25日, 5月12日)
_DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年|(?<![\d年]))(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")


def _the_events_own(r: Row, chain: str) -> bool:
    """``此次开工项目涵盖全州13个市县``, ``本次签约项目单体平均投资13.8亿元``, ``投资占比达到94%``: any count, sum
    or share of a sentence naming the event is the event's, unless it is a tally so far (``已累计投入9亿元``)."""
    return bool(chain) and (r.measure in ("count", "share") or (r.measure == "level" and r.fig.unit == "元")) \
        and not _SO_FAR.search(r.sent.text, 0, r.fig.start)


def _event_nearer(r: Row, held: bool) -> bool:
    """``今年,…实施重点项目230个,…,今天集中开工项目31个``, ``此次集中开工64个项目,…,本年度计划完成投资…``:
    an event word between the sentence's period word and the figure marks the figure as the event's."""
    p, s = r.period, r.sent.text
    if p is None or not p.label or s[p.pos : p.end_pos] != p.label or p.start == p.end:
        return False  # a period the paragraph gave, not this sentence's, or a month of its own (7月,…集中开竣工)
    events = list(EVENT_WORDS.finditer(s, 0, r.fig.start))
    if events and p.start and not p.whole_year and not held and not _DEICTIC.search(s, 0, r.fig.start):
        return False  # 今年一季度,辽宁共有1141个新建项目集中开工 (no day's event told): the quarter's starts
    if events and p.end_pos <= events[-1].start() and _SO_FAR.search(s, p.end_pos, events[-1].start()):
        return False  # 1-8月,累计集中开工…项目41个: what the span's batches added up to
    return bool(events) and (p.pos >= r.fig.end or p.end_pos <= events[-1].start())


_DEICTIC = re.compile(r"此次|本次|这次|当天|当日|今天|今日|本届")  # the event pointed at, not a span's batch


def event_month(rows: list[Row], text: str, art: ArticleDate, headline: Period | None, about_event: bool = False) -> None:
    """A dated event gives its month to the counts and sums of what it signed, started or completed that
    name no period of their own, also where the headline names the quarter or a quarter names the batch;
    ``此次``/``本次``/``当天`` mark them too, with the article's month when no day is stated, and so does an article
    about one event (``about_event``) for what it signed, started or completed (SCHEMA: dated events)."""
    if not art.year:
        return
    event = lead_event(text, art)
    marked = event or (Period(art.ym, art.ym, "", "flow") if art.how in ("dateline", "metadata") or art.day_named else None)
    chains: dict[int, str] = {}  # a sentence's start → its chain back to the event (``_event_chain``)
    for r in rows:
        if marked is not None and meeting_act(r):
            r.period = marked
            continue
        if r.sent.start not in chains:  # a sentence's chain is its rows' (worked out once for them all)
            chains[r.sent.start] = _event_chain(r, text)
        chain, named = chains[r.sent.start], names_the_event(r, text)  # each worked out once for the row
        batch = _batch_of_the_day(r, art) if r.measure not in ("target", "growth") else None
        if batch is not None:
            r.period = batch
            continue
        if not _open_to_the_event(r, headline, chain, named, event is not None):
            continue
        if event is not None and r.stage in EVENT_STAGES:
            r.period = event
        elif named:  # 四季度集中开工…;…占项目总数的53.7%: the event's breakdown and shares too
            r.period = marked or Period(art.ym, art.ym, "", "flow")
        elif marked is not None and (chain or (about_event and r.stage in EVENT_STAGES)) \
                and (r.stage or r.indicator in PROJECT_CODES or _project_size(r) or _the_events_own(r, chain)):
            r.period = marked
    done_this_month(rows, art)


def done_this_month(rows: list[Row], art: ArticleDate) -> None:
    """``开工项目12个,总投资58亿元`` with no period words of its own, taken as true in the article's month: projects
    signed, started, completed or introduced were so in that month (SCHEMA: dated events), not a stock at its end."""
    if not art.day_named:
        return  # a text dated by its content alone: its month is no event's (month_unknown)
    for r in rows:
        p = r.period
        if r.indicator in PROJECT_CODES and r.stage in EVENT_STAGES and r.measure in ("count", "level") \
                and p is not None and p.kind == "point" and not p.label and not p.start and p.end == art.ym \
                and not _SO_FAR.search(r.sent.text, 0, r.fig.start):
            r.period = Period(art.ym, art.ym, "", "flow")


_SO_FAR = re.compile(r"先后|累计|已|目前|现有|至今")  # 先后引进…项目70余个, 已开工50项: a tally so far, a point


def meeting_act(r: Row) -> bool:
    """``会上,县领导为全镇9个村每村发放5万元奖金``, ``大会还表彰了20家先进企业``: what a meeting did (data/meeting_acts.csv:
    the meeting named before the figure, an act of awarding, appointing or paying out in the sentence) happened on
    the meeting's day; a count or sum with no period of its own, or one carried from the paragraph, takes its
    month (SCHEMA: dated events). A period the sentence states stays: ``会上通报,2022年全县表彰…``."""
    p, s = r.period, r.sent.text
    meeting = _MEETING.search(s, 0, r.fig.start)
    if meeting is None or r.measure not in ("count", "level") or not _ACT.search(s):
        return False
    return p is None or not p.label or p.label not in s


def lead_event(text: str, art: ArticleDate) -> Period | None:
    """``4月27日上午,…举行…集中开工仪式`` opening the article's lead (the first paragraph of prose, past a page's
    chrome): the event's day (in the article's year, or the year before for a month still to come)."""
    for para in text[:1500].split("\n"):
        # past the page's chrome (时间:2021-07-02 15:45:03 来源:… 作者:…): the lead is prose, with its commas
        if len(para) >= 30 and re.search(r"[,。]", para):
            m = EVENT.search(para)
            if m is None or not 1 <= int(m.group("m")) <= 12 or _PRESS.search(para, m.end("d"), m.end()):
                return None  # 4月17日,记者从…获悉,截至3月底…已开工: the day the press was told
            mo = int(m.group("m"))  # 12月30日 in a January paper: last December
            month = ym(art.year if mo <= art.month else art.year - 1, mo)
            return Period(month, month, f"{m.group('m')}月{m.group('d')}日", "flow", explicit_year=False)
    return None
