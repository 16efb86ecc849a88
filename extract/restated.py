"""Figures that restate an earlier one, and the place they are about.

Owns: ``当天,温岭共有15个重大项目集中开工。…在此次集中开工的15个项目里,产业升级类项目6个…``: a count or sum a later
paragraph names again as this one (``此次``, ``本次``, ``这``) or goes through as a set (``112个项目中有96个``) is the
earlier figure, about the same place, and so is the breakdown that follows it in its paragraph.
"""

from __future__ import annotations

import re

from .schema import Row

# 在此次集中开工的15个项目里, 本次签约的8个项目中, 这15个项目: the figure is one the text has given already
_RESTATES = re.compile(r"(?:此次|本次|这)[^,;:。\d]{0,12}$")
# 112个项目中有96个是制造业项目: a set the text has counted already, gone through
_SET_GONE_THROUGH = re.compile(r"[个项宗]?[^,;:。\d]{0,8}?(?:项目|工程)(?:中|里|当中)")
_WITHIN = 2  # paragraphs back the first mention may be


def restated_places(rows: list[Row]) -> None:
    """Give a restated figure, and the rows after it in its paragraph that shared its place, the place of the
    figure it restates."""
    for k, r in enumerate(rows):
        if r.place is None or not (_RESTATES.search(r.sent.text[: r.fig.start])
                                   or _SET_GONE_THROUGH.match(r.sent.text, r.fig.end)):
            continue
        earlier = set()
        for q in (rows[j] for j in range(k - 1, -1, -1)):
            if r.sent.paragraph - q.sent.paragraph > _WITHIN:
                break
            if q.sent.paragraph < r.sent.paragraph and (q.fig.value, q.fig.unit, q.indicator) == (r.fig.value, r.fig.unit, r.indicator):
                earlier.add(q.place)
        if len(earlier) != 1 or None in earlier or r.place in earlier:
            continue  # (given for places that differ: which one it restates is not told)
        old, new = r.place, earlier.pop()
        for q in (rows[j] for j in range(k, len(rows))):
            if q.sent.paragraph != r.sent.paragraph:
                break
            if q.place == old:
                q.place = new
