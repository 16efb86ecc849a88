"""Counts of a group of counties or prefectures, and the place the group belongs to.

Owns: ``共有3个区县的排名进步了``, ``16个州市中,增速最快的是…``, ``截至2019年,这9个县累计退出贫困村628个``:
a count of county-level units (县, 区县, 县市区, 县(市), 县域…) or of prefecture-level units (州市, 地市…) is
about a group of places, not about any one of them: it is the figure of the place above them that holds the
group — the nearest such place the paragraph names before the count (``榆林各县域间…,这六个县域…``, ``湖北丹江口、
郧西…这九地…这9个县…``), or one its own words name (``我省县域…50个县(市)…``), else the place above the one in
force (a county's prefecture, a prefecture's province; a prefecture or province itself for counties).
A group named by 这 / 该 / 上述 (``这9个县累计退出…``) is also the subject of what the clause says after it.
"""

from __future__ import annotations

import re

from .context import PlaceContext
from .normalize import Sentence
from .regions import Mention, Place
from .vocabulary import alternation

_NUM = r"(?:\d+|[一二三四五六七八九十两]+)"
# the unit words (longest first); 县(市) / 县(市、区) are one unit; not 县城 alone in a name (十个县城 still counts)
_COUNTY_UNITS = r"县市区|县区市|区县市|市县区|县\(市\)|县\(市、区\)|县\(区\)|县\(市区\)|县区|区县|县市|市县|区市|旗县|县域|县(?![长委级城])"
_PREFECTURE_UNITS = r"州市|市州|地市|盟市"
# 3个区县, 9个国家深度贫困县, 5个全省深度贫困县, 16个州市: words of kind may stand between the count and the unit
_KIND = rf"(?:(?P<whole>全省|全市)|{alternation('group_kind_words.csv')})*"  # data/group_kind_words.csv
_GROUP = re.compile(rf"(?=[这该上以\d一二三四五六七八九十两])(?P<this>这|该|上述|以上)?{_NUM}个{_KIND}(?:(?P<pref>{_PREFECTURE_UNITS})|(?P<county>{_COUNTY_UNITS}))")
_WHOLE_BEFORE = re.compile(r"全[国省市]?\(?(?:近|约|共|超|有)?$")  # 全国592个县: whole_counts' business
_FROM = re.compile(r"(?:来自|从)[^,;。:!?]{0,12}$")  # 来自宁夏六个贫困县的移民: where people come from
_ABOVE = {"county": ("prefecture", "province"), "prefecture": ("province",)}


def group_counts(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, unit level, the whole its words name (``全省``) or "", named by 这) of each count of a group
    of county- or prefecture-level units."""
    out = []
    for m in _GROUP.finditer(text) if "个" in text else ():  # every count is …个: the pattern opens on no character
        if _WHOLE_BEFORE.search(text, max(0, m.start() - 5), m.start()) or _FROM.search(text, max(0, m.start() - 16), m.start()):
            continue  # 全国近2000个县, 全省40个县: the count of a whole's units (place_patterns.whole_counts)
        level = "prefecture" if m.group("pref") else "county"
        out.append((m.start(), m.end(), level, m.group("whole") or "", bool(m.group("this"))))
    return out


def whole_of_group(ctx: PlaceContext, level: str, own: str, before: list[Place], mentions: list[Mention],
                   refs: list[tuple[int, int, str]], para_start: int, pos: int) -> Place | None:
    """The place that holds a group of ``level`` units counted at ``pos``: the one its own words name (``全省``),
    else the last place above that level named in the sentence before it (``before``), else in the paragraph
    before it (a place named or 我省 / 全市), else the place above the one in force."""
    above = _ABOVE[level]
    if own:
        p = ctx.reference("province" if own == "全省" else "city")
        if p is not None and p.level in above:
            return p
    for p in reversed(before):
        if p.level in above:
            return p
    named: list[tuple[int, Place]] = []
    for m in mentions:
        if para_start <= m.start < pos and m.candidates[0].level in above and len({c.name for c in m.candidates}) == 1:
            named.append((m.start, m.candidates[0]))
    for s, _e, kind in refs:
        if para_start <= s < pos and kind in ("province", "city"):
            p = ctx.reference(kind)
            if p is not None and p.level in above:
                named.append((s, p))
    if named:
        return max(named, key=lambda t: t[0])[1]
    cur = ctx.entering or ctx.current()
    if cur is None:
        return None
    return next((p for p in ctx._chain(cur) if p.level in above), None)


def groups_counted(ctx: PlaceContext, sent: Sentence, out: list[tuple[int, Place]], mentions: list[Mention],
                   refs: list[tuple[int, int, str]], text: str) -> list[tuple[int, Place]]:
    """``共有3个区县的排名进步了``, ``这9个县累计退出贫困村628个``: a count of a group of counties or prefectures is
    the figure of the place holding the group (``group_counts``); the place in force goes on after it, unless
    the group is named by 这 (then it is the clause's subject)."""
    counts = group_counts(sent.text)
    if not counts:
        return out
    extra: list[tuple[int, Place]] = []
    para_start = text.rfind("\n", 0, sent.start) + 1
    for a, b, level, own, this in counts:
        before = [p for pos, p in out if pos <= a]
        whole = whole_of_group(ctx, level, own, before, mentions, refs, para_start, sent.start + a)
        going_on = ctx.going_on(out, a)
        if whole is not None and whole != going_on:
            extra += [(a, whole)] + ([] if this or going_on is None else [(b, going_on)])
    return sorted(out + extra, key=lambda t: t[0]) if extra else out
