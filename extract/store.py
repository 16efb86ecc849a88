"""The embedded store: a DuckDB file holding articles and their figures.

Owns: the store's tables (``articles``, ``figures``, ``meta``), building it from ``seeds/`` (re-done
when the seed files change, judged by a fingerprint of their names, sizes and modification
times), adding articles with de-duplication by content, keeping apart articles of one id that come
from different documents (``source_key``), refusing a path that is not a DuckDB store (one sentence,
``StoreError``), and the single-writer rule. DuckDB lets one process at a time open a store file for
writing. Every write holds a process lock and an operating-system file lock (``locking``, the file
``DB.lock`` naming its holder): writers in one process take turns and lose nothing; a run that holds
the store for its whole length (``writing``, the command line's ``--store``) makes another process's
writer wait — saying who holds it — until it ends or the other's wait runs out (``StoreBusy``). A
reader that must not keep writers out while idle opens ``connect_read`` and closes it when done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from . import locking
from .io import Article, to_frame
from .opening import StoreBusy, StoreError, check_path, failure
from .schema import COLUMNS, sql_columns
from .sources import disambiguated

DEFAULT_DB = os.path.join("data", "indicators.duckdb")  # relative to where the product runs
FIGURE_COLUMNS = [*COLUMNS, "county", "fig_no"]
ARTICLE_COLUMNS = [
    "article_id", "title", "text", "article_date", "date_source", "place", "n_figures", "content_hash", "origin", "added_at",
    "source", "source_hash", "source_key",
]
_WRITE_LOCK = threading.Lock()
_HELD: dict[str, int] = {}  # store files this process holds for writing (``writing``) → depth

_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR, article_date VARCHAR, date_source VARCHAR,
        place VARCHAR, n_figures INTEGER, content_hash VARCHAR UNIQUE, origin VARCHAR, added_at TIMESTAMP,
        source VARCHAR, source_hash VARCHAR)""",
    f"CREATE TABLE IF NOT EXISTS figures ({sql_columns(FIGURE_COLUMNS, {'fig_no': 'INTEGER'})})",  # SCHEMA columns + county, fig_no
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS source_key VARCHAR",  # stores made before it
]


def db_path(default: str = DEFAULT_DB) -> str:
    """Where the store lives: ``$COUNTY_INDICATORS_DB``, else ``default`` (``data/indicators.duckdb``)."""
    return os.environ.get("COUNTY_INDICATORS_DB") or default


@dataclass
class AddResult:
    added: list[str]
    skipped: list[str]  # same content already stored
    rows: int
    replaced: list[str] = field(default_factory=list)  # stored before with other content, now replaced
    unchanged: list[str] = field(default_factory=list)  # among ``skipped``: this very document, stored as it is


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def safe_article_id(name: str, digest: str) -> str:
    """An id from a user's file name that can never be a path: letters, digits, CJK, ``_-`` only."""
    stem = os.path.splitext(os.path.basename(name.replace("\\", "/")))[0]
    stem = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", stem).strip("_.")[:60] or "article"
    return f"{stem}_{digest[:8]}"


_GLUED_DATELINE = re.compile(r"^(.{4,}?)\s*(\d{4}[年./-]\d{1,2}[月./-]\d{1,2}日?\s*)?(来源|发布时间|发布日期|时间)[:：]")
_GLUED_DATE = re.compile(r"^(.{6,}?)\s*\d{4}年\d{1,2}月\d{1,2}日")  # a headline run into its date line
_BREADCRUMB = re.compile(r"(?:^|\s)[>＞›»](?:\s|$)|首页|当前位置")


