"""Dashboard speed in a real browser, against a minimal one-chart Streamlit app on the same store.

For each app: time from opening the page to the first chart drawn, and from a filter change until
the app has finished rerunning (median of several). Prints both and the ratios (goal: <= 1.3).

``python bench/dashboard_browser.py`` (100k and 1M rows, side by side; ``--rows 100000`` for one size)
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import synthetic  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OBSERVE = """() => {
  // the whole document, not one element: Streamlit may mount a new stApp node after the first chart
  window.__states = [];
  new MutationObserver((records) => { const now = performance.now();
      for (const r of records) window.__states.push([now, r.oldValue, r.target.getAttribute('data-test-script-state')]); })
    .observe(document.documentElement, {subtree: true, attributes: true, attributeOldValue: true,
                                        attributeFilter: ['data-test-script-state']});
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(script: str, db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, COUNTY_INDICATORS_DB=db, COUNTY_INDICATORS_TIMING="1")
    log = open(os.path.join(os.path.dirname(db), f"server_{port}.log"), "w")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
                             "--server.headless", "true"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{script} did not start")


def first_chart(browser, url: str) -> float:
    """Seconds from opening ``url`` until a chart has drawn its marks."""
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg .bars .point, [data-testid="stPlotlyChart"] .main-svg .point',
                           timeout=120_000)
    took = time.perf_counter() - t0
    page.close()
    return took


def reruns(browser, url: str, label: str, options: list[str], times: int) -> list[float]:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=120_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=120_000)
    page.evaluate(OBSERVE)
    out = []
    for k in range(times):
        box = page.locator('[data-testid="stSelectbox"]').filter(has_text=label).first
        box.click()
        page.wait_for_selector('[role="option"]')
        start = page.evaluate("performance.now()")
        name = options[k % len(options)]
        page.keyboard.type(name)  # the list is virtual: typing filters it so the option is drawn
        page.get_by_role("option", name=name, exact=True).click()
        # the run is over when the state leaves 'running' (a mutation whose old value is 'running')
        page.wait_for_function("(start) => window.__states.some(x => x[0] >= start && x[1] === 'running')",
                               arg=start, timeout=120_000)
        end = page.evaluate("(start) => window.__states.find(x => x[0] >= start && x[1] === 'running')[0]", start)
        out.append((end - start) / 1000)
        page.wait_for_timeout(300)
    page.close()
    return out


def measure(script: str, db: str, label: str, options: list[str], loads: int, changes: int) -> tuple[float, float]:
    """Median first-chart and rerun seconds of ``script`` (``path?query`` opens that view)."""
    script, _, query = script.partition("?")
    proc, url = serve(script, db)
    url = url + ("/?" + query if query else "")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            first_chart(browser, url)  # warm-up: the server's first run builds caches
            loads_s = [first_chart(browser, url) for _ in range(loads)]
            rerun_s = reruns(browser, url, label, options, changes)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return statistics.median(loads_s), statistics.median(rerun_s)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--regions", type=int, default=2000)
    ap.add_argument("--loads", type=int, default=3)
    ap.add_argument("--changes", type=int, default=12)
    ap.add_argument("--db", default="/tmp/county_bench_{rows}.duckdb")
    a = ap.parse_args()
    from extract import batch, store

    results = []
    for rows in a.rows:
        db = a.db.format(rows=rows)
        synthetic.build(db, rows, a.regions)
        batch.build(os.path.join(ROOT, "seeds"), db)  # the app's first start adds the seeds; do it before timing
        store.close_all()
        # the dashboard's regions page (one indicator, measure and period) against the one-chart app
        ours = measure("dashboard/app.py?page=bars", db, "指标", ["财政收入", "地区生产总值"], a.loads, a.changes)
        base = measure("bench/minimal_app.py", db, "指标", ["fiscal_revenue", "gdp"], a.loads, a.changes)
        results.append((rows, ours, base))
    print(f"{a.regions:,} regions (+ the seeds); median of {a.loads} loads and {a.changes} filter changes")
    print(f"{'rows':>10}  {'app':<22}{'first chart':>12}{'rerun':>10}")
    for rows, ours, base in results:
        print(f"{rows:>10,}  {'dashboard':<22}{ours[0]:>10.2f} s{ours[1] * 1000:>7.0f} ms")
        print(f"{'':>10}  {'minimal one-chart app':<22}{base[0]:>10.2f} s{base[1] * 1000:>7.0f} ms")
        print(f"{'':>10}  {'ratio (goal <= 1.3)':<22}{ours[0] / base[0]:>12.2f}{ours[1] / base[1]:>10.2f}")


if __name__ == "__main__":
    main()
