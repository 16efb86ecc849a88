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
from functools import lru_cache

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


ID_MAX = 80


def disambiguated(article_id: str, key: str) -> str:
    """The id a document gets when its readable id is another document's: the id and a hash of its key."""
    return f"{article_id[:ID_MAX - 9]}_{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


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
    """One document per non-blank line; ``member`` is ``line@byte-offset`` so loading seeks straight to it."""
    try:
        with open(path, "rb") as fh:
            offset = 0
            for n, raw in enumerate(fh, start=1):
                at, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                m = re.search(rb'"id"\s*:\s*"([^"]{1,100})"', raw[:400])
                ident = m.group(1).decode("utf-8", "replace") if m else ""
                yield Document("jsonl", path, f"{n}@{at}", f"{path}::{ident or n}")
    except OSError:
        yield Document("jsonl", path, "", path)


@lru_cache(maxsize=4)
def _archive(path: str) -> zipfile.ZipFile:
    """An archive opened once per process: its directory is read once, not once per member."""
    return zipfile.ZipFile(path)


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
            zf = _archive(doc.path)
            if zf.getinfo(doc.member).file_size > MAX_BYTES:
                raise SourceError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
            side = os.path.splitext(doc.member)[0] + ".json"
            meta = _meta(_json(zf.read(side).decode("utf-8", "replace"))) if side in zf.NameToInfo else {}
            return zf.read(doc.member), meta
        if doc.kind == "jsonl":
            if not doc.member:
                raise SourceError("the JSON Lines file cannot be read")
            number, _, at = doc.member.partition("@")
            with open(doc.path, "rb") as fh:
                fh.seek(int(at))
                obj = _json(fh.readline().decode("utf-8", "replace"))
            if obj is None or not isinstance(obj.get("text"), str):
                raise SourceError(f"line {number} is not a JSON object with a \"text\" field")
            return obj["text"].encode("utf-8"), _meta(obj)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise SourceError(f"it cannot be read ({exc.__class__.__name__})") from exc
    raise SourceError(f"unknown kind of document: {doc.kind}")


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
    """What a document is, as the rules that read it: its bytes, its metadata and the extractor's
    version. Unchanged documents are skipped on a re-run; after a new release every one is read again."""
    h = hashlib.sha256(data)
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(extractor_version().encode())
    return h.hexdigest()


# The modules whose code decides the rows (with extract/data/*.csv, the rules): a change to any of them
# is a new extractor, and every stored document is read again. Reading, storing, batching and scoring
# (io, sources, store, batch, distributed, evaluate, __main__, __init__) are not rules.
RULE_MODULES = (
    "article_place", "clauses", "context", "figures_kept", "indicators", "labels", "lists", "measures", "normalize",
    "numbers", "period_choice", "periods", "pipeline", "projects", "regions", "schema", "sentence_rows", "stage_choice",
    "subjects", "tables", "vocabulary",
)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the rule modules (``RULE_MODULES``) and the data files: changes when the rules do."""
    h = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    files = [(f"{name}.py", os.path.join(here, f"{name}.py")) for name in RULE_MODULES]
    files += [(name, os.path.join(data, name)) for name in sorted(os.listdir(data)) if name.endswith(".csv")]
    for name, path in files:
        with open(path, "rb") as fh:
            h.update(name.encode() + fh.read())
    return h.hexdigest()[:16]
