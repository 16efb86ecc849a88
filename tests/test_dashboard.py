"""The dashboard app on the seeds: every page, the filters, shared links, uploads and their safety."""

from __future__ import annotations

import json
import os
import re
import time

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from dashboard.view import PAGE_FILTERS
from extract import store

APP = os.path.join(ROOT, "dashboard", "app.py")
PAGES = ["overview", "bars", "growth", "projects", "data", "articles", "upload", "map"]
ARTICLE = """兰考县重点项目建设提速
2025年8月15日 来源:兰考县融媒体中心
今年以来,兰考县坚持项目为王,1至7月,全县新签约项目46个,签约金额218.5亿元;新开工项目31个,总投资96.4亿元。
上半年,兰考县地区生产总值186.2亿元,同比增长6.5%。
"""


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("store") / "seeds.duckdb")
    os.environ["COUNTY_INDICATORS_DB"] = db
    os.chdir(ROOT)
    yield db
    os.environ.pop("COUNTY_INDICATORS_DB", None)


@pytest.fixture
def fresh_db(tmp_path, monkeypatch):
    db = str(tmp_path / "fresh.duckdb")
    monkeypatch.setenv("COUNTY_INDICATORS_DB", db)
    os.chdir(ROOT)
    return db


def run(params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


def ok(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert not [e.value for e in at.error], [e.value for e in at.error]


def rows_shown(at: AppTest) -> int:
    caption = next(c.value for c in at.caption if re.search(r"共 \d+ 行|\d+ rows", c.value))
    return int(re.search(r"(\d+)", caption).group(1))


def stored_rows(db: str) -> int:
    cur = store.connect(db).cursor()
    try:
        return int(cur.execute("SELECT count(*) FROM figures").fetchone()[0])
    finally:
        cur.close()


def widget(at: AppTest, kind: str, name: str):
    """The widget bound to view value ``name`` (its key also names the language and its options)."""
    return next(x for x in getattr(at, kind) if (x.key or "").startswith(f"w_{name}_"))


def link(at: AppTest) -> dict[str, str]:
    """The URL's query as the app left it."""
    return {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}


def numbers_drawn(at: AppTest) -> list[list[float]]:
    """Every chart's numeric x and y values, per chart: what is drawn, whatever the language."""
    out = []
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        vals = [v for tr in spec["data"] for axis in ("x", "y") for v in (tr.get(axis) or [])
                if isinstance(v, int | float) and not isinstance(v, bool)]
        out.append(sorted(round(v, 6) for v in vals))
    return out


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_seeds_in_both_languages(shared_db, page):
    for lang in ("zh", "en"):
        at = run({"page": page, "lang": lang})
        ok(at)
        assert widget(at, "pills", "page").value == page
        if page in ("bars", "growth", "projects", "map"):
            assert len(at.get("plotly_chart")) >= 1
    if page == "bars":  # opens on GDP, and the link says so
        assert link(at)["ind"] == "gdp" and link(at)["measure"]


@pytest.mark.parametrize("page", PAGES)
def test_a_language_round_trip_changes_words_only(shared_db, page):
    at = run({"page": page, "prov": "450000"})
    ok(at)
    before = {k: v for k, v in link(at).items() if k != "lang"}
    drawn = numbers_drawn(at)
    at.segmented_control(key="w_lang").set_value("en").run()
    ok(at)
    assert link(at)["lang"] == "en"
    assert {k: v for k, v in link(at).items() if k != "lang"} == before
    assert numbers_drawn(at) == drawn
    if "prov" in PAGE_FILTERS[page]:
        assert widget(at, "selectbox", "prov").value == "450000"
    at.segmented_control(key="w_lang").set_value("zh").run()
    ok(at)
    assert {k: v for k, v in link(at).items() if k != "lang"} == before
    assert numbers_drawn(at) == drawn


def test_each_filter_narrows_what_is_shown(shared_db):
    at = run({"page": "data"})
    ok(at)
    everything = rows_shown(at)
    assert everything > 250
    widget(at, "selectbox", "prov").set_value("510000").run()
    ok(at)
    sichuan = rows_shown(at)
    assert 0 < sichuan < everything
    assert link(at)["prov"] == "510000"
    assert widget(at, "selectbox", "pref").options == ["全部", "广元市"]  # the cascade follows the province
    widget(at, "selectbox", "ind").set_value("projects").run()
    projects = rows_shown(at)
    assert 0 < projects < sichuan
    widget(at, "selectbox", "measure").set_value("count").run()
    assert 0 < rows_shown(at) <= projects


def test_widening_a_filter_never_keeps_a_narrower_range(shared_db):
    """After narrowing to one indicator and widening back to all, every row is there again, as in a fresh link."""
    at = run({"page": "data", "prov": "450000"})
    everything = rows_shown(at)
    widget(at, "selectbox", "ind").set_value("gdp").run()
    assert rows_shown(at) < everything
    widget(at, "selectbox", "ind").set_value("").run()
    ok(at)
    assert rows_shown(at) == everything
    assert "pto" not in at.query_params and "pfrom" not in at.query_params
    fresh = run(link(at))
    assert rows_shown(fresh) == everything


def test_a_link_reopens_the_same_view(shared_db):
    params = {"lang": "en", "page": "data", "prov": "450000", "pref": "451300", "ind": "gdp", "measure": "growth"}
    at = run(params)
    ok(at)
    assert at.segmented_control(key="w_lang").value == "en"
    assert widget(at, "pills", "page").value == "data"
    assert widget(at, "selectbox", "prov").value == "450000"
    assert widget(at, "selectbox", "pref").value == "451300"
    assert widget(at, "selectbox", "ind").value == "gdp"
    assert widget(at, "selectbox", "measure").value == "growth"
    assert 0 < rows_shown(at) < 20
    assert link(at) == params


def test_a_link_value_that_no_longer_exists_is_said_in_one_line(shared_db):
    at = run({"page": "data", "prov": "990000", "ind": "no_such_thing"})
    ok(at)
    notes = [c.value for c in at.caption if "已不存在" in c.value]
    assert len(notes) == 2 and all(n.count("。") == 1 for n in notes)
    assert "prov" not in at.query_params  # the view now says what is shown


def test_a_selected_row_shows_its_sentence_in_context(shared_db):
    at = run({"page": "data", "ind": "gdp", "measure": "growth"})
    ok(at)
    table = at.dataframe[0].value
    assert list(table.columns[:3]) == ["数值", "单位", "时期"]  # what a phone shows first
    assert any("选中一行" in c.value for c in at.caption)


def test_clicking_a_figure_in_the_reader_opens_its_row(shared_db):
    at = run({"page": "articles"})
    ok(at)
    aid = link(at)["art"]
    body = next(h.proto.body for h in at.get("html") if 'class="ci-fig"' in h.proto.body)
    href = re.search(r'<a class="ci-fig" href="([^"]+)"', body).group(1).replace("&amp;", "&")
    assert "fig=1" in href and f"art={aid}" in href and href.startswith("?page=articles")
    clicked = run({"page": "articles", "art": aid, "fig": "1"})
    ok(clicked)
    assert any("第 1 个数字" in m.value for m in clicked.markdown)
    assert len(clicked.dataframe) == 3 and len(clicked.dataframe[1].value) == 1  # listing, the row, all figures


def test_upload_adds_rows_and_the_same_article_twice_adds_nothing(fresh_db):
    at = run({"page": "upload"})
    ok(at)
    before = stored_rows(fresh_db)
    at.file_uploader(key="upload_files").set_value(("兰考.txt", ARTICLE.encode("utf-8"), "text/plain")).run()
    ok(at)
    at.button(key="upload_save").click().run()
    ok(at)
    assert any("已保存" in s.value for s in at.success)
    after = stored_rows(fresh_db)
    assert after == before + 6
    at.button(key="upload_save").click().run()
    ok(at)
    assert any("没有重复添加" in w.value for w in at.warning)
    assert stored_rows(fresh_db) == after


@pytest.mark.parametrize("name,data", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 30),
    ("empty.txt", b""),
    ("latin.txt", "Überschrift: naïve café résumé, 12 Äpfel.".encode("latin-1") * 20),
])
def test_a_bad_upload_gets_one_sentence_and_changes_nothing(fresh_db, name, data):
    at = run({"page": "upload"})
    before = stored_rows(fresh_db)
    at.file_uploader(key="upload_files").set_value((name, data, "text/plain")).run()
    assert not at.exception
    errors = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]  # as a reader sees the Markdown
    assert len(errors) == 1 and errors[0].startswith(name) and errors[0].count("。") + errors[0].count(".") <= 2
    assert not at.button  # nothing to save
    assert stored_rows(fresh_db) == before


