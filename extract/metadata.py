"""An article's metadata (date, title, source, place) from a sidecar ``NAME.json`` or a JSON Lines object, checked.

Owns: parsing metadata JSON without ever failing (a sidecar in UTF-8, GBK/GB18030 or Big5; nesting
too deep or not an object: nothing), keeping only the known keys as clean strings (lone surrogates
replaced), and the date rule: a metadata date must be a real calendar date written ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD`` (``/`` or ``.`` also separate; an ISO date-time counts by its date; years
1900–2100). Metadata that cannot be used is ignored, never guessed at, and the article is still read
(its date then comes from its text); each thing ignored is a note (a ``reasons`` code).
"""

from __future__ import annotations

import datetime as dt
import json
import re

META_KEYS = ("date", "title", "source", "place")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def clean(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (``"\\ud800"`` in JSON) replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn("\ufffd", text)


def parse_object(text: str) -> tuple[dict | None, str]:
    """A JSON object, or None and why not: ``line_too_deep`` (nested past Python's limit) or ``line_not_object``."""
    try:
        obj = json.loads(text)
    except RecursionError:
        return None, "line_too_deep"
    except ValueError:
        return None, "line_not_object"
    return (obj, "") if isinstance(obj, dict) else (None, "line_not_object")


def check_date(value: str) -> str | None:
    """The date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` when it is a real one, else None."""
    m = _DATE.fullmatch(value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not 1900 <= year <= 2100:
        return None
    try:
        dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join([f"{year:04d}", *(f"{int(x):02d}" for x in (month, day) if x)])


def from_object(obj: dict) -> tuple[dict, list[str]]:
    """The known keys of a metadata object as strings, and notes (``reasons`` codes) on what was ignored."""
    meta: dict[str, str] = {}
    notes: list[str] = []
    for key in META_KEYS:
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
            continue
        text, bad = clean(str(value))
        if bad and "replaced_bytes" not in notes:
            notes.append("replaced_bytes")
        if key == "date":
            date = check_date(text)
            if date is None:
                notes.append("meta_bad_date")
                continue
            text = date
        if text.strip():
            meta[key] = text.strip()
    return meta, notes


def from_bytes(data: bytes) -> tuple[dict, list[str]]:
    """A sidecar file's metadata and notes: decoded as UTF-8, GBK/GB18030 or Big5; unusable → ignored with a note."""
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return {}, ["meta_unreadable"]
    obj, _problem = parse_object(text)
    if obj is None:
        return {}, ["meta_ignored"]
    return from_object(obj)
