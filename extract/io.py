"""One article's bytes to its rows, and rows to a table: the edge between raw input and extraction.

Owns: reading an article's bytes safely (encoding detection, size limit, one-sentence errors
and notes, both from the fixed sentences of ``reasons``) and rows as a frame of the table's columns and types (both from ``schema``). Finding articles lives
in ``sources``; writing tables in ``batch``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import reasons
from .normalize import UnreadableText, decode_counted
from .pipeline import extract_text
from .schema import COLUMNS, FRAME_DTYPES

MAX_BYTES = reasons.MAX_MB * 1024 * 1024


@dataclass
class Article:
    article_id: str
    path: str
    text: str = ""  # normalized text
    error: str = ""
    rows: list[dict] | None = None
    warning: str = ""  # read, with something to know (a ``reasons`` sentence), e.g. a few bad bytes replaced


def extract_bytes(data: bytes, article_id: str, date: str | None = None, place: str | None = None) -> Article:
    """Extract one article given as bytes; errors become a one-sentence message, never a traceback.
    A few bytes that are not valid text are replaced and the article carries a ``warning``."""
    art = Article(article_id, "")
    if len(data) > MAX_BYTES:
        art.error = reasons.text("too_large")
        return art
    try:
        raw, bad = decode_counted(data)
    except UnreadableText as exc:
        art.error = str(exc)
        return art
    if bad:
        art.warning = reasons.text("replaced_bytes")
    art.text, art.rows = extract_text(raw, article_id, date=date, place=place)
    if not art.text.strip():
        art.error = reasons.text("no_text")
    return art


def to_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col, dtype in FRAME_DTYPES.items():
        df[col] = df[col].astype(dtype)
    return df
