"""Where articles come from: files, folders, globs, ``.zip`` archives and JSON Lines files.

Owns: turning the paths a user gives into ``Document`` references — small, picklable pointers
(a file, a member of an archive, a line of a JSON Lines file) that a worker process or a cluster
node can load on its own — and loading one into bytes plus metadata. A document's ``key`` is
stable across runs (its path, archive member or line id), so re-running over the same inputs
finds what is already stored.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
META_KEYS = ("date", "title", "source", "place")
MAX_BYTES = 20 * 1024 * 1024  # the same limit as extraction's


@dataclass(frozen=True)
class Document:
    kind: str  # file | zip | jsonl
    path: str  # the file, archive or JSON Lines file
    member: str = ""  # archive member, or the line number in a JSON Lines file
    key: str = ""  # stable identity across runs

    @property
    def article_id(self) -> str:
        return article_id_of_key(self.key)


def article_id_of_key(key: str) -> str:
    """A readable id from a document key, safe as a name: ``seeds/000_x.txt`` → ``000_x``; long or
    clashing-prone keys get a short hash."""
    base = os.path.splitext(os.path.basename(key.replace("::", "/")))[0]
    base = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", base).strip("_") or "article"
    if "::" in key:  # archive members and lines: keep them apart from same-named files
        base += "_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return base[:80]


def _is_text(name: str) -> bool:
    return name.lower().endswith(TEXT_SUFFIXES)


def documents(paths: Iterable[str]) -> Iterator[Document]:
    """Every article the paths name, in a stable order; unknown file types are skipped."""
    for path in _expand(paths):
        low = path.lower()
        if low.endswith(".zip"):
            yield from _zip_documents(path)
        elif low.endswith((".jsonl", ".ndjson")):
            yield from _jsonl_documents(path)
        elif _is_text(path):
            yield Document("file", path, "", os.path.relpath(path) if not os.path.isabs(path) else path)


def _expand(paths: Iterable[str]) -> list[str]:
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, files in os.walk(p):
                out.extend(os.path.join(root, f) for f in files)
        elif any(ch in p for ch in "*?["):
            out.extend(glob.glob(p, recursive=True))
        else:
            out.append(p)
    keep = (".zip", ".jsonl", ".ndjson", *TEXT_SUFFIXES)
    return sorted(dict.fromkeys(p for p in out if p.lower().endswith(keep) or not os.path.exists(p)))


def _zip_documents(path: str) -> Iterator[Document]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = sorted(n for n in zf.namelist() if _is_text(n) and not n.endswith("/"))
    except (OSError, zipfile.BadZipFile):
        yield Document("zip", path, "", path)  # loading it reports the error
        return
    for name in names:
        yield Document("zip", path, name, f"{path}::{name}")


def _jsonl_documents(path: str) -> Iterator[Document]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                ident = ""
                m = re.search(r'"id"\s*:\s*"([^"]{1,100})"', line[:400])
                if m:
                    ident = m.group(1)
                yield Document("jsonl", path, str(n), f"{path}::{ident or n}")
    except OSError:
        yield Document("jsonl", path, "", path)


class SourceError(ValueError):
    """A document that cannot be loaded, with a one-sentence reason."""


def load(doc: Document) -> tuple[bytes, dict]:
    """The document's raw bytes and its metadata (date, title, source, place when given)."""
    try:
        if doc.kind == "file":
            if os.path.getsize(doc.path) > MAX_BYTES:
                raise SourceError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
            with open(doc.path, "rb") as fh:
                data = fh.read()
            return data, _sidecar(doc.path)
        if doc.kind == "zip":
            if not doc.member:
                raise SourceError("the archive cannot be opened")
            with zipfile.ZipFile(doc.path) as zf:
                if zf.getinfo(doc.member).file_size > MAX_BYTES:
                    raise SourceError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
                data = zf.read(doc.member)
                meta = {}
                side = os.path.splitext(doc.member)[0] + ".json"
                if side in zf.namelist():
                    meta = _meta(_json(zf.read(side).decode("utf-8", "replace")))
            return data, meta
        if doc.kind == "jsonl":
            if not doc.member:
                raise SourceError("the JSON Lines file cannot be read")
            line = _line(doc.path, int(doc.member))
            obj = _json(line)
            if obj is None or not isinstance(obj.get("text"), str):
                raise SourceError(f"line {doc.member} is not a JSON object with a \"text\" field")
            return obj["text"].encode("utf-8"), _meta(obj)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise SourceError(f"it cannot be read ({exc.__class__.__name__})") from exc
    raise SourceError(f"unknown kind of document: {doc.kind}")


def _line(path: str, number: int) -> str:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            if n == number:
                return line
    raise SourceError(f"line {number} is missing")


def _json(text: str) -> dict | None:
    try:
        obj = json.loads(text)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) else None


def _meta(obj: dict | None) -> dict:
    return {k: str(obj[k]) for k in META_KEYS if obj and obj.get(k)}


def _sidecar(path: str) -> dict:
    side = os.path.splitext(path)[0] + ".json"
    if not os.path.exists(side):
        return {}
    try:
        with open(side, encoding="utf-8") as fh:
            return _meta(_json(fh.read()))
    except OSError:
        return {}


def source_hash(data: bytes, meta: dict) -> str:
    """What a document is: its bytes and metadata. Unchanged documents are skipped on a re-run."""
    h = hashlib.sha256(data)
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()