def test_uploaded_markup_is_shown_as_text(fresh_db):
    hostile = "兰考县\n2025年8月15日\n<script>alert(1)</script><img src=x onerror=alert(2)>全县新签约项目46个。"
    at = run({"page": "upload"})
    at.file_uploader(key="upload_files").set_value(("x.txt", hostile.encode("utf-8"), "text/plain")).run()
    at.button(key="upload_save").click().run()
    ok(at)
    aid = next(a for a in store.load_articles(fresh_db)["article_id"] if a.startswith("x_"))
    at = run({"page": "articles", "art": aid})
    ok(at)
    bodies = [h.proto.body for h in at.get("html")]
    body = next(b for b in bodies if "新签约项目" in b)
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;" in body and "&lt;img src=x onerror=alert(2)&gt;" in body
    assert '<mark id="fig-1"' in body
    assert "<script" not in "".join(t.value for t in at.title)


def test_public_site_keeps_viewer_uploads_in_their_session(fresh_db, monkeypatch):
    monkeypatch.setenv("COUNTY_INDICATORS_PUBLIC", "1")
    monkeypatch.setenv("COUNTY_INDICATORS_EDITOR_PASSWORD", "s3cret")
    at = run({"page": "upload"})
    before = stored_rows(fresh_db)
    at.file_uploader(key="upload_files").set_value(("兰考.txt", ARTICLE.encode("utf-8"), "text/plain")).run()
    at.button(key="upload_save").click().run()
    ok(at)
    assert any("本次会话" in s.value for s in at.success)
    assert stored_rows(fresh_db) == before  # the shared store is untouched
    widget(at, "pills", "page").set_value("data").run()
    widget(at, "selectbox", "prov").set_value("410000").run()
    ok(at)
    assert rows_shown(at) >= 1  # but this viewer sees their article

    editor = run({"page": "upload"})
    editor.text_input(key="editor_pw").input("wrong").run()
    assert any("不正确" in e.value for e in editor.error)
    editor.text_input(key="editor_pw").input("s3cret").run()  # at once after a failure: not even checked
    assert any("秒后再试" in e.value for e in editor.error) and "editor" not in editor.session_state
    time.sleep(1.1)  # the first wait is one second; it doubles with each failure
    editor.run()
    editor.file_uploader(key="upload_files").set_value(("兰考.txt", ARTICLE.encode("utf-8"), "text/plain")).run()
    editor.button(key="upload_save").click().run()
    ok(editor)
    assert stored_rows(fresh_db) == before + 6


