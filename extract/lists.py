"""Figures listed together: ``分别`` lists, places sharing a figure with ``均``, ranks of several items.

Owns: finding the run of figures a ``分别`` governs (``list_run``) and reading from it each figure's own
item (``list_labels``: ``工业、农业增加值分别增长…``), its own place (``listed_places``: ``麒麟区、陆良县…
分别增长…``) or the earlier figure it pairs with (``previous_pairs``: ``…,分别增长22.4%、19.7%``); places
listed with ``均`` sharing one figure (``each_place``); one rank row per ranked item (``rank_fanout``);
and the last catalogued row a place-only figure continues (``same_measure``).
"""

from __future__ import annotations

import re

from . import indicators as ind
from .clauses import clause_bounds, clause_start_at
from .numbers import Figure
from .ranks import is_top_list
from .regions import Place
from .schema import Row
from .subjects import Subjects
from .vocabulary import CLAUSE, LIST_SUFFIX, MEASURE_NOUNS, alternation, residue_free

Run = tuple[int, list[Figure], int]  # (position of 分别, the figures listed after it, start of its clause)


_LIST_GAP = re.compile(r"[、和及与,]?-?")
_RUN_OPENS = re.compile(r"(?:(?:拉动|拉低|带动)[\u4e00-\u9fffA-Z]{0,10}|(?:[比较](?:(?:19|20)\d\d年|上年|去年)(?:同期)?)?[\u4e00-\u9fff]{0,4})-?")


def list_run(s: str, f: Figure, figs: list[Figure]) -> Run | None:
    """``…分别增长x%、y%``: (position of 分别, the figures listed after it, start of its clause) if f is one."""
    k = s.rfind("分别", 0, f.start)
    if k < 0:
        return _urban_rural_pair(s, f, figs)
    run = [g for g in figs if g.start > k and g.kind in ("amount", "rank")]
    seq: list[Figure] = []
    for g in run:
        gap = s[(seq[-1].end if seq else k + 2) : g.start]
        if seq and not _LIST_GAP.fullmatch(gap):
            break
        if not seq and not _RUN_OPENS.fullmatch(gap):
            break
        seq.append(g)
    if f not in seq and len(seq) >= 2:
        return _second_run(s, f, run, seq)
    if f not in seq or len(seq) < 2:
        return None
    return k, seq, clause_start_at(s, k)


# 城乡居民人均可支配收入达27732元、16695元, 城乡常住居民…达到51900元和24820元: the urban, then the rural income
_BOTH_INCOMES = re.compile(r"(城[、和]?乡(?:常住)?居民(?:人均)?(?:可支配)?收入)(?:分别)?(?:达到?|为)?$")
_AND = re.compile(r"[、和]")


def _urban_rural_pair(s: str, f: Figure, figs: list[Figure]) -> Run | None:
    """``城乡居民人均可支配收入达27732元、16695元``: two amounts joined by 、 right after the two groups' income
    are the urban and the rural figure, as if 分别 stood before them."""
    if "居民" not in s:  # what _BOTH_INCOMES must find
        return None
    amounts = [g for g in figs if g.kind == "amount"]
    for a, b in zip(amounts, amounts[1:], strict=False):
        if (f is a or f is b) and _AND.fullmatch(s[a.end : b.start]) and (m := _BOTH_INCOMES.search(s, 0, a.start)):
            return m.end(1), [a, b], clause_start_at(s, m.start())
    return None


def _industries(text: str) -> str:
    """``第一、二、三产业``, ``二、三产``: the industries listed, each named in full."""
    return re.sub(r"第?([一二三])(?:产业?)?[、和]第?([一二三])(?:产业?)?(?:(?:、|和)第?([一二三]))?产业?",
                  lambda m: "、".join(f"第{x}产业" for x in m.groups() if x), text)


