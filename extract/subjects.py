"""Which places a sentence is about, and which place each figure belongs to.

Owns: the places a sentence names as its subjects — skipping places that only modify
a noun (``四川产品``), partners (``与深圳市龙岗区签订…``), what something becomes (``成为全省…``),
short names inside a project's name and the frame of a comparison (``居全市第一``) — and the place of
one figure (``place_for``). Also how a place is written (``names_of``) and what is left of a figure's
words once its places are gone (``bare``).
"""

from __future__ import annotations

import bisect
import re
from typing import cast

from . import indicators as ind
from .context import PlaceContext, is_a_designation, joint_subjects
from .group_counts import groups_counted
from .normalize import Sentence
from .numbers import Figure
from .place_patterns import (
    figures_of_a_whole,
    in_a_listed_item,
    in_a_sized_item,
    is_a_field,
    is_a_member,
    is_a_venue,
    is_compared_with,
    is_photo_caption,
    opens_a_clause,
    opens_clause_with_figure,
)
from .quoted_speaker import speaker_of_quote
from .regions import ZONE_SUFFIXES, Mention, Place
from .vocabulary import NAMED_ITEM, PARTNER, PLACE_MODIFIER, alternation, residue_free
from .zone_finding import is_bare_zone, zone_key

Subjects = list[tuple[int, Place]]  # (offset in the sentence, place), in order
Spans = list[tuple[int, int, str]]  # (start, end, name or kind) in the article


def names_of(p: Place) -> tuple[str, ...]:
    """A place as articles write it: in full, and without its unit word (``赤水市``, ``赤水``)."""
    return (p.name, p.name[:-1]) if len(p.name) > 2 else (p.name,)


_NO_SUBJECT = re.compile(r"完成|实现|全[市县区]|分[\u4e00-\u9fff]{1,4}看|其中|(?:也|则|仍|依旧|依然)?以$|[((]$")


def bare(pre: str, subjects: Subjects) -> str:
    """What is left of a figure's words once places and verbs are gone: ``赤水市完成``, ``海淀区(`` → ``""``."""
    for _pos, p in subjects:
        for name in names_of(p):
            pre = pre.replace(name, "")
    return residue_free(_NO_SUBJECT.sub("", pre))


# ------------------------------------------------------------------ a sentence's subjects


def _within(items: list, s0: int, s1: int, start) -> list:
    """The items (in text order) that start inside [s0, s1): found by bisection, so a long article's
    sentences do not each scan every mention."""
    lo = bisect.bisect_left(items, s0, key=start)
    hi = bisect.bisect_left(items, s1, key=start)
    return items[lo:hi]


def _events(sent: Sentence, mentions: list[Mention], zones: Spans, refs: Spans) -> list[tuple[int, str, object]]:
    """``经开区…全县…高坪区``: the zones, place mentions and reference words of a sentence, in order
    (a mention or reference inside a zone's name is the zone's)."""
    s0, s1 = sent.start, sent.end
    events: list[tuple[int, str, object]] = []
    zone_spans = _within(zones, s0, s1, lambda z: z[0])
    for s, _e, name in zone_spans:
        events.append((s, "zone", name))
    for m in _within(mentions, s0, s1, lambda m: m.start):
        if not zone_spans or not any(s <= m.start < e for s, e, _ in zone_spans):
            events.append((m.start, "place", m))
    for s, _e, kind in _within(refs, s0, s1, lambda r: r[0]):
        if not zone_spans or not any(zs <= s < ze for zs, ze, _ in zone_spans):
            events.append((s, "ref", kind))
    events.sort(key=lambda t: t[0])
    return events


def _zone(ctx: PlaceContext, name: str) -> Place | None:
    """``市经开区`` in a county's article: the zone, named after the city or county it belongs to."""
    frame = ctx.current()
    if frame is not None and frame is ctx.carried:
        frame = ctx.section or ctx.article  # 沙河驿镇项目6个…;经开区项目9个: the county's zone, not the town's
    if name[0] in "市县" and frame is not None and not is_bare_zone(name):
        up = ctx.reference("city" if name[0] == "市" else "county")
        name = (up.name if up else "") + name[1:]
    p = ctx.zones.get(zone_key(name)) or ctx.zone_place(name, frame)
    ctx.zones[zone_key(name)] = p
    ctx.last_zone = p
    return p


def _modifies_a_noun(m: Mention, text: str) -> bool:
    """``四川产品``, ``成都银行``, ``温州人``: the place names a kind of thing (data/place_modifiers.csv)."""
    return bool(PLACE_MODIFIER.match(text, m.end))


