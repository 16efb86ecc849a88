"""Which place a figure is about: the article's, its section's, its paragraph's or its sentence's.

Owns: resolving gazetteer mentions to one place using the places around them (same-name places
told apart by province or prefecture), references such as ``该县``, ``全县``, ``我县``, ``全市``,
``全省`` (only opening a clause, or after the year that opens it: ``2021年全省…``; ``获全省改革突破奖`` is a
prize's name), ``园区``, bylines and headlines that open a section, and the zones a text names (found by
``zone_finding``): their full names and the places they lie in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .place_patterns import in_a_frame, opens_clause_with_figure, village_mentions
from .regions import Gazetteer, Mention, Place, short_form
from .vocabulary import alternation
from .zone_finding import is_bare_zone, zone_key

# (a lookahead on the alternatives' first characters, before their group: tried only where one can start)
_REF = re.compile(
    r"(?=[全该我本咱县市园新开村])(?:(?P<county>全县|该县|我县|本县|县域|县委|县政府)|(?P<city>全市|该市|我市|本市|市委|市政府)|"
    r"(?P<district>全区|该区|我区|本区)|(?P<zone>园区|新区|开发区)|(?P<town>全镇|该镇|我镇|本镇|全乡|该乡|我乡|本乡)|(?P<village>全村|该村|本村|我村|咱村|村里)|"
    r"(?P<province>(?:(?<![^,;:。!?\n])|(?<=[,;:。!?\n]\d{4}年)|(?<=^\d{4}年))(?:全省|该省|我省|本省)(?!首|唯一|第|率先|领先|前列|平均|排名|范围|各|\d)))"
)
_BYLINE = re.compile(r"(?:县|市|区|州|旗)(?:委书记|委副书记|长|委常委|人民政府)")


@dataclass
class PlaceContext:
    """The places in force while reading an article from top to bottom."""

    gaz: Gazetteer
    article: Place | None = None
    section: Place | None = None
    paragraph: Place | None = None
    zones: dict[str, Place] = field(default_factory=dict)
    last_zone: Place | None = None
    last_town: Place | None = None  # the township a paragraph is about, for 全镇 / 该乡
    town_named: Place | None = None  # the township last named in the article, paragraphs before included
    last_county: Place | None = None  # the county last named, for 该县 / 全县 in a prefecture's or province's article
    last_village: Place | None = None  # the village a paragraph is about, for 全村 / 该村
    people: dict[str, Place] = field(default_factory=dict)  # 种植户刘元 → the town or village he was introduced in
    zone_names: dict[str, str] = field(default_factory=dict)  # zone key → the fullest name the text uses
    carried: Place | None = None  # the paragraph's place is a township or village carried on from a sentence before
    entering: Place | None = None  # the place in force when the sentence being read began
    carried_para: int = -1  # the paragraph that ended with ``carried`` still its place
    chains: dict[Place, tuple[Place, ...]] = field(default_factory=dict)  # a place → ``_chain(place)``

    def learn_zone_names(self, zones: list[tuple[int, int, str]]) -> None:
        """``雅安经开区`` and ``雅安经济开发区`` in one text: the region is named by the full form."""
        for _s, _e, name in zones:
            key = zone_key(name)
            if len(name) > len(self.zone_names.get(key, "")):
                self.zone_names[key] = name

    def full_zone_name(self, name: str) -> str:
        """The fullest name of a zone: as the text writes it at most length, and a prefecture's ``淄博高新区`` (or a
        municipality's ``重庆高新区``) by its official name ``淄博高新技术产业开发区`` (a county's ``碧江高新区`` stays);
        a short name the text never spells out in full by the official name its kind has (``彭山经开区``: 彭山经济开发区;
        a place's bare ``西宁开发区``: 西宁经济技术开发区)."""
        full = self.zone_names.get(zone_key(name), name)
        if (city := _CITY_NAMED.match(full)) and self.gaz.lookup(city.group()) and full.endswith(_OFFICIAL_KINDS):
            full = city.group(1) + full[city.end() :]  # 邹城经济开发区 (not 都市新区; 温岭市东部产业集聚园区 as written)
        if full.endswith("开发区") and {p.level for p in self.gaz.lookup(full[:-3])} & {"county", "prefecture"}:
            return full[:-3] + "经济技术开发区"  # 西宁开发区, 吴江开发区: a place's bare 开发区 is its national zone
        if not full.endswith(("高新区", "经开区")):
            return full  # 新疆塔城重点开发开放试验区: as the text names it, province and all
        for m in self.gaz.mentions(full[:6]):
            if m.start == 0 and m.candidates[0].level == "province" and len(full) - m.end >= 4:
                full = full[m.end :]  # 山东潍坊高新区: the province only qualifies the name its kind is given after
            break
        owner = full[:-5] if full.endswith("国家高新区") else full[:-3]  # 海口国家高新区: 海口国家高新技术产业开发区
        places = self.gaz.lookup(owner)
        levels = {p.level for p in places} | {"city" for p in places if p.level == "province" and p.name.endswith("市")}
        if full.endswith("高新区") and levels & {"prefecture", "city"}:
            return full[:-3] + "高新技术产业开发区"  # 淄博高新区, 重庆高新区 (a municipality): a city's, named in full
        if full.endswith("国家高新区") and len(owner) >= 2:
            return owner + "高新技术产业开发区"  # 秀洲国家高新区: a national zone is named so after any place
        if full.endswith("经开区") and levels & {"county", "prefecture", "province"}:
            # 彭山经开区: a county's zone is (provincial) 彭山经济开发区; a city's (雅安经开区, 天津经开区) is …经济技术开发区
            return owner + ("经济技术开发区" if levels & {"prefecture", "province"} else "经济开发区")
        if full.endswith(("经开区", "高新区")) and not levels and len(owner) >= 2:
            return owner + _OFFICIAL[full[-3:]]  # 葛店经开区, 东湖高新区, after no place: most such zones are national
        return full

    def resolve(self, mention: Mention, text: str) -> Place | None:
        """One place for a mention: the candidate that fits the places around it."""
        cands = list(mention.candidates)
        before = text[max(0, mention.start - 12) : mention.start]
        for c in cands:
            if c.prefecture and c.prefecture != c.name and (c.prefecture in before or c.prefecture[:2] in before[-4:]):
                return c
        frame = self.paragraph or self.section or self.article
        if frame is not None:
            # a short form (新建, 永安) is often a plain word: in a county's article it must be a neighbour
            # in the same prefecture; a full name may be anywhere in the province
            # (not in a province's round-up going through its counties, where a county heads each section)
            whole = self.article is not None and self.article.level == "province"
            keys = ("prefecture",) if mention.short and frame.level in ("county", "township", "zone") and not whole \
                and not _named_as_a_place(mention, text) else ("prefecture", "province")
            for key in keys:
                same = [c for c in cands if getattr(c, key) and getattr(c, key) == getattr(frame, key)]
                if same:
                    return same[0]
        if mention.short and frame is not None:
            return None  # a short form outside the article's province is usually a company or a road
        if len(cands) > 1 and any(c.level == "township" for c in cands):
            return None  # a township name alone, with many namesakes and no county around it
        return cands[0]

    def village_place(self, name: str, frame: Place | None) -> Place:
        """A village, coded with the county that contains it."""
        if frame is None:
            return Place(name, "", "village", "", "")
        county = frame.county if frame.level in ("township", "village") else (frame.name if frame.level == "county" else "")
        code = frame.code if frame.level in ("county", "township", "village") else ""  # a village in a village's story: its county
        return Place(name, code, "village", frame.province, frame.prefecture, county)

    def zone_place(self, name: str, frame: Place | None) -> Place:
        name = self.full_zone_name(name)
        base = frame or self.article
        if is_bare_zone(name) and (named := self._named_in_full(name)):
            name = self.full_zone_name(named)  # 雅安经济开发区 … 经开区: the one zone of that kind the text names in full
        elif base is not None and is_bare_zone(name):
            name = self._named_after(name, base)  # 市开发区 in 六安市's article: 六安经济技术开发区
        home = self.home_of(name)
        if home is not None and (base is None or base.level == "province" or base in self._chain(home)[1:]):
            base = home  # 嘉峪关工业园区 in a province's article: the city its name starts with
        if base is None:
            return Place(name, "", "zone", self.gaz.province_opening(name), "")
        return Place(name, base.code, "zone", base.province or self.gaz.province_opening(name), base.prefecture)

    def _named_in_full(self, bare: str) -> str:
        """The one zone of a bare kind's sort (``经开区``: an 经济(技术)开发区) the text names in full, if one."""
        kinds = {"经开区": ("经济技术开发区", "经济开发区", "经开区"), "高新区": ("高新技术产业开发区", "高新区")}.get(bare.lstrip("市县"), ())
        full = {n for n in self.zone_names.values() if n.endswith(kinds) and not is_bare_zone(n)} if kinds else set()
        return full.pop() if len(full) == 1 else ""

    def _named_after(self, name: str, base: Place) -> str:
        """A zone named bare by its kind (``经开区``, ``市开发区``) takes the name of the place it is the zone of:
        the prefecture (for ``市…`` or in a prefecture's text), else the county, in its official form; where a zone
        of that kind is in force (雅安经济开发区), that zone; of another kind, the place that zone lies in."""
        if base.level == "zone" and zone_key(base.name).endswith(zone_key(name.lstrip("市县"))):
            return base.name  # the zone in force is the one meant
        base = next((p for p in self._chain(base) if p.level in ("county", "prefecture")), base)
        if base.level == "zone":
            return name
        owner = base  # (藁城区(63.3亿元)、高新区(61.9亿元) in 石家庄市's article: the city's zone, not 藁城's)
        city = self.article if self.article is not None and self.article.level == "prefecture" else None
        if name[0] == "市" or base.level not in ("county", "prefecture") or (name[0] != "县" and city in self._chain(base)[1:]):
            owner = next((p for p in self._chain(base) if p.level == "prefecture"), base)
        short = short_form(owner.name, owner.level) or owner.name
        kind = name.lstrip("市县")
        return short + _OFFICIAL.get(kind, kind)

    def home_of(self, zone: str) -> Place | None:
        """``赣州经开区``, ``天津经开区`` with no place around it: the one county, prefecture or province-level city its
        name starts with; a name shared by a prefecture and a county inside it (``东营港经济开发区``: 东营市, 东营区) is the prefecture's."""
        zone = self.full_zone_name(zone)
        for k in (4, 3, 2):
            cands = [c for c in self.gaz.lookup_any(zone[:k]) if c.level in _HOMES or c.level == "province" and c.name[-1] == "市"]
            if len(cands) == 1:
                return cands[0]
            tops = [c for c in cands if c.level == "prefecture"]
            if len(tops) == 1 and (all(c.prefecture == tops[0].name for c in cands) or zone[k:].startswith(_CITY_ZONES)):
                return tops[0]  # 西安高新区 (not 辽源's 西安区): a national zone's kind after a name is the city's
        # 中国(广西)自由贸易试验区钦州港片区: the last county or prefecture named inside it
        for i in range(len(zone) - 2, 0, -1):
            for k in (3, 2):
                named = self.gaz.lookup(zone[i : i + k])
                if len(named) == 1 and named[0].level in ("county", "prefecture"):
                    return named[0]
        return None

    def current(self) -> Place | None:
        return self.paragraph or self.section or self.article

    def going_on(self, subjects: list[tuple[int, Place]], pos: int) -> Place | None:
        """The place in force at ``pos`` of a sentence: the last subject named by then, else the one it began with."""
        return next((p for at, p in reversed(subjects) if at <= pos), self.entering)

    def reference(self, kind: str) -> Place | None:
        """What 全县 / 全市 / 全区 / 园区 / 全镇 stand for here."""
        cur = self.current()
        if kind == "zone":
            return self.last_zone or cur
        if kind.startswith("village:"):  # a village named: inside the township or county in force
            self.last_village = self.village_place(kind[len("village:") :], self.last_town or cur)
            return self.last_village
        if kind == "village":
            return self.last_village
        if cur is None:
            return None
        chain = self._chain(cur)
        if kind == "town":
            if self.last_town is not None:
                return self.last_town
            # 位于交口县西南部的石口镇…。(new paragraph) 该镇已培育…: the township named last, not the county
            return next((p for p in chain if p.level == "township"), self.town_named or cur)
        if kind == "county":
            return next((p for p in chain if p.level == "county"), cur)
        if kind == "city":
            for p in chain:
                if p.level == "county" and p.name.endswith("市"):
                    return p
                if p.level == "prefecture" or p.level == "province" and p.name.endswith("市"):
                    return p  # 嘉定区…远超全市8.1%: a municipality's district calls the municipality 全市
            return cur
        if kind == "province":
            return next((p for p in chain if p.level == "province"), None)
        if kind == "district":
            for p in chain:
                if p.level == "county" and p.name.endswith("区"):
                    return p
                if p.level in ("prefecture", "province"):
                    break
            return None
        return cur

    def _chain(self, place: Place) -> tuple[Place, ...]:
        """The place and those above it, innermost first (a zone's or village's: the county it is coded with), once an article."""
        chain, known = [place], self.chains.get(place)
        while known is None:
            parent = self.gaz.parent(chain[-1]) if chain[-1].level not in ("zone", "village") else self.gaz.by_code.get(chain[-1].code)
            if parent is None or parent in chain:
                known = self.chains[place] = tuple(chain)
            else:
                chain.append(parent)
        return known


def _named_as_a_place(m: Mention, text: str) -> bool:
    """``慈溪(2639亿)、义乌(2055亿)``, ``2023年,乐清实现地区生产总值…``: a short form listed with its figure or opening a
    clause that runs on to a figure is a place, in the province if not the prefecture."""
    return text[m.end : m.end + 1] in ("(", "（") and text[m.start - 1 : m.start] in ("、", ",", "为", ":") \
        or opens_clause_with_figure(text, m.start, m.end)


_OFFICIAL_KINDS = ("开发区", "高新区", "经开区", "工业园区", "综合保税区", "保税区")  # the kinds a zone is officially named with
_OFFICIAL = {"经开区": "经济技术开发区", "开发区": "经济技术开发区", "高新区": "高新技术产业开发区"}  # a national zone's name by its kind
_CITY_NAMED = re.compile(r"^([\u4e00-\u9fff]{2,3})市(?=[\u4e00-\u9fff]{2})")
_HOMES = ("county", "prefecture")  # a zone's home; or a province-level city (天津市)
_CITY_ZONES = ("高新", "国家高新", "经济技术开发区", "经开区", "综合保税区", "保税")  # kinds named after their city
# ``晋升为国家农业可持续发展试验示范区``, ``创建了全国…基地、国家级出口枸杞质量安全示范区``: a title earned
_DESIGNATION = re.compile(rf"(?:{alternation('designation_verbs.csv')})[^,;。:!?]{{0,20}}$")


def is_a_designation(text: str, start: int) -> bool:
    """``新增高标准农田49.1万亩`` after ``晋升为…试验示范区``: a zone the place is made (a title it earns) is
    not the subject of the figures that follow; the place that earned it is (data/designation_verbs.csv)."""
    return bool(_DESIGNATION.search(text[max(0, start - 30) : start]))


def is_byline(line: str) -> bool:
    return len(line) <= 40 and bool(_BYLINE.search(line))


def reference_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of reference words that stand for a place, skipping ranking frames, and of
    villages named (kind ``village:<name>``), in text order."""
    out = [(s, e, f"village:{name}") for s, e, name in village_mentions(text)]
    for m in _REF.finditer(text):
        if in_a_frame(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), m.lastgroup or ""))
    return sorted(out)


# ``甲新区和乙园区``, ``开发区、大桥镇``, ``各县(市、区)、丙产业园``: places named together as one subject
_JOINT = re.compile(r"(?:\([^()\d]{0,12}\))?(?:、|和|与|及|以及)")  # not 陇南市(57.3%)、: each its own figure
_GROUP_BEFORE = re.compile(r"各[县市区乡镇村园][^,;。:]{0,8}?(?:、|和|与|及|以及)$")
_CLAUSE_MARK = re.compile(r"[,;。]")  # the nearest one, found in one scan
_EACH = re.compile(r"^等|分别|各自|依次|均|各[为达]|位列|位居|居|排名|排在|列")


def joint_subjects(frame: Place | None, text: str, named: list[tuple[int, int, Place]],
                   out: list[tuple[int, Place]]) -> list[tuple[int, Place]]:
    """``协同推进甲新区和乙园区建设,总投资166亿元的37个项目``, ``此次开发区、大桥镇共有5个重大项目``: figures
    after places named together (``、``, ``和``, ``与``, ``及``, or after a group such as ``各县(市、区)``) are for
    them together: the place in force (their frame), not the last one named. Not where each has its own
    (``分别``, ``均``, ``位列``, ``A、B等地``: the items are read one by one elsewhere)."""
    if frame is None or not named:
        return out
    items: list[tuple[int, int, Place]] = []
    for a, b, p in named:  # 广梅产业园(梅州高新区): a name in brackets right after a place is its other name
        if items and text[items[-1][1] : a] == "(" and text[b : b + 1] == ")":
            items[-1] = (items[-1][0], b + 1, items[-1][2])
        else:
            items.append((a, b, p))
    extra: list[tuple[int, Place]] = []
    k = 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and _JOINT.fullmatch(text[items[j][1] : items[j + 1][0]]):
            j += 1
        grouped = j > k or bool(_GROUP_BEFORE.search(text[max(0, items[k][0] - 14) : items[k][0]]))
        end = items[j][1]
        mark = _CLAUSE_MARK.search(text, end)
        clause_end = mark.start() if mark else len(text)
        nxt = items[j + 1][0] if j + 1 < len(items) else len(text)
        if grouped and not _EACH.search(text[end : max(clause_end, nxt)]) \
                and not any(p == frame for _s, _e, p in items[k : j + 1]) and text[end : end + 1] != "的":
            extra.append((end, frame))
        k = j + 1
    return sorted(out + extra, key=lambda t: t[0]) if extra else out
