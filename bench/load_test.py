"""Load test on loopback: N browser sessions (Playwright contexts of one Chromium) at once against one
``streamlit run``.

Each session opens the dashboard; once every session has drawn its first chart (or failed), all of
them change filters at the same time, several times. The script reports the first-chart times, every
rerun (from the click to the end of the run the browser saw), the slowest, the server's own run
times, how many selections had to be repeated, and whether any session saw an error.

``python bench/load_test.py --sessions 20 --changes 5 [--ramp 3] [--url http://app-host:8501]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dashboard_browser as bench  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

DRAWN = """(n) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const title = document.querySelector('[data-testid="stPlotlyChart"] .gtitle');
  return app.getAttribute('data-test-script-state') === 'notRunning' && title && title.textContent.includes(n)
    && performance.now();
}"""
# never the opening one (GDP), so every change reruns; the minimal app lists codes, ours names
OPTIONS = {"dashboard/app.py": ["财政收入", "固定资产投资", "社会消费品零售总额"],
           "bench/minimal_app.py": ["fiscal_revenue", "fixed_asset_investment", "retail_sales"]}


class Arrivals:
    """Holds every session back until all have drawn their first chart (or failed)."""

    def __init__(self, n: int) -> None:
        self.left, self.all_in = n, asyncio.Event()

    def arrived(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.all_in.set()


async def session(browser, url: str, k: int, changes: int, out: dict, arrivals: Arrivals, options: list[str],
                  ramp: float = 0.0) -> None:
    times: list[float] = []
    error = ""
    waiting = True
    await asyncio.sleep(k * ramp)  # users arrive over a few seconds, not in the same millisecond
    ctx = await browser.new_context(viewport={"width": 1200, "height": 900})
    page = await ctx.new_page()
    try:
        t0 = time.perf_counter()
        await page.goto(url, timeout=300_000)  # a starved browser loads slowly; we measure, not judge
        await page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=300_000)
        out.setdefault("first", []).append(time.perf_counter() - t0)
        waiting = False
        arrivals.arrived()
        await arrivals.all_in.wait()
        box = page.locator('[data-testid="stSelectbox"]').filter(has_text="指标").first
        for i in range(changes):
            name = options[(i + k) % len(options)]
            for attempt in range(3):  # a starved page can drop the pick: pick again, as a user would
                await box.click()
                await page.wait_for_selector('[role="option"]')
                # the list is virtual: filling its search box draws the option; fill() needs no keyboard focus,
                # which only one of many pages in a browser can have
                await box.locator("input").fill(name)
                begin = await page.evaluate("performance.now()")
                await page.get_by_role("option", name=name, exact=True).click()
                try:
                    await page.wait_for_function("(n) => document.querySelector('[aria-label=\"指标\"]').value === n",
                                                 arg=name, timeout=30_000, polling=100)
                    out["retries"] = out.get("retries", 0) + attempt
                    break
                except Exception:  # noqa: BLE001
                    await page.keyboard.press("Escape")
            else:
                raise TimeoutError(f"the indicator box never took {name!r} in 3 tries")
            # the rerun is over for the user when the run has ended and the chart is titled with the new choice
            end = await page.wait_for_function(DRAWN, arg=name, timeout=300_000, polling=100)
            times.append((await end.json_value() - begin) / 1000)
            if await page.locator('[data-testid="stException"]').count() or "出了点问题" in await page.inner_text("body"):
                error = "the page showed an error"
    except Exception as exc:  # noqa: BLE001 - a failed session is reported, not fatal to the others
        error = f"{exc.__class__.__name__}: {str(exc)[:300]}"
    finally:
        if waiting:  # failed before its first chart: do not hold the others back
            arrivals.arrived()
        await ctx.close()
    out[k] = (times, error)


async def sessions(url: str, n: int, changes: int, options: list[str], ramp: float = 0.0) -> dict:
    out: dict = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        arrivals = Arrivals(n)
        await asyncio.gather(*(session(browser, url, k, changes, out, arrivals, options, ramp) for k in range(n)))
        await browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--changes", type=int, default=5)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--ramp", type=float, default=0.0, help="seconds between session starts")
    ap.add_argument("--db", default="/tmp/county_load.duckdb")
    ap.add_argument("--app", choices=list(OPTIONS), default="dashboard/app.py",
                    help="bench/minimal_app.py: the one-chart yardstick under the same load")
    ap.add_argument("--url", help="load an app already served elsewhere (browsers here, server there)")
    a = ap.parse_args()
    if a.url:  # an app already running elsewhere: only the browsers run here
        out = asyncio.run(sessions(a.url, a.sessions, a.changes, OPTIONS[a.app], a.ramp))
        server_log = ""
    else:
        import synthetic

        from extract import batch, store

        synthetic.build(a.db, a.rows, 2000)
        batch.build(os.path.join(bench.ROOT, "seeds"), a.db)
        store.close_all()
        proc, url = bench.serve(a.app, a.db)
        server_log = max((os.path.join(os.path.dirname(a.db), f) for f in os.listdir(os.path.dirname(a.db))
                          if f.startswith("server_")), key=os.path.getmtime)
        try:
            view = "/?page=bars" if a.app.endswith("app.py") and "dashboard" in a.app else ""  # the regions chart
            out = asyncio.run(sessions(url + view, a.sessions, a.changes, OPTIONS[a.app], a.ramp))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    errors = {k: v[1] for k, v in out.items() if isinstance(k, int) and v[1]}
    reruns = [t for k, v in out.items() if isinstance(k, int) for t in v[0]]
    print(f"{a.app}: {a.sessions} concurrent sessions (one every {a.ramp:g} s) x {a.changes} filter changes on {a.rows:,} figures")
    print(f"first chart: median {statistics.median(out['first']):.2f} s, slowest {max(out['first']):.2f} s")
    print(f"reruns: {len(reruns)}, median {statistics.median(reruns) * 1000:.0f} ms, slowest {max(reruns) * 1000:.0f} ms")
    runs = [float(x) for x in re.findall(r"run (\d+) ms", open(server_log, encoding="utf-8").read())] if server_log else []
    if runs:
        print(f"server-side script runs: {len(runs)}, median {statistics.median(runs):.0f} ms, slowest {max(runs):.0f} ms")
    print(f"selections repeated because the busy page dropped them: {out.get('retries', 0)}")
    print(f"sessions with errors: {len(errors)}" + "".join(f"\n  session {k}: {e}" for k, e in errors.items()))


if __name__ == "__main__":
    main()