def _second_run(s: str, f: Figure, run: list[Figure], first: list[Figure]) -> Run | None:
    """``…分别为46346元、20380元,增长7.5%、9.5%``: a second list right after a 分别 list, as long as it, pairs in order."""
    m = re.match(r"[,，](?:同比|比上年)?(?:分别)?(?:增长|下降|增速|增幅)?(?:为|达到?)?", s[first[-1].end :])
    if m is None:
        return None
    start = first[-1].end + 1
    seq: list[Figure] = []
    for g in run[run.index(first[-1]) + 1 :]:
        gap = s[(seq[-1].end if seq else first[-1].end + m.end()) : g.start]
        if not re.fullmatch(r"[、和及与]?" if seq else "", gap):
            break
        seq.append(g)
    return (start, seq, start) if f in seq and len(seq) == len(first) else None


# a comparison base closing a list's head: 与2019年相比, 比上年同期, 较上年
_LIST_BASE = re.compile(r"(?:与|比|较)(?:(?:19|20)\d\d年|上年|去年)(?:同期)?(?:相比)?(?:同口径)?(?:同比)?$")


# what opens a list's head and is no item: 全年城镇和农村居民…, 今年…
_LIST_LEAD = re.compile(r"^(?:全年|今年|去年|上年|当年|年末|目前|其中)+")
# two measures named as a pair after one head: 收入和支出, 进口和出口, 存款和贷款
_MEASURE_PAIR = re.compile(r"收入支出|进口出口|出口进口|存款贷款")


def list_labels(s: str, f: Figure, run: Run | None) -> list[str] | None:
    """``A、B、C分别增长x%、y%、z%``: the item labels of a 分别 list containing f."""
    if run is None:
        return None
    k, seq, cs = run
    head = _industries(s[cs:k])
    words = s[cs : seq[0].start]
    if len(seq) in (2, 3) and not re.search(r"[、和及与]", words) and re.search(r"贡献|拉动", words):
        earlier = _industries(s[:cs])  # …,三次产业结构为…,对经济增长贡献率分别为…: the industries named before
        named = re.findall(r"第([一二三])产业", earlier)
        if len(named) == len(seq):
            head = "、".join(f"第{x}产业{head}" for x in named)
        elif len(seq) == 3 and not named and re.search(r"三次产业", earlier):
            head = "三次产业" + head
    three = re.search(r"三次产业|一二三产业|三大产业", head)
    if three and len(seq) == 3:  # 三次产业增加值占比分别为3.2%、41.1%和55.7%: the three industries in order
        rest = head[three.end() :]
        head = "、".join(f"第{x}产业{rest}" for x in "一二三")
    head = re.sub(r"城[、和]乡居民", "城乡居民", head)  # 城、乡居民人均可支配收入: the two groups, not two items
    head = _LIST_BASE.sub("", _LIST_LEAD.sub("", head))  # 全年…, 游客人数、旅游收入与2019年相比分别…: no item
    items = [x for x in re.split(r"[、和及与]", head) if x]
    if not items and cs:  # 甲业、乙业两个行业增幅回落,分别下降…: the items head the clause before
        items = _items_of_clause_before(s, cs, len(seq))
    both = re.search(r"城乡(常住)?居民", items[0]) if len(items) == 1 and len(seq) == 2 else None
    if both:  # 城乡(常住)居民人均可支配收入分别…: the urban and the rural group, in that order
        items = [items[0].replace("城乡", "城镇", 1), items[0].replace("城乡", "农村", 1)]
    if len(items) != len(seq):
        return None
    if len(items) == 2 and len(items[1]) == 2 and len(items[0]) > 4 and _MEASURE_PAIR.fullmatch(items[0][-2:] + items[1]):
        items[1] = items[0][:-2] + items[1]  # 一般公共预算收入和支出: the second takes the first's head
    last = items[-1]
    if (whole := re.match(r"第[一二三]产业", last)) is not None:  # 二、三产业投资: each industry's investment
        items = [it + last[whole.end() :] if re.fullmatch(r"第[一二三]产业", it) else it for it in items]
    # 城镇、农村居民可支配收入: a two-character item takes what follows the last item's own first word
    items = [it + last[2:] if len(it) == 2 and len(last) > 4 and k < len(items) - 1 else it for k, it in enumerate(items)]
    suffix = next((x for x in LIST_SUFFIX if last.endswith(x)), "")
    # 工业、农业增加值: 工业 takes the shared noun; 旅游接待人次和旅游收入: 人次 is a measure already
    items = [it if not suffix or it.endswith(suffix) or it.endswith(MEASURE_NOUNS) else it + suffix for it in items]
    if (after := _NOUN_AFTER.fullmatch(s, k + 2, seq[0].start)) is not None:
        # 40个省重点项目、300个市重点项目分别完成投资x、y: what is measured is named after 分别, each item's own
        items = [_COUNTED.sub("", it) + after.group("noun") for it in items]
    return [items[seq.index(f)]]


