"""An article as safe HTML with its figures highlighted.

Owns: escaping article text (uploaded text is untrusted: it is shown, never run or rendered as
markup), marking each figure's span with its row number so the reader can match text and table
(as a link that opens the figure's row when the page gives one),
and cutting the paragraph around one figure for the data explorer's context view.
"""

from __future__ import annotations

import html
from collections.abc import Callable

_STYLE = (
    "<style>.ci-article{white-space:pre-wrap;line-height:1.9;font-size:1rem;max-height:70vh;overflow-y:auto;"
    "overflow-wrap:anywhere;padding:0.25rem 0.5rem;border:1px solid #ddd;border-radius:6px}"
    ".ci-article mark{background:#ffe08a;padding:0 1px;border-radius:3px}"
    ".ci-article mark.ci-focus{background:#ffb347}"
    ".ci-article sup{color:#a15c00;font-size:0.7em;margin-left:1px}"
    ".ci-article a.ci-fig{color:inherit;text-decoration:none;cursor:pointer}</style>"
)


def highlight_html(text: str, spans: list[tuple[int, int, int, str]], focus: int | None = None,
                   href: Callable[[int], str] | None = None) -> str:
    """``text`` with each ``(start, end, number, tooltip)`` span marked; everything escaped. With
    ``href``, each mark is a link to ``href(number)`` (a same-page address that opens the figure's row)."""
    out: list[str] = []
    pos = 0
    for start, end, number, tip in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < pos:
            continue  # overlapping spans: keep the first
        out.append(html.escape(text[pos:start]))
        cls = ' class="ci-focus"' if number == focus else ""
        mark = (f'<mark id="fig-{int(number)}"{cls} title="{html.escape(tip, quote=True)}">{html.escape(text[start:end])}'
                f"<sup>{int(number)}</sup></mark>")
        if href is not None:
            mark = f'<a class="ci-fig" href="{html.escape(href(int(number)), quote=True)}" target="_self">{mark}</a>'
        out.append(mark)
        pos = end
    out.append(html.escape(text[pos:]))
    return _STYLE + '<div class="ci-article">' + "".join(out) + "</div>"


def paragraph_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The paragraph (line) containing ``[start, end)`` and the span's offsets inside it."""
    a = text.rfind("\n", 0, max(0, start)) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return text[a:b], start - a, end - a
