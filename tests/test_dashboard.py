"""The dashboard app on the seeds: every page, the filters, shared links, uploads and their safety."""

from __future__ import annotations

import os
import re

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from extract import store

APP = os.path.join(ROOT, "dashboard", "app.py")
PAGE_NAMES = {"bars": "地区对比", "growth": "增速比较", "projects": "项目进度", "data": "数据", "articles": "文章",
              "upload": "添加文章", "map": "地图"}
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


@pytest.mark.parametrize("page", list(PAGE_NAMES))
def test_every_page_runs_on_the_seeds(shared_db, page):
    at = run({"page": PAGE_NAMES[page]})
    ok(at)
    assert at.pills(key="page").value == page
    if page in ("bars", "growth", "projects", "map"):
        assert len(at.get("plotly_chart")) >= 1
    if page == "bars":  # opens on GDP, one chart per unit, a source line under it
        assert at.selectbox(key="ind").value == "gdp"
        assert any("不同时期" in c.value or "最新" in c.value for c in at.caption)


def test_each_filter_narrows_what_is_shown(shared_db):
    at = run({"page": "数据", "ind": "全部", "measure": "全部"})
    ok(at)
    everything = rows_shown(at)
    assert everything > 250
    at.selectbox(key="prov").set_value("四川省").run()
    ok(at)
    sichuan = rows_shown(at)
    assert 0 < sichuan < everything
    assert set(at.selectbox(key="pref").options) == {"全部", "广元市"}  # the cascade follows the province
    at.selectbox(key="ind").set_value("projects").run()
    projects = rows_shown(at)
    assert 0 < projects < sichuan
    at.selectbox(key="measure").set_value("count").run()
    assert 0 < rows_shown(at) <= projects


def test_a_link_reopens_the_same_view(shared_db):
    params = {"lang": "English", "page": "Data", "prov": "广西壮族自治区", "pref": "来宾市", "ind": "Gross regional product",
              "measure": "growth"}
    at = run(params)
    ok(at)
    assert at.segmented_control(key="lang").value == "English"
    assert at.pills(key="page").value == "data"
    assert at.selectbox(key="prov").value == "广西壮族自治区"
    assert at.selectbox(key="pref").value == "来宾市"
    assert at.selectbox(key="ind").value == "gdp"
    assert at.selectbox(key="measure").value == "growth"
    assert 0 < rows_shown(at) < 20


def test_a_selected_row_shows_its_sentence_in_context(shared_db):
    at = run({"page": "数据", "ind": "地区生产总值", "measure": "增速"})
    ok(at)
    assert at.get("arrow_data_frame") or at.dataframe
    assert any("选中一行" in c.value for c in at.caption)


def test_upload_adds_rows_and_the_same_article_twice_adds_nothing(fresh_db):
    at = run({"page": "添加文章"})
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
    at = run({"page": "添加文章"})
    before = stored_rows(fresh_db)
    at.file_uploader(key="upload_files").set_value((name, data, "text/plain")).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(name) and errors[0].count("。") + errors[0].count(".") <= 2
    assert not at.button  # nothing to save
    assert stored_rows(fresh_db) == before


def test_uploaded_markup_is_shown_as_text(fresh_db):
    hostile = "兰考县\n2025年8月15日\n<script>alert(1)</script><img src=x onerror=alert(2)>全县新签约项目46个。"
    at = run({"page": "添加文章"})
    at.file_uploader(key="upload_files").set_value(("x.txt", hostile.encode("utf-8"), "text/plain")).run()
    at.button(key="upload_save").click().run()
    ok(at)
    aid = next(a for a in store.load_articles(fresh_db)["article_id"] if a.startswith("x_"))
    at = run({"page": "文章", "art": store.load_articles(fresh_db).set_index("article_id").loc[aid, "title"]})
    ok(at)
    bodies = [h.proto.body for h in at.get("html")]
    body = next(b for b in bodies if "新签约项目" in b)
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;" in body and "&lt;img src=x onerror=alert(2)&gt;" in body
    assert '<mark id="fig-1"' in body


def test_public_site_keeps_viewer_uploads_in_their_session(fresh_db, monkeypatch):
    monkeypatch.setenv("COUNTY_INDICATORS_PUBLIC", "1")
    monkeypatch.setenv("COUNTY_INDICATORS_EDITOR_PASSWORD", "s3cret")
    at = run({"page": "添加文章"})
    before = stored_rows(fresh_db)
    at.file_uploader(key="upload_files").set_value(("兰考.txt", ARTICLE.encode("utf-8"), "text/plain")).run()
    at.button(key="upload_save").click().run()
    ok(at)
    assert any("本次会话" in s.value for s in at.success)
    assert stored_rows(fresh_db) == before  # the shared store is untouched
    at.pills(key="page").set_value("data").run()
    at.selectbox(key="prov").set_value("河南省").run()
    ok(at)
    assert rows_shown(at) >= 1  # but this viewer sees their article

    editor = run({"page": "添加文章"})
    editor.text_input(key="editor_pw").input("wrong").run()
    assert any("不正确" in e.value for e in editor.error)
    editor.text_input(key="editor_pw").input("s3cret").run()
    editor.file_uploader(key="upload_files").set_value(("兰考.txt", ARTICLE.encode("utf-8"), "text/plain")).run()
    editor.button(key="upload_save").click().run()
    ok(editor)
    assert stored_rows(fresh_db) == before + 6


def test_map_can_be_turned_off_by_the_operator(shared_db, monkeypatch):
    monkeypatch.setenv("COUNTY_INDICATORS_MAP", "off")
    at = run({"page": "地图"})
    ok(at)
    assert "地图" not in at.pills(key="page").options and "数据" in at.pills(key="page").options
    assert at.pills(key="page").value == "bars"  # a link to the map opens the default page instead


def test_region_bars_show_one_period_unless_all_are_asked_for(shared_db):
    at = run({"ind": "地区生产总值", "measure": "增速"})
    ok(at)
    one = at.get("plotly_chart")[0].proto.spec
    assert at.selectbox(key="bper").value != "all"
    at.selectbox(key="bper").set_value("all").run()
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
