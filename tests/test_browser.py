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

import pytest
from conftest import ROOT

playwright = pytest.importorskip("playwright.sync_api")

ARTIFACTS = os.path.join(ROOT, "artifacts", "browser")
SERVER: dict[str, str] = {}  # the running app's store
VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    folder = tmp_path_factory.mktemp("browser")
    articles = folder / "articles"  # the seeds and a prefecture's one-day groundbreaking
    shutil.copytree(os.path.join(ROOT, "seeds"), articles)
    shutil.copy(os.path.join(ROOT, "tests", "data", "groundbreaking_one_day.txt"), articles)
    SERVER["db"] = str(folder / "b.duckdb")
    env = dict(os.environ, COUNTY_INDICATORS_DB=SERVER["db"], COUNTY_INDICATORS_SEEDS=str(articles))
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


CHARTS_JS = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')).map(gd => ({
    title: (gd.layout.title && gd.layout.title.text) || '',
    traces: (gd._fullData || gd.data).map(t => ({type: t.type, name: t.name || '', orientation: t.orientation || 'v', mode: t.mode || '',
                               x: Array.from(t.x || []), y: Array.from(t.y || []), text: Array.from(t.text || [])}))}))"""
CHART_PAGES = ("bars", "growth", "projects", "map")
PAGES = ("overview", "bars", "growth", "projects", "data", "articles", "upload", "map")


def charts_drawn(page) -> list[dict]:
    return page.evaluate(CHARTS_JS)


def numbers(charts: list[dict]) -> list[list[float]]:
    """Each chart's numeric values relative to its largest: what is drawn, whatever the language (an axis in
    亿元 reads in bn yuan in English, so the same bars carry other numbers in the same proportions)."""
    out = []
    for c in charts:
        vals = [v for tr in c["traces"] for v in tr["x"] + tr["y"] if isinstance(v, int | float)]
        top = max((abs(v) for v in vals), default=1) or 1
        out.append(sorted(round(v / top, 6) for v in vals))
    return out


def query_of(page) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlparse

    return dict(parse_qsl(urlparse(page.url).query))


def assert_every_mark_is_named(charts: list[dict], where: str) -> None:
    for c in charts:
        assert c["title"], f"{where}: a chart without a title"
        for tr in c["traces"]:
            if tr["type"] == "bar" and tr["orientation"] == "h":
                assert all(str(y).strip() for y in tr["y"]), f"{where}: a bar without a region name"
            if tr["type"] == "bar" and tr["orientation"] == "v":
                assert tr["name"].strip(), f"{where}: bars without a region name"
            if tr["type"] == "heatmap":
                assert all(str(y).strip() for y in tr["y"]), f"{where}: a heat-map row without a name"


def open_view(browser, server: str, query: str, view: str = "desktop"):
    ctx = browser.new_context(viewport=VIEWPORTS[view], device_scale_factor=1, is_mobile=view == "phone",
                              has_touch=view == "phone", locale="zh-CN")
    page = ctx.new_page()
    page.goto(server + "/" + query)
    return ctx, page


@pytest.mark.parametrize("view", list(VIEWPORTS))
def test_every_page_draws_named_marks_and_fits_the_screen(server, browser, view):
    os.makedirs(ARTIFACTS, exist_ok=True)
    ctx, page = open_view(browser, server, "", view)
    for name in PAGES:
        page.goto(server + "/?page=" + name)
        wait_until_done(page, charts=name in CHART_PAGES)
        assert_no_error(page)
        if name in CHART_PAGES:
            charts = charts_drawn(page)
            assert charts and any(tr["x"] or tr["y"] for c in charts for tr in c["traces"]), f"{name}: no marks"
            assert_every_mark_is_named(charts, name)
        if view == "phone":
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name}: the page scrolls sideways by {overflow}px on a phone"
        page.screenshot(path=os.path.join(ARTIFACTS, f"{view}_{name}.png"), full_page=True)
    assert page.locator('[data-testid="stAppDeployButton"]').count() == 0  # viewers see no "Deploy"
    ctx.close()


@pytest.mark.parametrize("view", list(VIEWPORTS))
def test_a_language_round_trip_changes_words_only(server, browser, view):
    ctx, page = open_view(browser, server, "", view)
    for name in PAGES:
        page.goto(server + f"/?page={name}&prov=450000")
        wait_until_done(page, charts=name in CHART_PAGES)
        before, drawn = query_of(page), numbers(charts_drawn(page))
        for lang, word in (("en", "English"), ("zh", "中文")):
            button = page.locator('[data-testid="stSidebar"] button', has_text=word).first
            box = button.bounding_box()
            if not box or box["x"] < 0 or box["x"] > page.viewport_size["width"]:  # a phone keeps the sidebar folded away
                page.locator('[data-testid="stExpandSidebarButton"]').click()
                page.wait_for_timeout(400)
            button.click()
            page.wait_for_function("(l) => new URLSearchParams(location.search).get('lang') === l || (l === 'zh' && !location.search.includes('lang='))",
                                   arg=lang, timeout=60_000)
            wait_until_done(page, charts=name in CHART_PAGES)
            assert_no_error(page)
            now = query_of(page)
            assert {k: v for k, v in now.items() if k != "lang"} == before, f"{name}: {lang} changed the view"
            assert numbers(charts_drawn(page)) == drawn, f"{name}: {lang} changed what is drawn"
    ctx.close()


def test_a_link_opened_in_a_fresh_browser_reproduces_the_view(server, browser):
    ctx, page = open_view(browser, server, "?page=bars&lang=en")
    wait_until_done(page, charts=True)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()  # province
    page.locator('[role="option"]', has_text="广西").first.click()
    page.wait_for_function("() => location.search.includes('prov=450000')", timeout=60_000)
    wait_until_done(page, charts=True)
    sent, url = charts_drawn(page), page.url
    ctx.close()
    ctx2, page2 = open_view(browser, server, "")
    page2.goto(url)
    wait_until_done(page2, charts=True)
    got = charts_drawn(page2)
    assert [c["title"] for c in got] == [c["title"] for c in sent]
    assert [[tr["name"] for tr in c["traces"]] for c in got] == [[tr["name"] for tr in c["traces"]] for c in sent]
    assert numbers(got) == numbers(sent)
    assert "County Indicators" in page2.locator('[data-testid="stMain"]').inner_text()
    ctx2.close()


def _rows_caption(page) -> int:
    import re

    text = page.locator('[data-testid="stMain"]').inner_text()
    return int(re.search(r"共 (\d+) 行", text).group(1))


def test_widening_a_filter_never_drops_rows(server, browser):
    ctx, page = open_view(browser, server, "?page=data&prov=450000")
    wait_until_done(page)
    everything = _rows_caption(page)
    boxes = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]')
    boxes.nth(3).click()  # indicator (province, prefecture, county, indicator)
    page.locator('[role="option"]').nth(1).click()
    page.wait_for_function("() => location.search.includes('ind=')", timeout=60_000)
    wait_until_done(page)
    assert _rows_caption(page) < everything
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').nth(3).click()
    page.locator('[role="option"]', has_text="全部").first.click()
    page.wait_for_function("() => !location.search.includes('ind=')", timeout=60_000)
    wait_until_done(page)
    assert _rows_caption(page) == everything
    ctx.close()


def test_a_one_day_groundbreaking_shows_the_total_once_and_each_unit_its_own(server, browser):
    ctx, page = open_view(browser, server, "?page=projects&prov=360000")
    wait_until_done(page, charts=True)
    assert_no_error(page)
    counts = charts_drawn(page)[0]
    assert "2024年9月" in counts["title"]
    bars = sorted((y, x) for tr in counts["traces"] if tr["name"] == "开工" for x, y in zip(tr["x"], tr["y"], strict=True))
    assert bars == sorted([("赣州市", 65), ("章贡区", 14), ("南康区", 12), ("赣县区", 11), ("信丰县", 10),
                           ("于都县", 11), ("瑞金市", 7)])
    page.screenshot(path=os.path.join(ARTIFACTS, "desktop_groundbreaking.png"), full_page=True)
    ctx.close()


def test_markup_in_a_title_is_shown_never_fetched_or_linked(server, browser, tmp_path):
    """A headline written as Markdown image and HTML link: shown as text in the preview, the duplicate
    warning and the chart's source line; the browser asks nothing of any other address."""
    title = '![t](http://198.51.100.7/x.png) <a href="http://198.51.100.7/">点我</a> 象州县经济运行'
    article = tmp_path / "markup.txt"
    article.write_text(f"{title}\n2023年8月1日\n2023年上半年，象州县地区生产总值增长5.5%。\n", encoding="utf-8")
    ctx, page = open_view(browser, server, "?page=upload")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    wait_until_done(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(article))
    wait_until_done(page)
    for message in ("已保存", "已在数据库中"):  # saved once, then refused as a duplicate naming the title
        page.get_by_role("button", name="保存到数据库").click()
        page.wait_for_function("(m) => document.querySelector('[data-testid=\"stMain\"]').innerText.includes(m)",
                               arg=message, timeout=60_000)
        wait_until_done(page)
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "已在数据库中" in text and "![t](http://198.51.100.7/x.png)" in text
    page.goto(server + "/?page=bars&ind=gdp&measure=growth&bper=2023-01~2023-06")
    wait_until_done(page, charts=True)
    chart = charts_drawn(page)
    assert chart
    links = page.locator('[data-testid="stPlotlyChart"] a').count()
    assert links == 0, "a title became a link in the chart"
    subtitles = page.evaluate("""() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot'))
        .map(gd => (gd.layout.title.subtitle || {}).text || '').join(' ')""")
    assert "&lt;a" in subtitles or "![t]" in subtitles  # the title is cited, as text
    outside = [u for u in asked if not u.startswith(server) and not u.startswith("data:") and not u.startswith("blob:")]
    assert not outside, outside
    ctx.close()


