"""Where articles come from: files, folders, globs, ``.zip`` archives and JSON Lines files.

Owns: turning the paths a user gives into ``Document`` references — small, picklable pointers
(a file, a member of an archive, a line of a JSON Lines file) that a worker process or a cluster
node can load on its own — and loading one into bytes, metadata and notes, every read capped
(``bounded``) and every failure a ``bounded.Refused`` with a one-sentence reason (``reasons``).

Identity: a document's ``key`` is its absolute path (plus ``::member`` or ``::id:…``/``::line:N``
for an archive member or a JSON Lines line), the same from any working folder; its ``label`` is
the path as the user gave it (plus ``::member`` or `` line N``), used in messages. Its article id
is its name relative to the argument that named it, made safe as a name: ``seeds/000_x.txt``
given as ``seeds`` → ``000_x``; ``a/report.txt`` inside a folder argument → ``a_report``; member
``m/a.txt`` of ``news.zip`` → ``news_m_a``; a JSON Lines line → ``feed_<its id>`` (``feed_<id>_line7``
when an id repeats in the file, ``feed_line7`` without one). An id longer than 80 characters is cut
and ends in a hash of its name; documents whose ids would be equal within a run all end in a hash
of their key. Ids depend on the inputs alone, so rerunning the same inputs gives the same ids; the
store keeps apart documents of one id from different keys (``store.add_articles``).
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import json
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import bounded, metadata, reasons
from .bounded import Refused
from .normalize import UnreadableText, decode_counted

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
META_KEYS = metadata.META_KEYS
MAX_BYTES = reasons.MAX_MB * 1024 * 1024  # the same limit as extraction's
LINE_MAX_BYTES = reasons.LINE_MAX_MB * 1024 * 1024
META_MAX_BYTES = reasons.META_MAX_MB * 1024 * 1024
ID_MAX = 80
_ID_IN_HEAD = re.compile(rb'"id"\s*:\s*(?:"([^"\\]{1,100})"|(-?\d{1,30})\b)')


@dataclass(frozen=True)
class Document:
    kind: str  # file | zip | jsonl
    path: str  # the file, archive or JSON Lines file
    member: str = ""  # archive member, or ``line@byte-offset`` in a JSON Lines file
    key: str = ""  # identity: absolute path [+ ::member | ::id:… | ::line:N], stable across runs
    label: str = ""  # the path as given [+ ::member | line N]: what messages name
    name: str = ""  # the name relative to its argument, without extensions: what the id is made from
    article_id: str = ""  # unique within the run (``documents``), stable across runs
    refusal: str = ""  # a ``reasons`` code when it is refused before loading


def article_id_of_key(name: str) -> str:
    """A readable id from a document's name, safe as a name: ``a/report`` → ``a_report``; never a path."""
    parts = [p for p in re.split(r"[/\\]+|::", name) if p not in ("", ".", "..")]
    words = [re.sub(r"[^\w\u4e00-\u9fff-]+", "_", p).strip("_") for p in parts]
    base = "_".join(w for w in words if w) or "article"
    return base if len(base) <= ID_MAX else f"{base[:ID_MAX - 9]}_{_short(name)}"


