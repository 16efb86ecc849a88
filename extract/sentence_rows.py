"""One sentence's figures to rows: each decision asked in turn, figure by figure.

Owns: the order in which a figure is read — its words, its measure, what it is a figure of (an ordered
list of named choices, from a structure's shares and listed places down to its own words), its sign,
period, stage, label and place, and the rows it fans out to (one per ranked item or ``均`` place).
The decisions themselves live in ``measures``, ``labels``, ``lists``, ``period_choice``,
``stage_choice`` and ``subjects``; the article walk that hands each sentence over lives in ``pipeline``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from . import indicators as ind
from . import lists
from .clauses import clause_bounds, label_parts
from .context import PlaceContext
from .label_frames import after_bracketed_list
from .label_trimming import row_label, trim_label
from .labels import done_only, indicator_of
from .lists import (
    Run,
    each_place,
    framed_places,
    list_labels,
    list_run,
    listed_places,
    previous_pairs,
    rank_fanout,
    same_measure,
    shared_items,
    top_listed,
)
from .measures import forecast_as_result, measure_in_sentence, measure_of, sign, times_as_percent
from .normalize import Sentence
from .numbers import AREA_UNITS, Figure
from .parts import part_after_its_whole, part_of_a_group
from .period_choice import period_for
from .periods import ArticleDate, Period
from .regions import Place
from .schema import Row
from .stage_choice import in_list_order, stage_of
from .subjects import Subjects, bare, names_of, place_for
from .vocabulary import CHANGE, COMPLETION, GOES_ON


@dataclass
class SentenceFrame:
    """A sentence and what the article around it says: its figures, periods and subjects, the period
    it inherits, whether its paragraph states aims, the paragraph's topic and the rows of a sentence a
    ``;`` joins it to (``carry``)."""

    sent: Sentence
    figs: list[Figure]
    periods: list[Period]
    inherited: Period | None
    subjects: Subjects
    ctx: PlaceContext
    art: ArticleDate
    plan_mode: bool = False
    topic: str = ""
    carry: list[Row] = field(default_factory=list)


@dataclass
class _Reading:
    """The sentence being read: its frame, the rows so far, the last one, and the places of its last
    ``分别`` list (for a second list after it)."""

    fr: SentenceFrame
    rows: list[Row] = field(default_factory=list)
    prev: Row | None = None
    spread: list[Place] = field(default_factory=list)

    @property
    def s(self) -> str:
        """The sentence's text."""
        return self.fr.sent.text


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class _Read:
    """One figure and its words."""

    f: Figure
    pre: str
    post: str
    clause_start: int
    clause_end: int
    run: Run | None  # f in a 分别 list
    before_sent: str
    measure: str


class _Choice(NamedTuple):
    code: str
    label: str
    measure: str
    own_place: Place | None = None


def _read(r: _Reading, f: Figure) -> _Read:
    """``…完成投资12亿元,增长1.5倍``: the figure's words, clause, list and measure (a multiple made a %)."""
    s = r.s
    pre, post = label_parts(s, f, r.fr.figs)
    times_as_percent(f, pre)
    clause_start, clause_end = clause_bounds(s, f, [])
    run = list_run(s, f, r.fr.figs)
    before_sent = s[: f.start]
    listed = after_bracketed_list(pre, s[f.end : clause_end]) if f.unit == "%" else ""  # 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别…
    measure = "growth" if f.unit == "%" and listed.endswith(("增速", "增幅", "增长")) else measure_of(f, pre, post, before_sent, r.prev)
    if measure == "level" and run is not None and f is not run[1][0] and CHANGE.search(s[run[2] : run[1][0].start]):
        measure = "change"  # 比2015年分别增加5.25万亩、8.6亿元: the change the list opens on is each item's
    measure = measure_in_sentence(measure, pre, before_sent, r.fr.plan_mode, r.fr.carry, f.unit)
    return _Read(f, pre, post, clause_start, clause_end, run, before_sent, measure)


# ------------------------------------------------------------------ what the figure is a figure of, in order


_THREE_INDUSTRIES = re.compile(r"三次产业|一、?二、?三(?:次)?产业|三大产业")  # 一、二、三产业比重26∶38∶36


def _structure_shares(x: _Read, r: _Reading) -> _Choice | None:
    """``三次产业结构为10.2:45.3:44.5``: the three industries' shares, in order."""
    if x.f.kind == "structure" and _THREE_INDUSTRIES.search(r.s):
        k = [g for g in r.fr.figs if g.kind == "structure"].index(x.f)
        return _Choice(("primary_va", "secondary_va", "tertiary_va")[k % 3], f"三次产业结构(第{'一二三'[k % 3]}产业)", x.measure)
    return None


def _own_listed_place(x: _Read, r: _Reading) -> _Choice | None:
    """``麒麟区、陆良县规模以上工业增加值分别增长13.5%、12.8%``: each figure of the list its own place."""
    if (listed_place := listed_places(r.s, x.f, x.run, r.fr.subjects)) is None:
        return None
    own_place, label = listed_place
    code, _ = ind.match_indicator(label, x.f.unit)
    r.spread = [*r.spread, own_place] if r.spread and r.rows and r.rows[-1].place is not own_place else [own_place]
    return _Choice(code or "other", label, x.measure, own_place)


