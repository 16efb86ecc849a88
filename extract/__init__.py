"""County Indicators extraction: Chinese articles in, the indicators table (SCHEMA.md) out."""

from __future__ import annotations

import pandas as pd

from .io import expand, extract_file, to_frame
from .pipeline import COLUMNS, extract_text

__all__ = ["COLUMNS", "extract_article", "extract_files"]


def extract_article(text: str, article_id: str = "article", date: str | None = None, place: str | None = None) -> pd.DataFrame:
    """One article's text (+ optional date ``YYYY-MM-DD`` and main place) → its rows."""
    _, rows = extract_text(text, article_id, date=date, place=place)
    return to_frame(rows)


def extract_files(paths: list[str]) -> pd.DataFrame:
    """Many files, folders or globs → one table (unreadable files are skipped)."""
    rows: list[dict] = []
    for p in expand(paths):
        art = extract_file(p)
        rows.extend(art.rows or [])
    return to_frame(rows)