# ``南昌长园金锂科技有限公司``, ``四川能投集团``: a place that opens a company's name (its brand, then a company word)
_COMPANY_NAME = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:股份有限公司|有限责任公司|有限公司|集团)")


def _opens_a_company(m: Mention, text: str) -> bool:
    """``其中,南昌长园金锂科技有限公司…项目``: a place opening a company's name names the company, not the subject."""
    return bool(_COMPANY_NAME.match(text, m.end, m.end + 16))


_WITH = re.compile(r"(?:与|同|和|跟)$")
_BECOMES = re.compile(r"(?:成为|作为|建成|打造成|打造为)$")


# ``东邻甲市和乙旗``, ``北接丙县``: a place's neighbours in its description
_NEIGHBOUR = re.compile(r"[东南西北](?:邻|靠|接|连|临|抵|界)$")


def _is_partner(m: Mention, text: str, partner_end: int) -> bool:
    """``与深圳市龙岗区签订合作协议``, ``南与甲县相连``, ``东邻乙市``: a partner or neighbour (and the places inside
    its name, and one listed right after it), not the subject."""
    return m.start == partner_end or bool(_NEIGHBOUR.search(text[max(0, m.start - 2) : m.start])) or bool(
        _WITH.search(text[max(0, m.start - 1) : m.start]) and PARTNER.search(text[m.end : m.end + 16]))


# ``到外省某市考察``, ``赴甲县参观学习``: a place visited (data/visit_words.csv)
_TO = re.compile(r"(?:到|赴|去|前往)[\u4e00-\u9fff]{0,3}$")  # 到山东潍坊: its province may come between
_VISIT = re.compile(rf"[^,;。:!?]{{0,8}}?(?:{alternation('visit_words.csv')})")


# ``东龙镇位于贵港市覃塘区北面,东邻…,北与来宾、武宣交界,现辖区总面积123平方公里``: a place opening a sentence
# that says where it lies (data/location_words.csv) is the subject of all of it; the places after are where it lies
_LIES = re.compile(rf"(?:{alternation('location_words.csv')})")


def _locates_another(sent: Sentence, named: list[tuple[int, int, Place]]) -> bool:
    """The sentence opens on a place said to lie somewhere (``淮口镇地处成都市区以东48公里``): any other is its frame."""
    return bool(named) and named[0][0] <= 1 and bool(_LIES.match(sent.text, named[0][1]))


def _is_visited(m: Mention, text: str) -> bool:
    """``支部一行到甲市考察后,…``: a place someone went to see or learn from is not the subject."""
    return bool(_TO.search(text, max(0, m.start - 5), m.start)) and bool(_VISIT.match(text, m.end))


def _is_what_it_becomes(m: Mention, text: str) -> bool:
    """``打造成成渝地区…``, ``成为全省…``: what the subject becomes, not the subject."""
    return bool(_BECOMES.search(text[max(0, m.start - 3) : m.start]))


def _in_a_name(m: Mention, text: str) -> bool:
    """``新开工青川阜成…等项目``: a short form inside a project or company name."""
    return bool(m.short and NAMED_ITEM.match(text[m.end : m.end + 40]))


def _opens_its_clause(m: Mention, mentions: list[Mention], text: str) -> bool:
    """A province or parent opening a clause that runs on to a figure is its subject (``opens_clause_with_figure``),
    not one qualifying the place after it (``甲省乙市``)."""
    return opens_clause_with_figure(text, m.start, m.end, m.short) and not _within(mentions, m.end, m.end + 1, lambda n: n.start)


def _frames_a_comparison(p: Place, m: Mention, offset: int, text: str, ancestors: tuple[Place, ...]) -> bool:
    """``增速居广元市第一`` in a county's section: a place above it, past the sentence's opening, is a frame
    (not one opening a clause after a year: ``2023年,隆德县…谋划确定…项目111项`` in a township's section, nor one
    its own rate follows in brackets: ``高于全省(6.3%)、金华(6.7%)``)."""
    return p in ancestors and offset > 3 and not re.match(r"^(?:全市|市委)|^[(（]-?[\d.]+%", text[m.end : m.end + 8]) \
        and not opens_a_clause(text, m.start)


# ``辽宁省共入围15个镇``, ``四川省有甲市、乙市等14个县市上榜``: a province counting its own units (those named are examples)
_COUNTS_ITS_UNITS = re.compile(r"[^,;。:!?]{0,24}?[\d一二三四五六七八九十两]+个[^,;。:!?、\d]{0,6}?(?:县|镇|乡|州市|市州|区县|县市|县区)")


