"""Who may write a store: an exclusive lock on a file beside it (``DB.lock``) that names its holder.

Owns: taking that lock with a bounded wait (telling, while waiting, who holds it), recording the
holder (process id and command line) in the lock file, and reading who holds a lock. The lock is an
operating-system ``flock``: it is released when its holder ends, even when the holder is killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Holder:
    pid: int
    command: str = ""

    def describe(self) -> str:
        return f"process {self.pid} ({self.command})" if self.command else f"process {self.pid}"


class Busy(Exception):  # noqa: N818 - the name says what is the matter
    """The lock is held by another process (``holder`` when known) and the wait ran out."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__(holder.describe() if holder else "another process")
        self.holder = holder


def command_of(pid: int) -> str:
    """A process's command line, shortened, when the system tells it (Linux ``/proc``)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            parts = fh.read(4096).split(b"\0")
    except OSError:
        return ""
    words = [p.decode("utf-8", "replace") for p in parts if p]
    if len(words) > 2 and words[1] == "-m":  # python -m extract …: say so, not the interpreter's full path
        words = ["python", *words[1:]]
    elif words:
        words[0] = os.path.basename(words[0])
    text = " ".join(" ".join(words).split())  # one line, whatever the arguments hold
    return text if len(text) <= 160 else text[:157] + "…"


def holder(lock_path: str) -> Holder | None:
    """Who holds (or last held) the lock, as recorded in its file."""
    try:
        with open(lock_path, encoding="utf-8", errors="replace") as fh:
            pid, _, command = fh.read(1024).strip().partition("\t")
        return Holder(int(pid), " ".join(command.split())) if pid.isdigit() else None
    except (OSError, ValueError):
        return None


def _this_command() -> str:
    return command_of(os.getpid()) or " ".join(" ".join(sys.argv).split())[:160]


@contextlib.contextmanager
def exclusive(lock_path: str, wait: float | None = None,
              on_wait: Callable[[Holder | None], None] | None = None) -> Iterator[None]:
    """Hold the lock at ``lock_path``: waits for another holder up to ``wait`` seconds (None: for as
    long as it takes), calling ``on_wait(holder)`` once when it has to wait; raises ``Busy`` when the wait runs out."""
    os.makedirs(os.path.dirname(os.path.abspath(lock_path)), exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if wait is None and on_wait is None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        else:
            deadline = None if wait is None else time.monotonic() + max(0.0, wait)
            told = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        raise Busy(holder(lock_path)) from None
                    if not told and on_wait is not None:
                        on_wait(holder(lock_path))
                        told = True
                    time.sleep(POLL_SECONDS)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\t{_this_command()}\n".encode(), 0)
        except OSError:
            pass  # the name of the holder is a courtesy; the lock is what counts
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
