"""Where a text names zones (parks, development zones, new areas, communities): the spans of their names.

Owns: one key for a zone's full and short names (``赣州经济技术开发区`` / ``赣州经开区``), a zone named bare by its
kind (``经开区``), and the spans of the zones a text names, less those that are no place figures belong to: parks
counted or taken together, a project's or a paper's name, a slogan made of common words."""

from __future__ import annotations

import bisect
import re

from .place_patterns import clean_zone, clear_of, clipped_mentions, defined_aliases, zone_mentions
from .regions import ZONE_SUFFIXES, Mention, gazetteer

_ZONE_SHORT = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("经济开发区", "经开区"),
               ("工业园区", "工业园"), ("开发区", "经开区"), ("园区", "工业园"))  # 西宁开发区 = 西宁经济技术开发区; 新田园区
_COUNTY_NAMED = re.compile(r"^([\u4e00-\u9fff]{2,3})[市县](?=[\u4e00-\u9fff]{2})")  # (a key only: 新田县工业园区)


def zone_key(name: str) -> str:
    """One key for a zone's full and short names: ``赣州经济技术开发区`` and ``赣州经开区``; ``西安市经开区`` and
    ``西安经开区`` (its city named with or without 市); ``新田县工业园区`` and ``新田园区``."""
    name = m.group(1) + name[m.end() :] if (m := _COUNTY_NAMED.match(name)) else name  # (its 市 or 县 dropped)
    for full, short in _ZONE_SHORT:
        if name.endswith(full):
            return name[: -len(full)] + short
    return name


# ``标准化示范园区4个``: a count right after a zone's name; ``两大工业园区``: parks taken together
_COUNTED_ZONE = re.compile(r"[\d一二两三四五六七八九十]+(?:个|处|家|座)(?=[,;。、)\s]|$)")  # not 产业园9家企业
_PLURAL_ZONE = re.compile(r"^(?:[\d一二两三四五六七八九十]+(?:大|个)|各|多个|部分)"
                          r"|^[\u4e00-\u9fff]{2,4}?[\d两三四五六七八九十]+大")  # 杭州四大国家级经开区: a city's zones together
# ``17个工业类园区``, ``等3个市级特色产业园区``: parks counted before their kind, taken together
_COUNT_BEFORE = re.compile(r"[\d一二两三四五六七八九十]+(?:个|家|座|大)(?:国家级|省级|市级|县级|区级)?$")
_PAPER = re.compile(r"(?:日|晚)?报(?![道告送名表批备])")  # 钱塘新区报: a newspaper named after the zone


# ``贵安新区项目8个``, ``市开发区14个``, ``经开区78.6%``: a figure right after a zone's name, the zone's own
# ``“绿色产业园”项目``: a zone in quotes that close right after it is a name; ``“海口国家高新区多项工作…”`` quotes
# a whole sentence about the zone
_QUOTED_NAME = re.compile(r"[“\"][^,;。:!?“”\"]{2,24}?[”\"]")
_ITEM_COUNT = re.compile(r"(?:\(区\))?(?:项目)?[\d.]+(?:个|项|次|家|%)")
_BARE_ITEM = re.compile(r"(?<=[、;；:：])((?:市|县)?(?:高新技术产业开发区|经济技术开发区|经济开发区|经开区|高新区|开发区))"
                        r"(?=(?:项目)?[\d.]+(?:个|项|次|家|%)(?:[、,;。；，)]|$)|[(（][\d.]+(?:[亿万]?元|%|个|项))")


def is_bare_zone(name: str) -> bool:
    """``经开区``, ``市开发区``: a zone named by its kind alone (or by its kind after 市 / 县)."""
    return name in ZONE_SUFFIXES or (name[:1] in ("市", "县") and name[1:] in ZONE_SUFFIXES)


# ``12月1日上午,经开区举行…``, ``经开区2023年初步谋划重大项目420个``: a zone's short kind opening a clause, as its subject
_BARE_SUBJECT = re.compile(r"(?=[市县经高])(?:^|(?<=[,。;!?\n]))((?:市|县)?(?:经开区|高新区))(?=[^\s,。;、和与及的])", re.M)