def _second_list(x: _Read, r: _Reading) -> _Choice | None:
    """``A、B、C…分别为x、y和z,分别增长p、q和r``: the second list follows the same places."""
    if not (r.spread and x.run is not None and len(x.run[1]) == len(r.spread) and r.rows):
        return None
    own_place = r.spread[x.run[1].index(x.f)]
    same = [row for row in r.rows if row.place is own_place]
    code, label = (same[-1].indicator, same[-1].label) if same else (r.rows[-1].indicator, r.rows[-1].label)
    return _Choice(code, label, x.measure, own_place)


def _in_parentheses(x: _Read, r: _Reading) -> _Choice | None:
    """``增速最快的是广丰区(7.2%)、玉山县(6.8%)``, ``财政收入57.8亿元,…反超了荣成市(56亿元)``: a place's figure in
    parentheses goes on from the one before (of the same unit)."""
    if not x.pre.endswith("("):
        return None
    prev = next((q for q in reversed(r.rows) if q.fig.unit == x.f.unit), None)  # the last figure of its unit
    if prev is None:
        return None
    listed = r.s[prev.fig.end : prev.fig.end + 1] == ")" and not bare(x.pre.rstrip("("), r.fr.subjects).strip(")、和及与")
    if listed or any(r.s.endswith(n, 0, x.f.start - 1) for _pos, p in r.fr.subjects for n in names_of(p)):
        return _Choice(prev.indicator, prev.label, prev.measure)
    return None


def _pairs_with_earlier(x: _Read, r: _Reading) -> _Choice | None:
    """``接待游客1630万人次,实现旅游收入142.6亿元,分别增长22.4%、19.7%``: each growth pairs with a figure before."""
    pair = previous_pairs(r.s, x.f, x.run, r.rows)
    return None if pair is None else _Choice(pair.indicator, pair.label, x.measure)


_SECTOR_ITEM = re.compile(r"业(增加值|产值)?$")  # 工业增加值
_VALUE_ITEM = re.compile(r"(?:增加值|产值)$")
_SECTORS_FIELD = re.compile(r"(?:产业|行业)中")  # 五大主导产业中甲、乙增加值分别…


def _listed_item(x: _Read, r: _Reading) -> _Choice | None:
    """``工业、农业增加值分别增长8%、4%``: each figure of the list its own item."""
    listed = list_labels(r.s, x.f, x.run)
    if not listed:
        return None
    code, _ = ind.match_indicator(listed[0], x.f.unit)
    code, label = code or "other", listed[0]
    if code == "other" and x.f.unit in ("%", "元", "百分点") and (_SECTOR_ITEM.search(label) or _VALUE_ITEM.search(label)
                                                            and x.run is not None and _SECTORS_FIELD.search(r.s, x.run[2], x.run[0])):
        code = "industry_output"  # each item is an industry (or one of the 产业中…): its output or value added
    return _Choice(code, label, x.measure)


# where its own words name no indicator ("other"), in order


_WORKS = re.compile(r"(?:工程|主体|土建|厂房|形象进度)的$")


