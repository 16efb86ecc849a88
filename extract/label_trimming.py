"""Trimming a label to what it measures: periods, scopes and verbs off its ends, the row's places out of it.

Owns: ``trim_label`` (``今年全县1-6月规上工业增加值增长`` → ``规上工业增加值``), ``without_places`` and ``row_label``
(the label a row keeps), the label of a figure that goes on from the one before (``ranked``), and the noun a counter
figure counts when written after it (``head_noun``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import indicators as ind
from .numbers import Figure
from .regions import Place
from .schema import Row
from .subjects import Subjects, names_of
from .vocabulary import MOVED_TO, PREDICATE, VERBS


def strip_verbs(s: str) -> str:
    """``地区生产总值同比增长`` → ``地区生产总值``: verbs at a label's end (data/label_verbs.csv)."""
    return VERBS.sub("", s)


_PERIOD = r"(?:(?:19|20)\d\d年)?(?:\d{1,2}(?:-|至|—)\d{1,2}月(?:份)?|上半年|前三季度|[一二三四]季度|\d{1,2}月份?)"
_WORDS = r"(?:今年以来|去年以来|今年|去年|全年|本月|当月|目前|截至目前|年末|其中|力争|确保|争取|预计|将)"
_LEADING = re.compile(rf"^(?:{_PERIOD}|{_WORDS}|全县|全市|全区|全省|全镇|全乡|该县|该市|该省)+")
_ACHIEVES = re.compile(r"^(?:实现|的)")


@lru_cache(maxsize=1024)  # a figure's words are trimmed by several decisions: once (a few articles' labels kept)
def trim_label(s: str) -> str:
    """``今年全县1-6月规上工业增加值增长`` → ``规上工业增加值``: periods, scopes and verbs off a label."""
    s = _LEADING.sub("", s.strip())  # 全县1-6月…, 今年全县…
    return strip_verbs(s).strip("、 ,“”").lstrip(")、,等的")


def without_places(label: str, places: list[Place]) -> str:
    """``长沙市地区生产总值`` → ``地区生产总值``: the place is the row's region, not part of what it measures."""
    for p in places:
        if not label.startswith(p.name[:2]):
            continue  # both names a place is written by open with its first two characters
        for name in names_of(p):
            if label.startswith(name):
                label = label[len(name) :]
    return _ACHIEVES.sub("", label)


def row_label(label: str, code: str, subjects: Subjects, carry: list[Row]) -> str:
    """The label a row keeps: without the sentence's places, and a project's sum named by its last phrase
    (``光伏组件项目(总投资5亿元)``: the sum, not the sentence)."""
    label = without_places(label, [p for _pos, p in subjects] + [r.place for r in carry if r.place]) or label
    if code == "project_investment" and re.search(r"[()、,了]", label):
        label = ind.last_phrase(label, code) or label  # 光伏组件项目(总投资5亿元): the sum, not the sentence
    return label


def ranked(prev: Row, f: Figure, pre: str) -> str:
    """The label of a figure continuing ``prev``: a rank of a growth rate says 增速, a rank of a total does not."""
    if f.kind != "rank":
        return prev.label
    speed = "增" in pre or (prev.measure == "growth" and not re.search(r"总量|规模|完成率", pre))
    return prev.label + ("增速" if speed else "")


_NOUN_OPENS, _MOVES_ON, _NOUN_ENDS = re.compile(r"[\u4e00-\u9fff“\"《(]"), re.compile(MOVED_TO), re.compile(r"[,;:、。!?…]")
ASIDE = re.compile(r"\((?:较|比|同比|与|增|减|下降|提高|占)")  # 17个(较去年同期增加10个): a comparison aside names no noun


def head_noun(post: str) -> str:
    """The noun a counter figure counts when written after it: ``68家企业``, ``13个…“千企技改”项目``."""
    if not _NOUN_OPENS.match(post) or _MOVES_ON.match(post):
        return ""  # 22个、计划投资: the figure ends its phrase; 767.1万人次提高到…: it moves on to another
    noun = _NOUN_ENDS.split(post)[0].strip()
    if (lead := PREDICATE.match(noun)) is not None and (verb := PREDICATE.search(noun, lead.end())) is not None:
        return noun[: verb.start()]  # 331个纳入省调度的重点项目完成投资…: a noun led by its own verb ends at the next
    return PREDICATE.split(noun, maxsplit=1)[0] or noun
