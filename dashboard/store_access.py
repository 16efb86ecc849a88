"""How the app opens the store: read-only per page run, writing only for the moment of a save.

Owns: the app's side of "one writer at a time". While idle the app holds no connection at all, so
``python -m extract --store`` can load into the same file while the dashboard is running; a page run
opens a read-only connection and closes it at the end; a save waits for the page runs of this
process to finish, writes, and closes its connection again. While another program writes the store
the page says so in one sentence (``StoreBusy``) instead of failing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import duckdb

from extract import store


class _ReadWriteLock:
    """Many page runs at once, or one save alone (DuckDB allows one configuration per file and process)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


_LOCK = _ReadWriteLock()


@contextlib.contextmanager
def reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one page run (or one download); closed when the block ends.
    Raises ``store.StoreBusy`` while another program writes the store."""
    with _LOCK.shared():
        con = store.connect_read(db)
        try:
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """The moment of a save: no page run of this process is reading; the write connection is closed after."""
    with _LOCK.exclusive():
        try:
            yield
        finally:
            store.close_all()

