"""Articles a user adds in the app: uploaded files or pasted text, checked and extracted.

Owns: turning one upload (its file name, bytes and optional date and place) into an extracted
article or a one-sentence reason it was refused, in the user's language; and the previews' cache,
keyed by content hash and bounded, with at most two extractions at a time in the process, so a
rerun never extracts the same file again and one viewer's big upload cannot starve the others. File names only ever
become article ids through ``store.safe_article_id``; they are never used as paths.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from extract.io import MAX_BYTES, Article, extract_bytes
from extract.store import content_hash, safe_article_id, title_of

UPLOAD_SUFFIXES = ("txt", "text", "md", "html", "htm")

_REASONS_ZH = {
    "the file is empty": "文件是空的",
    "the file is binary, not text": "这是二进制文件，不是文本",
    "the file is neither UTF-8, GBK/GB18030 nor Big5 text": "文件编码无法识别（不是 UTF-8、GBK/GB18030 或 Big5 文本）",
    "the file does not look like Chinese text": "文件看起来不是中文文本",
    "the file contains no text": "文件中没有正文",
    f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB": f"文件超过 {MAX_BYTES // (1024 * 1024)} MB",
}


@dataclass
class Upload:
    name: str
    article: Article | None  # None when refused
    reason: str = ""  # why it was refused, one sentence in the user's language
    meta: dict | None = None


def reason_text(error: str, lang: str) -> str:
    return _REASONS_ZH.get(error, error) if lang == "zh" else error


def read_upload(name: str, data: bytes, lang: str, date: dt.date | None = None, place: str = "") -> Upload:
    """Extract one uploaded file (or pasted text encoded as UTF-8); never raises."""
    meta = {"date": date.isoformat() if date else "", "place": place.strip()}
    try:
        art = extract_bytes(data, "upload", date=meta["date"] or None, place=meta["place"] or None)
    except Exception:  # noqa: BLE001 - a broken article must never take the page down
        return Upload(name, None, "无法处理这个文件" if lang == "zh" else "the file could not be processed")
    if art.error:
        return Upload(name, None, reason_text(art.error, lang))
    art.article_id = safe_article_id(name, content_hash(art.text))
    for row in art.rows or []:
        row["article_id"] = art.article_id
    meta["title"] = title_of(art.text) or name
    return Upload(name, art, "", meta)


class Previews:
    """Extracted uploads remembered by content (at most ``size`` of them, least recently used out),
    extracting at most ``parallel`` files at once across every session."""

    def __init__(self, size: int = 64, parallel: int = 2) -> None:
        self._done: OrderedDict[tuple, Upload] = OrderedDict()
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
            got = read_upload(name, data, lang, date, place)
        with self._lock:
            self.extracted += 1
            self._done[key] = got
            while len(self._done) > self.size:
                self._done.popitem(last=False)
        return got