def _the_county_named(ctx: PlaceContext, text: str, pos: int) -> Place | None:
    """``…平远县…。该县共有30个产业项目``: in a prefecture's or province's article, 该县 / 全县 is the county
    last named inside it (县域 is the counties together, not one)."""
    cur = ctx.current()
    last = ctx.last_county
    if cur is None or last is None or cur.level not in ("prefecture", "province") or not re.match(r"[该全我本]县", text[pos : pos + 2]):
        return None
    return last if cur in ctx._chain(last) else None


def find_subjects(ctx: PlaceContext, sent: Sentence, mentions: list[Mention], zones: Spans, refs: Spans,
                  text: str) -> Subjects:
    """(offset in sentence, place) of every place the sentence names as a subject, in order:
    ``全县…,其中旺隆镇…`` → the county, then the town."""
    s0 = sent.start
    _carry_over_paragraph(ctx, sent)
    ctx.entering = ctx.current()
    out: Subjects = []
    named: list[tuple[int, int, Place]] = []  # (start, end, place) of the places and zones named
    partner_end = examples_end = -1
    saved = ctx.paragraph
    section = ctx.section or ctx.article
    ancestors = ctx._chain(section)[1:] if section else ()  # a few places, looked through without hashing each
    for pos, kind, obj in _events(sent, mentions, zones, refs):
        p: Place | None = None
        short = kind == "place" and cast(Mention, obj).short
        if (kind in ("zone", "place") or str(obj).startswith("village:")) and (in_a_listed_item(text, pos, short) or in_a_sized_item(text, pos)
                                                                              or is_a_member(text, pos)):
            continue
        if kind == "place" and (is_a_venue(text, pos, end := cast(Mention, obj).end) or is_a_field(text, pos, end, listed=False)):
            continue
        if kind == "zone":
            if is_a_designation(text, pos):
                continue
            p = _zone(ctx, str(obj))
        elif kind == "place":
            m = cast(Mention, obj)
            if _modifies_a_noun(m, text) or _opens_a_company(m, text):
                continue
            if _is_partner(m, text, partner_end):
                partner_end = m.end
                continue
            if _is_what_it_becomes(m, text) or _in_a_name(m, text) or _is_visited(m, text) or is_compared_with(text, m.start, m.end) \
                    or _locates_another(sent, named):
                continue
            if pos < examples_end:
                continue
            opens = _opens_its_clause(m, mentions, text)  # 截至2019年底,甲省光伏装机1122万千瓦: the clause's subject
            p = ctx.resolve(m, text) or (m.candidates[0] if opens and m.candidates[0].level == "province" else None)
            counted = _COUNTS_ITS_UNITS.match(text, m.end) if p is not None and p.level == "province" else None
            if counted:
                examples_end = counted.end()  # 辽宁省共入围15个镇: the count of the province's own units is its own
            elif p is None or not opens and (p.level == "province" or _frames_a_comparison(p, m, pos - s0, text, ancestors)):
                continue
        else:
            p = _the_county_named(ctx, text, pos) if obj == "county" else None
            p = p or ctx.reference(str(obj))
        if p is not None:
            if kind != "ref":
                end = next((e for zs, e, _n in _within(zones, pos, pos + 1, lambda z: z[0])), pos + len(str(obj))) \
                    if kind == "zone" else cast(Mention, obj).end
                named.append((pos - s0, end - s0, p))
            out.append((pos - s0, p))
            ctx.paragraph = p
            if p.level == "township":
                ctx.last_town = ctx.town_named = p
            if p.level == "county" and p.name.endswith(("县", "旗")) and kind == "place":
                ctx.last_county = p  # 平远县…。该县共有30个产业项目: the county just named
    ctx.paragraph = saved
    out = joint_subjects(ctx.entering, sent.text, named, out)
    _carry_local_subject(ctx, sent, out)
    if ctx.carried is not None and ctx.paragraph is ctx.carried:
        ctx.carried_para = sent.paragraph
    out = _wholes_counted(ctx, sent.text, out)
    out = speaker_of_quote(ctx, sent, groups_counted(ctx, sent, out, mentions, refs, text), mentions, text)
    people = _people(ctx, sent, out)
    return sorted(out + people, key=lambda t: t[0]) if people else out


NATION = Place("中华人民共和国", "", "other", "", "")