def _completion_of_previous(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``完成投资12亿元,完成年度计划的52%``: how much of the figure before is done (not ``主体工程的85%``)."""
    works = _WORKS.search(x.pre)  # 已完成主体工程的85%: the works, not money
    if x.measure == "share" and r.prev is not None and COMPLETION.search(x.pre) and not works:
        return r.prev.indicator, r.prev.label + x.pre
    return None


def _paragraph_topic(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``固定资产投资方面,…,其中播州区增长12.5%``: a place's bare figure measures the paragraph's topic."""
    if r.fr.topic and not bare(x.pre, r.fr.subjects) and (named := ind.match_indicator(r.fr.topic, x.f.unit)[0]):
        return named, r.fr.topic
    return None


def _place_only(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``全市…增长7.1%,分县看,广丰区增长9.2%;玉山县增长8.6%``: a place's bare figure goes on with the same measure."""
    last = same_measure([*r.fr.carry, *r.rows], x.measure)
    if last is not None and not bare(x.pre, r.fr.subjects) \
            and any((x.clause_start if not re.fullmatch(r"达到?|为", x.pre) else 0) <= pos < x.f.start for pos, _p in r.fr.subjects):
        return last.indicator, last.label
    return None


def _place_list_frame(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``各县区开工率分别为:甲县94.1%、乙区78.6%``: a listed place's figure measures what the list's frame names."""
    return framed_places(r.s, x.f, r.fr.figs, r.fr.subjects)


def _projects_go_on(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``…;运江镇5个,总投资11亿元``: a bare count right after projects' figures counts projects (``lists.more_projects``)."""
    return lists.more_projects(x.f, x.post, [*r.fr.carry, *r.rows])


_MEASURED_AREAS = tuple(u for u in AREA_UNITS if u != "亩")  # areas in square measure or 公顷 (a plot in 亩 is read as before)
_AREA = re.compile(r"(?:作物)?(?:种植|播种|收获)?(?:总)?面积$")
_BARE_OUTPUT = re.compile(r"(?:其中)?(?:总产量|总产|产量)(?:为|达|达到)?")


def _output_of_a_crop(x: _Read, r: _Reading) -> tuple[str, str] | None:
    """``粮食播种面积62451公顷,增长0.3%;总产362277吨``: a bare output right after a crop's area (among the last three
    rows: the same or the ``;``-joined sentence before) is that crop's output: the crop's name and the output word
    are read together (``粮食总产`` names grain_output, ``蔬菜总产量`` nothing)."""
    areas = [row for row in [*r.fr.carry, *r.rows][-3:] if row.fig.unit in ("亩", "公顷")]
    if not areas or not _BARE_OUTPUT.fullmatch(trim_label(x.pre)) or not _AREA.search(areas[-1].label):
        return None
    label = _AREA.sub("", areas[-1].label) + trim_label(x.pre)
    return ind.match_indicator(label, x.f.unit)[0] or "other", label


_UNNAMED: tuple[Callable[[_Read, _Reading], tuple[str, str] | None], ...] = (
    _output_of_a_crop, _completion_of_previous, _paragraph_topic, _projects_go_on, _place_only, _place_list_frame)


def _own_words(x: _Read, r: _Reading) -> _Choice:
    """``规上工业增加值增长8%``: the figure's own words (``labels.indicator_of``), else what goes on around it."""
    code, label = indicator_of(x.f, x.pre, x.post, r.prev, x.before_sent, r.s[x.f.end : x.clause_end])
    if code == "other":
        for rule in _UNNAMED:
            if (found := rule(x, r)) is not None:
                code, label = found
                break
    return _Choice(code, label, x.measure)


_CHOICES: tuple[Callable[[_Read, _Reading], _Choice | None], ...] = (
    _structure_shares, _own_listed_place, _second_list, _in_parentheses, _pairs_with_earlier, _listed_item, _own_words,
)


def _choose(x: _Read, r: _Reading) -> _Choice:
    """The first of ``_CHOICES`` that applies: what the figure is a figure of."""
    for choice in _CHOICES:
        if (chosen := choice(x, r)) is not None:
            return chosen
    raise AssertionError("_own_words always chooses")


# ------------------------------------------------------------------ the rows of a sentence


def _fall_before(r: _Reading) -> Figure | None:
    """The figure before in the sentence when a fall word made it negative (``分别下降3.1%、7.5%``), not a minus sign."""
    prev = r.prev
    if prev is None or prev.sent is not r.fr.sent or r.s[: prev.fig.start].endswith(("-", "−")):
        return None
    return prev.fig


def _rows_of_figure(x: _Read, r: _Reading) -> list[Row]:
    """Figure ``x.f``'s rows: one per ranked item and per place sharing it (``均``), usually one."""
    f, s, fr = x.f, r.s, r.fr
    code, label, measure, own_place = _choose(x, r)
    if part_of_a_group(code, f, s, r.rows) or part_after_its_whole(code, f, s, r.rows):
        code = "other"  # 受表彰的229家企业,共完成税收21.67亿元: a part of the place's taxes
    elif f.unit in _MEASURED_AREAS and not ind.unit_fits(code, f.unit):
        code = "other"  # …GDP总量为450亿元,排名第一,2360平方千米的土地上: an area carries no indicator of money
    sign(f, measure, x.pre, _fall_before(r))
    period = period_for(f, s, fr.periods, fr.inherited, measure, fr.art)
    measure = forecast_as_result(measure, f, x.pre, x.post, x.before_sent, r.prev, period, fr.art)
    stage = in_list_order(stage_of(code, measure, r.prev, s, f, fr.figs, x.post, x.clause_start), code, f, x.run, r.rows)
    label = row_label(label, code, fr.subjects, fr.carry)
    place = own_place or place_for(f, fr.subjects, fr.ctx)
    places = each_place(s, f, fr.subjects) or top_listed(s, f, fr.subjects)
    targets = rank_fanout(s, f, fr.figs, r.rows, code, label) if f.kind == "rank" \
        else x.run is None and shared_items(s, f, fr.figs, r.rows, places) or [(code, label)]
    places = places or [place]
    return [Row(f, fr.sent, lab, c, measure, period, stage, pl) for c, lab in targets for pl in places]


def rows_of_sentence(fr: SentenceFrame) -> list[Row]:
    """Rows of one sentence: ``全县地区生产总值120亿元,增长6.5%`` → a level and a growth of gdp."""
    # …。同比增长3.7%, …当月完成11.1亿元;累计完成137.4亿元: the figure before's
    goes_on = fr.carry[-1] if fr.carry and (GOES_ON.match(fr.sent.text) or done_only(fr.sent.text)) else None
    r = _Reading(fr, prev=goes_on)
    for f in fr.figs:
        r.rows.extend(_rows_of_figure(_read(r, f), r))
        r.prev = r.rows[-1] if r.rows else r.prev
    return r.rows
