"""Which place an article as a whole is about: the frame every figure that names no place falls back to.

Owns: the place given with the article (also written as a chain, ``惠州市惠东县``) and, without it, a
vote among the places the text names, read as ordered named rules that each add evidence:

- ``position``: a place named in the title or lead counts more than one named further down
  (``吕梁市离石区重点项目建设扎实推进``);
- ``chain``: a place named right after its parent is the innermost, the parent only qualifies it
  (``绍兴市柯桥区``, ``綿陽市涪城區``, ``锡山区东港镇``);
- ``organ``: a place followed by its government, congress or bureau speaks for itself
  (``我代表闽清县人民政府``, ``来源:固镇县统计局`` counts less: a publisher is not always the subject);
- ``references``: the words the text uses for its subject (``全镇``, ``全县``, ``全区``, ``全市``, ``全省``)
  must fit the place's kind (``湖镇镇…全镇`` is a township's report, ``龙岩市统计局…全市`` a prefecture's);
- ``headline``: the first place a short opening line names is its subject (``东港镇经济发展后劲…``);
- ``common_parent``: a text naming its subject only by its reference word (``全盟``), while naming places
  inside it, is about the parent they share;
- zones named in the title or lead (``雅安经开区:一季度…``, ``淄博高新区在…居全市第一``) compete as places;
- ``villages``: a village the title or lead names and the text names again competes too (a feature story about
  one village: ``漂草沟村的茶叶…``, ``…全村…``); named right after its township (``甲县乙镇丙村村民``), the township
  only qualifies it, as a chain's parents do;
- ``unsure``: only when nothing else names a place, a place left out as unsure (a short form named once or
  borne by several places, ``…发展的云城``, ``淮安日报讯``, or the paper the text comes from, ``(来源:玉溪日报)``)
  is the subject when its kind fits the text's reference words (``全区``, ``全市``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .context import PlaceContext
from .place_patterns import in_a_frame, is_a_field, is_a_member, is_a_venue, village_mentions
from .regions import Mention, Place, full_provinces_of
from .vocabulary import alternation
from .where_written import is_in_source
from .zone_finding import find_zones, zone_key

_COMPANY = re.compile(alternation("company_words.csv"))
_SPECIFIC = ("zone", "township", "village", "county", "prefecture", "province", "other")
HEAD = 600  # the title and lead
TITLE = 150
_ORGAN_AFTER = re.compile(rf"^(?:{alternation('organ_words.csv')})")
_REFERENCES = {
    "town": re.compile(r"(?:全|该|我|本)(?:镇|乡|街道|苏木)(?![长委])"),
    "county": re.compile(r"(?:全|该|我|本)(?:县|旗)(?![长委])"),
    "district": re.compile(r"(?:全|该|我|本)区(?![长委])"),
    "city": re.compile(r"(?:全|该|我|本)市(?![长委])"),
    "province": re.compile(r"(?:全|该|我|本)省(?![长委])"),
    "league": re.compile(r"(?:全|该|我|本)盟(?![长委])"),
    "zhou": re.compile(r"(?:(?<![\u4e00-\u9fff])全|该|我|本)州(?![长委县])"),
    "village": re.compile(r"(?:全|该|我|本|这个)村(?![长委干])"),
}
# all of them in one scan, tried only where 全/该/我/本/这 stands (each opens so; no two can overlap)
_ANY_REFERENCE = re.compile("(?=[全该我本这])(?:" + "|".join(f"(?P<{k}>{rx.pattern})" for k, rx in _REFERENCES.items()) + ")")


def _reference_counts(text: str) -> dict[str, int]:
    """How often the text calls a place by each kind's reference word (``全县``, ``该市``…), not counting those in
    a ranking's or comparison's frame (``居全省第五位``, ``高于全省平均水平``)."""
    counts = dict.fromkeys(_REFERENCES, 0)
    for m in _ANY_REFERENCE.finditer(text):
        if not in_a_frame(text, m.start(), m.end()):
            counts[m.lastgroup or ""] += 1
    return counts


def place_kind(p: Place) -> str:
    """Which reference word stands for the place: 全镇, 全县, 全区, 全市 or 全省."""
    if p.level == "township":
        return "town"
    if p.level == "village":
        return "village"
    if p.level == "province":  # an autonomous region calls itself 全区, 我区
        return "district" if p.name.endswith("自治区") else "province"
    if p.level == "prefecture":
        return {"盟": "league", "州": "zhou"}.get(p.name[-1:], "city")
    if p.level == "zone":
        return "district" if p.name.endswith("区") else "zone"
    return {"县": "county", "旗": "county", "区": "district", "市": "city"}.get(p.name[-1:], "county")


@dataclass
class _Ballot:
    text: str
    mentions: list[Mention]
    ctx: PlaceContext
    score: dict[Place, float] = field(default_factory=dict)
    body: dict[Place, float] = field(default_factory=dict)  # mentions below the lead, capped
    qualifiers: set[int] = field(default_factory=set)  # mentions that only qualify the next (a chain's parents)
    places: dict[int, Place] = field(default_factory=dict)  # mention start → the place it stands for
    zones: list[tuple[int, int, str]] = field(default_factory=list)
    headline: Place | None = None  # the place an opening line names first
    common_parent: Place | None = None  # the parent the places named share, called by its reference word
    references: dict[str, int] = field(default_factory=dict)  # how often each reference word (全县, 全市…) occurs
    unsure: list[Place] = field(default_factory=list)  # one-candidate places left out: a short form named once, a paper's
    villages: list[tuple[int, int, str]] = field(default_factory=list)  # villages named (found by their shape)
    village_in: dict[str, Place] = field(default_factory=dict)  # a village → the place named right before it

    def add(self, p: Place, points: float) -> None:
        self.score[p] = self.score.get(p, 0.0) + points


def _resolve_all(b: _Ballot) -> None:
    """One place per mention: a township or short form only when the text supports it. A place inside a
    zone's name (``淄博`` in ``淄博高新区``) is the zone's, not a mention of its own."""
    zone_starts = [s for s, _e, _n in b.zones]  # in text order

    def in_zone(pos: int) -> bool:
        k = bisect.bisect_right(zone_starts, pos) - 1
        return k >= 0 and pos < b.zones[k][1]

    # 红塔集团, 成都银行: a company or product named after the place is not a mention of it
    b.unsure = [c for m in b.mentions if not in_zone(m.start) and _COMPANY.match(b.text, m.end) for c in m.candidates]
    b.mentions = [m for m in b.mentions if not in_zone(m.start) and not _COMPANY.match(b.text, m.end)
                  and not is_a_member(b.text, m.start)]  # 我区(包括铜仁高新区): a part counted in, not the subject
    full_provinces = full_provinces_of(b.mentions)
    counties = {c for m in b.mentions if not m.short for c in m.candidates if c.level in ("county", "prefecture")}
    surfaces = Counter(m.surface for m in b.mentions)
    prev: Mention | None = None
    for m in b.mentions:
        cands = list(m.candidates)
        # 宁波市奉化区, (天津市)和平区: a place right after its parent (or its bracketed parent) is the one named
        parent = b.places.get(prev.start) if prev is not None and b.text[prev.end : m.start] in ("", ")", "）") else None
        inner = [c for c in cands if parent is not None and b.ctx.gaz.parent(c) in (parent, None) and _inside(b, c, parent)]
        if inner:
            b.places[m.start] = inner[0]
            b.qualifiers.add(prev.start)  # type: ignore[union-attr]
        elif m.short:
            local = [c for c in cands if c.province in full_provinces]
            repeated = surfaces[m.surface] >= 2
            if len(local) == 1 or (len(cands) == 1 and (repeated or m.start < TITLE)):
                b.places[m.start] = (local or cands)[0]
            else:
                b.unsure.extend(cands)  # 淮安日报讯…全市: 淮安市 or 淮安区, the reference word tells which
        elif cands[0].level == "township":
            near = [c for c in cands if b.ctx.gaz.parent(c) in counties]
            b.places[m.start] = (near or cands)[0]
        else:
            near = [c for c in cands if c.province in full_provinces and c.level != "province"] if len(cands) > 1 else []
            b.places[m.start] = (near or cands)[0]
        prev = m
    ends = {m.end: m.start for m in b.mentions if m.start in b.places}
    for s, _e, name in b.villages:  # 勉县漆树坝镇漂草沟村: the village is the innermost, the township only qualifies it
        if s in ends:
            b.qualifiers.add(ends[s])
            b.village_in.setdefault(name, b.places[ends[s]])


def _inside(b: _Ballot, child: Place, parent: Place) -> bool:
    p: Place | None = child
    for _ in range(3):
        p = b.ctx.gaz.parent(p) if p is not None else None
        if p == parent:
            return True
    return False


def rule_position(b: _Ballot) -> None:
    for m in b.mentions:
        p = b.places.get(m.start)
        if p is None or m.start in b.qualifiers:
            continue
        if is_in_source(b.text, m.start) or is_a_venue(b.text, m.start, m.end) or is_a_field(b.text, m.start, m.end):
            b.add(p, 0.5)  # where the text was written or an event held, not what it is about
        elif m.start < TITLE:
            b.add(p, 3.0)
        elif m.start < HEAD:
            b.add(p, 2.0)
        else:
            b.body[p] = b.body.get(p, 0.0) + 1.0
    for p, n in b.body.items():
        b.add(p, min(n, 6.0))


def rule_chain(b: _Ballot) -> None:
    for m in b.mentions:
        p = b.places.get(m.start)
        if p is None or is_in_source(b.text, m.start):
            continue
        if m.start < HEAD and any(q + 1 <= m.start <= q + 12 for q in b.qualifiers):
            if any(b.places.get(q) is not None and b.places[q] != p and _inside(b, p, b.places[q]) for q in b.qualifiers):
                b.add(p, 4.0)


def rule_organ(b: _Ballot) -> None:
    for m in b.mentions:
        p = b.places.get(m.start)
        if p is None or m.start >= HEAD or is_in_source(b.text, m.start):
            continue
        if _ORGAN_AFTER.match(b.text[m.end : m.end + 8]):
            b.add(p, 3.0)


def rule_zones(b: _Ballot) -> None:
    """A zone named in the title or lead is a candidate; its mentions anywhere count."""
    keyed = [(s, zone_key(name)) for s, _e, name in b.zones]  # each mention's key once, not once per key named early
    keys = {k for s, k in keyed if s < HEAD}
    for key in keys:
        # 盘锦辽东湾新区, then 辽东湾新区: one zone
        hits = [s for s, k in keyed if len(k) >= 4 and key.endswith(k)]
        if not hits:
            continue  # a name too short to be counted (园区 alone)
        first = min(hits)
        name = b.ctx.full_zone_name(key)
        home = b.ctx.home_of(name)
        # 金普新区, 贵安新区: a zone whose name starts with no place is a candidate when the text keeps naming it
        # (three times; 葛店经开区: twice, once in the title)
        if home is None and (len(hits) < (2 if first < TITLE else 3) or any(k != key and key.endswith(k) for k in keys)):
            continue
        b.add(b.ctx.zone_place(name, home), (3.0 if first < TITLE else 2.0) + min(len(hits) - 1, 6))


def rule_villages(b: _Ballot) -> None:
    """``漂草沟村的茶叶致富路``, then ``漂草沟村…全村…``: a village the title or lead names, and the text names again,
    is a candidate (a feature story about one village), its mentions anywhere counting as a zone's do; named in
    the lead right after its township (``勉县漆树坝镇漂草沟村``) it counts as a chain's innermost does, also named
    only once there where the text keeps calling it by its reference word (``这个村``, ``该村``)."""
    hits: dict[str, list[int]] = {}
    for s, _e, name in b.villages:
        hits.setdefault(name, []).append(s)
    ends = {m.end for m in b.mentions}
    for name, starts in hits.items():
        first = min(starts)
        # 这个村就是奉节县永乐镇长凼村: named once after its township, in a text that keeps calling it 这个村
        if first < HEAD and (len(starts) >= 2 or len(hits) == 1 and name in b.village_in and b.references["village"] >= 2):
            chained = sum(1 for s in starts if s < HEAD and s in ends) if name in b.village_in else 0
            b.add(b.ctx.village_place(name, None), (3.0 if first < TITLE else 2.0) + min(len(starts) - 1, 6) + 4.0 * chained)


def rule_headline(b: _Ballot) -> None:
    """The first place or zone a short opening line names is its subject (``东港镇经济发展后劲…``,
    ``淄博高新区在…居全市第一``), not the publisher's chrome around it."""
    pos = 0
    for line in b.text[: TITLE * 2].split("\n"):
        end = pos + min(len(line), 60)
        if len(line) >= 2:
            firsts = [(m.start, b.places[m.start]) for m in b.mentions if pos <= m.start < end and m.start in b.places
                      and m.start not in b.qualifiers and not is_in_source(b.text, m.start)]
            for s, _e, n in b.zones:
                if pos <= s < end and not is_in_source(b.text, s):
                    home = b.ctx.home_of(n)
                    z = b.ctx.zone_place(b.ctx.full_zone_name(n), home)
                    if home is not None or z in b.score:  # 金普新区: a candidate
                        firsts.append((s, z))
            villages = [(s, b.ctx.village_place(n, None)) for s, _e, n in b.villages if pos <= s < end]
            firsts += [(s, v) for s, v in villages if v in b.score]
            if (bare := _bare_zone_named(b, line)) is not None:
                firsts.append((pos + bare[0], bare[1]))
            if firsts:
                b.headline = min(firsts, key=lambda t: t[0])[1]
                b.add(b.headline, 4.0)
                return
        pos += len(line) + 1


