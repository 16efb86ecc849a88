"""From one article's text to the rows of the indicators table (SCHEMA.md).

Owns: walking an article sentence by sentence and keeping what is in force as it goes — the section and its period, the
paragraph's period, year, place, topic, plan and batch, the rows of a sentence a ``;`` joins to the next — and handing each
sentence to ``sentence_rows``, which asks the decision modules (``figures_kept``, ``measures``, ``labels``, ``lists``,
``period_choice``, ``stage_choice``, ``subjects``) about each figure. Pure: text in, rows out; files and tables live in ``io``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import stage_choice as stages
from .article_place import main_place
from .context import PlaceContext, reference_spans
from .datelines import article_date, founding_month, speech_date
from .event_dates import event_month
from .figures_kept import is_row
from .measures import states_aims
from .normalize import Sentence, garbled_spans, normalize, sentences
from .numbers import Figure, find_figures
from .period_choice import (
    dates_a_founding,
    day_carried,
    growth_of_the_lead,
    is_caption,
    is_comparison,
    month_unknown,
    progress_first,
    qualifies_one,
    repeated_in_lead,
    so_far_this_year,
    within_span,
)
from .period_frames import framed, heading_period
from .period_moves import years_of_lists, years_of_moves
from .periods import ArticleDate, Period, find_periods, year_in_force
from .pipe_tables import CellReading, rows_of_table_line, table_readings
from .regions import Mention, Place, gazetteer, in_named_provinces
from .restated import restated_places
from .schema import COLUMNS, Row
from .sections import find_sections
from .sentence_rows import SentenceFrame, rows_of_sentence
from .subjects import Spans, Subjects, find_subjects
from .topics import figures_topics, topic_of
from .vocabulary import GOES_ON, PARAGRAPH_GOES_ON, STOCK_WORDS
from .year_plans import of_a_plan, plans_of_the_year
from .zone_finding import find_zones

__all__ = ["COLUMNS", "Row", "extract_normalized", "extract_text"]


def extract_text(raw: str, article_id: str = "article", date: str | None = None, place: str | None = None) -> tuple[str, list[dict]]:
    """Normalize one article and return (normalized text, rows as dicts)."""
    text = normalize(raw)
    return text, extract_normalized(text, article_id, date=date, place=place)


@dataclass
class _Article:
    """An article and what is known of it before its first sentence is read."""

    text: str
    art: ArticleDate
    ctx: PlaceContext
    mentions: list[Mention]
    zones: Spans
    refs: Spans
    garbled: list[tuple[int, int]]
    sections: list[tuple[int, Place | None]]  # (offset, place) where a section about another place opens
    headline: Period | None  # the period a report's title, lead or dating gives figures that name none
    tables: dict[int, list[CellReading]]  # the lines of ``|`` tables, by offset, and the sentences reading their cells


def _open(text: str, date: str | None, place: str | None, sents: list[Sentence]) -> _Article:
    """The article's date, its places and zones, its main place, its sections and its headline period."""
    art = speech_date(text, article_date(text, date))
    art = replace(art, founded=founding_month(text, art))
    if art.how == "content" and art.reported[1].endswith("-12") and art.month == 1:
        art = replace(art, point_end=art.reported[1])  # a text on 2017 dated only by that (no day named): 余额 at 2017-12
    ctx = PlaceContext(gazetteer())
    mentions = in_named_provinces(ctx.gaz.mentions(text))
    zones = find_zones(text, mentions)
    ctx.learn_zone_names(zones)
    ctx.article = main_place(text, mentions, ctx, place, zones)
    art, headline = framed(text, art)
    return _Article(text, art, ctx, mentions, zones, reference_spans(text), garbled_spans(text), find_sections(text, mentions, ctx),
                    headline, table_readings(text, sents))


@dataclass
class _Walk:
    """What is in force while reading an article from top to bottom."""

    para: int = -1
    para_periods: list[Period] = field(default_factory=list)  # the paragraph's periods, the one in force first
    ctx_year: int | None = None  # the year the paragraph last named
    plan_mode: bool = False  # the paragraph states aims
    framing: bool = False  # the paragraph's period opens it, before any place: it frames every place after it
    topic: str = ""  # ``固定资产投资方面,``
    batch_stage: str = ""  # ``这批开工项目``: the stage of the batch a paragraph is about
    total_stage: tuple[int, str] = (-1, "")  # (paragraph, stage) of the last project total with a stage
    last_projects: list[Row] = field(default_factory=list)  # the rows of the last sentence with project figures
    last_subject: Place | None = None
    section: Period | None = None  # ``一、2024年工作回顾``: a numbered heading's period covers its section
    section_plan: bool = False  # ``二、2025年主要目标``: what the section states are aims
    last_rows: list[Row] = field(default_factory=list)  # the rows of the sentence before, for one joined to it by ``;``