# a noun a 分别 list names after 分别 (分别完成投资, 分别实现产值为), each item's measure
_NOUN_AFTER = re.compile(r"(?:完成|实现|达到?)?(?P<noun>(?:" + "|".join(x for x in LIST_SUFFIX if "增速" not in x)
                         + r"))(?:为|达到?|是)?[:：]?")
_COUNTED = re.compile(r"^(?:全[县市区州旗])?[\d.]+[个家项]")  # (全市)40个省重点项目: the count the item carries is a row of its own


# where a listed item's words end and what is said of the items begins: 四个行业增幅回落, 对经济增长贡献较大, 均高于…
_ITEMS_END = re.compile(r"[两二三四五六七八九十\d]+(?:个|大|项|家)|对|均|增幅|增速|增长|下降|高于|低于|保持|实现|完成|分别")


def _items_of_clause_before(s: str, cs: int, n: int) -> list[str]:
    """``甲业、乙业、丙业和丁业四个行业增幅回落,分别下降…``: the n items listed with 、 at the head of the clause
    before a 分别 clause that names none of its own (or [] when that clause lists no n items)."""
    words = s[clause_start_at(s, cs - 1) : cs - 1]
    end = _ITEMS_END.search(words)
    words = words[: end.start()] if end else words
    items = [x for x in words.split("、") if x]
    if len(items) == n - 1 and (last := re.split(r"和|及", items[-1])) and len(last) == 2:
        items = items[:-1] + last  # 甲业、乙业和丙业
    return items if n >= 2 and len(items) == n and all(1 <= len(x) <= 16 for x in items) else []


def _one_after_another(s: str, places: Subjects) -> bool:
    """``麒麟区、陆良县和…``: places listed one after another, each followed by 、 or 和."""
    gaps = [s[a[0] : b[0]] for a, b in zip(places, places[1:], strict=False)]
    return all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}[、和与及]", g) for g in gaps)


def listed_places(s: str, f: Figure, run: Run | None, subjects: Subjects) -> tuple[Place, str] | None:
    """``麒麟区、陆良县规模以上工业增加值分别增长13.5%、12.8%``: f's own place and the shared label."""
    if run is None:
        return None
    k, seq, cs = run
    # the places written there (not a group's whole a count stands for: 玛纳斯县、呼图壁县、昌吉市3个县市…分别为…)
    subjects = [(pos, p) for pos, p in subjects if _written_at(s, pos, p)]
    places = [(pos, p) for pos, p in subjects if cs <= pos < k]
    if not places and cs > 0 and not re.search(r"\d", s[(before := clause_start_at(s, cs - 1)) : cs]):
        # 黑山县、北镇市和凌海市均下降,增速分别为-3.2%、…: the places head the clause before, which has no figure
        places = [(pos, p) for pos, p in subjects if before <= pos < cs]
        if len(places) == len(seq) and _one_after_another(s, places):
            # 遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长…: the indicator the places' clause names
            named = _after_places(s[places[-1][0] : cs].rstrip(",，"))
            return places[seq.index(f)][1], (named if ind.named_in(named) else "") + s[cs:k]
        return None
    if len(places) != len(seq):
        return None
    if not _one_after_another(s, places):
        return None
    return places[seq.index(f)][1], _after_places(s[places[-1][0] : k])