def test_a_load_beside_the_running_dashboard_finishes_and_the_page_says_when_the_store_is_busy(server, browser, tmp_path):
    """The idle app holds no connection, so the command line loads into its store; while a writer holds
    the store, the page says so in one sentence and shows the data again afterwards."""
    ctx, page = open_view(browser, server, "?page=overview")
    wait_until_done(page)
    before = page.locator('[data-testid="stMain"]').inner_text()
    article = tmp_path / "lankao.txt"
    article.write_text("兰考县经济运行\n2025年8月15日\n上半年,兰考县地区生产总值186.2亿元,同比增长6.5%。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extract", str(article), "--store", SERVER["db"], "--wait", "60"],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "1 stored" in done.stderr
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", SERVER["db"]],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        page.reload()
        page.wait_for_function("() => /数据库正在更新/.test(document.body.innerText)", timeout=60_000)
        assert_no_error(page)
    finally:
        holder.kill()
        holder.wait()
    page.reload()
    wait_until_done(page)
    after = page.locator('[data-testid="stMain"]').inner_text()

    def articles(text: str) -> int:
        import re

        return int(re.search(r"文章\s+([\d,]+)\s+地区", text).group(1).replace(",", ""))

    assert articles(after) == articles(before) + 1  # the loaded article is there once the writer is gone
    ctx.close()