_BARE_KIND = re.compile(r"(?:^|(?<=\s))(高新区|经开区|开发区)")


def _bare_zone_named(b: _Ballot, line: str) -> tuple[int, Place] | None:
    """``高质量发展步履铿锵 高新区连续三年获苏州先进``, then ``太仓高新区榜上有名``: a title (or a part of it) opening
    on a zone's bare kind is about the zone of that kind the title or lead names in full."""
    if (m := _BARE_KIND.search(line)) is None:
        return None
    full = next((n for s, _e, n in sorted(b.zones) if s < HEAD and n.endswith(m.group(1)) and n != m.group(1)), "")
    return (m.start(), b.ctx.zone_place(b.ctx.full_zone_name(full), b.ctx.home_of(full))) if full else None


def rule_references(b: _Ballot) -> None:
    counts = b.references
    if not any(counts.values()):
        return
    for p in list(b.score):
        n = counts.get(place_kind(p), 0)
        if n:
            b.add(p, 2.0 + min(n, 4))


def rule_common_parent(b: _Ballot) -> None:
    """``全盟县域…突泉县…阿尔山市…``, ``全省…天水市…酒泉市…``: a text that speaks of its subject only by its
    reference word, while naming places inside it, is about the parent those places share."""
    kind, n = max(b.references.items(), key=lambda kv: kv[1])
    if n < 1 or n < 2 and kind == "province":
        return  # (a province's 全省 said once is a comparison's field, not the text's subject)
    parents: Counter[Place] = Counter()
    for p in b.score:
        for up in b.ctx._chain(p)[1:]:
            if place_kind(up) == kind:
                parents[up] += 1
    if parents:
        parent, children = parents.most_common(1)[0]
        same = [p for p in b.score if place_kind(p) == kind and p != parent]  # the parent may be named too (安庆经开区)
        # another prefecture named (永州市 in 衡阳市's text) weighs only with as many of its own places named
        if any(p.level != "county" and (parent.level != "prefecture" or 2 * parents[p] >= children) for p in same):
            return
        counties = [p for p in b.score if p.level == "county"]  # 十强县(市)依次是:晋江市、石狮市、福清市…: a province's,
        if parent.level == "prefecture" and 2 * sum(parent in b.ctx._chain(p) for p in counties) < len(counties):
            return  # across its cities, not a city's going through its counties
        # 全市…古塔区、凌河区…北镇市、凌海市: county-level cities among four or more of a city's places are its parts
        # 全区 of an autonomous region: only when the text goes through four or more of its places
        if children >= (4 if same or parent.level == "province" or n < 2 else 2):
            b.common_parent = parent
            b.add(parent, max(b.score.values()) + 1.0)