def _written_at(s: str, pos: int, p: Place) -> int:
    """How much of the place's name (its first three or two characters) the text writes at ``pos``; 0 where the
    subject is no name written there (a group's whole that a count stands for)."""
    return next((k for k in (3, 2) if s.startswith(p.name[:k], pos)), 0)


def _after_places(tail: str) -> str:
    """What follows the last of the listed places (``陆良县规模以上工业增加值`` → ``规模以上工业增加值``)."""
    return re.sub(r"^[\u4e00-\u9fff]{0,12}?(?:县|区|市|旗|镇|乡)", "", tail, count=1)


def previous_pairs(s: str, f: Figure, run: Run | None, rows: list[Row]) -> Row | None:
    """``接待游客1630万人次,实现旅游收入142.6亿元,分别增长22.4%、19.7%``: the row f's growth belongs to."""
    if run is None:
        return None
    k, seq, cs = run
    head = residue_free(_LIST_BASE.sub("", s[cs:k]))  # 年均增幅分别为, 与上年相比分别: measure words name no item
    if head.strip() and not re.fullmatch(r"[\u4e00-\u9fff]{0,2}", head):
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


def each_place(s: str, f: Figure, subjects: Subjects) -> list[Place]:
    """``广丰区、玉山县增速均超过10%``: places listed one after another with ``均`` share the figure."""
    if "均" not in s:
        return []  # (the sentence first: most hold no 均, and need no clause found)
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


_NAME_RUN = re.compile(r"[^(（、,，;；。\d]{1,10}?(?=[(（、,，;；。\d和及与]|$)")  # a listed name, up to what follows it
# between two listed names: the first one's amount, a comma or two, and the city a district is named after (深圳市龙岗区)
_TOP_GAP = re.compile(r"(?:\([^()]{0,24}\)|[\d.]+[亿万]?元)?[,、和及与]{0,2}(?:[\u4e00-\u9fff]{2,4}[省市州盟])?")


def top_listed(s: str, f: Figure, subjects: Subjects) -> list[Place]:
    """``GDP排名前三的依然是苏州、南京、无锡``, ``排名前五位的分别为:藁城区(63.3亿元)、高新区(61.9亿元)…``: the places
    named one by one after a top (or bottom) N, each holding that rank."""
    listed: list[Place] = []
    at = start = f.end if is_top_list(f) else len(s)
    for pos, p in subjects:
        if listed and start < pos < at:
            listed[-1] = p  # 深圳市南山区: the place named inside the one before it
        elif pos >= at and len(listed) < f.value:
            if pos > at and not _TOP_GAP.fullmatch(s[at:pos]):
                break
            listed.append(p)
            run = _NAME_RUN.match(s, pos)  # (none where a name runs on past ten characters: then the list ends there)
            start, at = pos, run.end() if run else len(s)
    return listed


def rank_fanout(s: str, f: Figure, figs: list[Figure], rows: list[Row], code: str, label: str) -> list[tuple[str, str]]:
    """``均列全市第一`` after a list, ``三项指标…均居``, ``A、B居…首位``: one rank row per item."""
    cs, _ = clause_bounds(s, f, [])
    clause = s[cs : f.start]
    m = re.search(r"([两二三四五六2-6])项[\u4e00-\u9fff]{0,6}?指标", clause)  # 3项(主要经济)指标
    if m:
        n = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}.get(m.group(1)) or int(m.group(1))
        growth = [r for r in rows if r.measure == "growth"][-n:]
        if len(growth) == n:
            return [(r.indicator, r.label + "增速") for r in growth]
    if "均" in clause:
        listed = [r for r in rows if r.measure == "growth" and s.rfind("分别", 0, r.fig.start) >= 0]
        if len(listed) >= 2:
            return [(r.indicator, r.label + "增速") for r in listed]
    if (shared := shared_items(s, f, figs, rows, [])) is not None:
        return shared
    if any(g.kind == "rank" and cs <= g.start and g.end <= f.start for g in figs):
        return [(code, label)]  # 总量全市第一、全省第二: a rank listed after a rank is not a list of ranked items
    head = re.split(r"(?:排名|排在|排|居于|居|位居|位列|列|名列)", re.sub(r"\([^()]*\)", "", clause))[0]  # 四县(市、区)中
    items = [x for x in head.split("、") if x.strip()]
    if len(items) >= 2 and all(len(x) <= 12 for x in items):
        out = []
        for it in items:
            c, _ = ind.match_indicator(it, "%")
            out.append((c or "other", it + "排名"))
        return out
    return [(code, label)]


