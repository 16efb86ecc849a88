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
from .measures import forecast_as_result, measure_in_sentence, measure_of, sign, times_as_percent
from .normalize import NUMBERED, garbled_spans, normalize, sentences
from .numbers import COUNTER_UNITS, Figure, find_figures
from .period_choice import event_month, headline_period, is_comparison, lead_period, period_for, reported, title_lines
from .periods import ArticleDate, Period, article_date, find_periods, founding_month
from .projects import ends_in_stage, nearest_stage
from .regions import Place, gazetteer
from .schema import COLUMNS, Row
from .subjects import bare, find_sections, find_subjects, names_of, place_for
from .vocabulary import (
    ACTIVITY,
    BATCH,
    CLAUSE,
    COMPLETION,
    LIST_SUFFIX,
    MEASURE_NOUNS,
    PLAN,
    PREDICATE,
    RESIDUE,
    STOCK_WORDS,
    TOPIC,
    VERBS,
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
        topic = _topic(sent.text) or topic
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
    _title_topic(rows, text)
    event_month(rows, text, art, headline)
    return [r.as_dict(article_id, art) for r in rows]


def _title_topic(rows: list[Row], text: str) -> None:
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
        bare = RESIDUE.sub("", _without_places(r.label, [r.place] if r.place else []))
        if not re.sub(r"[\d.()()\[\]:]", "", bare):
            r.indicator = code


def _give_stage(rows: list[Row], stage: str) -> None:
    """Give ``stage`` to the project counts and sums among ``rows`` that name none."""
    for r in rows:
        if stage and r.indicator in ("projects", "project_investment") and not r.stage and r.measure in ("count", "level"):
            r.stage = stage


def _topic(s: str) -> str:
    m = TOPIC.match(s)
    return (m.group(1) or m.group(2)) if m else ""


def _indicator(f: Figure, pre: str, post: str, prev: Row | None, sentence_before: str, clause_rest: str = "") -> tuple[str, str]:
    """(indicator code, label) for a figure from the words around it."""
    unit = f.unit
    if f.kind == "rank":  # 增速居宿迁市第一: the ranking's frame is not part of the label
        pre = re.sub(r"(?<=[居排列])全?[\u4e00-\u9fff]{1,6}?(?:省|市|州|盟|县|区)(?:各[县市区乡镇]{1,3})?", "",
                     re.sub(r"\([^()]*\)", "", pre))
    if f.kind == "rank" and prev is not None and re.fullmatch(r"(?:完成率|完成进度|增速|增幅|总量|排名)?[排居列位于在]*", pre):
        return prev.indicator, _ranked(prev, f, pre)  # 完成…的43.9%,完成率排全市第一位
    label_pre = pre.split("占")[0] if "占" in pre else pre
    label_pre = re.sub(r"^(?:其中|同时|另外|此外|全年|共有|共|累计|实现)", "", label_pre)
    counter = unit in COUNTER_UNITS or unit == "人次"
    post_noun = _head_noun(post) if counter else ""
    if counter and re.match(r"^(?:总投资|计划投资|投资)", post_noun) and clause_rest:
        m = re.search(r"项目", clause_rest) or re.search(r"企业", clause_rest)  # 16个总投资28.7亿元的…技改项目
        post_noun = clause_rest[: m.end()] if m else clause_rest
    if counter and post_noun.strip():
        pre_words = _trim_label(label_pre)
        code, _ = ind.match_indicator(post_noun, unit)
        if not code:  # 新增入库的68家企业: a modifier right before the figure names it
            code, end = ind.match_indicator(pre_words, unit)
            code = code if end >= len(pre_words.rstrip("的")) else ""
        label = (pre_words + post_noun) if len(pre_words) <= 8 else post_noun
    else:
        code, _ = ind.match_indicator(label_pre, unit)
        label = _trim_label(label_pre)
    if not code and prev is not None and "占" in pre and not label_pre.strip():
        return prev.indicator, prev.label  # 电子信息产业增加值增长15.3%,占…的比重为41.6%
    if not code and prev is not None and len(RESIDUE.sub("", pre)) <= 1 and not (counter and post_noun.strip()):
        return prev.indicator, _ranked(prev, f, pre)
    if not code and prev is not None and re.search(r"完成率$", _trim_label(label_pre)):
        return prev.indicator, _trim_label(label_pre)  # 已完成投资61.3亿元,投资完成率40.2%
    group = re.fullmatch(r"(?:其中)?(城镇|农村)(?:常住)?居民", _trim_label(label_pre))
    if not code and group and prev is not None and prev.indicator in ("resident_income", "urban_income", "rural_income"):
        code = "urban_income" if group.group(1) == "城镇" else "rural_income"  # 居民人均可支配收入…,其中城镇居民24560元
        return code, ind.catalogue()[code].name_zh
    if not code and unit == "百分点" and prev is not None and re.match(r"(?:增速|增幅|降幅|涨幅)?(?:比|较|快于|高于|低于|慢于|超过|超出)", pre):
        return prev.indicator, prev.label  # 增长7.2%,快于城镇居民1.8个百分点: how far the figure before is ahead
    if not code and unit in ind.RELATIVE_UNITS:
        if prev is not None and len(RESIDUE.sub("", pre)) <= 2:
            return prev.indicator, _ranked(prev, f, pre)
        if prev is None and len(RESIDUE.sub("", pre)) <= 2:
            code, _ = ind.match_indicator(sentence_before[-40:], unit)
    if not code and counter and unit in ("个", "项") and re.fullmatch(r"(?:已|新|累计|共)?(?:开工|签约|竣工|投产|开工建设|竣工投产|落地)", label_pre.strip(",、 ")):
        code = "projects"  # …重点项目120个。截至目前,已开工98个: the projects just named
    if not code and unit in ("亩", "公顷") and not re.search(r"用地|征地|占地|供地|拆迁|厂区|厂房|建筑面积|盘活|森林面积|林地|草原|湿地|水域|耕地保有|土地|出让|地块", label_pre + post):
        code = "planting_area"  # crops and orchards; not land for building
    if code == "projects" and re.search(r"项目\)?(?:工作|小组|专班|指挥部|单位|业主|现场|负责人|管理|建设单位|问题)", label + post):
        code = ""
    if code.startswith(("enterprises", "high_tech")) and ACTIVITY.search(label):
        code = ""  # 服务“四上”企业1443家, 高新技术企业申报13家: enterprises served or applying, not the stock
    if code == "projects" and unit == "%" and not COMPLETION.search(pre) and not re.search(r"占[^,;]*项目", pre):
        code = ""  # the share of one project's works is not a project count
    if code and code != "other" and not RESIDUE.sub("", label):
        label = ind.catalogue()[code].name_zh  # the figure's own words are only 达 / 为: name what it measures
    return code or "other", label or pre


def _ranked(prev: Row, f: Figure, pre: str) -> str:
    """The label of a figure continuing ``prev``: a rank of a growth rate says 增速, a rank of a total does not."""
    if f.kind != "rank":
        return prev.label
    speed = "增" in pre or (prev.measure == "growth" and not re.search(r"总量|规模|完成率", pre))
    return prev.label + ("增速" if speed else "")


def _head_noun(post: str) -> str:
    """The noun a counter figure counts when written after it: ``68家企业``, ``13个…“千企技改”项目``."""
    if not re.match(r"[\u4e00-\u9fff“\"《(]", post):
        return ""  # 22个、计划投资: the figure ends its phrase
    noun = re.split(r"[,;:、。!?…]", post)[0].strip()
    return PREDICATE.split(noun, maxsplit=1)[0] or noun


def _strip_verbs(s: str) -> str:
    return VERBS.sub("", s)


def _trim_label(s: str) -> str:
    period = r"(?:(?:19|20)\d\d年)?(?:\d{1,2}(?:-|至|—)\d{1,2}月(?:份)?|上半年|前三季度|[一二三四]季度|\d{1,2}月份?)"
    words = r"(?:今年以来|去年以来|今年|去年|全年|本月|当月|目前|截至目前|年末|其中|力争|确保|争取|预计|将)"
    s = re.sub(rf"^(?:{period}|{words}|全县|全市|全区|全省|全镇|全乡|该县|该市|该省)+", "", s.strip())  # 全县1-6月…, 今年全县…
    return _strip_verbs(s).strip("、 ,“”").lstrip(")、,等的")


def _list_run(s: str, f: Figure, figs: list[Figure]) -> tuple[int, list[Figure], int] | None:
    """``…分别增长x%、y%``: (position of 分别, the figures listed after it, start of its clause) if f is one."""
    k = s.rfind("分别", 0, f.start)
    if k < 0:
        return None
    run = [g for g in figs if g.start > k and g.kind == "amount"]
    seq: list[Figure] = []
    for g in run:
        gap = s[(seq[-1].end if seq else k + 2) : g.start]
        if seq and not re.fullmatch(r"[、和及与,]?", gap):
            break
        if not seq and not re.fullmatch(r"[\u4e00-\u9fff]{0,4}", gap):
            break
        seq.append(g)
    if f not in seq or len(seq) < 2:
        return None
    cs = 0
    for m in CLAUSE.finditer(s, 0, k):
        cs = m.end()
    return k, seq, cs


def _list_labels(s: str, f: Figure, run: tuple[int, list[Figure], int] | None) -> list[str] | None:
    """``A、B、C分别增长x%、y%、z%``: the item labels of a 分别 list containing f."""
    if run is None:
        return None
    k, seq, cs = run
    head = re.sub(r"第([一二三])、第?([一二三])(?:(?:、|和)第?([一二三]))?产业",  # 第一、二、三产业: three industries
                  lambda m: "、".join(f"第{x}产业" for x in m.groups() if x), s[cs:k])
    items = [x for x in re.split(r"[、和及与]", head) if x]
    if len(items) == 1 and "城乡居民" in items[0] and len(seq) == 2:
        items = [items[0].replace("城乡居民", "城镇居民"), items[0].replace("城乡居民", "农村居民")]
    if len(items) != len(seq):
        return None
    last = items[-1]
    suffix = next((x for x in LIST_SUFFIX if last.endswith(x)), "")
    # 工业、农业增加值: 工业 takes the shared noun; 旅游接待人次和旅游收入: 人次 is a measure already
    items = [it if not suffix or it.endswith(suffix) or it.endswith(MEASURE_NOUNS) else it + suffix for it in items]
    return [items[seq.index(f)]]


def _listed_places(s: str, f: Figure, run: tuple[int, list[Figure], int] | None, subjects: list[tuple[int, Place]]) -> tuple[Place, str] | None:
    """``麒麟区、陆良县规模以上工业增加值分别增长13.5%、12.8%``: f's own place and the shared label."""
    if run is None:
        return None
    k, seq, cs = run
    places = [(pos, p) for pos, p in subjects if cs <= pos < k]
    if len(places) != len(seq):
        return None
    gaps = [s[a[0] : b[0]] for a, b in zip(places, places[1:], strict=False)]
    if not all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}[、和与及]", g) for g in gaps):
        return None  # the places must be listed one after another
    tail = s[places[-1][0] : k]
    label = re.sub(r"^[\u4e00-\u9fff]{0,12}?(?:县|区|市|旗|镇|乡)", "", tail, count=1)
    return places[seq.index(f)][1], label