def _enter_section(a: _Article, sent: Sentence) -> None:
    """``…\\n南部县:今年以来,…``: a section about another place (or a zone) starts at or before this sentence."""
    ctx = a.ctx
    while a.sections and a.sections[0][0] <= sent.start:
        ctx.section = a.sections.pop(0)[1]
        ctx.last_zone = ctx.section if ctx.section and ctx.section.level == "zone" else None


def _open_paragraph(w: _Walk, a: _Article, sent: Sentence) -> None:
    """A new paragraph forgets the last one's place, year, topic and batch; ``其中,…`` keeps its periods."""
    if sent.paragraph == w.para:
        return
    w.para = sent.paragraph
    if not sent.text.startswith(PARAGRAPH_GOES_ON) and not stages.breakdown_of_total(sent.text):  # 其中,…; 从收入构成看,…
        w.para_periods = []
    w.last_subject = a.ctx.last_town = a.ctx.paragraph = w.ctx_year = None
    w.plan_mode = w.section_plan
    w.topic = w.batch_stage = ""


def _numbered_heading(w: _Walk, a: _Article, sent: Sentence) -> None:
    """``一、2024年工作回顾``, ``二、2025年主要目标``: a heading's period and aims cover its section."""
    if (head := heading_period(sent.text, a.art)) is not None:
        w.section, w.section_plan = head


_OPENER = re.compile(r"在[^,;。]{2,14}?[,]|(?:来到|走进)[^,;。]{2,30}?[,]")  # 在高兴镇, 来到…甘树湾村,


def _follow_subjects(w: _Walk, a: _Article, sent: Sentence, subjects: Subjects) -> None:
    """``…去年种植…;赤石桥乡将…``: a sentence about another place starts afresh; ``在高兴镇,…`` and
    ``来到…甘树湾村,…`` frame their paragraph."""
    new_place = subjects and subjects[0][0] <= 1 and subjects[0][1] is not w.last_subject and w.last_subject is not None
    if new_place and not w.framing:
        w.para_periods = []
    if subjects:
        w.last_subject = subjects[-1][1]
    opener = _OPENER.match(sent.text)
    if subjects and opener and subjects[0][0] in (1, 2) and a.ctx.paragraph is None:
        # 来到大通县景阳镇甘树湾村合作社,…: the innermost place the opener names frames the paragraph
        a.ctx.paragraph = [p for pos, p in subjects if pos < opener.end()][-1]


def _carry(w: _Walk, a: _Article, sent: Sentence) -> tuple[str, list[Row]]:
    """``…项目26个,…;基础设施项目8个``: the character joining the sentence to the one before, and its rows after ``;``."""
    joint = a.text[sent.start - 1 : sent.start] if sent.start else ""
    goes_on = joint == ";" or bool(GOES_ON.match(sent.text))
    carry = [r for r in w.last_rows if r.sent.paragraph == sent.paragraph] if goes_on else []
    return joint, carry


def _give_stages(w: _Walk, sent: Sentence, new_rows: list[Row], joint: str, carry: list[Row]) -> None:
    """The breakdown after ``;`` takes the stage of the total before it; a batch's projects take the batch's."""
    if carry:  # 集中开工项目26个,其中产业项目18个…;基础设施项目8个: the breakdown goes on after ``;``
        stages.give_stage(new_rows, next((r.stage for r in reversed(carry) if r.stage), ""))  # (not a 年度投资 after it)
    else:  # …签约项目30个。工业项目27个、…: a sentence with no stage word after a staged total
        stages.give_stage(new_rows, stages.stage_before(sent.text, [r for r in w.last_projects if r.sent.paragraph == sent.paragraph]))
    if "projects" in [r.indicator for r in new_rows]:
        w.last_projects = new_rows
    w.last_rows = new_rows or (carry if joint == ";" else [])
    gap = sent.paragraph - w.total_stage[0]  # …项目共有12个…。其中产业类6个; 从…类别上看,… (unless a batch is named)
    stages.give_stage(new_rows, w.total_stage[1] if stages.breakdown_of_total(sent.text) and (gap == 0 or gap == 1 and not w.batch_stage) else "")
    w.batch_stage = stages.batch_stage(sent.text, w.batch_stage)
    stages.give_stage(new_rows, w.batch_stage)  # 这批开工项目…。其中,总投资15亿元的…项目: the batch's projects
    staged = [r.stage for r in new_rows if r.stage and r.indicator == "projects"]
    if staged:
        w.total_stage = (sent.paragraph, staged[0])


