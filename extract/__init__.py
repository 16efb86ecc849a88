"""County Indicators extraction: Chinese articles in, the indicators table (SCHEMA.md) out."""

from __future__ import annotations

import pandas as pd

from .io import to_frame
from .pipeline import extract_text
from .schema import COLUMNS

__all__ = ["COLUMNS", "extract_article", "extract_files"]


def extract_article(text: str, article_id: str = "article", date: str | None = None, place: str | None = None) -> pd.DataFrame:
    """One article's text (+ optional date ``YYYY-MM-DD`` and main place) → its rows."""
    _, rows = extract_text(text, article_id, date=date, place=place)
    return to_frame(rows)


def extract_files(paths: list[str]) -> pd.DataFrame:
    """Many files, folders, globs, ``.zip`` archives or JSON Lines files → one table (unreadable ones are skipped)."""
    from .batch import work
    from .sources import documents

    rows: list[dict] = []
    for doc in documents(paths):
        res = work(doc)
        if res.article is not None:
            rows.extend(res.article.rows or [])
    return to_frame(rows)
