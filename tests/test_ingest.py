"""Loading many articles: archives and JSON Lines, incremental store, crash safety, concurrent writers."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile

import duckdb
from conftest import ROOT

from extract import batch, extract_files, sources, store
from extract.io import extract_bytes

SEEDS = os.path.join(ROOT, "seeds")
ARTICLE = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目{n}个,签约金额{m}亿元;上半年地区生产总值186.2亿元,同比增长6.5%。"


def variants(folder, n: int) -> list[str]:
    """``n`` distinct small articles (different figures), one file each."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(n):
        p = os.path.join(folder, f"a{i:04d}.txt")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(ARTICLE.format(n=10 + i, m=100 + i))
        paths.append(p)
    return paths


def counts(db: str) -> tuple[int, int, int, int]:
    """(articles, figures, distinct article ids among figures, articles whose n_figures disagree with their rows)."""
    con = duckdb.connect(db, read_only=True)
    try:
        arts = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        figs = con.execute("SELECT count(*) FROM figures").fetchone()[0]
        ids = con.execute("SELECT count(DISTINCT article_id) FROM figures").fetchone()[0]
        bad = con.execute("""SELECT count(*) FROM articles a LEFT JOIN
                             (SELECT article_id, count(*) AS n FROM figures GROUP BY 1) f USING (article_id)
                             WHERE a.n_figures <> coalesce(f.n, 0)""").fetchone()[0]
        return arts, figs, ids, bad
    finally:
        con.close()


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, capture_output=True, text=True, **kw)


def test_zip_and_jsonl_inputs_with_metadata(tmp_path):
    text = ARTICLE.format(n=46, m=218.5).replace("2025年8月15日\n", "")
    zpath = tmp_path / "batch.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("news/lankao.txt", text.encode("gb18030"))
        zf.writestr("news/lankao.json", json.dumps({"date": "2025-08-15"}))
        zf.writestr("news/picture.png", b"\x89PNG")
    jpath = tmp_path / "feed.jsonl"
    with open(jpath, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "text": text, "date": "2025-08-15", "title": "兰考", "source": "县融媒体"},
                            ensure_ascii=False) + "\n")
        fh.write("not json\n")
        fh.write(json.dumps({"title": "no text"}) + "\n")
    docs = list(sources.documents([str(zpath), str(jpath)]))
    assert [d.kind for d in docs] == ["zip", "jsonl", "jsonl", "jsonl"]
    df = extract_files([str(zpath), str(jpath)])
    assert len(df) == 2 * 4 and set(df["date_source"]) == {"metadata"}
    assert set(df.loc[df["value"] == 46, "period_end"]) == {"2025-08"}
    errors = [batch.work(d).error for d in docs]
    assert errors[0] == errors[1] == ""
    # the reason is one fixed sentence; the line it concerns is named beside it (``error: feed.jsonl line 2: …``)
    assert errors[2] == errors[3] == 'the line is not a JSON object with a "text" field'
    assert docs[2].label.endswith("line 2") and docs[3].label.endswith("line 3")


def test_article_ids_never_become_paths(tmp_path):
    for key in ["../../etc/passwd", "a/b/../../x.txt", "C:\\\\windows\\\\evil.txt", "archive.zip::../../x.txt"]:
        aid = sources.article_id_of_key(key)
        assert "/" not in aid and "\\" not in aid and ".." not in aid and aid
    assert store.safe_article_id("../../etc/passwd.txt", "abcdef12") == "passwd_abcdef12"


def test_store_is_incremental_unchanged_skipped_changed_replaced(tmp_path):
    folder = tmp_path / "in"
    paths = variants(folder, 6)
    db = str(tmp_path / "s.duckdb")
    first = cli(str(folder), "--store", db, "--jobs", "2", "-q")
    assert first.returncode == 0, first.stderr
    assert "6 articles read" in first.stderr
    a1 = counts(db)
    assert a1[0] == 6 and a1[1] == 6 * 4 and a1[3] == 0
    again = cli(str(folder), "--store", db, "-q")
    assert "6 skipped" in again.stderr and counts(db) == a1
    with open(paths[0], "w", encoding="utf-8") as fh:
        fh.write(ARTICLE.format(n=999, m=1).replace("上半年地区生产总值186.2亿元,同比增长6.5%。", ""))
    changed = cli(str(folder), "--store", db, "-q")
    assert "5 skipped" in changed.stderr and "1 replaced" in changed.stderr
    arts, figs, _, bad = counts(db)
    assert (arts, figs, bad) == (6, 5 * 4 + 2, 0)
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM figures WHERE value = 999").fetchone()[0] == 1
    con.close()


