"""One article's bytes to its rows, and rows to a table: the edge between raw input and extraction.

Owns: reading an article's bytes safely (encoding detection, size limit, one-sentence errors)
and rows as a frame of the table's columns and types (both from ``schema``). Finding articles lives
in ``sources``; writing tables in ``batch``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .normalize import UnreadableText, decode
from .pipeline import extract_text
from .schema import COLUMNS, FRAME_DTYPES

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Article:
    article_id: str
    path: str
    text: str = ""  # normalized text
    error: str = ""
    rows: list[dict] | None = None


def extract_bytes(data: bytes, article_id: str, date: str | None = None, place: str | None = None) -> Article:
    """Extract one article given as bytes; errors become a one-sentence message, never a traceback."""
    art = Article(article_id, "")
    if len(data) > MAX_BYTES:
        art.error = f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB"
        return art
    try:
        raw = decode(data)
    except UnreadableText as exc:
        art.error = str(exc)
        return art
    art.text, art.rows = extract_text(raw, article_id, date=date, place=place)
    if not art.text.strip():
        art.error = "the file contains no text"
    return art


def to_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col, dtype in FRAME_DTYPES.items():
        df[col] = df[col].astype(dtype)
    return df
