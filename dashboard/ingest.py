"""Articles a user adds in the app: uploaded files or pasted text, checked and extracted.

Owns: turning one upload (its file name, bytes and optional date and place) into an extracted
article or a one-sentence reason it was refused, in the user's language; and the previews' cache,
keyed by content hash and bounded, with at most two extractions at a time in the process, so a
rerun never extracts the same file again and one viewer's big upload cannot starve the others. A
big upload is extracted in a worker process under a time budget: past it, the worker is stopped and
the file gets one sentence, and the page's own process never runs it. File names only ever
become article ids through ``store.safe_article_id``; they are never used as paths.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import threading
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from extract import reasons
from extract.io import Article, extract_bytes
from extract.store import content_hash, safe_article_id, title_of

UPLOAD_SUFFIXES = ("txt", "text", "md", "html", "htm")

@dataclass
class Upload:
    name: str
    article: Article | None  # None when refused
    reason: str = ""  # why it was refused, one sentence in the user's language
    meta: dict | None = None
    note: str = ""  # read, with something to know (a few bad bytes replaced), in the user's language


def reason_text(error: str, lang: str) -> str:
    """A refusal or note from ``extract`` in the page's language (one table of reasons, in ``extract.reasons``)."""
    return reasons.reason_text(error, lang)


def read_upload(name: str, data: bytes, lang: str, date: dt.date | None = None, place: str = "") -> Upload:
    """Extract one uploaded file (or pasted text encoded as UTF-8); never raises."""
    meta = {"date": date.isoformat() if date else "", "place": place.strip()}
    try:
        art = extract_bytes(data, "upload", date=meta["date"] or None, place=meta["place"] or None)
    except Exception:  # noqa: BLE001 - a broken article must never take the page down
        return Upload(name, None, reason_text("failed", lang))
    if art.error:
        return Upload(name, None, reason_text(art.error, lang))
    art.article_id = safe_article_id(name, content_hash(art.text))
    for row in art.rows or []:
        row["article_id"] = art.article_id
    meta["title"] = title_of(art.text) or name
    return Upload(name, art, "", meta, reason_text(art.warning, lang) if art.warning else "")


BIG_UPLOAD = 256 * 1024  # bytes; bigger uploads are extracted in a worker process
BUDGET_S = 60.0  # seconds one upload may take to extract


class _Worker:
    """One worker process for big uploads, replaced when a file overruns its budget."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def run(self, budget: float, *args) -> Upload | None:
        """``read_upload(*args)`` in the worker; None when it took longer than ``budget`` seconds."""
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
            pool = self._pool
        future = pool.submit(read_upload, *args)
        try:
            return future.result(timeout=budget)
        except FutureTimeout:
            with self._lock:
                for proc in list(getattr(pool, "_processes", {}).values()):
                    proc.kill()  # a runaway: stop it, the next big file gets a new worker
                pool.shutdown(wait=False, cancel_futures=True)
                if self._pool is pool:
                    self._pool = None
            return None


class Previews:
    """Extracted uploads remembered by content (at most ``size`` of them, least recently used out),
    extracting at most ``parallel`` files at once across every session."""

    def __init__(self, size: int = 64, parallel: int = 2, budget: float = BUDGET_S) -> None:
        self._done: OrderedDict[tuple, Upload] = OrderedDict()
        self._worker = _Worker()
        self.budget = budget
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(parallel)
        self.size = size
        self.extracted = 0  # how many times a file was really extracted (the rest came from the cache)

    def read(self, name: str, data: bytes, lang: str, date: dt.date | None = None, place: str = "") -> Upload:
        key = (hashlib.sha256(data).hexdigest(), name, lang, date.isoformat() if date else "", place.strip())
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                return self._done[key]
        with self._slots:
            if len(data) > BIG_UPLOAD:
                got = self._worker.run(self.budget, name, data, lang, date, place)
                if got is None:
                    got = Upload(name, None, reason_text("timeout", lang))
            else:
                got = read_upload(name, data, lang, date, place)
        with self._lock:
            self.extracted += 1
            self._done[key] = got
            while len(self._done) > self.size:
                self._done.popitem(last=False)
        return got
