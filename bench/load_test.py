"""Load test on loopback: N browser sessions (Playwright contexts of one Chromium) at once against one
``streamlit run``.

Each session opens the dashboard and changes filters several times; the script reports every
session's slowest rerun, the slowest overall, and whether any session saw an error.

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

OPTIONS = ["财政收入", "固定资产投资", "社会消费品零售总额"]  # never the opening one (GDP): every change reruns


async def session(browser, url: str, k: int, changes: int, out: dict, ramp: float = 0.0) -> None:
    times: list[float] = []
    error = ""
    await asyncio.sleep(k * ramp)  # users arrive over a few seconds, not in the same millisecond
    ctx = await browser.new_context(viewport={"width": 1200, "height": 900})
    page = await ctx.new_page()
    try:
        t0 = time.perf_counter()
        await page.goto(url)
        await page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=300_000)
        out.setdefault("first", []).append(time.perf_counter() - t0)
        await page.evaluate(bench.OBSERVE)
        for i in range(changes):
            begin = None
            for _attempt in range(3):  # a busy page can drop a keystroke: try the change again
                box = page.locator('[data-testid="stSelectbox"]').filter(has_text="指标").first
                await box.click()
                await page.wait_for_selector('[role="option"]')
                begin = await page.evaluate("performance.now()")
                name = OPTIONS[(i + k) % len(OPTIONS)]
                # the list is virtual: filling its search box draws the option; fill() needs no keyboard focus,
                # which only one of many pages in a browser can have
                await box.locator("input").fill(name)
                await page.get_by_role("option", name=name, exact=True).click()
                try:
                    await page.wait_for_function("(s) => window.__states.some(x => x[0] >= s && x[1] === 'running')",
                                                 arg=begin, timeout=60_000, polling=100)  # timers: many pages at once
                    break
                except Exception:  # noqa: BLE001
                    await page.keyboard.press("Escape")
            else:
                state = await page.evaluate("""() => { const a = document.querySelector('[data-testid="stApp"]');
                    return a.getAttribute('data-test-connection-state') + '/' + a.getAttribute('data-test-script-state'); }""")
                shown = await page.locator('[data-testid="stSelectbox"]').filter(has_text="指标").first.inner_text()
                raise TimeoutError(f"a filter change never reran the app (connection/script: {state}; "
                                   f"the box shows {shown.splitlines()[-1]!r}; wanted {name!r})")
            end = await page.evaluate("(s) => window.__states.find(x => x[0] >= s && x[1] === 'running')[0]", begin)
            times.append((end - begin) / 1000)
            if await page.locator('[data-testid="stException"]').count() or "出了点问题" in await page.inner_text("body"):
                error = "the page showed an error"
    except Exception as exc:  # noqa: BLE001 - a failed session is reported, not fatal to the others
        error = f"{exc.__class__.__name__}: {str(exc)[:120]}"
    finally:
        await ctx.close()
    out[k] = (times, error)


async def sessions(url: str, n: int, changes: int, ramp: float = 0.0) -> dict:
    out: dict = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        await asyncio.gather(*(session(browser, url, k, changes, out, ramp) for k in range(n)))
        await browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--changes", type=int, default=5)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--ramp", type=float, default=0.0, help="seconds between session starts")
    ap.add_argument("--db", default="/tmp/county_load.duckdb")
    ap.add_argument("--url", help="load an app already served elsewhere (browsers here, server there)")
    a = ap.parse_args()
    if a.url:  # an app already running elsewhere: only the browsers run here
        out = asyncio.run(sessions(a.url, a.sessions, a.changes, a.ramp))
        server_log = ""
    else:
        import synthetic

        from extract import batch, store

        synthetic.build(a.db, a.rows, 2000)
        batch.build(os.path.join(bench.ROOT, "seeds"), a.db)
        store.close_all()
        proc, url = bench.serve("dashboard/app.py", a.db)
        server_log = max((os.path.join(os.path.dirname(a.db), f) for f in os.listdir(os.path.dirname(a.db))
                          if f.startswith("server_")), key=os.path.getmtime)
        try:
            out = asyncio.run(sessions(url, a.sessions, a.changes, a.ramp))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    errors = {k: v[1] for k, v in out.items() if isinstance(k, int) and v[1]}
    reruns = [t for k, v in out.items() if isinstance(k, int) for t in v[0]]
    print(f"{a.sessions} concurrent sessions (one every {a.ramp:g} s) x {a.changes} filter changes on {a.rows:,} figures")
    print(f"first chart: median {statistics.median(out['first']):.2f} s, slowest {max(out['first']):.2f} s")
    print(f"reruns: {len(reruns)}, median {statistics.median(reruns) * 1000:.0f} ms, slowest {max(reruns) * 1000:.0f} ms")
    runs = [float(x) for x in re.findall(r"run (\d+) ms", open(server_log, encoding="utf-8").read())] if server_log else []
    if runs:
        print(f"server-side script runs: {len(runs)}, median {statistics.median(runs):.0f} ms, slowest {max(runs):.0f} ms")
    print(f"sessions with errors: {len(errors)}" + "".join(f"\n  session {k}: {e}" for k, e in errors.items()))


if __name__ == "__main__":
    main()
