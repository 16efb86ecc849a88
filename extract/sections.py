"""The sections of an article that a heading or byline opens about another place.

Owns: where a short line may head a section (``_heading_offsets``: not a photo's caption, not the line after
another heading), the zones such lines name (``zone_mentions_in_headlines``: ``经开区:``), and the sections
themselves (``find_sections``: ``…\\n南部县:今年以来,…`` in a city's article, ``九龙坡区`` on a line of its own,
each of several wire stories printed on one page), and which county or prefecture a section is most about
(``vote``: its full names counted, those in its opening lines thrice).
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from .context import PlaceContext, is_byline
from .place_patterns import is_photo_caption
from .regions import ZONE_SUFFIXES, Mention, Place, full_provinces_of, short_form
from .subjects import Spans
from .where_written import wire_story_starts
from .zone_finding import find_zones

_CLOSING = ("!", "?", "!", "?")
_START = attrgetter("start")  # a mention's offset, the key its list is sorted by
_ZONE_ENDS = frozenset(s[-1] for s in ZONE_SUFFIXES)  # a line naming a zone holds one (or defines its alias: 简称)


# ``1、晋中市`` on a line of its own, then its figures line by line: each item of a list heads its own lines
_NUMBERED_ITEM = re.compile(r"\s*\d{1,2}[、.．]\s*[\u4e00-\u9fff]{2,10}\s*$")


def _heading_offsets(text: str) -> tuple[list[int], set[int]]:
    """Where each short line that may head a section starts (``高坪区:``), and the text's end; and which of them
    are numbered items (``1、晋中市``)."""
    heads = []
    items = set()
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        # (a short sentence, with a comma and closing with ! or ?, ``下面,让我们一起来看看吧!``, does not keep the line
        #  after it from heading; a title, ``全省20强榜单出炉!安庆一地上榜!``, does)
        prev = lines[i - 1] if i > 0 else ""
        prev_heading = i > 0 and len(prev) <= 30 and not prev.endswith("。") and not (prev.endswith(_CLOSING) and "," in prev)
        item = _NUMBERED_ITEM.match(line) is not None
        if len(line) <= 40 and not line.endswith(("。", ";")) and (not prev_heading or item) and not is_photo_caption(line):
            heads.append(pos)
            if item:
                items.add(pos)
        pos += len(line) + 1
    heads.append(len(text))
    return heads, items


def zone_mentions_in_headlines(text: str) -> Spans:
    """``经开区:`` on a line of its own: (start, end, name) of the zones short lines name."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if len(line) <= 30 and (not _ZONE_ENDS.isdisjoint(line) or "简称" in line) and not is_photo_caption(line):
            for s, e, name in find_zones(line, []):
                out.append((pos + s, pos + e, name))
        pos += len(line) + 1
    return out


def find_sections(text: str, mentions: list[Mention], ctx: PlaceContext) -> list[tuple[int, Place | None]]:
    """(offset, place) where a headline or byline opens a section about another place:
    ``…\\n南部县:今年以来,…`` in a city's article."""
    out: list[tuple[int, Place | None]] = [(0, ctx.article)]
    wires = set(wire_story_starts(text))  # each wire story of a page is a section of its own place
    offsets, items = _heading_offsets(text)  # (items, 1、晋中市: each heads its few lines)
    heads = sorted(set(offsets) | wires)
    main = ctx.article
    main_chain = set(ctx._chain(main)) if main else set()
    provinces = full_provinces_of(mentions)
    for a, b in zip(heads, heads[1:], strict=False):
        if (b - a < 200 and a not in wires and a not in items) or (a == 0 and main is not None):
            continue  # the article's own opening is the article's place (title, given place or vote)
        place = vote(mentions, a, b, head=120, full_provinces=provinces)
        if place is None or place == out[-1][1]:
            continue
        first_lines = text[a:b].split("\n")[:3]
        headline = "\n".join(ln for k, ln in enumerate(first_lines) if k == 0 or is_byline(ln))
        inside = main is not None and main in ctx._chain(place)[1:]
        named = place.name in headline or short_form(place.name, place.level) in headline
        # (即使是相邻的苏州市,… once in a section on 嘉定's figures: a place named once, past the section's opening, is
        #  one it is compared with, not its subject)
        at = [m.start for m in _within(mentions, a, b) if place in m.candidates]
        aside = main is not None and len(at) == 1 and at[0] >= a + 120
        if (named or (not inside and place not in main_chain)) and not aside:  # a parent only where a heading names it
            out.append((a, place))
    zone_heads = [(s, name) for s, _e, name in zone_mentions_in_headlines(text)]
    for s, name in zone_heads:
        frame = max((p for p in out if p[0] <= s), key=lambda p: p[0])[1]
        out.append((s, ctx.zone_place(name, frame)))
    out.sort(key=lambda t: t[0])
    return out


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (in text order) that start in ``[start, end)``."""
    return mentions[bisect.bisect_left(mentions, start, key=_START) : bisect.bisect_left(mentions, end, key=_START)]


def vote(mentions: list[Mention], start: int, end: int, head: int = 0, full_provinces: set[str] | None = None) -> Place | None:
    """The county or prefecture a stretch of text is most about (short forms count only in a
    province the article names in full)."""
    counts: dict[Place, float] = {}
    if full_provinces is None:
        full_provinces = full_provinces_of(mentions)
    for m in _within(mentions, start, end):
        p = m.candidates[0]
        if len(m.candidates) > 1 and m.short:  # 海城 (海城市, 海城区): the one in a province the article names in full
            inside = [c for c in m.candidates if c.province in full_provinces]
            if len(inside) != 1:
                continue
            p = inside[0]
        if p.level not in ("county", "prefecture"):
            continue
        if (m.short or len(m.candidates) > 1 and full_provinces) and p.province not in full_provinces:
            continue  # (宜居和美新城区 in a text naming 上海市: namesakes far away, a phrase)
        counts[p] = counts.get(p, 0) + (3.0 if m.start < start + head else 1.0)
    if not counts:
        return None
    return max(counts, key=lambda p: counts[p])
