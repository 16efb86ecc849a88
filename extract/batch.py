"""Extracting many articles at once: worker processes, the store written incrementally, a summary.

Owns: running extraction over ``sources.documents`` in ``jobs`` processes, each article within a
time budget and every failure of one article (reading, decoding, metadata, extracting) that
article's one-sentence error while the run goes on; holding the store for the whole run (waiting
for another writer up to a limit) and writing results in small batches — each batch one transaction
of the store, so a run killed at any moment leaves every article either wholly stored or not at
all, and running again finishes the job — skipping documents stored before with the same content,
replacing changed ones, streaming rows to a CSV, Parquet or Excel table (``output``), and the run's
summary. Only the store or the table failing stops a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import budget, reasons, sources, store
from .bounded import Refused
from .io import Article, extract_bytes
from .output import TableWriter

__all__ = ["DEFAULT_BUDGET", "Result", "Summary", "TableWriter", "build", "fingerprint", "run", "work"]

BATCH_ARTICLES = 50  # articles per store transaction
BATCH_SECONDS = 2.0  # or this long, whichever comes first
DEFAULT_BUDGET = 60.0  # seconds one article's extraction may take
_WARM_UP = "2021年,象州县地区生产总值增长9%。"


@dataclass
class Result:
    doc: sources.Document
    article: Article | None = None
    meta: dict = field(default_factory=dict)
    error: str = ""
    unchanged: bool = False
    chars: int = 0
    notes: list[str] = field(default_factory=list)  # read, with something to know (``reasons`` sentences)


@dataclass
class Summary:
    found: int = 0  # documents the paths named
    read: int = 0  # read and extracted (or found unchanged)
    stored: int = 0  # written to the store: new ones and replaced ones
    replaced: int = 0
    unchanged: int = 0  # stored before from the same document, as it is now
    duplicates: int = 0  # the same text as an article stored under another id
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    rows: int = 0  # rows written to the table (or stored, without a table)
    rows_stored: int = 0
    chars: int = 0
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return self.unchanged + self.duplicates

    def lines(self, out: str = "", db: str = "") -> list[str]:
        rate = self.chars / max(self.seconds, 1e-9)
        parts = [f"{self.read:,} articles read"]
        if db:
            parts.append(f"{self.stored:,} stored ({self.replaced:,} replaced)")
            parts.append(f"{self.skipped:,} skipped ({self.unchanged:,} unchanged, {self.duplicates:,} the same text as one stored)")
        parts.append(f"{len(self.failed):,} failed")
        if self.notes:
            parts.append(f"{len(self.notes):,} noted")
        written = []
        if out:
            written.append(f"{self.rows:,} rows written to {out}")
        if db:
            written.append(f"{self.rows_stored:,} rows stored in {db}")
        if not written:
            written.append(f"{self.rows:,} rows written")
        head = f"{', '.join(parts)}; {', '.join(written)}; {self.seconds:,.1f} s ({rate:,.0f} chars/s)"
        tail = [f"failed: {key}: {why}" for key, why in self.failed[:20]]
        if len(self.failed) > 20:
            tail.append(f"… and {len(self.failed) - 20:,} more failures")
        return [head, *tail]


_WARM = [False]  # this process has loaded the gazetteer and dictionaries (forked workers inherit it)


def _warm() -> None:
    if not _WARM[0]:
        extract_bytes(_WARM_UP.encode(), "warm-up")
        _WARM[0] = True


def work(doc: sources.Document, known: str = "", seconds: float | None = DEFAULT_BUDGET) -> Result:
    """Load and extract one document; never raises: any failure is the result's one-sentence error.
    ``known`` is the source hash stored for it (an equal one: unchanged, not extracted again);
    extraction past ``seconds`` is stopped (``budget``)."""
    try:
        data, meta, notes = sources.load(doc)
        digest = sources.source_hash(data, meta)
        notes = [reasons.text(code) for code in notes]
        if known and known == digest:
            return Result(doc, unchanged=True, notes=notes)
        meta = dict(meta, source_hash=digest, source=meta.get("source") or doc.label or doc.key, source_key=doc.key)
        _warm()
        with budget.time_limit(seconds):
            art = extract_bytes(data, doc.article_id, date=meta.get("date"), place=meta.get("place"))
    except Refused as exc:
        return Result(doc, error=str(exc))
    except budget.OverBudget:
        return Result(doc, error=reasons.text("timeout"))
    except Exception:  # noqa: BLE001 - one broken article must not stop a million others
        return Result(doc, error=reasons.text("failed"))
    if art.error:
        return Result(doc, error=art.error)
    if art.warning and art.warning not in notes:
        notes.append(art.warning)
    return Result(doc, art, meta, chars=len(art.text), notes=notes)


def _task(task: tuple[sources.Document, str, float | None]) -> Result:
    return work(*task)


@contextlib.contextmanager
def _pool(jobs: int) -> Iterator[mp.pool.Pool | None]:
    """Worker processes, forked now (before the store is opened), sharing what the warm-up loaded."""
    if jobs <= 1:
        yield None
        return
    _warm()
    with mp.get_context("fork").Pool(jobs) as pool:
        yield pool


def run(paths: Iterable[str], db: str | None = None, out: str | None = None, jobs: int | None = None,
        progress: Callable[[Iterable[Result], int], Iterable[Result]] | None = None, origin: str = "cli",
        seconds: float | None = DEFAULT_BUDGET, wait: float | None = None,
        on_wait: Callable[[store.StoreBusy], None] | None = None) -> Summary:
    """Extract every document under ``paths`` into the store ``db`` and/or the table ``out``.

    Raises ``output.OutputError`` for a table path that cannot be written and ``store.StoreError`` for a
    store that is not one, is damaged, or stays busy past ``wait`` seconds (``StoreBusy``)."""
    t0 = time.perf_counter()
    writer = TableWriter(out) if out else None
    summary = Summary()
    try:
        docs = sources.documents(paths)
        summary.found = len(docs)
        jobs = min(jobs or os.cpu_count() or 1, max(1, len(docs)))
        if db:
            store.close_all()  # forked workers must not inherit an open store
        with _pool(jobs) as pool, (store.writing(db, wait, on_wait) if db else contextlib.nullcontext()):
            known: dict[str, str] = {}
            if db:
                stored = store.stored_index(db)
                docs = sources.settle(docs, stored)
                if not out:  # a table needs every article's rows: unchanged ones are extracted again for it
                    known = {key: digest for key, digest in stored.values() if key}
            tasks = [(d, known.get(d.key, ""), seconds) for d in docs]
            results: Iterable[Result] = pool.imap(_task, tasks, chunksize=4) if pool else map(_task, tasks)
            _consume(progress(results, len(docs)) if progress else results, summary, writer, db, origin)
    finally:
        if writer:
            writer.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _consume(results: Iterable[Result], summary: Summary, writer: TableWriter | None, db: str | None, origin: str) -> None:
    pending: list[tuple[Article, dict]] = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        if pending and db:
            res = store.add_articles(pending, origin, db, replace_changed=True)
            summary.stored += len(res.added)
            summary.replaced += len(res.replaced)
            summary.unchanged += len(res.unchanged)
            summary.duplicates += len(res.skipped) - len(res.unchanged)
            summary.rows_stored += res.rows
        pending.clear()
        last_flush = time.perf_counter()

    for res in results:
        summary.notes.extend((res.doc.label, note) for note in res.notes)
        if res.error:
            summary.failed.append((res.doc.label, res.error))
            continue
        summary.read += 1
        if res.unchanged:
            summary.unchanged += 1
            continue
        assert res.article is not None
        summary.chars += res.chars
        if writer and res.article.rows:
            writer.write(res.article.rows)
        if not db:
            continue
        pending.append((res.article, res.meta))
        if len(pending) >= BATCH_ARTICLES or time.perf_counter() - last_flush > BATCH_SECONDS:
            flush()
    flush()
    summary.rows = writer.rows if writer else summary.rows_stored


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