def test_unreadable_articles_are_reported_and_the_rest_stored(tmp_path):
    folder = tmp_path / "in"
    variants(folder, 3)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "s.duckdb")
    res = cli(str(folder), "--store", db, "-o", str(tmp_path / "t.csv"), "-q")
    assert res.returncode == 1
    assert "broken.txt: the file is binary" in res.stderr and "empty.txt: the file is empty" in res.stderr
    assert "2 failed" in res.stderr
    assert counts(db)[0] == 3
    assert len(open(tmp_path / "t.csv", encoding="utf-8-sig").read().splitlines()) == 1 + 3 * 4


def test_a_killed_run_finishes_on_the_next_and_stores_nothing_twice_or_half(tmp_path):
    folder = tmp_path / "in"
    n = 1500  # enough work that the kill lands mid-run on a fast machine too
    variants(folder, n)
    db = str(tmp_path / "s.duckdb")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "extract", str(folder), "--store", db, "--jobs", "2"], cwd=ROOT,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True, start_new_session=True)
    # wait until the run has written part of the job, then kill it without warning
    deadline = time.time() + 300
    seen = ""
    while time.time() < deadline:
        chunk = proc.stderr.read(64)
        if not chunk:
            break
        seen += chunk
        done = [int(x) for x in re.findall(rf"(\d+)/{n}", seen[-200:])]
        if done and done[-1] >= n // 10:
            break
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, at once
    proc.wait()
    partial = counts(db)
    assert 0 < partial[0] < n, f"the kill should land mid-run, stored {partial[0]}"
    assert partial[3] == 0  # every stored article has all its rows
    res = cli(str(folder), "--store", db, "--jobs", "2", "-q")
    assert res.returncode == 0, res.stderr
    arts, figs, ids, bad = counts(db)
    assert (arts, figs, ids, bad) == (n, n * 4, n, 0)
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) - count(DISTINCT content_hash) FROM articles").fetchone()[0] == 0
    con.close()


def test_two_writers_at_once_both_succeed_and_lose_nothing(tmp_path):
    db = str(tmp_path / "s.duckdb")
    arts = [extract_bytes(ARTICLE.format(n=10 + i, m=5 + i).encode(), f"w{i}") for i in range(20)]
    errors: list[BaseException] = []

    def writer(part):
        try:
            for a in part:
                store.add_articles([(a, {})], "upload", db)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(arts[k::2],)) for k in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    store.close_all()
    assert counts(db)[:2] == (20, 20 * 4)


def test_dask_local_cluster_gives_the_same_table_as_a_local_run(tmp_path):
    distributed = __import__("pytest").importorskip("dask.distributed")
    from extract import distributed as dx

    inputs = [SEEDS, os.path.join(ROOT, "tests", "data", "dev")]
    local = extract_files(inputs)
    out = str(tmp_path / "parquet")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        rows = dx.run(inputs, out, chunk_size=3)
    assert rows == len(local) > 500
    remote = dx.read(out)
    key = ["article_id", "start", "end", "value", "indicator", "region", "period_start", "period_end"]
    a = local[key].astype(str).sort_values(key).reset_index(drop=True)
    b = remote[key].astype(str).sort_values(key).reset_index(drop=True)
    assert a.equals(b)
    parts = {p for p in os.listdir(os.path.join(out, "figures")) if p.startswith("province=")}
    assert {"province=四川省", "province=广西壮族自治区"} <= parts
    assert any(p.startswith("year=") for p in os.listdir(os.path.join(out, "figures", "province=四川省")))
    db = str(tmp_path / "s.duckdb")
    res = dx.load_into_store(out, db)
    assert len(res.added) == 11 and res.rows == len(local)
    store.close_all()


def test_articles_are_read_again_when_the_extractor_changes(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("象州县\n2022年4月10日\n一季度,象州县地区生产总值增长9%。", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    batch.build(str(seeds), db)
    first = store.get_meta("seed_fingerprint", db)
    batch.build(str(seeds), db)
    assert store.get_meta("seed_fingerprint", db) == first  # nothing changed: nothing re-read
    monkeypatch.setattr(sources, "extractor_version", lambda: "a-new-release")
    batch.build(str(seeds), db)
    assert store.get_meta("seed_fingerprint", db) != first
    rows = store.connect(db).execute("SELECT count(*) FROM figures WHERE article_id = 'a'").fetchone()[0]
    assert rows == 1  # re-read and replaced, not added twice
    monkeypatch.setattr(sources, "extractor_version", lambda: "another-release")
    summary = batch.run([str(seeds)], db=db, out=None, jobs=1)  # the CLI path: a changed extractor re-reads
    assert (summary.replaced, summary.skipped) == (1, 0)
    assert batch.run([str(seeds)], db=db, out=None, jobs=1).skipped == 1  # and then skips it again
