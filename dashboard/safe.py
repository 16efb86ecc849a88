"""Untrusted text (titles, file names, labels and sentences from articles) made inert where it is shown.

Owns: escaping for the two renderers the app hands text to. Streamlit's messages, captions and
expander labels read Markdown, where ``![t](http://…)`` would make every viewer's browser fetch an
outside image; plotly's titles and hovers read a small HTML subset, where ``<a href>`` becomes a live
link. Text passed through ``md`` or ``plot`` shows exactly as written and does nothing else.
"""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def md(text: object) -> str:
    """``text`` for a Markdown element: every character that could start markup is backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text or "")).replace("\n", " ")


def plot(text: object) -> str:
    """``text`` for a plotly title, legend or hover: tags and entities shown, never interpreted."""
    return html.escape(str(text or ""), quote=False)