def rule_unsure(b: _Ballot) -> None:
    """``全区共签约项目58个…打造高质量发展的云城``, ``全市工业园区…(来源:玉溪日报)``: a text that names no place
    for sure, but speaks of its subject by a reference word, is about the one unsure place of that kind."""
    if b.score:
        return
    fits = {p for p in b.unsure if b.references.get(place_kind(p), 0) >= 1}
    if len(fits) == 1:
        b.add(fits.pop(), 1.0)


RULES: tuple[Callable[[_Ballot], None], ...] = (
    rule_position, rule_chain, rule_organ, rule_zones, rule_villages, rule_headline, rule_references, rule_common_parent, rule_unsure,
)


def given_place(given: str, ctx: PlaceContext) -> Place | None:
    """The place given with the article: a name, or a chain of names (``惠州市惠东县``): the innermost; a zone's
    name (``雅安经济开发区``) gives the zone."""
    cands = ctx.gaz.lookup(given)
    if cands:
        return cands[0]
    mentions = ctx.gaz.mentions(given)
    zones = find_zones(given, mentions)
    if zones and zones[-1][1] == len(given):  # 楚雄高新技术产业开发区: a zone, named in full or after its place
        ctx.learn_zone_names(zones[-1:])  # (the text's 张家口经开区 is the 张家口经济开发区 given, by the name given)
        name = ctx.full_zone_name(zones[-1][2])
        return ctx.zone_place(name, ctx.home_of(name))
    b = _Ballot(given, mentions, ctx, zones=zones)
    _resolve_all(b)
    inner = [b.places[m.start] for m in b.mentions if m.start in b.places and m.start not in b.qualifiers]
    return inner[-1] if inner else None


