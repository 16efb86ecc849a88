"""Editor sign-in on a public site, slowed after failures and logged.

Owns: checking the editor password in constant time, and making guessing slow: after each failed
try the next one is accepted only after a wait that doubles (1 s, 2 s, 4 s … at most 5 minutes),
counted per browser session and per network address, so neither a new session nor a second tab
resets it. Every failure is logged with the address. Pure apart from the clock: the throttle state
is a plain dict the app keeps for the process.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from dataclasses import dataclass

MAX_WAIT = 300.0  # seconds
log = logging.getLogger("county_indicators.editor")


@dataclass
class Attempt:
    ok: bool
    wait: float = 0.0  # seconds until a new try is accepted
    checked: bool = True  # False: refused without looking at the password (too soon after a failure)


class Throttle:
    """Failures per key (a session id, an address) and when each key may try again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fails: dict[str, tuple[int, float]] = {}  # key -> (failures, not before)

    def wait(self, keys: list[str], now: float) -> float:
        with self._lock:
            return max((self._fails.get(k, (0, 0.0))[1] - now for k in keys), default=0.0)

    def failed(self, keys: list[str], now: float) -> None:
        with self._lock:
            if len(self._fails) > 100_000:  # bounded: the oldest go first
                for k in sorted(self._fails, key=lambda k: self._fails[k][1])[:50_000]:
                    del self._fails[k]
            for k in keys:
                n = self._fails.get(k, (0, 0.0))[0] + 1
                self._fails[k] = (n, now + min(MAX_WAIT, 2.0 ** (n - 1)))

    def succeeded(self, keys: list[str]) -> None:
        with self._lock:
            for k in keys:
                self._fails.pop(k, None)


def sign_in(password: str, expected: str, throttle: Throttle, keys: list[str], now: float | None = None) -> Attempt:
    """Check ``password`` unless these keys must still wait; a failure makes the next wait longer."""
    now = time.monotonic() if now is None else now
    wait = throttle.wait(keys, now)
    if wait > 0:
        return Attempt(False, wait, checked=False)
    if expected and hmac.compare_digest(password.encode("utf-8"), expected.encode("utf-8")):
        throttle.succeeded(keys)
        return Attempt(True)
    throttle.failed(keys, now)
    log.warning("editor sign-in failed (%s)", ", ".join(k for k in keys if k.startswith("addr:")) or "address unknown")
    return Attempt(False, throttle.wait(keys, now))
