"""The real app in a real browser: ``streamlit run`` on a free port, headless Chromium, desktop and phone.

Needs Debian's ``chromium`` on PATH (``.ci/run`` installs it with ``fonts-noto-cjk``). Screenshots go
to ``artifacts/browser/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest
from conftest import ROOT

playwright = pytest.importorskip("playwright.sync_api")

ARTIFACTS = os.path.join(ROOT, "artifacts", "browser")
VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    env = dict(os.environ, COUNTY_INDICATORS_DB=str(tmp_path_factory.mktemp("browser") / "b.duckdb"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + (proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""))
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    exe = shutil.which("chromium")
    assert exe, "Debian's chromium is not installed (apt-get install -y chromium fonts-noto-cjk)"
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


def wait_until_done(page, charts: bool = False, timeout_ms: int = 120_000) -> None:
    """The app has finished running (Streamlit's script state stays ``notRunning``), its title is shown,
    and every chart on the page has drawn (at least one when ``charts``)."""
    page.wait_for_function(
        """(charts) => {
            const app = document.querySelector('[data-testid="stApp"]');
            const main = document.querySelector('[data-testid="stMain"]');
            if (!app || !main || app.getAttribute('data-test-script-state') !== 'notRunning') { window.__quiet = 0; return false; }
            if (!/县域指标|County Indicators/.test(main.innerText)) return false;
            const boxes = document.querySelectorAll('[data-testid="stPlotlyChart"]').length;
            const drawn = document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg').length;
            if (drawn < boxes || (charts && drawn === 0)) return false;
            window.__quiet = (window.__quiet || 0) + 1;   // polled every animation frame: stay quiet ~0.5 s
            return window.__quiet > 30;
        }""",
        arg=charts,
        timeout=timeout_ms,
    )


def assert_no_error(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "出了点问题" not in text and "Something went wrong" not in text


@pytest.mark.parametrize("view", list(VIEWPORTS))
def test_charts_draw_without_errors(server, browser, view):
    os.makedirs(ARTIFACTS, exist_ok=True)
    ctx = browser.new_context(viewport=VIEWPORTS[view], device_scale_factor=1, is_mobile=view == "phone",
                              has_touch=view == "phone", locale="zh-CN")
    page = ctx.new_page()
    for name, query in [("bars", ""), ("growth", "?page=" + quote("增速比较")), ("projects", "?page=" + quote("项目进度")),
                        ("articles", "?page=" + quote("文章")), ("map", "?page=" + quote("地图"))]:
        page.goto(server + "/" + query)
        wait_until_done(page, charts=name in ("bars", "growth", "projects", "map"))
        assert_no_error(page)
        if name in ("bars", "growth", "projects", "map"):
            assert page.locator('[data-testid="stPlotlyChart"] .main-svg').count() >= 1, name
            points = page.locator('[data-testid="stPlotlyChart"] .point, [data-testid="stPlotlyChart"] .choroplethlocation,'
                                  ' [data-testid="stPlotlyChart"] .hm, [data-testid="stPlotlyChart"] .scatterlayer .trace')
            assert points.count() >= 1, f"{name}: the chart has no marks"
        if view == "phone":
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name}: the page scrolls sideways by {overflow}px on a phone"
        page.screenshot(path=os.path.join(ARTIFACTS, f"{view}_{name}.png"), full_page=True)
    ctx.close()


def test_a_shared_link_opens_the_same_view(server, browser):
    ctx = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = ctx.new_page()
    page.goto(server + "/?lang=English&page=Data&prov=" + quote("四川省"))
    wait_until_done(page)
    assert_no_error(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "County Indicators" in main
    assert "rows" in main  # the data page, in English
    chosen = page.evaluate("""() => Array.from(document.querySelectorAll('[data-testid="stSidebar"] [data-testid="stSelectbox"]'))
        .map(e => e.innerText + ' ' + Array.from(e.querySelectorAll('input')).map(i => i.value).join(' ')).join(' | ')""")
    assert "四川省" in chosen, chosen
    page.screenshot(path=os.path.join(ARTIFACTS, "desktop_shared_link.png"), full_page=True)
    ctx.close()