def _opens_on_province(b: _Ballot) -> bool:
    """``山东省财政厅发布信息显示,2016年全省…;青岛市…``, ``央广网贵阳…消息 贵州省…集中开工,贵阳市项目30个;遵义市…``:
    a text whose opening names a province first is the province's when the province clearly leads the vote, or
    leads it while the text goes through its prefectures (``(安徽省)来安县…``: the province only qualifies), and
    the text's own reference words are not another kind's (``湖南民生在线…双峰…全县``: a county's page on a site)."""
    p = b.headline
    if p is None or p.level != "province" or not b.score:
        return False
    own = b.references.get(place_kind(p), 0)
    if any(n > own for n in b.references.values()):
        return False
    others = sorted((s for q, s in b.score.items() if q != p), reverse=True)
    runner = others[0] if others else 0.0
    prefectures = sum(1 for q in b.score if q.level == "prefecture" and q.province == p.name)
    zoned = own < 1 and any(q.level == "zone" for q in b.score)  # 宁夏行…走进宁东能源化工基地: the zone visited
    return (not zoned and b.score[p] >= 1.5 * runner) or (b.score[p] > runner and prefectures >= 4)


def main_place(text: str, mentions: list[Mention], ctx: PlaceContext, given: str | None,
               zones: list[tuple[int, int, str]]) -> Place | None:
    """The place the article is about (see the module's rules)."""
    if given:
        p = given_place(given, ctx)
        if p is not None:
            return p
    b = _Ballot(text, mentions, ctx, zones=[z for z in zones if not is_a_member(text, z[0])],
                references=_reference_counts(text), villages=village_mentions(text))
    _resolve_all(b)
    for rule in RULES:
        rule(b)
    kind = max((place_kind(p) for p in b.score if p.level == "province"), key=lambda k: b.references.get(k, 0), default="province")
    own = b.references.get(kind, 0)
    lower = max((s for p, s in b.score.items() if p.level != "province"), default=0.0)
    if b.common_parent is None and not _opens_on_province(b) and (own < 2 or any(n > own for k, n in b.references.items() if k != kind) or
                                    lower >= 0.5 * max(b.score.values(), default=0.0)):
        b.score = {p: s for p, s in b.score.items() if p.level != "province"}  # a province only in its own words
    if not b.score:
        return None
    best = max(b.score.values())
    top = [p for p, s in b.score.items() if s == best]
    # 三河市…统计公报, with 廊坊市 named more often: the title names the subject; not a city's text that speaks of
    # itself only as 全市 while it goes through its districts (全市…古塔区…凌河区…北镇市)
    parent_city = b.common_parent is not None and b.common_parent.level != "province"
    if b.headline is not None and not parent_city and b.headline not in top and any(t in ctx._chain(b.headline)[1:] for t in top):
        return b.headline
    # on a tie, the most specific place: a zone or township before its county, a county before its prefecture
    won = min((p for p, s in b.score.items() if s == best), key=lambda p: _SPECIFIC.index(p.level))
    if won.level != "village":
        return won
    frames = [p for p in b.score if p.level in ("township", "county", "prefecture")]  # where the village lies
    frame = b.village_in.get(won.name) or max(frames, key=lambda p: (b.score[p], -_SPECIFIC.index(p.level)), default=None)
    return ctx.village_place(won.name, frame)