def _previous_pairs(s: str, f: Figure, run: tuple[int, list[Figure], int] | None, rows: list[Row]) -> Row | None:
    """``接待游客1630万人次,实现旅游收入142.6亿元,分别增长22.4%、19.7%``: the row f's growth belongs to."""
    if run is None:
        return None
    k, seq, cs = run
    if s[cs:k].strip() and not re.fullmatch(r"[\u4e00-\u9fff]{0,2}", s[cs:k]):
        return None
    earlier: list[Row] = []
    for r in rows:
        if r.fig.end <= cs and r.fig not in seq:
            if earlier and (earlier[-1].indicator, earlier[-1].label) == (r.indicator, r.label):
                earlier.pop()  # 收入逾百亿元,达到102.6亿元: one figure said twice pairs once
            earlier.append(r)
    if len(earlier) < len(seq):
        return None
    return earlier[-len(seq) :][seq.index(f)]


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
        run = _list_run(s, f, figs)  # f in a 分别 list, read once for the rules below
        listed = _list_labels(s, f, run)
        own_place: Place | None = None
        before_sent = s[: f.start]
        measure = measure_in_sentence(measure_of(f, pre, post, before_sent, prev), pre, before_sent, plan_mode, carry)
        if f.kind == "structure" and "三次产业" in s:
            k = [g for g in figs if g.kind == "structure"].index(f)
            code, label = ("primary_va", "secondary_va", "tertiary_va")[k % 3], f"三次产业结构(第{'一二三'[k % 3]}产业)"
        elif (listed_place := _listed_places(s, f, run, subjects)) is not None:
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
        elif (pair := _previous_pairs(s, f, run, rows)) is not None:
            code, label = pair.indicator, pair.label
        elif listed:
            code, _ = ind.match_indicator(listed[0], f.unit)
            code, label = code or "other", listed[0]
            if code == "other" and re.search(r"业(增加值|产值)?$", label) and f.unit in ("%", "元"):
                code = "industry_output"
        else:
            code, label = _indicator(f, pre, post, prev, s[: f.start], s[f.end : clause_end])
            works = re.search(r"(?:工程|主体|土建|厂房|形象进度)的$", pre)  # 已完成主体工程的85%: the works, not money
            if code == "other" and measure == "share" and prev is not None and COMPLETION.search(pre) and not works:
                code, label = prev.indicator, prev.label + pre
            elif code == "other" and topic and not bare(pre, subjects) and (named := ind.match_indicator(topic, f.unit)[0]):
                code, label = named, topic  # 固定资产投资方面,…,其中播州区增长12.5%
            elif code == "other" and (last := _same_measure([*carry, *rows], measure)) is not None \
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
        label = _without_places(label, [p for _pos, p in subjects] + [r.place for r in carry if r.place]) or label
        if code == "project_investment" and re.search(r"[()、,了]", label):
            label = ind.last_phrase(label, code) or label  # 光伏组件项目(总投资5亿元): the sum, not the sentence
        place = own_place or place_for(f, subjects, ctx)
        targets = _rank_fanout(s, f, figs, rows, code, label) if f.kind == "rank" else [(code, label)]
        places = _each_place(s, f, subjects) or [place]
        for c, lab in targets:
            for pl in places:
                rows.append(Row(f, sent, lab, c, measure, period, stage, pl))
        prev = rows[-1] if rows else prev
    return rows


