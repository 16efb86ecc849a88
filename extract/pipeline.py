"""From one article's text to the rows of the indicators table (SCHEMA.md).

Owns: walking an article sentence by sentence, deciding which figures are rows, and attaching
to each its place, indicator, label, measure, period, project stage and source sentence.
Pure: text in, rows out; reading files and writing tables live in ``io``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import indicators as ind
from .article_place import main_place
from .clauses import clause_bounds, label_parts
from .context import PlaceContext, find_zones, reference_spans
from .figures_kept import is_row
from .labels import indicator_of, title_topic, topic_of, without_places
from .lists import each_place, list_labels, list_run, listed_places, previous_pairs, rank_fanout, same_measure
from .measures import forecast_as_result, measure_in_sentence, measure_of, sign, times_as_percent
from .normalize import NUMBERED, garbled_spans, normalize, sentences
from .numbers import find_figures
from .period_choice import event_month, headline_period, is_comparison, lead_period, period_for, reported
from .periods import ArticleDate, Period, article_date, find_periods, founding_month
from .projects import ends_in_stage, nearest_stage
from .regions import Place, gazetteer
from .schema import COLUMNS, Row
from .subjects import bare, find_sections, find_subjects, place_for
from .vocabulary import (
    BATCH,
    COMPLETION,
    PLAN,
    STOCK_WORDS,
)

__all__ = ["COLUMNS", "Row", "extract_normalized", "extract_text"]


def extract_text(raw: str, article_id: str = "article", date: str | None = None, place: str | None = None) -> tuple[str, list[dict]]:
    """Normalize one article and return (normalized text, rows as dicts)."""
    text = normalize(raw)
    return text, extract_normalized(text, article_id, date=date, place=place)


def extract_normalized(text: str, article_id: str, date: str | None = None, place: str | None = None) -> list[dict]:
    """Rows of an already normalized article."""
    art = article_date(text, date)
    art = replace(art, founded=founding_month(text, art))
    gaz = gazetteer()
    mentions = gaz.mentions(text)
    ctx = PlaceContext(gaz)
    zones = find_zones(text, mentions)
    ctx.learn_zone_names(zones)
    ctx.article = main_place(text, mentions, ctx, place)
    garbled = garbled_spans(text)
    refs = reference_spans(text)
    sections = find_sections(text, mentions, ctx)
    rows: list[Row] = []
    para = -1
    para_periods: list[Period] = []
    ctx_year: int | None = None
    plan_mode = False
    framing = False  # the paragraph's period opens it, before any place: it frames every place after it
    topic = ""
    batch_stage = ""  # ``这批开工项目``: the stage of the batch a paragraph is about
    last_subject: Place | None = None
    headline = headline_period(text, art) or lead_period(text, art) or reported(text, art)
    section: Period | None = None  # ``一、2024年工作回顾``: a numbered heading's period covers its section
    section_plan = False  # ``二、2025年主要目标``: what the section states are aims
    last_rows: list[Row] = []  # the rows of the sentence before, for one joined to it by ``;``
    for sent in sentences(text):
        while sections and sections[0][0] <= sent.start:
            ctx.section = sections.pop(0)[1]
            ctx.last_zone = ctx.section if ctx.section and ctx.section.level == "zone" else None
        if sent.paragraph != para:
            para = sent.paragraph
            if not sent.text.startswith(("其中", "此外")):  # 其中,新开工项目38个…: the paragraph before goes on
                para_periods = []
            last_subject = ctx.last_town = ctx.paragraph = None
            ctx_year = None
            plan_mode = section_plan
            topic = ""
            batch_stage = ""
        if NUMBERED.match(sent.text) and len(sent.text) <= 30:
            spans = [p for p in find_periods(sent.text, art) if p.start and p.kind in ("flow", "since")] if art.year else []
            section = spans[-1] if spans else None
            section_plan = bool(re.search(r"主要目标|预期目标|目标任务|工作安排", sent.text)) and "完成情况" not in sent.text
        plan_mode = plan_mode or bool(PLAN.search(sent.text))
        topic = topic_of(sent.text) or topic
        subjects = find_subjects(ctx, sent, mentions, zones, refs, text)
        new_place = subjects and subjects[0][0] <= 1 and subjects[0][1] is not last_subject and last_subject is not None
        if new_place and not framing:
            para_periods = []  # ``…去年种植…;赤石桥乡将…``: a sentence about another place starts afresh
        if subjects:
            last_subject = subjects[-1][1]
        if subjects and subjects[0][0] == 1 and re.match(r"在[^,;。]{2,14}?[,]", sent.text) and ctx.paragraph is None:
            ctx.paragraph = subjects[0][1]  # ``在高兴镇,…``: the place frames its paragraph
        periods = find_periods(sent.text, art, ctx_year) if art.year else []
        figs = [f for f in find_figures(sent.text) if is_row(f, sent.text, sent.start, garbled)]
        inherited = para_periods[0] if para_periods else (section or headline)
        joint = text[sent.start - 1 : sent.start] if sent.start else ""
        carry = [r for r in last_rows if r.sent.paragraph == sent.paragraph] if joint == ";" else []
        new_rows = _rows_of_sentence(sent, figs, periods, inherited, subjects, ctx, art, plan_mode, topic, carry)
        if carry:  # 集中开工项目26个,其中产业项目18个…;基础设施项目8个: the breakdown goes on after ``;``
            _give_stage(new_rows, carry[-1].stage)
        last_rows = new_rows or (carry if joint == ";" else [])
        batch = BATCH.search(sent.text)
        batch_stage = nearest_stage(batch.group(), "") if batch else batch_stage
        _give_stage(new_rows, batch_stage)  # 这批开工项目…。其中,总投资15亿元的…项目: the batch's projects
        rows.extend(new_rows)
        own = [p for p in periods if not is_comparison(sent.text, p) and p.kind != "target"]
        if own:
            # 今年以来,…,1至7月,全县…: of the periods opening the sentence, the nearest to its figures rules
            opening = [p for p in own if (not figs or p.end_pos <= figs[0].start) and p.label not in STOCK_WORDS]
            para_periods = opening[-1:] + [p for p in own if p not in opening] if opening else own
            # ``上半年,全市…;汇川区…`` frames the paragraph; ``景凤镇…,去年种植…`` is that town's alone
            framing = bool(opening) and (not subjects or opening[-1].pos < subjects[0][0])
            years = [p for p in own if p.explicit_year and p.start]
            if years:
                ctx_year = int(years[-1].start[:4])
    title_topic(rows, text)
    event_month(rows, text, art, headline)
    return [r.as_dict(article_id, art) for r in rows]


def _give_stage(rows: list[Row], stage: str) -> None:
    """Give ``stage`` to the project counts and sums among ``rows`` that name none."""
    for r in rows:
        if stage and r.indicator in ("projects", "project_investment") and not r.stage and r.measure in ("count", "level"):
            r.stage = stage


def _rows_of_sentence(sent, figs, periods, inherited, subjects, ctx: PlaceContext, art: ArticleDate, plan_mode: bool = False,
                      topic: str = "", carry: list[Row] | None = None) -> list[Row]:
    """Rows of one sentence; ``carry`` holds the rows of the sentence a ``;`` joins this one to."""
    carry = carry or []
    s = sent.text
    rows: list[Row] = []
    prev: Row | None = None
    spread: list[Place] = []  # the places of the sentence's last 分别 list, for a second list after it
    for f in figs:
        pre, post = label_parts(s, f, figs)
        times_as_percent(f, pre)
        clause_start, clause_end = clause_bounds(s, f, [])
        run = list_run(s, f, figs)  # f in a 分别 list, read once for the rules below
        listed = list_labels(s, f, run)
        own_place: Place | None = None
        before_sent = s[: f.start]
        measure = measure_in_sentence(measure_of(f, pre, post, before_sent, prev), pre, before_sent, plan_mode, carry)
        if f.kind == "structure" and "三次产业" in s:
            k = [g for g in figs if g.kind == "structure"].index(f)
            code, label = ("primary_va", "secondary_va", "tertiary_va")[k % 3], f"三次产业结构(第{'一二三'[k % 3]}产业)"
        elif (listed_place := listed_places(s, f, run, subjects)) is not None:
            own_place, label = listed_place
            code, _ = ind.match_indicator(label, f.unit)
            code = code or "other"
            spread = [*spread, own_place] if spread and rows and rows[-1].place is not own_place else [own_place]
        elif spread and run is not None and len(run[1]) == len(spread) and rows:
            # A、B、C…分别为x、y和z,分别增长p、q和r: the second list follows the same places
            own_place = spread[run[1].index(f)]
            same = [r for r in rows if r.place is own_place]
            code, label = (same[-1].indicator, same[-1].label) if same else (rows[-1].indicator, rows[-1].label)
        elif prev is not None and pre.endswith("(") and s[prev.fig.end : prev.fig.end + 1] == ")" \
                and not bare(pre.rstrip("("), subjects).strip(")、和及与"):
            code, label, measure = prev.indicator, prev.label, prev.measure  # …的是广丰区(7.2%)、玉山县(6.8%)
        elif (pair := previous_pairs(s, f, run, rows)) is not None:
            code, label = pair.indicator, pair.label
        elif listed:
            code, _ = ind.match_indicator(listed[0], f.unit)
            code, label = code or "other", listed[0]
            if code == "other" and re.search(r"业(增加值|产值)?$", label) and f.unit in ("%", "元"):
                code = "industry_output"
        else:
            code, label = indicator_of(f, pre, post, prev, s[: f.start], s[f.end : clause_end])
            works = re.search(r"(?:工程|主体|土建|厂房|形象进度)的$", pre)  # 已完成主体工程的85%: the works, not money
            if code == "other" and measure == "share" and prev is not None and COMPLETION.search(pre) and not works:
                code, label = prev.indicator, prev.label + pre
            elif code == "other" and topic and not bare(pre, subjects) and (named := ind.match_indicator(topic, f.unit)[0]):
                code, label = named, topic  # 固定资产投资方面,…,其中播州区增长12.5%
            elif code == "other" and (last := same_measure([*carry, *rows], measure)) is not None \
                    and not bare(pre, subjects) \
                    and any((clause_start if not re.fullmatch(r"达到?|为", pre) else 0) <= pos < f.start for pos, _p in subjects):
                code, label = last.indicator, last.label  # 全市…增长7.1%,分县看,广丰区增长9.2%;玉山县增长8.6%
        sign(f, measure, pre)
        period = period_for(f, s, periods, inherited, measure, art)
        measure = forecast_as_result(measure, f, pre, post, before_sent, prev, period, art)
        stage = ""
        if code in ("projects", "project_investment") and measure == "share" and prev is not None and prev.stage:
            stage = prev.stage
        elif code in ("projects", "project_investment"):
            # 31个重点项目已开工28个: a stage verb right before the next figure is that figure's
            nxt = next((g for g in figs if g.start >= f.end), None)
            joined = nxt is not None and not re.search(r"[,;:、]", s[f.end : nxt.start])
            after = "" if joined and ends_in_stage(post) else post
            stage = nearest_stage(s[clause_start : f.start], after) or nearest_stage(s[: f.start], "")
        if code == "project_investment" and run is not None:
            staged = [r for r in rows if r.indicator == "projects" and r.stage and r.fig.end <= run[0]]
            if len(staged) >= len(run[1]):  # 签约…20个、开工…15个,总投资分别为120亿元、80亿元: in the same order
                stage = staged[-len(run[1]) :][run[1].index(f)].stage
        label = without_places(label, [p for _pos, p in subjects] + [r.place for r in carry if r.place]) or label
        if code == "project_investment" and re.search(r"[()、,了]", label):
            label = ind.last_phrase(label, code) or label  # 光伏组件项目(总投资5亿元): the sum, not the sentence
        place = own_place or place_for(f, subjects, ctx)
        targets = rank_fanout(s, f, figs, rows, code, label) if f.kind == "rank" else [(code, label)]
        places = each_place(s, f, subjects) or [place]
        for c, lab in targets:
            for pl in places:
                rows.append(Row(f, sent, lab, c, measure, period, stage, pl))
        prev = rows[-1] if rows else prev
    return rows


