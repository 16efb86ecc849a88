"""The embedded store: a DuckDB file holding articles and figures, built from ``seeds/``.

Owns: building the store from a folder of articles (rebuilt when the articles change, judged
by a fingerprint of their names, sizes and modification times), and reading the figures back.
"""

from __future__ import annotations

import hashlib
import os

import duckdb
import pandas as pd

from extract.io import expand, extract_file, to_frame

DEFAULT_DB = os.environ.get("COUNTY_INDICATORS_DB", os.path.join("data", "indicators.duckdb"))


def fingerprint(paths: list[str]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        st = os.stat(p)
        h.update(f"{os.path.basename(p)}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def build(source: str = "seeds", db: str = DEFAULT_DB) -> str:
    """Extract every article under ``source`` into ``db`` unless it is already up to date."""
    files = expand([source])
    fp = fingerprint(files)
    os.makedirs(os.path.dirname(os.path.abspath(db)), exist_ok=True)
    con = duckdb.connect(db)
    try:
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row and row[0] == fp:
            return db
        rows: list[dict] = []
        articles = []
        for path in files:
            art = extract_file(path)
            articles.append({"article_id": art.article_id, "text": art.text, "error": art.error, "rows": len(art.rows or [])})
            rows.extend(art.rows or [])
        con.register("new_figures", to_frame(rows))
        con.register("new_articles", pd.DataFrame(articles, columns=["article_id", "text", "error", "rows"]))
        con.execute("CREATE OR REPLACE TABLE figures AS SELECT * FROM new_figures")
        con.execute("CREATE OR REPLACE TABLE articles AS SELECT * FROM new_articles")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", [fp])
    finally:
        con.close()
    return db


def _read_table(name: str, db: str) -> pd.DataFrame:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(f"SELECT * FROM {name}").df()
    finally:
        con.close()


def load_figures(db: str = DEFAULT_DB) -> pd.DataFrame:
    return _read_table("figures", db)


def load_articles(db: str = DEFAULT_DB) -> pd.DataFrame:
    return _read_table("articles", db)
