"""The public site's defences that need no browser: editor sign-in slowed after failures, previews
cached by content, and untrusted text made inert for Markdown and plotly."""

from __future__ import annotations

import re

from dashboard import charts, editor, ingest, safe

ARTICLE = "兰考县经济运行\n2025年8月15日\n上半年,兰考县地区生产总值186.2亿元,同比增长6.5%。\n".encode()


def test_each_failed_sign_in_doubles_the_wait_and_a_success_clears_it():
    throttle = editor.Throttle()
    keys = ["session:a", "addr:203.0.113.5"]
    first = editor.sign_in("guess", "s3cret", throttle, keys, now=100.0)
    assert not first.ok and first.checked and first.wait == 1.0
    early = editor.sign_in("s3cret", "s3cret", throttle, keys, now=100.5)
    assert not early.ok and not early.checked  # too soon: the right password is not even looked at
    second = editor.sign_in("guess2", "s3cret", throttle, keys, now=101.1)
    assert second.wait == 2.0
    for i in range(12):
        throttle.failed(keys, 200.0 + i)
    assert throttle.wait(keys, 211.0) == editor.MAX_WAIT  # capped at five minutes
    assert editor.sign_in("s3cret", "s3cret", throttle, keys, now=1000.0).ok
    assert throttle.wait(keys, 1000.0) <= 0


def test_a_new_session_from_the_same_address_waits_too():
    throttle = editor.Throttle()
    editor.sign_in("guess", "s3cret", throttle, ["session:a", "addr:203.0.113.5"], now=0.0)
    again = editor.sign_in("s3cret", "s3cret", throttle, ["session:b", "addr:203.0.113.5"], now=0.2)
    assert not again.ok and not again.checked
    elsewhere = editor.sign_in("s3cret", "s3cret", throttle, ["session:c", "addr:198.51.100.1"], now=0.2)
    assert elsewhere.ok


def test_failed_sign_ins_are_logged_with_the_address(caplog):
    editor.sign_in("guess", "s3cret", editor.Throttle(), ["session:a", "addr:203.0.113.5"], now=0.0)
    assert any("203.0.113.5" in r.getMessage() for r in caplog.records)


def test_a_preview_is_extracted_once_per_content():
    previews = ingest.Previews(size=2)
    a = previews.read("a.txt", ARTICLE, "zh")
    b = previews.read("a.txt", ARTICLE, "zh")
    assert a is b and previews.extracted == 1 and len(a.article.rows) == 2
    previews.read("b.txt", ARTICLE + b"x", "zh")
    previews.read("c.txt", ARTICLE + b"y", "zh")
    previews.read("a.txt", ARTICLE, "zh")  # pushed out by the two newer ones: bounded
    assert previews.extracted == 4


def test_untrusted_text_is_inert_in_markdown_and_in_charts():
    title = '![t](http://198.51.100.7/x.png) <a href="http://198.51.100.7/">点我</a>'
    shown = safe.md(title)
    bare = re.sub(r"\\.", "", shown)  # what is left once every escaped character is taken out
    assert not set("![]()<>") & set(bare)
    assert re.sub(r"\\(.)", r"\1", shown) == title  # and a reader sees the title exactly
    linked = '<a href="http://198.51.100.7/">点我</a>'
    line = charts.source_line([linked], "zh")
    assert "<a" not in line and "&lt;a" in line
    fig = charts.finish(charts.go.Figure(), linked, [title, linked], "zh")
    assert "<a" not in fig.layout.title.text and "<a" not in fig.layout.title.subtitle.text


def test_a_big_upload_past_its_time_budget_gets_one_sentence_and_the_next_one_works():
    import time

    big = ("象州县2023年地区生产总值增长5.5%,规模以上工业增加值增长7.1%。\n" * 30_000).encode("utf-8")
    previews = ingest.Previews(budget=0.5)
    t0 = time.perf_counter()
    got = previews.read("big.txt", big, "zh")
    assert got.article is None and got.reason == "文章提取超过了时间限制"
    assert time.perf_counter() - t0 < 20  # stopped, not waited out
    small = previews.read("small.txt", ARTICLE, "zh")  # a new worker or the page's own process: still works
    assert small.article is not None and len(small.article.rows) == 2
    ok = ingest.Previews(budget=120).read("big2.txt", big[: 300 * 1024], "en")  # big, within budget: in the worker
    assert ok.article is not None and ok.article.rows
