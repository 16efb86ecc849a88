"""Extracting many articles at once: worker processes, the store written incrementally, a summary.

Owns: running extraction over ``sources.documents`` in ``jobs`` processes, writing results in
small batches — each batch one transaction of the store, so a run killed at any moment leaves
every article either wholly stored or not at all, and running again finishes the job — skipping
documents stored before with the same content, replacing changed ones, streaming rows to a CSV
or Parquet table, and the run's summary.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from . import sources, store
from .io import Article, extract_bytes, to_frame
from .schema import COLUMNS

BATCH_ARTICLES = 50  # articles per store transaction
BATCH_SECONDS = 2.0  # or this long, whichever comes first


@dataclass
class Result:
    doc: sources.Document
    article: Article | None = None
    meta: dict = field(default_factory=dict)
    error: str = ""
    unchanged: bool = False
    chars: int = 0


@dataclass
class Summary:
    read: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: int = 0
    chars: int = 0
    seconds: float = 0.0

    def lines(self, out: str = "") -> list[str]:
        rate = self.chars / max(self.seconds, 1e-9)
        head = (f"{self.read:,} articles read, {self.skipped:,} skipped (already stored, unchanged), "
                f"{self.replaced:,} replaced, {len(self.failed):,} failed, {self.rows:,} rows written"
                f"{' to ' + out if out else ''} in {self.seconds:,.1f} s ({rate:,.0f} chars/s)")
        tail = [f"failed: {key}: {why}" for key, why in self.failed[:20]]
        if len(self.failed) > 20:
            tail.append(f"… and {len(self.failed) - 20:,} more failures")
        return [head, *tail]


_KNOWN: dict[str, str] = {}  # article id → source hash already stored (inherited by forked workers)


def work(doc: sources.Document) -> Result:
    """Load and extract one document; never raises."""
    try:
        data, meta = sources.load(doc)
    except sources.SourceError as exc:
        return Result(doc, error=str(exc))
    digest = sources.source_hash(data, meta)
    if _KNOWN.get(doc.article_id) == digest:
        return Result(doc, unchanged=True)
    meta = dict(meta, source_hash=digest, source=meta.get("source") or doc.key)
    try:
        art = extract_bytes(data, doc.article_id, date=meta.get("date"), place=meta.get("place"))
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop a million others
        return Result(doc, error=f"extraction failed ({exc.__class__.__name__})")
    if art.error:
        return Result(doc, error=art.error)
    return Result(doc, art, meta, chars=len(art.text))


class TableWriter:
    """Rows appended to a CSV (UTF-8 with BOM) or Parquet file as they come, never all in memory."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.parquet = path.lower().endswith(".parquet")
        self._writer = None
        self._started = False
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)

    def write(self, rows: list[dict]) -> None:
        df = to_frame(rows)
        if self.parquet:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.path, table.schema)
            self._writer.write_table(table.cast(self._writer.schema))
        else:
            df.to_csv(self.path, mode="a" if self._started else "w", header=not self._started, index=False,
                      encoding="utf-8" if self._started else "utf-8-sig")
        self._started = True

    def close(self) -> None:
        if self.parquet and self._writer is None:
            to_frame([]).to_parquet(self.path, index=False)
        elif not self.parquet and not self._started:
            pd.DataFrame(columns=COLUMNS).to_csv(self.path, index=False, encoding="utf-8-sig")
        if self._writer is not None:
            self._writer.close()


def _results(docs: list[sources.Document], jobs: int) -> Iterator[Result]:
    if jobs <= 1:
        yield from map(work, docs)
        return
    # load the gazetteer, dictionaries and catalogue once here; forked workers share them
    extract_bytes("2021年,象州县地区生产总值增长9%。".encode(), "warm-up")
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(work, docs, chunksize=4)


def run(paths: Iterable[str], db: str | None = None, out: str | None = None, jobs: int | None = None,
        progress: Callable[[Iterable[Result], int], Iterable[Result]] | None = None, origin: str = "cli") -> Summary:
    """Extract every document under ``paths`` into the store ``db`` and/or the table ``out``."""
    t0 = time.perf_counter()
    docs = list(sources.documents(paths))
    jobs = jobs or os.cpu_count() or 1
    _KNOWN.clear()
    if db:
        _KNOWN.update(store.stored_sources(db))
        store.close_all()  # forked workers must not inherit an open store
    summary = Summary()
    writer = TableWriter(out) if out else None
    pending: list[tuple[Article, dict]] = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        if pending and db:
            res = store.add_articles(pending, origin, db, replace_changed=True)
            summary.replaced += len(res.replaced)
            summary.skipped += len(res.skipped)
            summary.rows += res.rows
        pending.clear()
        last_flush = time.perf_counter()

    results = _results(docs, jobs)
    for res in (progress(results, len(docs)) if progress else results):
        if res.error:
            summary.failed.append((res.doc.key, res.error))
            continue
        summary.read += 1
        if res.unchanged:
            summary.skipped += 1
            continue
        assert res.article is not None
        summary.chars += res.chars
        if writer and res.article.rows:
            writer.write(res.article.rows)
            if not db:
                summary.rows += len(res.article.rows)
        pending.append((res.article, res.meta))
        if len(pending) >= BATCH_ARTICLES or time.perf_counter() - last_flush > BATCH_SECONDS:
            flush()
    flush()
    if writer:
        writer.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def fingerprint(docs: list[sources.Document]) -> str:
    """Names, sizes and modification times of the files behind ``docs``, and the extractor's version:
    changes when either does, so a new release re-reads the seeds."""
    h = hashlib.sha256(sources.extractor_version().encode())
    for path in sorted({d.path for d in docs}):
        st = os.stat(path)
        h.update(f"{os.path.basename(path)}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def build(source: str = "seeds", db: str | None = None) -> str:
    """Make sure the store holds every article under ``source`` (the seeds): re-extracted when its files change."""
    db = db or store.db_path()
    docs = list(sources.documents([source]))
    fp = fingerprint(docs)
    if store.get_meta("seed_fingerprint", db) == fp:
        return db
    done = [work(d) for d in docs]
    store.add_articles([(r.article, r.meta) for r in done if r.article is not None], "seed", db, replace_origin=True)
    store.set_meta("seed_fingerprint", fp, db)
    return db
