"""Which figures of a sentence are rows of the table.

Owns: setting aside numbers that are not a place's figures — page chrome (``浏览次数:1523次``), issue
numbers (``第9期``), durations (``5个来``), size thresholds and size classes of projects (``超亿元项目``,
``5亿元至10亿元项目``), capacities inside a project's name (``年产10万吨…项目``), counts in Chinese
numerals that are prose (``一批``, ``五个方面``, ``“三个推进”``) and numbers inside garbled text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import indicators as ind
from .numbers import COUNTER_UNITS, Figure
from .vocabulary import (
    CAPACITY_OF_PROJECT,
    CAPACITY_UNITS,
    DURATION_AFTER,
    NAME_CAPACITY_AFTER,
    NAME_CAPACITY_BEFORE,
    PAGE_CHROME,
    PAGE_CHROME_WORDS,
    RANGE_AFTER,
    RHETORICAL_AFTER,
    THRESHOLD_AFTER,
)


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class _Around:
    """A figure and the words right around it."""

    f: Figure
    s: str  # the sentence
    before: str  # the 4 characters before the figure
    after: str  # the 20 characters after it


def _in_garbled_text(f: Figure, offset: int, garbled: list[tuple[int, int]]) -> bool:
    """``?¤?12?(ji)``: a number inside text that lost its characters (``garbled``: sorted, disjoint spans); ``is_row``
    drops it only when the residue touches the number (``游客总?cè)藬?shù)45.26万人次``: the number is whole)."""
    a = offset + f.start
    i = bisect.bisect_right(garbled, (a, float("inf"))) - 1  # the last span starting at or before it
    return i >= 0 and a < garbled[i][1]


_RESIDUE_NEXT = re.compile(r"[?\ufffd]")


# 发布时间:2020-06-01位于…, 电话:029-63903870本网…: the day of a date or the number of a telephone line
_DATE_OR_PHONE_BEFORE = re.compile(r"(?:(?:19|20)\d\d[-./]\d{1,2}[-./]|(?<!\d)0\d{2,3}-)$")
_CHROME_AFTER = re.compile(rf"^(?:{PAGE_CHROME_WORDS}|记录)")  # 0次浏览, 1条记录1/1页


def _issue_or_page_count(x: _Around) -> bool:
    """``第9期``, ``浏览次数:1523次``, ``0次浏览``, ``1条记录``, ``2020-06-01位于``, ``电话:029-63903870本网``: the
    page's numbers, not the place's."""
    lead = x.s[max(0, x.f.start - 12) : x.f.start]
    return (x.before.endswith("第") or bool(PAGE_CHROME.search(lead[-8:]))
            or ("-" in lead or "." in lead or "/" in lead) and bool(_DATE_OR_PHONE_BEFORE.search(lead))
            or x.f.unit in COUNTER_UNITS and bool(_CHROME_AFTER.match(x.after)))


def _duration(x: _Around) -> bool:
    """``5个来月``: a stretch of time, not a count."""
    return bool(DURATION_AFTER.match(x.after)) and x.f.unit in ("个",)


# 百亿元项目1个,十亿元项目3个; 20亿元项目2个: a sum naming a class of projects that the count right after it counts
_CLASS_OF_PROJECTS = re.compile(r"^(?:的)?项目(?:有|共)?\d+个")


def _size_threshold(x: _Around) -> bool:
    """``超亿元项目``, ``10亿元以上项目``: a threshold naming a class of projects, not a figure."""
    over = x.f.approx == "over" or x.before.endswith(("超", "过")) or x.after.startswith(("以上", "及以上", "以下", "及以下"))
    return x.f.unit in ind.MONEY and (over and bool(THRESHOLD_AFTER.match(x.after)) or bool(_CLASS_OF_PROJECTS.match(x.after)))


_CLASS_COUNTED = re.compile(
    r"^(?:[-—~至到][\d.]+[万亿]?[^\d,;。、的]{0,3}?)?(?:以上|及以上|以下)?的?[^\d,;。、:]{1,14}?\d+(?:\.\d+)?(?:个|家|座|处|所|户|村)")


_OVER_BEFORE = ("超过", "过", "超", "在", "低于", "高于", "不足", "不到")
# 投资超过20亿元的有3个, 收入过30亿元的52个, 低于4160元的仅剩下1700户: the things counted right after
_COUNTED_AFTER = re.compile(
    r"^(?:以上|及以上|以下)?的(?:有|还有|共有|共|达|达到|仅剩下?|仅有|只有)?[^\d,;。、的]{0,4}?"
    r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|户|项|所|座|处|村|人)")
_TOTAL_BEFORE = re.compile(r"(?:总|合计|累计|共计)[\u4e00-\u9fff]{0,3}$")


def _counted_threshold(x: _Around) -> bool:
    """``投资超过20亿元的有3个``, ``收入过30亿元的52个``: a sum with an over/under word whose clause goes on to count the
    things above or below it is a threshold; a total (``总投资逾510亿元的53个项目``) stays the things' size."""
    if x.f.unit not in ind.MONEY:
        return False
    over = x.f.approx in ("over", "under") or x.before.endswith(_OVER_BEFORE) or x.after.startswith(("以上", "以下"))
    lead = x.s[max(0, x.f.start - 8) : x.f.start]
    return over and bool(_COUNTED_AFTER.match(x.after)) and not _TOTAL_BEFORE.search(lead.rstrip("超过逾达近约"))


