"""Reading article files and writing the indicators table: the I/O edges of extraction.

Owns: expanding paths (files, folders, globs) into article files, reading each one safely
(encoding detection, size limit, one-sentence errors), optional ``.json`` sidecar metadata,
and writing tables as CSV (UTF-8 with BOM, for Excel) or Parquet.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from .normalize import UnreadableText, decode
from .pipeline import COLUMNS, extract_text

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass
class Article:
    article_id: str
    path: str
    text: str = ""  # normalized text
    error: str = ""
    rows: list[dict] | None = None


def expand(paths: Iterable[str]) -> list[str]:
    """Files named by paths, folders (recursively) and globs, in a stable order."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                out.extend(os.path.join(root, f) for f in files if f.lower().endswith(TEXT_SUFFIXES))
        elif any(ch in p for ch in "*?["):
            out.extend(sorted(glob.glob(p, recursive=True)))
        else:
            out.append(p)
    seen: set[str] = set()
    uniq = []
    for p in sorted(out):
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    return uniq


def article_id_of(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def read_metadata(path: str) -> dict:
    side = os.path.splitext(path)[0] + ".json"
    if os.path.exists(side):
        try:
            with open(side, encoding="utf-8") as fh:
                meta = json.load(fh)
            return meta if isinstance(meta, dict) else {}
        except (OSError, ValueError):
            return {}
    return {}


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


def extract_file(path: str) -> Article:
    aid = article_id_of(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            return Article(aid, path, error=f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Article(aid, path, error=f"the file cannot be read ({exc.strerror or exc})")
    meta = read_metadata(path)
    art = extract_bytes(data, aid, date=meta.get("date"), place=meta.get("place"))
    art.path = path
    return art


def iter_articles(paths: Iterable[str]) -> Iterator[Article]:
    for p in expand(paths):
        yield extract_file(p)


def to_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["value"] = df["value"].astype(float)
    df["start"] = df["start"].astype("Int64")
    df["end"] = df["end"].astype("Int64")
    return df


def write_table(df: pd.DataFrame, out: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if out.lower().endswith(".parquet"):
        df.to_parquet(out, index=False)
    else:
        df.to_csv(out, index=False, encoding="utf-8-sig")
