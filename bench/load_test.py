"""Load test on loopback: N browser sessions (Playwright contexts) at once against one ``streamlit run``.

Each session opens the dashboard and changes filters several times; the script reports every
session's slowest rerun, the slowest overall, and whether any session saw an error.

``python bench/load_test.py --sessions 20 --changes 5``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dashboard_browser as bench  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

OPTIONS = ["财政收入", "地区生产总值", "固定资产投资", "社会消费品零售总额"]


def session(url: str, k: int, changes: int, out: dict, start: threading.Barrier) -> None:
    times: list[float] = []
    error = ""
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            start.wait()
            t0 = time.perf_counter()
            page.goto(url)
            page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=180_000)
            out.setdefault("first", []).append(time.perf_counter() - t0)
            page.evaluate(bench.OBSERVE)
            for i in range(changes):
                box = page.locator('[data-testid="stSelectbox"]').filter(has_text="指标").first
                box.click()
                page.wait_for_selector('[role="option"]')
                begin = page.evaluate("performance.now()")
                page.locator('[role="option"]').filter(has_text=OPTIONS[(i + k) % len(OPTIONS)]).first.click()
                page.wait_for_function("(s) => window.__states.some(x => x[0] >= s && x[1] === 'running')", arg=begin,
                                       timeout=180_000)
                end = page.evaluate("(s) => window.__states.find(x => x[0] >= s && x[1] === 'running')[0]", begin)
                times.append((end - begin) / 1000)
                if page.locator('[data-testid="stException"]').count() or "出了点问题" in page.inner_text("body"):
                    error = "the page showed an error"
            browser.close()
    except Exception as exc:  # noqa: BLE001 - a failed session is reported, not fatal to the others
        error = f"{exc.__class__.__name__}: {str(exc)[:120]}"
    out[k] = (times, error)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--changes", type=int, default=5)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/county_load.duckdb")
    a = ap.parse_args()
    import synthetic

    from extract import batch, store

    synthetic.build(a.db, a.rows, 2000)
    batch.build(os.path.join(bench.ROOT, "seeds"), a.db)
    store.close_all()
    proc, url = bench.serve("dashboard/app.py", a.db)
    out: dict = {}
    try:
        barrier = threading.Barrier(a.sessions)
        threads = [threading.Thread(target=session, args=(url, k, a.changes, out, barrier)) for k in range(a.sessions)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    errors = {k: v[1] for k, v in out.items() if isinstance(k, int) and v[1]}
    reruns = [t for k, v in out.items() if isinstance(k, int) for t in v[0]]
    print(f"{a.sessions} concurrent sessions x {a.changes} filter changes on {a.rows:,} figures")
    print(f"first chart: median {statistics.median(out['first']):.2f} s, slowest {max(out['first']):.2f} s")
    print(f"reruns: {len(reruns)}, median {statistics.median(reruns) * 1000:.0f} ms, slowest {max(reruns) * 1000:.0f} ms")
    print(f"sessions with errors: {len(errors)}" + "".join(f"\n  session {k}: {e}" for k, e in errors.items()))


if __name__ == "__main__":
    main()
