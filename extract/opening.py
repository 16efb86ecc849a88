"""Opening a store file safely: is the path a DuckDB store (or a new path), and DuckDB's errors on opening as one sentence.

Owns: ``StoreError`` (a store that cannot be used, one sentence and a ``reasons`` code) and
``StoreBusy`` (another process is writing it, naming that process), ``check_path`` (a folder, a CSV
or any file that is not a DuckDB database is refused before DuckDB sees it: DuckDB would open some
of those as an empty database in memory and store nothing), and ``failure`` (a DuckDB error on
opening a store → busy, and by whom, or damaged).
"""

from __future__ import annotations

import os
import re
import stat

from . import locking


class StoreError(Exception):
    """The store cannot be used; ``str()`` is one sentence, ``code`` its ``reasons`` code."""

    def __init__(self, message: str, code: str = "store_damaged", db: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.db = db


class StoreBusy(StoreError):
    """Another process is writing the store (``holder``: its process id and command, when known)."""

    def __init__(self, db: str, holder: locking.Holder | None) -> None:
        who = holder.describe() if holder else "another process"
        super().__init__(f"the store {db} is being written by {who}", "store_busy", db)
        self.holder = holder


def check_path(db: str) -> None:
    """Refuse (``StoreError``) a store path that is neither a DuckDB file nor a new path: a folder, a
    CSV or any other file (DuckDB would open some of those as an empty database in memory and store nothing)."""
    if not os.path.lexists(db):
        parent = os.path.dirname(os.path.abspath(db))
        while parent and not os.path.lexists(parent):
            parent = os.path.dirname(parent)
        if parent and not os.path.isdir(parent):
            raise StoreError(f"{db} cannot be created because {parent} is not a folder", "store_not_duckdb", db)
        return
    try:
        st = os.stat(db)
        if stat.S_ISDIR(st.st_mode):
            raise StoreError(f"{db} is a folder, not a DuckDB file", "store_not_duckdb", db)
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(f"{db} is not a regular file", "store_not_duckdb", db)
        with open(db, "rb") as fh:
            head = fh.read(12)
    except OSError:
        raise StoreError(f"{db} cannot be read", "store_damaged", db) from None
    if len(head) < 12 or head[8:12] != b"DUCK":
        raise StoreError(f"{db} is not a DuckDB file", "store_not_duckdb", db)


_LOCKED = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")


def failure(exc: Exception, db: str) -> StoreError:
    """A DuckDB error on opening ``db`` as one sentence: busy (and by whom), or damaged."""
    msg = str(exc)
    m = _LOCKED.search(msg)
    if m or "Could not set lock" in msg:
        holder = locking.holder(db + ".lock")
        if m and (holder is None or holder.pid != int(m.group(2))):
            pid = int(m.group(2))
            holder = locking.Holder(pid, locking.command_of(pid) or os.path.basename(m.group(1)))
        return StoreBusy(db, holder)
    return StoreError(f"the store {db} is damaged and cannot be opened", "store_damaged", db)