def _remember_periods(w: _Walk, sent: Sentence, periods: list[Period], figs: list[Figure], subjects: Subjects,
                      inherited: Period | None = None) -> None:
    """``今年以来,…,1至7月,全县…``: the periods a sentence names become the paragraph's, the nearest opening
    its figures first; ``上半年,全市…;汇川区…`` frames the paragraph, ``景凤镇…,去年种植…`` is that town's alone."""
    own = [p for p in periods if not is_comparison(sent.text, p) and p.kind != "target" and p.label not in STOCK_WORDS
           and not qualifies_one(p, inherited, sent.text) and not dates_a_founding(sent.text, p)  # 累计, 余额: their own figure's
           and not of_a_plan(sent.text, p)]
    if not own or (not figs and is_caption(sent.text)) or within_span(inherited, own, figs):
        return
    opening = [p for p in own if (not figs or p.end_pos <= figs[0].start) and p.label not in STOCK_WORDS]
    if opening and opening[-1].kind == "point" and own[-1].kind == "flow" and own[-1].pos > opening[-1].pos:
        opening = own[-1:]  # 截至一季度末,…;一季度,生猪出栏…: the span named last goes on, not the quarter's end
    # …增长15.5%一季度末,生猪存栏…一季度,生猪出栏…;禽蛋产量: with none opening it, the period named last goes on
    w.para_periods = opening[-1:] + [p for p in own if p not in opening] if opening else own[::-1]
    w.para_periods = progress_first(sent.text, own, figs, w.para_periods)
    w.framing = bool(opening) and (not subjects or opening[-1].pos < subjects[0][0])
    years = [p for p in own if p.explicit_year and p.start]
    if years:
        w.ctx_year = int(year_in_force(years[-1])[:4])


def _read_sentence(w: _Walk, a: _Article, sent: Sentence) -> list[Row]:
    """One sentence, in the article's order of things: section, paragraph, heading, subjects, rows, periods."""
    _enter_section(a, sent)
    _open_paragraph(w, a, sent)
    _numbered_heading(w, a, sent)
    w.plan_mode = w.plan_mode or states_aims(sent.text)
    w.topic = topic_of(sent.text) or w.topic
    subjects = find_subjects(a.ctx, sent, a.mentions, a.zones, a.refs, a.text)
    _follow_subjects(w, a, sent, subjects)
    # 一、2023年工作回顾 … 预计全年…: the year of the paragraph, else of the section, resolves 全年 and 一季度
    year = w.ctx_year or (int(w.section.start[:4]) if w.section is not None and w.section.start else None) \
        or (int(a.headline.start[:4]) if a.headline is not None and a.headline.start and a.headline.explicit_year else None)
    inherited = w.para_periods[0] if w.para_periods else (w.section or a.headline)
    if sent.start in a.tables:  # 粮食 | 54300 | 0.37 |: a table's line, read cell by cell
        return rows_of_table_line(SentenceFrame(sent, [], [], inherited, subjects, a.ctx, a.art, w.plan_mode, w.topic), a.tables[sent.start], a.garbled, year)
    periods = find_periods(sent.text, a.art, year) if a.art.year else []
    figs = [f for f in find_figures(sent.text) if is_row(f, sent.text, sent.start, a.garbled)]
    joint, carry = _carry(w, a, sent)
    new_rows = rows_of_sentence(SentenceFrame(sent, figs, periods, inherited, subjects, a.ctx, a.art, w.plan_mode, w.topic, carry))
    _give_stages(w, sent, new_rows, joint, carry)
    _remember_periods(w, sent, periods, figs, subjects, inherited)
    return new_rows


def extract_normalized(text: str, article_id: str, date: str | None = None, place: str | None = None) -> list[dict]:
    """Rows of an already normalized article."""
    a = _open(text, date, place, sents := sentences(text))
    w = _Walk()
    rows: list[Row] = []
    for sent in sents:
        rows.extend(_read_sentence(w, a, sent))
    figures_topics(rows, text)
    stages.give_article_stage(rows, stage := stages.article_stage(text))  # an article about one groundbreaking or signing
    stages.give_list_stage(rows)
    stages.give_parts_stage(rows)
    stages.give_plans_parts(rows)
    restated_places(rows)
    day_carried(rows)
    event_month(rows, text, a.art, a.headline, about_event=bool(stage))
    plans_of_the_year(rows, a.art)
    so_far_this_year(rows, a.art)
    years_of_moves(rows)
    years_of_lists(rows)
    growth_of_the_lead(rows, text, a.art)
    month_unknown(rows, a.art)
    repeated_in_lead(rows, text)
    stages.no_stage_of_status(rows)  # after the periods: a count in a register has happened, it is no list of plans
    return [r.as_dict(article_id, a.art) for r in rows]