def same_measure(rows: list[Row], measure: str) -> Row | None:
    """The last catalogued row of ``measure``: what a place-only figure (``株洲市1800亿元``) continues."""
    return next((r for r in reversed(rows) if r.measure == measure and r.indicator != "other"), None)


def more_projects(f: Figure, post: str, rows: list[Row]) -> tuple[str, str] | None:
    """``新签约项目20个,总投资80亿元;其中罗秀镇3个,…;工业类5个,…``: a count of 个 or 项 that names nothing of
    its own, right after the figures of projects, counts more of them (a place's or a kind's share)."""
    if f.unit not in ("个", "项") or re.match(r"[\u4e00-\u9fff“\"《(]", post) or not rows:
        return None
    if rows[-1].indicator not in ("projects", "project_investment"):
        return None
    count = next((r for r in reversed(rows) if r.indicator == "projects"), None)
    return "projects", count.label if count else "项目"


# what opens a list of places each with its figure: 分别为:, 依次是, 位列前三的是, 前5名是, a colon
PLACE_LIST_OPENER = re.compile(r"(?=[分依的:：前])(?:(?:分别|依次)(?:为|是)[:：]?|的是|[:：]"
                               r"|前[\d一二三四五六七八九十]+(?:名|位)(?:依次)?(?:是|为)[:：]?)")  # tried only where one can start
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:自治县|自治州|自治旗|县|区|市|州|旗|盟|镇|乡)(?![县区市州旗盟])")


def framed_places(s: str, f: Figure, figs: list[Figure], subjects: Subjects) -> tuple[str, str] | None:
    """``各县区项目开工率分别为:甲县94.1%、乙区78.6%``: a figure that names only its place, in a list of places
    each with its figure, measures what the words before the list name: (code, label), or None."""
    openers = list(PLACE_LIST_OPENER.finditer(s, 0, f.start))
    if not openers:
        return None
    m = openers[-1]
    if not any(m.end() <= pos < f.start for pos, _p in subjects):
        return None
    keep = [True] * (f.start - m.end())  # the list's words once its figures and places are gone
    spans = [(g.start, g.end) for g in figs if m.end() <= g.start and g.end <= f.start]
    for pos, p in subjects:
        if m.end() <= pos < f.start and (name := _PLACE_WORD.match(s, pos)):
            spans.append(name.span())
        elif m.end() <= pos < f.start and (short := _written_at(s, pos, p)):
            spans.append((pos, pos + short))  # 前5名是海口1191亿元、三亚978亿元: a place by its short name
    for a, b in spans:
        b = min(b, f.start)
        keep[a - m.end() : b - m.end()] = [False] * (b - a)
    tail = "".join(c for c, k in zip(s[m.end() : f.start], keep, strict=True) if k)
    if re.sub(r"[、,，()（）和及与\s-]", "", tail):
        return None  # the list holds more than places and figures
    clauses = [c for c in CLAUSE.split(s[: m.start()]) if c.strip()]
    frame = clauses[-1] if clauses else ""
    for g in figs:  # 新签约项目174个,分别为: the frame is the clause with the total
        frame = frame.replace(s[g.start : g.end], "")
    code, _ = ind.match_indicator(frame, f.unit)
    return (code, frame) if code else None