def _wholes_counted(ctx: PlaceContext, text: str, out: Subjects) -> Subjects:
    """``在全国217家国家级经开区中位列第九``, ``低于全省的4744元``: the count of a whole's units, or its value a comparison
    is made with, is the whole's (the nation, the province or city in force); the place before it goes on after it."""
    extra: Subjects = []
    for a, b, kind in figures_of_a_whole(text):
        whole = NATION if kind == "国" else ctx.reference("province" if kind == "省" else "city")
        going_on = ctx.going_on(out, a)
        if whole is not None and going_on is not None and whole != going_on:
            extra += [(a, whole), (b, going_on)]
    return sorted(out + extra, key=lambda t: t[0]) if extra else out


_ITEM_FIGURE = re.compile(r"(?:项目)?[\d.]+(?:个|项|次|家|%)")  # 经开区5个,…: an item of a list of places' figures
CARRY_LEVELS = ("village", "township")  # the places that go on into the next paragraph
_YEAR_OPENING = re.compile(r"(?:\d{4}年|今年|去年|前年)(?:\d{1,2}月)?(?:以来|底|末)?")


def _carry_local_subject(ctx: PlaceContext, sent: Sentence, out: Subjects) -> None:
    """``…选定建设恰热克镇生态林果基地,至2023年建成基地3.4万亩。种植杏52.8万株…``: in a county's (or wider)
    text, a township or village that a sentence's figures are given for (one follows it) goes on as the
    subject of the paragraph's next sentences that name no place; a place named after it ends it. So does one a
    villager is introduced in (``乙镇丙村种植户王某说:“去年收入3万元…”``: his figures are the village's). Not a
    place that only modifies a noun (``赤石桥乡胡家庄村的…项目``), stands in a role (``以鹿圈村为中心``) or is
    one of places listed together (``韩山镇、胡集镇分别…``)."""
    if not out or is_photo_caption(sent.text):
        return  # ``先锋镇村民晒谷子 邓某 摄``: a picture's place, not the next paragraph's
    pos, last = out[-1]
    frame = ctx.section or ctx.article
    wide = frame is not None and (frame.level in ("county", "prefecture", "province")
                                  or (frame.level == "township" and last.level == "village"))
    after = next((sent.text[pos + len(n) :] for n in names_of(last) if sent.text.startswith(n, pos)), "")
    # 梁家庄利用当地的有利条件…, 2019年甲村实现…: the clause's subject (after the year opening it); 宁波市奉化区…:
    # the place named after its prefecture opens the clause where the prefecture does
    head, parents = pos, ctx._chain(last)[1:]
    for at, p in reversed(out[:-1]):
        if p in parents and any(at + len(n) == head and sent.text.startswith(n, at) for n in names_of(p)):
            head = at
    before = sent.text[head - 1] if head else ""  # the character before the place
    opens = head == 0 or before in ",:" or bool(_YEAR_OPENING.fullmatch(sent.text[:head]))
    listed = after.startswith("、") or before == "、"  # 突泉、扎旗、前旗…分别增长: places listed together
    # 经开区2023年初步谋划重大项目420个…。其中:…: a zone named by its kind alone, the text's own, goes on too (not
    # an item of a list of places' figures: …;经开区5个,投资总额8.7亿元)
    local = last.level in CARRY_LEVELS or _a_sibling(ctx, frame, last) \
        or last.level == "zone" and opens and bool(bare := _bare_kind_at(sent.text, pos)) \
        and not _ITEM_FIGURE.match(sent.text, pos + len(bare)) or last.level == "zone" and opens and _measures_own(sent.text, pos)
    # 2023年,隆德县…谋划确定…项目111项。固定资产投资项目94项…: in a township's text, its county opening a
    # paragraph's clause is the subject of the paragraph's next sentences that name no place
    parent = frame is not None and frame.level in ("township", "village") and last in ctx._chain(frame)[1:] \
        and opens and bool(_YEAR_OPENING.match(sent.text))
    # 雁塔区的税收收入为46.80亿元,…;非税收入13.60亿元: a place opening its clause with its own measure (not 甲村的…项目)
    owns = opens and after.startswith("的") and bool(ind.named_in(re.split(r"\d", after, maxsplit=1)[0]))
    if parent or wide and local and (opens or re.search(r"\d", after) or _ONES_OWN.match(after)) and not listed \
            and (owns or not after.startswith("的")) and before != "以":
        ctx.paragraph = ctx.carried = last
    elif ctx.paragraph is not None and ctx.paragraph is ctx.carried:
        ctx.paragraph = ctx.carried = None


