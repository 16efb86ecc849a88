"""A time budget for one piece of work: past it, the work is interrupted with ``OverBudget``.

Owns: ``time_limit(seconds)``, a context manager that arms a real-time interval timer
(``signal.setitimer``) whose alarm raises ``OverBudget`` in the code running, and disarms it after.
It works where Python delivers signals: the main thread of a process (the command line's own
process with ``--jobs 1``, and every worker process of ``batch``); elsewhere (a thread of a server or of
a Dask worker) it does nothing. Code that spends a long time inside one C call is interrupted when
that call returns.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class OverBudget(BaseException):  # noqa: N818 - the name says what happened
    """The work took longer than its budget (a BaseException, so no ``except Exception`` in the work swallows it)."""


def _alarm(_signum: int, _frame: object) -> None:
    raise OverBudget


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` inside the block once it has run ``seconds``; None or 0: no limit."""
    if not seconds or seconds <= 0 or not available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