def title_of(text: str) -> str:
    """The article's headline: its first line that is not a site's breadcrumb trail (``首页 > …``).
    A headline joined to the dateline after it (``…开工2024年9月10日 来源:…``) is cut before the date."""
    for line in text.splitlines():
        line = line.strip().strip("【】[]")
        if not line or _BREADCRUMB.search(line):
            continue
        glued = _GLUED_DATELINE.match(line) or (_GLUED_DATE.match(line) if len(line) > 40 else None)
        if glued:
            if re.fullmatch(r"[\d\s年月日时分./:-]+", glued.group(1)):
                continue  # a dateline of its own
            return glued.group(1).strip()[:80]
        if not re.search(r"来源[:：]", line):
            return line[:80]
    return ""


@contextlib.contextmanager
def _file_lock(db: str) -> Iterator[None]:
    db = os.path.abspath(db)
    with _WRITE_LOCK:
        if _HELD.get(db):  # this process holds it for a whole run already
            yield
        else:
            with locking.exclusive(db + ".lock"):
                yield


_CONNECTIONS: dict[str, duckdb.DuckDBPyConnection] = {}
_CONNECT_LOCK = threading.Lock()


def connect(db: str | None = None) -> duckdb.DuckDBPyConnection:
    """One connection per store file and process, for reading and writing; callers take a ``.cursor()``
    per thread. Raises ``StoreError`` (``StoreBusy`` when another process has it open for writing)."""
    db = os.path.abspath(db or db_path())
    with _CONNECT_LOCK:
        con = _CONNECTIONS.get(db)
        if con is None:
            check_path(db)
            try:
                os.makedirs(os.path.dirname(db), exist_ok=True)
                con = duckdb.connect(db)
            except (OSError, duckdb.Error) as exc:
                raise failure(exc, db) from None
            try:
                for stmt in _SCHEMA:
                    con.execute(stmt)
            except duckdb.Error:
                con.close()
                raise StoreError(f"the store {db} is damaged and cannot be opened", "store_damaged", db) from None
            _CONNECTIONS[db] = con
        return con


def connect_read(db: str | None = None) -> duckdb.DuckDBPyConnection:
    """A new read-only connection to an existing store, for a reader that must not keep writers out
    while idle: close it when done. When this process has the store open already, a cursor of that
    connection. Raises ``StoreBusy`` while another process writes the store, ``StoreError`` when it is
    missing or not a store."""
    db = os.path.abspath(db or db_path())
    with _CONNECT_LOCK:
        if db in _CONNECTIONS:
            return _CONNECTIONS[db].cursor()
    if not os.path.lexists(db):
        raise StoreError(f"the store {db} does not exist yet", "store_missing", db)
    check_path(db)
    try:
        return duckdb.connect(db, read_only=True)
    except duckdb.Error as exc:
        raise failure(exc, db) from None


@contextlib.contextmanager
def writing(db: str | None = None, wait: float | None = None,
            on_wait: Callable[[StoreBusy], None] | None = None) -> Iterator[str]:
    """Hold the store for writing for the whole block (the lock, and the DuckDB file open): writes in it
    do not lock again, and other processes' writers wait. Waits for another holder up to ``wait``
    seconds (None: as long as it takes), calling ``on_wait`` once; then raises ``StoreBusy``."""
    db = os.path.abspath(db or db_path())
    check_path(db)
    deadline = None if wait is None else time.monotonic() + wait
    told: list[bool] = []

    def waiting(busy: StoreBusy) -> None:
        if on_wait is not None and not told:
            told.append(True)
            on_wait(busy)

    with contextlib.ExitStack() as stack:
        if not _HELD.get(db):
            try:
                stack.enter_context(locking.exclusive(db + ".lock", wait, lambda h: waiting(StoreBusy(db, h))))
            except locking.Busy as exc:
                raise StoreBusy(db, exc.holder) from None
        _HELD[db] = _HELD.get(db, 0) + 1
        stack.callback(lambda: _HELD.__setitem__(db, _HELD[db] - 1))
        if db not in _CONNECTIONS:  # opened for the block: closed after it, so the next writer can open the file
            stack.callback(_close, db)
        while True:  # DuckDB's own lock: a program that does not take ours (a dashboard, a duckdb shell)
            try:
                connect(db)
                break
            except StoreBusy as busy:
                if deadline is not None and time.monotonic() >= deadline:
                    raise
                waiting(busy)
                time.sleep(0.2)
        yield db