def test_map_can_be_turned_off_by_the_operator(shared_db, monkeypatch):
    monkeypatch.setenv("COUNTY_INDICATORS_MAP", "off")
    at = run({"page": "map"})
    ok(at)
    pages = widget(at, "pills", "page")
    assert "地图" not in pages.options and "数据" in pages.options
    assert pages.value == "overview"  # a link to the map opens the landing page instead


def test_region_bars_show_one_period_unless_all_are_asked_for(shared_db):
    at = run({"page": "bars", "ind": "gdp", "measure": "growth"})
    ok(at)
    one = at.get("plotly_chart")[0].proto.spec
    assert widget(at, "selectbox", "bper").value != "all"
    widget(at, "selectbox", "bper").set_value("all").run()
    ok(at)
    panels = at.get("plotly_chart")[0].proto.spec
    assert panels.count('"yaxis') > one.count('"yaxis')  # one panel per period, never one shared axis
    assert any("不同时期分栏" in c.value for c in at.caption)


def test_an_oversized_upload_is_refused_with_its_limit():
    from dashboard import ingest

    big = ("象州县地区生产总值增长9%。" * 1_600_000).encode("utf-8")
    assert len(big) > 20 * 1024 * 1024
    up = ingest.read_upload("big.txt", big, "zh")
    assert up.article is None and up.reason == "文件超过 20 MB"
    assert ingest.read_upload("big.txt", big, "en").reason == "the file is larger than 20 MB"


def test_the_overview_says_what_the_store_holds(shared_db):
    at = run()
    ok(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["文章"] == "5" and int(metrics["数字"]) == stored_rows(shared_db)
    table = at.dataframe[0].value
    assert table.columns[0] == "地区" and "地区生产总值 · 增速" in table.columns
    cells = [c for c in table["地区生产总值 · 增速"] if c]
    assert cells and all(re.search(r"%（.*\d{4}年", c) for c in cells)  # every value with its period


def test_a_big_upload_gets_one_sentence_in_the_pages_language(fresh_db):
    import tomllib

    with open(os.path.join(ROOT, ".streamlit", "config.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    assert cfg["server"]["maxUploadSize"] >= 30  # so the browser hands a 30 MB file to the app, which explains
    assert cfg["client"]["toolbarMode"] == "viewer"
    big = ("象州县地区生产总值增长9%。" * 1_900_000).encode("utf-8")
    for lang, words in (("zh", "文件超过 20 MB，未添加。"), ("en", "the file is larger than 20 MB; nothing was added.")):
        at = run({"page": "upload", "lang": lang})
        at.file_uploader(key="upload_files").set_value(("big.txt", big, "text/plain")).run()
        assert not at.exception
        assert [re.sub(r"\\(.)", r"\1", e.value) for e in at.error] == [f"big.txt{'：' if lang == 'zh' else ': '}{words}"]
