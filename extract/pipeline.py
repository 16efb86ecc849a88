"""From one article's text to the rows of the indicators table (SCHEMA.md).

Owns: walking an article sentence by sentence, deciding which figures are rows, and attaching
to each its place, indicator, label, measure, period, project stage and source sentence.
Pure: text in, rows out; reading files and writing tables live in ``io``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import indicators as ind
from .context import PlaceContext, find_zones, is_byline, reference_spans
from .normalize import Sentence, garbled_spans, normalize, sentences
from .numbers import COUNTER_UNITS, Figure, find_figures
from .periods import ArticleDate, Period, article_date, find_periods
from .projects import nearest_stage
from .regions import Place, gazetteer

COLUMNS = [
    "article_id", "region", "region_code", "region_level", "province", "prefecture", "indicator", "label",
    "measure", "value", "unit", "approx", "period_start", "period_end", "period_label", "stage", "sentence",
    "start", "end", "date_source", "article_date",
]

_CLAUSE = re.compile(r"[,;:，；：]")
_GROWTH = re.compile(r"(增长|增速|增幅|同比|环比|上涨|提高|下降|回落|减少|下滑|降低|减|增|涨)")
_FALL = re.compile(r"(下降|回落|减少|下滑|降低|缩小|负增长|减)")
_SHARE = re.compile(r"(占|比重|比例|率|完成[^,;]{0,12}的$|已?完成$|提高至|提升至|达到?$|为$)")
_CHANGE = re.compile(r"比(?:上年末|年初|上年|去年末|上年同期|去年)(增加|减少|净增|净减|增长|下降|多|少)$|^较上年")
_TARGET = re.compile(
    r"力争|争取|目标|预计|预期|达产后|建成后|规划|计划到|年度计划投资|计划完成年度投资|"
    r"将(?:新增|实现|达到|带动|突破|形成|建成|超过|达|提供|新开工|完成|打造|培育|新建|引进|签约)|打造|到20\d\d年"
)
_THRESHOLD_AFTER = re.compile(r"^(?:以上|及以上)?(?:的)?(?:工业|产业|重点|重大|招商|外资|新建|新开工)?(?:项目|企业)")
_NAME_CAPACITY_AFTER = re.compile(r"^[^,;。的]{0,16}项目")
_NAME_CAPACITY_BEFORE = re.compile(r"(?:年产|年处理|年加工|年出栏|年吞吐|年产能|日产|年发电|年储)$")
_CAPACITY_UNITS = {"吨", "千瓦", "兆瓦", "立方米", "只", "头", "件", "台", "套", "辆", "平方米", "亩", "千瓦时", "标箱"}
_LIST_SUFFIX = ("增加值", "总产值", "产值", "投资", "收入", "增速", "产量", "面积")
_DURATION_AFTER = re.compile(r"^(?:来|以来|时间|期间)")


@dataclass
class Row:
    fig: Figure
    sent: Sentence
    label: str
    indicator: str
    measure: str
    period: Period | None
    stage: str
    place: Place | None

    def as_dict(self, article_id: str, date: ArticleDate) -> dict:
        p = self.place
        value = self.fig.value
        return {
            "article_id": article_id,
            "region": p.name if p else "",
            "region_code": p.code if p else "",
            "region_level": p.level if p else "",
            "province": p.province if p else "",
            "prefecture": (p.prefecture if p and p.level != "province" else ""),
            "indicator": self.indicator,
            "label": self.label,
            "measure": self.measure,
            "value": round(value, 6),
            "unit": self.fig.unit,
            "approx": self.fig.approx,
            "period_start": self.period.start if self.period else "",
            "period_end": self.period.end if self.period else "",
            "period_label": self.period.label if self.period else "",
            "stage": self.stage,
            "sentence": self.sent.text,
            "start": self.sent.start + self.fig.start,
            "end": self.sent.start + self.fig.end,
            "date_source": date.how,
            "article_date": date.ym if date.year else "",
        }


def extract_text(raw: str, article_id: str = "article", date: str | None = None, place: str | None = None) -> tuple[str, list[dict]]:
    """Normalize one article and return (normalized text, rows as dicts)."""
    text = normalize(raw)
    return text, extract_normalized(text, article_id, date=date, place=place)


def extract_normalized(text: str, article_id: str, date: str | None = None, place: str | None = None) -> list[dict]:
    """Rows of an already normalized article."""
    art = article_date(text, date)
    if not art.year:
        art = ArticleDate(0, 0, "unknown")
    gaz = gazetteer()
    mentions = gaz.mentions(text)
    ctx = PlaceContext(gaz)
    ctx.article = _main_place(text, mentions, ctx, place)
    ctx.section = ctx.article
    zones = find_zones(text, mentions)
    garbled = garbled_spans(text)
    refs = reference_spans(text)
    rows: list[Row] = []
    para = -1
    para_periods: list[Period] = []
    para_text_start = 0
    lines = text.split("\n")
    line_starts = []
    pos = 0
    for ln in lines:
        line_starts.append(pos)
        pos += len(ln) + 1
    for sent in sentences(text):
        if sent.paragraph != para:
            para = sent.paragraph
            para_periods = []
            ctx.paragraph = None
            para_text_start = line_starts[para] if para < len(line_starts) else sent.start
            line = lines[para] if para < len(lines) else ""
            _open_section(ctx, line, para_text_start, mentions, text)
        subjects = _subjects(ctx, sent, mentions, zones, refs, text)
        periods = find_periods(sent.text, art) if art.year else []
        figs = [f for f in find_figures(sent.text) if _is_row(f, sent.text, sent.start, garbled)]
        sent_rows = _rows_of_sentence(sent, figs, periods, para_periods, subjects, ctx)
        rows.extend(sent_rows)
        if subjects:
            last = subjects[-1][1]
            if last.level in ("township", "zone", "county", "prefecture"):
                ctx.paragraph = last
        para_periods.extend(p for p in periods if not _is_comparison(sent.text, p))
    return [r.as_dict(article_id, art) for r in rows]


# ------------------------------------------------------------------ places


def _main_place(text: str, mentions, ctx: PlaceContext, given: str | None) -> Place | None:
    gaz = ctx.gaz
    if given:
        cands = gaz.lookup(given)
        if cands:
            return cands[0]
    counts: dict[Place, float] = {}
    head = min(len(text), 600)
    for m in mentions:
        if m.candidates[0].level not in ("county", "prefecture"):
            continue
        if len(m.candidates) > 1 and m.short:
            continue
        p = m.candidates[0]
        w = 3.0 if m.start < head else 1.0
        counts[p] = counts.get(p, 0) + w
    if not counts:
        provs = [m.candidates[0] for m in mentions if m.candidates[0].level == "province"]
        return provs[0] if provs else None
    return max(counts, key=lambda p: counts[p])


def _open_section(ctx: PlaceContext, line: str, line_start: int, mentions, text: str) -> None:
    """A headline or byline naming a county or city opens a section about it."""
    short_line = len(line) <= 40
    lead = [m for m in mentions if line_start <= m.start < line_start + (len(line) if short_line else 12)]
    if not lead:
        return
    places = [ctx.resolve(m, text) for m in lead]
    places = [p for p in places if p is not None and p.level in ("county", "prefecture")]
    if not places:
        return
    if short_line and (is_byline(line) or len(places) == 1):
        ctx.section = places[-1]
        ctx.last_zone = None
    elif not short_line and places[0].level == "county":
        ctx.section = places[0]


def _subjects(ctx: PlaceContext, sent: Sentence, mentions, zones, refs, text: str) -> list[tuple[int, Place]]:
    """(offset in sentence, place) of every place the sentence names as a subject, in order."""
    out: list[tuple[int, Place]] = []
    s0, s1 = sent.start, sent.end
    zone_spans = [(s, e) for s, e, _ in zones if s0 <= s < s1]
    for m in mentions:
        if not (s0 <= m.start < s1):
            continue
        if any(s <= m.start < e for s, e in zone_spans):
            continue
        before = text[max(s0, m.start - 3) : m.start]
        if re.search(r"(?:排|居|列|在|于|高于|低于|全)$", before) and m.candidates[0].level == "province":
            continue
        after = text[m.end : m.end + 3]
        if re.match(r"^(?:产品|人|籍|企业|集团|公司|银行|大学|籍)", after):
            continue
        p = ctx.resolve(m, text)
        if p is None or p.level == "province" and re.match(r"^(?:第|省委|区党委|科技厅|层面)", after):
            continue
        if p is not None and p.level == "province" and ctx.current() is not None and ctx.current().level != "province":
            continue
        if p is not None:
            out.append((m.start - s0, p))
    for s, e, name in zones:
        if s0 <= s < s1:
            frame = ctx.current()
            zp = ctx.zones.get(name) or ctx.zone_place(name, frame)
            ctx.zones[name] = zp
            ctx.last_zone = zp
            out.append((s - s0, zp))
    for s, e, kind in refs:
        if s0 <= s < s1:
            p = ctx.reference(kind)
            if p is not None:
                out.append((s - s0, p))
    out.sort(key=lambda t: t[0])
    return out


# ------------------------------------------------------------------ which figures are rows


def _is_row(f: Figure, s: str, offset: int, garbled: list[tuple[int, int]]) -> bool:
    a = offset + f.start
    if any(gs <= a < ge for gs, ge in garbled):
        return False
    before = s[max(0, f.start - 4) : f.start]
    after = s[f.end : f.end + 20]
    if f.kind == "amount":
        if before.endswith("第"):
            return False
        if _DURATION_AFTER.match(after) and f.unit in ("个",):
            return False
        if f.unit in ind.MONEY and (f.approx == "over" or before.endswith(("超", "过"))) and _THRESHOLD_AFTER.match(after):
            return False
        if f.unit in ind.MONEY and _THRESHOLD_AFTER.match(after) and re.match(r"^(?:以上|及以上)", after):
            return False
        if f.unit in _CAPACITY_UNITS and (_NAME_CAPACITY_BEFORE.search(before) or _NAME_CAPACITY_AFTER.match(after)):
            return False
        if f.chinese and f.unit in COUNTER_UNITS:
            return False
    return True


# ------------------------------------------------------------------ attributes


def _clause_bounds(s: str, f: Figure, figs: list[Figure]) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE.finditer(s, 0, f.start):
        start = m.end()
    for g in figs:
        if g.end <= f.start and g.end > start and g is not f:
            start = g.end
    m = _CLAUSE.search(s, f.end)
    end = m.start() if m else len(s)
    return start, end


def _label_parts(s: str, f: Figure, figs: list[Figure]) -> tuple[str, str]:
    cs, ce = _clause_bounds(s, f, figs)
    pre = s[cs : f.start]
    nxt = [g.start for g in figs if g.start >= f.end]
    post_end = min([ce] + nxt)
    post = s[f.end : post_end]
    return pre, post


def _measure(f: Figure, pre: str, post: str, before_sent: str, prev: Row | None) -> str:
    if f.kind == "rank":
        return "rank"
    if f.kind == "ratio":
        return "ratio"
    if f.kind == "structure":
        return "share"
    if f.unit == "百分点":
        return "pp"
    share_done = bool(re.search(r"完成[^,;]{0,14}的$|已?完成$|完成率", pre))
    if f.unit == "%" and share_done:
        return "share"
    if _is_target(before_sent, pre, post):
        return "target"
    if f.unit == "%":
        if re.search(r"占|比重|比例|率", pre) and not re.search(r"增长|增速", pre[-4:]):
            return "share"
        if _GROWTH.search(pre):
            return "growth"
        if re.search(r"提高至|提升至|达到?$|为$", pre):
            return "share"
        if prev is not None and prev.measure == "growth" and not pre.strip("、 "):
            return "growth"
        return "share" if pre.strip() else (prev.measure if prev else "share")
    if _CHANGE.search(pre) or re.search(r"^比(?:上年末|年初)", pre):
        return "change"
    if f.unit in COUNTER_UNITS or f.unit in ("人次",):
        return "count"
    return "level"


def _is_target(before_sent: str, pre: str, post: str) -> bool:
    if re.match(r"^(?:的)?目标", post):
        return True
    text = before_sent
    if re.search(r"完成年度目标任务的$|目标任务的$", pre):
        return False
    return bool(_TARGET.search(text))


def _indicator(f: Figure, pre: str, post: str, prev: Row | None) -> tuple[str, str]:
    """(indicator code, label) for a figure from the words around it."""
    unit = f.unit
    label_pre = pre
    if "占" in pre:
        label_pre = pre.split("占")[0]
    label_pre = re.sub(r"^(?:其中|同时|另外|此外|全年|共|累计|共有|实现|完成了?)", "", label_pre)
    post_noun = ""
    if unit in COUNTER_UNITS or unit == "人次":
        post_noun = re.split(r"[,;。]", post)[0]
    code, _ = ind.match_indicator(label_pre, unit)
    code_post, _ = ind.match_indicator(post_noun, unit) if post_noun else ("", -1)
    if unit in COUNTER_UNITS and code_post:
        code = code_post
    label = _trim_label(label_pre) or post_noun
    if post_noun and (not code or code_post):
        label = (_trim_label(label_pre) + post_noun) if len(label_pre) < 8 else post_noun
    if not code and unit in ind.RELATIVE_UNITS and prev is not None and not re.search(r"[\u4e00-\u9fff]{2,}(?<!增长)(?<!同比)(?<!增速)$", _strip_verbs(label_pre)):
        return prev.indicator, prev.label + ("增速" if f.kind == "rank" else "")
    if not code and unit in ("亩", "公顷"):
        code = "planting_area"
    if not code and unit in ("吨",) and re.search(r"产能|能力", pre):
        code = "production_capacity"
    if code == "projects" and unit not in ("个", "项", "批"):
        code = ""
    return code or "other", label or pre


_VERBS = re.compile(r"(同比|比上年|比上年末|比年初|分别|均|达到|达|为|实现|增长|下降|增速|增幅|完成|突破|超过|约|近|超|共|累计|已)+$")


def _strip_verbs(s: str) -> str:
    return _VERBS.sub("", s)


def _trim_label(s: str) -> str:
    s = re.sub(r"^(?:今年以来|去年以来|今年|去年|全年|目前|截至目前|年末|其中|全县|全市|全区|该县|该市)", "", s.strip())
    return _strip_verbs(s).strip("、 ,“”")


def _period_for(f: Figure, s: str, periods: list[Period], para_periods: list[Period], measure: str) -> Period | None:
    usable = [p for p in periods if not _is_comparison(s, p)]
    before = [p for p in usable if p.end_pos <= f.start]
    chosen: Period | None = None
    if before:
        chosen = before[-1]
        if chosen.label in ("累计",) and len(before) > 1 and before[-2].kind in ("since", "flow"):
            chosen = before[-2]
        elif chosen.kind == "point" and chosen.label in ("累计", "实有", "余额") and len(before) > 1:
            prev = before[-2]
            if prev.kind == "point":
                chosen = prev
    else:
        after = [p for p in usable if p.pos >= f.end and p.kind != "target"]
        if after:
            chosen = after[0]
    if measure == "target":
        if chosen is None:
            return None
        return chosen
    if chosen is None and para_periods:
        chosen = para_periods[-1]
        if chosen.kind == "target":
            chosen = None
    return chosen


def _is_comparison(s: str, p: Period) -> bool:
    return bool(re.search(r"(?:比|较|同比|与|高于|低于)$", s[max(0, p.pos - 2) : p.pos]))


def _list_labels(s: str, f: Figure, figs: list[Figure]) -> list[str] | None:
    """``A、B、C分别增长x%、y%、z%``: the item labels of a 分别 list containing f."""
    k = s.rfind("分别", 0, f.start)
    if k < 0:
        return None
    run = [g for g in figs if g.start > k and g.kind == "amount"]
    seq = []
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
    for m in _CLAUSE.finditer(s, 0, k):
        cs = m.end()
    head = s[cs:k]
    items = [x for x in re.split(r"[、和及与]", head) if x]
    if len(items) == 1 and "城乡居民" in items[0] and len(seq) == 2:
        items = [items[0].replace("城乡居民", "城镇居民"), items[0].replace("城乡居民", "农村居民")]
    if len(items) != len(seq):
        return None
    last = items[-1]
    suffix = next((x for x in _LIST_SUFFIX if last.endswith(x)), "")
    items = [it if not suffix or it.endswith(suffix) else it + suffix for it in items]
    return [items[seq.index(f)]]


def _rows_of_sentence(sent, figs, periods, para_periods, subjects, ctx: PlaceContext) -> list[Row]:
    s = sent.text
    rows: list[Row] = []
    prev: Row | None = None
    for f in figs:
        pre, post = _label_parts(s, f, figs)
        listed = _list_labels(s, f, figs)
        before_sent = s[: f.start]
        measure = _measure(f, pre, post, before_sent, prev)
        if listed:
            code, _ = ind.match_indicator(listed[0], f.unit)
            code, label = code or "other", listed[0]
            if code == "other" and re.search(r"业(增加值|产值)$", label):
                code = "industry_output"
        else:
            code, label = _indicator(f, pre, post, prev)
        if measure == "growth" and _FALL.search(pre[-6:] if pre else ""):
            f.value = -abs(f.value)
        if measure == "change" and _FALL.search(pre):
            f.value = -abs(f.value)
        period = _period_for(f, s, periods, para_periods, measure)
        stage = ""
        if code in ("projects", "project_investment"):
            cs, _ = _clause_bounds(s, f, [])
            stage = nearest_stage(s[cs : f.start], post) or nearest_stage(s[: f.start], "")
        place = _place_for(f, subjects, ctx)
        targets = _rank_fanout(s, f, figs, rows, code, label) if f.kind == "rank" else [(code, label)]
        for c, lab in targets:
            row = Row(f, sent, lab, c, measure, period, stage, place)
            rows.append(row)
        prev = rows[-1] if rows else prev
    return rows


def _rank_fanout(s: str, f: Figure, figs: list[Figure], rows: list[Row], code: str, label: str) -> list[tuple[str, str]]:
    """``均列全市第一`` after a list, ``三项指标…均居``, ``A、B居…首位``: one rank row per item."""
    cs, _ = _clause_bounds(s, f, [])
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


def _place_for(f: Figure, subjects: list[tuple[int, Place]], ctx: PlaceContext) -> Place | None:
    before = [p for pos, p in subjects if pos <= f.start]
    if before:
        return before[-1]
    return ctx.current()
