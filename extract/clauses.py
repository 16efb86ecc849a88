"""A figure's clause, and the words on either side of it.

Owns: where the clause holding a figure starts and ends (``clause_bounds``: from the last clause mark
or figure before it to the next clause mark) and the words before and after the figure within it
(``label_parts``), which every decision reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import Figure
from .vocabulary import CLAUSE, CLAUSE_MARKS

# everything up to the last clause mark: one backward scan instead of one ``rfind`` per mark
_UP_TO_LAST_MARK = re.compile(f".*[{CLAUSE_MARKS}]", re.S)


@lru_cache(maxsize=256)  # several decisions ask for one figure's clause (four times a figure on the real corpus)
def _between_marks(s: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``s[start:end]`` starts (after the last clause mark before it, or 0) and ends."""
    m = CLAUSE.search(s, end)
    return clause_start_at(s, start), (m.start() if m else len(s))


def clause_start_at(s: str, pos: int) -> int:
    """Where the clause holding position ``pos`` of ``s`` starts: after the last clause mark before it, or 0."""
    last = _UP_TO_LAST_MARK.match(s, 0, max(pos, 0))
    return last.end() if last else 0


def clause_bounds(s: str, f: Figure, figs: list[Figure]) -> tuple[int, int]:
    """``全县实现地区生产总值120亿元,增长6.5%``: (start, end) of the clause around ``f`` in ``s``,
    starting after the last clause mark or the last of ``figs`` before it."""
    start, end = _between_marks(s, f.start, f.end)
    for g in figs:
        if g.end <= f.start and g.end > start and g is not f:
            start = g.end
    return start, end


def label_parts(s: str, f: Figure, figs: list[Figure]) -> tuple[str, str]:
    """``全县实现地区生产总值120亿元,…`` → (``全县实现地区生产总值``, ``""``): the words of the figure's
    clause before it, and after it up to the next figure."""
    cs, ce = clause_bounds(s, f, figs)
    pre = s[cs : f.start]
    nxt = [g.start for g in figs if g.start >= f.end]
    post_end = min([ce] + nxt)
    post = s[f.end : post_end]
    return pre, post