_ZONE_END = re.compile("|".join(ZONE_SUFFIXES))


def _measures_own(text: str, pos: int) -> bool:
    """``新田园区完成规模工业总产值95.13亿元``: what follows a zone named at ``pos`` up to its first figure names a
    catalogue measure (not ``三江口新能源电动车产业园二期、大王椰生态板等4个项目``: a project named after its park)."""
    end = _ZONE_END.search(text, pos, pos + 24)
    head = re.split(r"\d", text[end.end() :], maxsplit=1)[0] if end else ""
    return end is not None and len(head) < len(text) - end.end() and "、" not in head and bool(ind.named_in(head)) \
        and not _ITEM_FIGURE.match(text, end.end())  # (…;黄果树旅游区项目3个: an item of a list of places' figures)


def _bare_kind_at(text: str, pos: int) -> str:
    """The zone kind named bare at ``pos`` (``经开区``, ``市高新区``), if one."""
    return next((text[pos : pos + n] for n in (4, 3) if is_bare_zone(text[pos : pos + n])), "")


def _carry_over_paragraph(ctx: PlaceContext, sent: Sentence) -> None:
    """``…在甲村,占地2700亩的项目正在建设。`` / ``“目前项目完成投资3亿多元…”``: a township or village still the
    place at a paragraph's end goes on into the next paragraph until a sentence names another place."""
    if ctx.paragraph is None and ctx.carried is not None and ctx.carried_para == sent.paragraph - 1 \
            and ctx.carried.level in CARRY_LEVELS:
        ctx.paragraph = ctx.carried
        ctx.carried_para = sent.paragraph


def _a_sibling(ctx: PlaceContext, frame: Place | None, place: Place) -> bool:
    """``2022年永和县规上工业增加值完成10.87亿元;…社会消费品零售总额完成7.78亿元`` in a text about another
    county: a county beside the article's own (neither it nor inside or above it), or a prefecture beside a
    prefecture's own in its province (a round-up going through them), is the subject of what follows."""
    if frame is None or frame.level not in ("county", "prefecture") or place == frame:
        return False
    if place.level == "prefecture":  # 阳泉市“三个一批”活动中,…;集中开工项目55个 in a round-up opened by 大同市
        return frame.level == "prefecture" and place.province == frame.province
    if place.level != "county":
        return False
    return place not in ctx._chain(frame) and (frame.level == "prefecture" or frame not in ctx._chain(place))


# ``种植户刘元``, ``场长林岩说``: a person named after his role (data/person_roles.csv); the name is two or three characters
_PERSON = re.compile(rf"(?:{alternation('person_roles.csv')})\s*(?![们])([\u4e00-\u9fff]{{2,3}})")


_ONES_OWN = re.compile(r"[\u4e00-\u9fff]{0,4}?" + _PERSON.pattern)  # 甲村人参种植户朱某: a villager introduced in it


def _people(ctx: PlaceContext, sent: Sentence, subjects: Subjects) -> Subjects:
    """``在鸡冠乡大北沟村,…场长林岩说。`` … ``林岩的农场里,146栋地棚…``: a grower or manager introduced in a town
    or village keeps it; where a later sentence opens a clause on his name, his figures are that place's."""
    text, out = sent.text, []
    for m in _PERSON.finditer(text):
        name = m.group(1)
        known = ctx.people.get(name) or ctx.people.get(name[:2])
        if known is not None:
            out.append((m.start(), known))
            continue
        before = [p for pos, p in subjects if pos <= m.start()]
        here = before[-1] if before else ctx.current()
        if here is not None and here.level in ("township", "village"):
            ctx.people.setdefault(name, here)
            ctx.people.setdefault(name[:2], here)
    for name, p in ctx.people.items():
        at = text.find(name)
        while at >= 0:  # where a clause opens on the name
            if at == 0 or text[at - 1] in ",。;:“":
                out.append((at, p))
                at = text.find(name, at + len(name))
            else:
                at = text.find(name, at + 1)
    return out


def place_for(f: Figure, subjects: Subjects, ctx: PlaceContext) -> Place | None:
    """``全县…,其中旺隆镇增长8%``: the last subject before the figure, else the place in force when the sentence
    began (``同比增长3.7%,…康平县实现…``: a place the sentence names after the figure is not carried back to it)."""
    before = [p for pos, p in subjects if pos <= f.start]
    if before:
        return before[-1]
    return ctx.entering if ctx.entering is not None else ctx.current()