_RANGE_ON = re.compile(r"[-—~至到][\d.]")  # 3000-5000亩: the lower bound of a range
_RANGE_FROM = re.compile(r"[^\d.][-—~至到]$")  # 3000亩至5000亩: the upper bound
_FROM_YUAN = re.compile(r"(?:元|\d)(?:至|到|-|~|—|－)$")  # 5亿元至10亿元项目, 5-10亿元的项目


def _class_threshold(x: _Around) -> bool:
    """``建成3000亩以上的茶叶示范基地4个``, ``2000人以上村幼儿园1处``: a size (of any unit) naming the class of
    things counted right after it in the clause is a threshold, not a figure; so are both bounds of such a range."""
    if x.f.unit in ("%", "‰", "百分点") or x.f.unit in ind.MONEY or x.f.unit in COUNTER_UNITS and x.f.unit not in ("人", "户"):
        return False  # 总投资逾510亿元的53个项目: a sum is its projects' size (money thresholds: _size_threshold)
    ranged = bool(_RANGE_ON.match(x.after)) or bool(_RANGE_FROM.search(x.before))
    over = x.f.raw.endswith(("以上", "以下")) or x.after.startswith(("以上", "及以上", "以下"))
    return (over or ranged) and bool(_CLASS_COUNTED.match(x.after))


def _size_class_bound(x: _Around) -> bool:
    """``5亿元至10亿元项目7个``: the bounds of a size class."""
    return x.f.unit in ind.MONEY and bool(
        RANGE_AFTER.match(x.after) or (_FROM_YUAN.search(x.before) and THRESHOLD_AFTER.match(x.after)))


def _capacity_in_a_name(x: _Around) -> bool:
    """``年产10万吨纸浆项目``, ``日处理600吨的垃圾发电项目``, ``5000吨水泥生产线``: a capacity before a facility's name
    is part of the name; one stated after the project is named (``该项目年产2000吨的生产线``) is a figure."""
    if x.f.unit not in CAPACITY_UNITS or CAPACITY_OF_PROJECT.search(x.s[max(0, x.f.start - 6) : x.f.start]):
        return False
    return bool(NAME_CAPACITY_BEFORE.search(x.before) or NAME_CAPACITY_AFTER.match(x.s[x.f.end : x.f.end + 60]))


# 全市七个县市区中排名第一: the places a ranking is among frame the rank that follows
_RANKING_FIELD_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,4}中(?:排名|排|位列|位居|居|列)")
_QUOTED_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}[”\"]")


def _count_in_words(x: _Around) -> bool:
    """``新引进两家企业``, ``举行四场签约活动`` are rows (SCHEMA); a count in Chinese numerals is prose when it is
    ``一`` (an article: ``一家老企业``) or a round or vague number (``百个项目``, ``十余家``), an ordinal listed
    (``第一、二名``), a grade (``三级医院``), a slogan (``“三个推进”``, ``三个“一号工程”``), a speech's or plan's
    parts (``五个方面``, ``四个特点``: data/rhetorical_nouns.csv) or the field of the ranking after it
    (``七个县市区中排名第一``); ``两项目`` is two projects written short, counted by the project rules."""
    if not (x.f.chinese and x.f.unit in COUNTER_UNITS):
        return False
    return (not 2 <= x.f.value < 100 or x.f.approx != "exact" or x.before.endswith(("“", '"', "、", "第"))
            or x.after.startswith(("级", "“", '"')) or (x.f.unit == "项" and x.after.startswith("目"))
            or bool(_QUOTED_AFTER.match(x.after)) or bool(RHETORICAL_AFTER.match(x.after))
            or bool(_RANKING_FIELD_AFTER.match(x.after)))


# the quotation may join parts with + (“1个千亿+4个百亿”)
_OPENS_QUOTE = re.compile(r"[“\"](?:[^,;。“”\"]{0,2}|[^,;。“”\"]{0,8}\+)$")
_CLOSES_QUOTE = re.compile(r"^(?:[^,;。“”\"]{0,6}|[^,;。“”\"+]{0,4}\+[^,;。“”\"]{0,8})[”\"]")


def _quoted_name(x: _Around) -> bool:
    """``“18条”政策``, ``打造“1个千亿+4个百亿”``: a figure that all but fills a short quotation names a policy or a
    slogan (SCHEMA: numbers that are part of names), whatever its numerals."""
    return bool(_OPENS_QUOTE.search(x.s[max(0, x.f.start - 10) : x.f.start]) and _CLOSES_QUOTE.match(x.after))


# the reasons an amount is not a row, in the order they are asked
_NOT_A_ROW: tuple[Callable[[_Around], bool], ...] = (
    _issue_or_page_count, _duration, _size_threshold, _counted_threshold, _class_threshold, _size_class_bound, _capacity_in_a_name, _count_in_words,
    _quoted_name,
)


def is_row(f: Figure, s: str, offset: int, garbled: list[tuple[int, int]]) -> bool:
    """Whether figure ``f`` of sentence ``s`` (at ``offset`` in the article) is a row."""
    if garbled and _in_garbled_text(f, offset, garbled) and (f.start < 2 or _RESIDUE_NEXT.search(s[f.start - 2 : f.end + 2])):
        return False  # 平?凉市?8.4%: the residue's ? may have ended the sentence right before the figure
    if f.kind != "amount":
        return True
    x = _Around(f, s, s[max(0, f.start - 4) : f.start], s[f.end : f.end + 20])
    for rule in _NOT_A_ROW:  # a plain loop: a generator in ``any`` costs more than most of the rules
        if rule(x):
            return False
    return True