# 均 sharing one figure (均达, 均居), not 人均, 年均, 平均, 均价, 均衡
_SHARED = re.compile(r"(?<![人年户月日亩平])均(?![价衡匀值])")
# what a clause sharing a figure says of its items: 增速, 占全区比重, 3项主要经济指标增速
_SHARED_MEASURES = alternation("shared_measure_words.csv")
_SHARED_WORDS = re.compile(f"(?:{_SHARED_MEASURES})$")
_NO_ITEM = re.compile(r"(?:其中|同比|分别|[\d两二三四五六七八九十]+项|主要|经济|各项|指标|占(?:全[\u4e00-\u9fff]{1,2})?(?:的)?"
                      f"|{_SHARED_MEASURES})*")
_ITEM_NOUN = re.compile(f"(?:{alternation('shared_item_nouns.csv')})$")


def shared_items(s: str, f: Figure, figs: list[Figure], rows: list[Row], places: list[Place]) -> list[tuple[str, str]] | None:
    """One figure several items share with ``均``: (code, label) per item, or None.
    ``甲业、乙业增长均超过15%``, ``项目数量和投资额均列全市第一``: the items listed in the figure's own clause;
    ``游客、收入分别达x、y,增幅均达10%``: a clause naming no item shares its figure among the rows of the clause
    before (a rank, ``…增长15.9%,税比71.6%,均居全市第1位``: among the items of the sentence since the last rank)."""
    if "均" not in s:  # what _SHARED must find (a pattern opening on a lookbehind is tried at every position)
        return None
    cs, _ = clause_bounds(s, f, [])
    shared = list(_SHARED.finditer(s, cs, f.start))
    if not shared or len(places) >= 2 or any(cs <= g.start < f.start for g in figs if g is not f):
        return None
    head = _LIST_LEAD.sub("", re.sub(r"^全[县市区省州旗镇乡]", "", s[cs : shared[-1].start()]))
    unit = f.unit or ""
    if _NO_ITEM.fullmatch(head):
        return _items_before(s, f, cs, rows, head)
    end = _SHARED_WORDS.search(head)
    words, suffix = (head[: end.start()], end.group()) if end else (head, "")
    items = [x for x in re.split(r"[、和及与]", words) if x]
    if len(items) < 2 or not all(2 <= len(x) <= 16 for x in items):
        return None
    first = _ITEM_NOUN.search(items[0])
    return [_item(it, suffix, unit, first.string[: first.start()] if k and first and len(it) <= 3 else None)
            for k, it in enumerate(items)]


def _item(item: str, suffix: str, unit: str, subject: str | None) -> tuple[str, str]:
    """(code, label) of one item sharing a figure; a short item after ``…数量`` (``数量和投资额``) names the measure
    and takes the first item's subject: ``省市重大项目投资额``, what ``投资额`` names."""
    if subject is not None:
        own = ind.match_indicator(item, unit)[0]
        item = subject + item
        if own:
            return own, item + suffix
    return ind.match_indicator(item + suffix, unit)[0] or ind.match_indicator(item, unit)[0] or "other", item + suffix


def _items_before(s: str, f: Figure, cs: int, rows: list[Row], head: str) -> list[tuple[str, str]] | None:
    """The items a clause naming none shares its figure among: a rank's, those of the sentence since the last rank
    or ``;``; any other figure's, those of the clause before."""
    if f.kind == "rank":
        start = max([r.fig.end for r in rows if r.fig.kind == "rank"] + [s.rfind(";", 0, cs) + 1, s.rfind("；", 0, cs) + 1])
    else:
        start = clause_start_at(s, cs - 1)
    items: list[tuple[str, str]] = []
    for r in rows:
        if start <= r.fig.start < cs and (r.indicator, r.label) not in items:
            items.append((r.indicator, r.label))
    return [(c, lab + head) for c, lab in items] if len(items) >= 2 else None