def _short(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _is_text(name: str) -> bool:
    return name.lower().endswith(TEXT_SUFFIXES)


def documents(paths: Iterable[str]) -> list[Document]:
    """Every article the paths name, in a stable order, with unique ids; unknown file types are skipped."""
    docs: list[Document] = []
    for path, rel in _expand(paths):
        low = path.lower()
        if low.endswith(".zip"):
            docs.extend(_zip_documents(path, rel))
        elif low.endswith((".jsonl", ".ndjson")):
            docs.extend(_jsonl_documents(path, rel))
        elif _is_text(path):
            docs.append(Document("file", path, "", _key(path), path, _stem(rel)))
    return assign_ids(docs)


def assign_ids(docs: list[Document]) -> list[Document]:
    """Each document's id: its readable name, or, when several share one, the name and a hash of its key."""
    base = [article_id_of_key(d.name) for d in docs]
    shared = Counter(base)
    ids = [b if shared[b] == 1 else disambiguated(b, d.key) for b, d in zip(base, docs, strict=True)]
    taken: Counter[str] = Counter()
    total = Counter(ids)
    for i, aid in enumerate(ids):  # two hashes alike: never seen, but ids must still differ
        if total[aid] > 1:
            taken[aid] += 1
            ids[i] = f"{aid}_{taken[aid]}"
    return [dataclasses.replace(d, article_id=aid) for d, aid in zip(docs, ids, strict=True)]


def disambiguated(article_id: str, key: str) -> str:
    """The id a document gets when its readable id is another document's: the id and a hash of its key."""
    return f"{article_id[:ID_MAX - 9]}_{_short(key)}"


def settle(docs: list[Document], stored: dict[str, tuple[str, str]]) -> list[Document]:
    """The documents with the ids a store already gives them (``stored``: article id → (source key, …)):
    a document stored before keeps its id; one whose id the store holds for another document is
    ``disambiguated``; the ids stay unique."""
    by_key = {key: aid for aid, (key, *_rest) in stored.items() if key}
    ids = []
    for d in docs:
        aid = by_key.get(d.key, d.article_id)
        owner = stored.get(aid, ("",))[0]
        ids.append(disambiguated(aid, d.key) if owner and owner != d.key else aid)
    total = Counter(ids)
    ids = [disambiguated(aid, d.key) if total[aid] > 1 and by_key.get(d.key) != aid else aid
           for aid, d in zip(ids, docs, strict=True)]
    return [d if d.article_id == aid else dataclasses.replace(d, article_id=aid) for d, aid in zip(docs, ids, strict=True)]


def _key(path: str, part: str = "") -> str:
    return os.path.abspath(path) + (f"::{part}" if part else "")


def _stem(rel: str) -> str:
    return os.path.splitext(rel)[0]


def _expand(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(path, name relative to the argument that named it) of every file the paths name, each once."""
    out: dict[str, tuple[str, str]] = {}

    def add(path: str, rel: str) -> None:
        out.setdefault(os.path.abspath(path), (path, rel))

    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in files:
                    add(os.path.join(root, f), os.path.relpath(os.path.join(root, f), p))
        elif glob.has_magic(p):
            root = p
            while glob.has_magic(root):
                root = os.path.dirname(root)
            for m in glob.glob(p, recursive=True):
                add(m, os.path.relpath(m, root or "."))
        else:
            add(p, os.path.basename(p))
    keep = (".zip", ".jsonl", ".ndjson", *TEXT_SUFFIXES)
    found = [v for v in out.values() if v[0].lower().endswith(keep) or not os.path.lexists(v[0])]
    return sorted(found)


def _zip_documents(path: str, rel: str) -> list[Document]:
    try:
        with bounded.open_regular(path) as fh, zipfile.ZipFile(fh) as zf:
            names = sorted({n for n in zf.namelist() if _is_text(n) and not n.endswith("/")})
    except Refused as exc:
        return [Document("zip", path, "", _key(path), path, _stem(rel), refusal=exc.code)]
    except Exception:  # noqa: BLE001 - any damage to the archive's directory
        return [Document("zip", path, "", _key(path), path, _stem(rel), refusal="archive_unreadable")]
    return [Document("zip", path, n, _key(path, n), f"{path}::{n}", f"{_stem(rel)}/{_stem(n)}") for n in names]


def _jsonl_documents(path: str, rel: str) -> list[Document]:
    """One document per non-blank line; ``member`` is ``line@byte-offset`` so loading seeks straight to it.
    A line's id is its ``"id"`` field when it comes in the line's first 400 bytes, its line number otherwise."""
    docs: list[Document] = []
    seen: set[str] = set()
    try:
        for line in bounded.scan_lines(path):
            if line.length <= len(line.head) and not line.head.strip():
                continue
            m = _ID_IN_HEAD.search(line.head)
            ident = (m.group(1) or m.group(2)).decode("utf-8", "replace") if m else ""
            n = line.number
            if ident and ident not in seen:
                seen.add(ident)
                part, sub = f"id:{ident}", ident
            elif ident:
                part, sub = f"id:{ident}:line:{n}", f"{ident}/line{n}"
            else:
                part, sub = f"line:{n}", f"line{n}"
            refusal = "line_too_long" if line.length > LINE_MAX_BYTES else ""
            docs.append(Document("jsonl", path, f"{n}@{line.offset}", _key(path, part), f"{path} line {n}",
                                 f"{_stem(rel)}/{sub}", refusal=refusal))
    except Refused as exc:
        code = "jsonl_unreadable" if exc.code == "unreadable" else exc.code
        docs.append(Document("jsonl", path, "", _key(path), path, _stem(rel), refusal=code))
    return docs


@lru_cache(maxsize=4)
def _archive(path: str) -> zipfile.ZipFile:
    """An archive opened once per process: its directory is read once, not once per member."""
    return zipfile.ZipFile(bounded.open_regular(path))


SourceError = Refused  # the name loading errors had before ``bounded``


def load(doc: Document) -> tuple[bytes, dict, list[str]]:
    """The document's raw bytes, its metadata (date, title, source, place when given and valid) and
    notes (``reasons`` codes: what was replaced or ignored); raises ``Refused`` with a one-sentence reason."""
    if doc.refusal:
        raise Refused(doc.refusal)
    if doc.kind == "file":
        data = bounded.read_file(doc.path, MAX_BYTES)
        return (data, *_sidecar(doc.path))
    if doc.kind == "zip":
        try:
            zf = _archive(doc.path)
        except Refused:
            raise
        except Exception:  # noqa: BLE001 - opened fine when listed, damaged or replaced since
            raise Refused("archive_unreadable") from None
        data = bounded.read_member(zf, doc.member, MAX_BYTES)
        side = os.path.splitext(doc.member)[0] + ".json"
        if side not in zf.NameToInfo:
            return data, {}, []
        try:
            raw = bounded.read_member(zf, side, META_MAX_BYTES, too_large="meta_too_large")
        except Refused as exc:
            return data, {}, ["meta_too_large" if exc.code == "meta_too_large" else "meta_unreadable"]
        return (data, *metadata.from_bytes(raw))
    if doc.kind == "jsonl":
        return _line(doc)
    raise Refused("failed")


def _line(doc: Document) -> tuple[bytes, dict, list[str]]:
    raw = bounded.read_line(doc.path, int(doc.member.partition("@")[2]), LINE_MAX_BYTES)
    try:
        line, bad = decode_counted(raw)
    except UnreadableText:
        raise Refused("line_not_utf8") from None
    obj, problem = metadata.parse_object(line)
    if obj is None or not isinstance(obj.get("text"), str):
        raise Refused(problem or "line_not_object")
    text, lone = metadata.clean(obj["text"])
    meta, notes = metadata.from_object(obj)
    if (bad or lone) and "replaced_bytes" not in notes:
        notes.insert(0, "replaced_bytes")
    return text.encode("utf-8"), meta, notes


def _sidecar(path: str) -> tuple[dict, list[str]]:
    side = os.path.splitext(path)[0] + ".json"
    if not os.path.lexists(side):
        return {}, []
    try:
        data = bounded.read_file(side, META_MAX_BYTES, too_large="meta_too_large")
    except Refused as exc:
        return {}, ["meta_too_large" if exc.code == "meta_too_large" else "meta_unreadable"]
    return metadata.from_bytes(data)


def source_hash(data: bytes, meta: dict) -> str:
    """What a document is, as the rules that read it: its bytes, its metadata and the extractor's
    version. Unchanged documents are skipped on a re-run; after a new release every one is read again."""
    h = hashlib.sha256(data)
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(extractor_version().encode())
    return h.hexdigest()


# The modules whose code decides the rows (with extract/data/*.csv, the rules): a change to any of them
# is a new extractor, and every stored document is read again. Every module of the package is a rule but
# those that read, store, batch, time or score (below); a new module is a rule unless it is named here.
NOT_RULES = frozenset({"__init__", "__main__", "batch", "bounded", "budget", "distributed", "evaluate", "io", "locking",
                       "metadata", "opening", "output", "reasons", "sources", "store"})
_HERE = os.path.dirname(os.path.abspath(__file__))
RULE_MODULES = tuple(sorted(name[:-3] for name in os.listdir(_HERE) if name.endswith(".py") and name[:-3] not in NOT_RULES))


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the rule modules (``RULE_MODULES``) and the data files: changes when the rules do."""
    h = hashlib.sha256()
    data = os.path.join(_HERE, "data")
    files = [(f"{name}.py", os.path.join(_HERE, f"{name}.py")) for name in RULE_MODULES]
    files += [(name, os.path.join(data, name)) for name in sorted(os.listdir(data)) if name.endswith(".csv")]
    for name, path in files:
        with open(path, "rb") as fh:
            h.update(name.encode() + fh.read())
    return h.hexdigest()[:16]