def _close(db: str) -> None:
    with _CONNECT_LOCK:
        con = _CONNECTIONS.pop(db, None)
    if con is not None:
        con.close()


def close_all() -> None:
    with _CONNECT_LOCK:
        for con in _CONNECTIONS.values():
            con.close()
        _CONNECTIONS.clear()


def _county_names(rows: list[dict]) -> list[str]:
    from extract.regions import gazetteer

    by_code = gazetteer().by_code
    out = []
    for r in rows:
        place = by_code.get(r.get("region_code") or "")
        out.append(place.name if place is not None and place.level == "county" else "")
    return out


def figure_frame(article_id: str, rows: list[dict]) -> pd.DataFrame:
    """An article's rows as the store's ``figures`` table: SCHEMA columns + county + figure number."""
    df = to_frame(rows)
    df["article_id"] = article_id
    df["county"] = _county_names(rows)
    df["fig_no"] = range(1, len(df) + 1)
    return df[FIGURE_COLUMNS]


def add_articles(articles: Iterable[tuple[Article, dict]], origin: str, db: str | None = None,
                 replace_origin: bool = False, replace_changed: bool = False) -> AddResult:
    """Store extracted articles (each with its metadata) in one transaction: all of them or none.

    The same text twice is stored once. An article whose id is already stored is skipped when its
    text is unchanged; with ``replace_changed`` a changed one (text, metadata or the extractor that
    read it: its ``source_hash``) replaces the stored one (its figures too), otherwise it is stored
    under a new id. With ``replace_origin`` every article previously
    stored from that origin is removed first (the seeds are rebuilt this way when their files change).
    Metadata may carry ``title``, ``date``, ``place``, ``source``, ``source_hash`` and ``source_key``
    (the document's identity, ``sources.Document.key``): with ``replace_changed``, an article whose id
    is stored from another document is never replaced by it; it is stored under its id and a hash of
    its key instead (``sources.disambiguated``), the id a run over the same inputs gives it again.
    """
    result = AddResult([], [], 0)
    db = db or db_path()
    with _file_lock(db):
        cur = connect(db).cursor()
        try:
            cur.execute("BEGIN TRANSACTION")
            if replace_origin:
                cur.execute("DELETE FROM figures WHERE article_id IN (SELECT article_id FROM articles WHERE origin = ?)", [origin])
                cur.execute("DELETE FROM articles WHERE origin = ?", [origin])
            new_articles: list[dict] = []
            frames: list[pd.DataFrame] = []
            seen: set[str] = set()
            for art, meta in articles:
                if art.error or not art.text:
                    continue
                digest = content_hash(art.text)
                aid = art.article_id
                key = meta.get("source_key") or ""
                stored = cur.execute("SELECT content_hash, source_hash, source_key FROM articles WHERE article_id = ?", [aid]).fetchone()
                if replace_changed and stored and key and stored[2] and stored[2] != key:  # another document's id
                    aid = disambiguated(aid, key)
                    stored = cur.execute("SELECT content_hash, source_hash, source_key FROM articles WHERE article_id = ?",
                                         [aid]).fetchone()
                # the same text read again under new metadata or new extraction rules replaces its old rows
                reread = replace_changed and stored is not None and (meta.get("source_hash") or "") != (stored[1] or "")
                if digest in seen or (stored and stored[0] == digest and not reread) or cur.execute(
                        "SELECT 1 FROM articles WHERE content_hash = ? AND article_id <> ?", [digest, aid]).fetchone():
                    result.skipped.append(aid)
                    if stored and stored[0] == digest and not reread:
                        result.unchanged.append(aid)
                    continue
                if stored and replace_changed:
                    cur.execute("DELETE FROM figures WHERE article_id = ?", [aid])
                    cur.execute("DELETE FROM articles WHERE article_id = ?", [aid])
                    result.replaced.append(aid)
                elif stored:
                    aid = f"{aid}_{digest[:8]}"
                seen.add(digest)
                rows = art.rows or []
                new_articles.append(article_record(aid, art, meta, digest, origin))
                if rows:
                    frames.append(figure_frame(aid, rows))
                result.added.append(aid)
                result.rows += len(rows)
            if new_articles:
                cur.register("new_articles", pd.DataFrame(new_articles, columns=ARTICLE_COLUMNS))
                cur.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) SELECT * FROM new_articles")
                cur.unregister("new_articles")
            if frames:
                cur.register("new_figures", pd.concat(frames, ignore_index=True))
                cur.execute("INSERT INTO figures SELECT * FROM new_figures")
                cur.unregister("new_figures")
            if result.added or replace_origin:
                cur.execute("""INSERT OR REPLACE INTO meta SELECT 'version',
                               (coalesce(max(TRY_CAST(value AS BIGINT)), 0) + 1)::VARCHAR FROM meta WHERE key = 'version'""")
            cur.execute("COMMIT")
        except Exception:
            cur.execute("ROLLBACK")
            raise
        finally:
            cur.close()
    return result