def listed_bare_zones(text: str) -> list[tuple[int, int, str]]:
    """``分县区:西秀区项目8个,…;经开区项目10个``, ``霍邱县18个、市开发区14个``: a place's zone named bare (by its
    kind alone) as one item of a list of places' figures is that zone, named after the place (``六安经济技术开发区``);
    so is a zone's short kind (``经开区``, ``高新区``) that opens a clause as its subject."""
    if "开发区" not in text and "经开区" not in text and "高新区" not in text:
        return []  # every bare kind holds one of these: a text naming none is not scanned for them
    return [(m.start(1), m.end(1), m.group(1)) for rx in (_BARE_ITEM, _BARE_SUBJECT) for m in rx.finditer(text)]


def find_zones(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    out = []
    starts = [m.start for m in mentions]
    found = zone_mentions(text)
    for k, (s, e, name) in enumerate(found):
        s2, nm = clean_zone(name, text, s, mentions, starts)
        # 全市园区, 全国化工园区: the parks of a place; 3个市级特色产业园区: a kind of park
        generic = nm in ZONE_SUFFIXES or nm in ("园区", "新区", "开发区", "社区", "产业园", "工业园", "示范区", "工业园区") or len(nm) < 4 \
            or nm.startswith(("全国", "全市", "全县", "全区", "全省", "全州", "全盟", "各", "该市", "该县", "该区", "该州")) \
            or _named_by_common_words(nm, starts, s2, found[k - 1 : k] + found[k + 1 : k + 2])
        if generic or re.search(r"城市社区|未来社区|示范社区|社区党|社区治理|城乡社区", text[s2 : e + 3]) or _SIZED.match(nm):
            continue  # (万亩油菜高产创建核心示范区: a field of a size, no place)
        if re.search(r"[县区市旗][((]$", text[max(0, s2 - 2) : s2]) and text[e : e + 1] in ")）":
            continue  # 南昌县(小蓝经开区): the zone is the county's other name, one administration
        if _COUNTED_ZONE.match(text, e) or _PLURAL_ZONE.match(nm) or _PAPER.match(text, e) \
                or _COUNT_BEFORE.search(text, max(0, s2 - 10), s2):
            continue  # 建成示范园区15处, 两大工业园区: parks counted or taken together, not a place figures belong to
        if re.search(r"(?:剔除|扣除|不含|除去|除)$", text[max(0, s2 - 2) : s2]):
            continue  # (剔除温州湾新区): a zone left out of the figures, not their place
        if _QUOTED_NAME.match(text, s2 - 1) or (re.match(r"^(?:等|项目|二期|一期|建设项目|创建|指挥部|申报)", text[e : e + 4])
                                             and not _ITEM_COUNT.match(text, e)):
            continue  # a project's name, not the place figures belong to
        out.append((s2, e, nm))
    out.extend(listed_bare_zones(text))
    out.extend(clear_of(out, defined_aliases(text)))
    out.extend(clear_of(out, _clipped(text, out)))
    return sorted(out)


_SIZED = re.compile(r"[\d.]*[万千百十]?(?:亩|头|只)")
_SUFFIXES_LONGEST_FIRST = sorted(ZONE_SUFFIXES, key=len, reverse=True)


def _named_by_common_words(name: str, starts: list[int], start: int, beside: list[tuple[int, int, str]]) -> bool:
    """``3个市级特色产业园区``, ``争当共同富裕示范区``, ``现代农业示范区``: a zone's kind, or a slogan, whose words before
    the suffix are all common words of the dictionary, names no zone. It does where a place's name opens it
    (``牟定产业园区``), for a new area (``天府新区``), and among the parks named beside it (``东川工业园区增长15.43%,
    生物产业园区增长16.49%``: one of a zone's parks)."""
    suffix = next((s for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s)), "")
    named = bisect.bisect_left(starts, start) < bisect.bisect_left(starts, start + len(name) - len(suffix))  # a place opens it
    if suffix in ("", "新区") or named \
            or any(abs(s - start) <= 30 for s, _e, _n in beside):
        return False
    return gazetteer().common_words_only(name[: -len(suffix)])


def _clipped(text: str, zones: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``西安经开区28年…西安经开先后引进…``: a zone named in full or as ``X经开区`` / ``X高新区`` is the same zone
    where the text drops the short name's last 区 (``西安经开``, ``西安高新``)."""
    out = []
    for name, key in {n: zone_key(n) for _s, _e, n in zones}.items():
        if key.endswith(("经开区", "高新区")) and len(key) >= 5:
            out.extend((s, e, name) for s, e in clipped_mentions(text, key[:-1]))
    return out
