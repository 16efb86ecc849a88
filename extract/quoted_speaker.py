"""The place of a speaker introduced right after the words he is quoted with.

Owns: ``“去年种了20亩,收入3万多元。”在乙县丙镇丁村的地头,种植户王某说。`` — a quotation whose speaker is
described right after it (the clause after the closing mark, up to the sentence's end) with the village or
township he lives or works in: the quote's figures are that place's (his farm's, his village's), as the figures of a
villager introduced before his words already are. Not where the quote names a place of its own, nor where the words
after it name no village or township (``“…”县长王某说``: the place in force stays).
"""

from __future__ import annotations

import bisect
import re

from .context import PlaceContext
from .normalize import Sentence
from .place_patterns import village_mentions
from .regions import Mention, Place

_CLOSE = re.compile(r"[”\"]")
_SPEAKER_END = re.compile(r"[。!?\n]")  # the speaker's clause runs to the sentence's end (past its commas)
_SPEAKER_REACH = 90  # characters after the closing mark where his place may be named


def _quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation open at ``pos`` (``“`` before it, its ``”`` after it)."""
    open_at = text.rfind("“", 0, pos + 1)
    if open_at < 0 or text.rfind("”", open_at, pos + 1) >= 0 or text.rfind("\n", open_at, pos + 1) >= 0:
        return None
    close = _CLOSE.search(text, pos)
    if close is None or text.find("\n", pos, close.start()) >= 0:
        return None
    return open_at, close.start()


def _speaker_place(ctx: PlaceContext, text: str, close: int, mentions: list[Mention]) -> Place | None:
    """The innermost village or township the words right after a closing quote name (the speaker's)."""
    end_mark = _SPEAKER_END.search(text, close + 1, close + 1 + _SPEAKER_REACH)
    end = end_mark.start() if end_mark else min(len(text), close + 1 + _SPEAKER_REACH)
    town = None
    for m in mentions[bisect.bisect_right(mentions, close, key=lambda m: m.start) :]:
        if m.start >= end:
            break
        if m.candidates[0].level == "township":
            town = ctx.resolve(m, text) or town
    villages = village_mentions(text)  # found once an article (cached where it is defined)
    k = bisect.bisect_right(villages, close, key=lambda v: v[0])
    village = villages[k][2] if k < len(villages) and villages[k][0] < end else None
    if village is not None:
        return ctx.village_place(village, town or ctx.current())
    return town


def speaker_of_quote(ctx: PlaceContext, sent: Sentence, out: list[tuple[int, Place]], mentions: list[Mention],
                     text: str) -> list[tuple[int, Place]]:
    """``“土地流转收入4200元,务工收入2.9万元。”在基地务工的甲乡乙村农民丙某说``: the quoted figures of a sentence
    (one that opens the quote, or lies inside it) are the place of the speaker introduced right after the quote;
    after the closing mark the place before goes on."""
    first = text.find("“", sent.start, sent.end)
    quote = _quote_around(text, sent.start) or (_quote_around(text, first + 1) if first >= 0 else None)
    if quote is None or any(quote[0] - sent.start <= pos < quote[1] - sent.start for pos, _p in out):
        return out
    place = _speaker_place(ctx, text, quote[1], mentions)
    if place is None:
        return out
    start = max(0, quote[0] - sent.start)
    extra = [(start, place)]
    if quote[1] < sent.end:
        going_on = ctx.going_on(out, start)
        if going_on is not None:
            extra.append((quote[1] - sent.start, going_on))
    return sorted(out + extra, key=lambda t: t[0])