def article_record(aid: str, art: Article, meta: dict, digest: str, origin: str) -> dict:
    """The ``articles`` row of an extracted article: title, date and main place from metadata, else from its text and rows."""
    rows = art.rows or []
    first = rows[0] if rows else {}
    return {
        "article_id": aid, "title": meta.get("title") or title_of(art.text), "text": art.text,
        "article_date": first.get("article_date") or (meta.get("date") or "")[:7],
        "date_source": first.get("date_source", ""), "place": meta.get("place") or _main_region(rows),
        "n_figures": len(rows), "content_hash": digest, "origin": origin, "added_at": dt.datetime.now(),
        "source": meta.get("source", ""), "source_hash": meta.get("source_hash", ""),
        "source_key": meta.get("source_key", ""),
    }


def stored_index(db: str | None = None) -> dict[str, tuple[str, str]]:
    """article id → (source key, source hash) of everything stored from a source: which document each
    id belongs to and what it was when read (what a re-run may skip)."""
    cur = connect(db).cursor()
    try:
        got = cur.execute("""SELECT article_id, coalesce(source_key, ''), source_hash FROM articles
                             WHERE coalesce(source_hash, '') <> ''""").fetchall()
        return {aid: (key, digest) for aid, key, digest in got}
    finally:
        cur.close()


def stored_sources(db: str | None = None) -> dict[str, str]:
    """article id → source hash of everything stored from a source (what a re-run may skip)."""
    cur = connect(db).cursor()
    try:
        got = cur.execute("SELECT article_id, source_hash FROM articles WHERE coalesce(source_hash, '') <> ''").fetchall()
        return dict(got)
    finally:
        cur.close()


def _main_region(rows: list[dict]) -> str:
    counts: dict[str, int] = {}
    for r in rows:
        if r.get("region"):
            counts[r["region"]] = counts.get(r["region"], 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def version(db: str | None = None, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """A number that changes whenever articles are added or replaced: the key of cached answers.
    Read on ``con`` when given (a reader's read-only connection), else on the store's own."""
    return get_meta("version", db, con) or "0"


def get_meta(key: str, db: str | None = None, con: duckdb.DuckDBPyConnection | None = None) -> str | None:
    cur = (con or connect(db)).cursor()
    try:
        row = cur.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None
    finally:
        cur.close()


def set_meta(key: str, value: str, db: str | None = None) -> None:
    db = db or db_path()
    with _file_lock(db):
        cur = connect(db).cursor()
        try:
            cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
        finally:
            cur.close()


def load_articles(db: str | None = None) -> pd.DataFrame:
    cur = connect(db).cursor()
    try:
        return cur.execute("SELECT * FROM articles").df()
    finally:
        cur.close()