def _without_places(label: str, places: list[Place]) -> str:
    """``长沙市地区生产总值`` → ``地区生产总值``: the place is the row's region, not part of what it measures."""
    for p in places:
        for name in names_of(p):
            if label.startswith(name):
                label = label[len(name) :]
    return re.sub(r"^(?:实现|的)", "", label)


def _same_measure(rows: list[Row], measure: str) -> Row | None:
    """The last catalogued row of ``measure``: what a place-only figure (``株洲市1800亿元``) continues."""
    return next((r for r in reversed(rows) if r.measure == measure and r.indicator != "other"), None)


def _each_place(s: str, f: Figure, subjects: list[tuple[int, Place]]) -> list[Place]:
    """``广丰区、玉山县增速均超过10%``: places listed one after another with ``均`` share the figure."""
    cs, _ = clause_bounds(s, f, [])
    if "均" not in s[cs : f.start]:
        return []
    listed = [(pos, p) for pos, p in subjects if cs <= pos < f.start]
    if len(listed) < 2:
        return []
    gaps = [s[a[0] : b[0]] for a, b in zip(listed, listed[1:], strict=False)]
    if not all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}[、和与及]", g) for g in gaps):
        return []
    return [p for _pos, p in listed]


def _rank_fanout(s: str, f: Figure, figs: list[Figure], rows: list[Row], code: str, label: str) -> list[tuple[str, str]]:
    """``均列全市第一`` after a list, ``三项指标…均居``, ``A、B居…首位``: one rank row per item."""
    cs, _ = clause_bounds(s, f, [])
    clause = s[cs : f.start]
    m = re.search(r"([两二三四五六2-6])项指标", clause)
    if m:
        n = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}.get(m.group(1)) or int(m.group(1))
        growth = [r for r in rows if r.measure == "growth"][-n:]
        if len(growth) == n:
            return [(r.indicator, r.label + "增速") for r in growth]
    if "均" in clause:
        listed = [r for r in rows if r.measure == "growth" and s.rfind("分别", 0, r.fig.start) >= 0]
        if len(listed) >= 2:
            return [(r.indicator, r.label + "增速") for r in listed]
    head = re.split(r"(?:排名|排在|排|居于|居|位居|位列|列|名列)", clause)[0]
    items = [x for x in head.split("、") if x.strip()]
    if len(items) >= 2 and all(len(x) <= 12 for x in items):
        out = []
        for it in items:
            c, _ = ind.match_indicator(it, "%")
            out.append((c or "other", it + "排名"))
        return out
    return [(code, label)]


