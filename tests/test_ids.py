"""Article ids: unique by construction within a run, kept apart from other documents' in the store, stable across reruns."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys

import duckdb
import pandas as pd
from conftest import ROOT

from extract import sources, store
from extract.__main__ import main

ARTICLE = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目{n}个,签约金额{m}亿元。"


def cli(*args: str, cwd: str = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "extract", *args, "-q", "--jobs", "1"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def run_main(capsys, *args: str) -> subprocess.CompletedProcess:
    """The command line in this process (quicker than a new one each time), as a finished process."""
    capsys.readouterr()
    rc = main([*args, "-q", "--jobs", "1"])
    store.close_all()
    return subprocess.CompletedProcess(args, rc, "", capsys.readouterr().err)


def write(path, n: int) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(ARTICLE.format(n=n, m=100 + n))


def stored(db: str) -> list[tuple[str, int]]:
    """(article id, the figure 新签约项目 of that article) for every stored article."""
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("""SELECT a.article_id, f.value FROM articles a JOIN figures f USING (article_id)
                              WHERE f.unit = '个' ORDER BY 1""").fetchall()
    finally:
        con.close()


def test_same_file_name_in_two_folders_is_two_articles_in_one_run(tmp_path):
    write(tmp_path / "in" / "a" / "report.txt", 1)
    write(tmp_path / "in" / "b" / "report.txt", 2)
    db, out = str(tmp_path / "s.duckdb"), str(tmp_path / "t.csv")
    res = cli(str(tmp_path / "in"), "--store", db, "-o", out)
    assert res.returncode == 0, res.stderr
    assert "2 stored" in res.stderr and "Traceback" not in res.stderr
    assert stored(db) == [("a_report", 1), ("b_report", 2)]
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(set(table["article_id"])) == ["a_report", "b_report"]
    again = cli(str(tmp_path / "in"), "--store", db)
    assert again.returncode == 0 and "0 stored" in again.stderr and "2 unchanged" in again.stderr
    assert stored(db) == [("a_report", 1), ("b_report", 2)]


def test_the_same_name_in_two_runs_never_replaces_the_other_document(tmp_path, capsys):
    cli = functools.partial(run_main, capsys)
    write(tmp_path / "a" / "report.txt", 1)
    write(tmp_path / "b" / "report.txt", 2)
    db = str(tmp_path / "s.duckdb")
    assert cli(str(tmp_path / "a" / "report.txt"), "--store", db).returncode == 0
    second = cli(str(tmp_path / "b"), "--store", db)
    assert second.returncode == 0, second.stderr
    assert "1 stored (0 replaced)" in second.stderr
    ids = stored(db)
    assert [v for _, v in ids] == [1, 2] and ids[0][0] == "report" and ids[1][0].startswith("report_")
    for folder in ("a", "b"):  # rerunning either changes nothing
        again = cli(str(tmp_path / folder), "--store", db)
        assert "0 stored" in again.stderr and "1 unchanged" in again.stderr, again.stderr
    assert stored(db) == ids
    write(tmp_path / "b" / "report.txt", 3)  # a change to the second replaces the second, not the first
    changed = cli(str(tmp_path / "b"), "--store", db)
    assert "1 stored (1 replaced)" in changed.stderr
    assert stored(db) == [(ids[0][0], 1), (ids[1][0], 3)]


def test_json_lines_rows_with_one_id_are_kept_apart(tmp_path, capsys):
    cli = functools.partial(run_main, capsys)
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        for n in (1, 2, 3):
            fh.write(json.dumps({"id": "x", "text": ARTICLE.format(n=n, m=n)}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"text": ARTICLE.format(n=4, m=4)}, ensure_ascii=False) + "\n")
    db = str(tmp_path / "s.duckdb")
    res = cli(str(feed), "--store", db)
    assert res.returncode == 0, res.stderr
    assert stored(db) == [("feed_line4", 4), ("feed_x", 1), ("feed_x_line2", 2), ("feed_x_line3", 3)]
    assert "0 stored" in cli(str(feed), "--store", db).stderr


def test_names_equal_in_their_first_80_characters_are_two_articles(tmp_path, capsys):
    cli = functools.partial(run_main, capsys)
    stem = "lankao_county_investment_report_" * 3  # 96 characters
    write(tmp_path / "in" / f"{stem}甲.txt", 1)
    write(tmp_path / "in" / f"{stem}乙.txt", 2)
    db = str(tmp_path / "s.duckdb")
    res = cli(str(tmp_path / "in"), "--store", db)
    assert res.returncode == 0, res.stderr
    ids = stored(db)
    assert sorted(v for _, v in ids) == [1, 2] and len({a for a, _ in ids}) == 2
    assert all(len(a) <= 80 for a, _ in ids)


def test_ids_are_the_same_from_any_working_folder_and_unique_whatever_the_names(tmp_path):
    for rel in ("a/report.txt", "b/report.txt", "a_report.txt", "report.html", "x/y/z.md", "x_y/z.md"):
        write(tmp_path / "in" / rel, 1)
    here = sources.documents([str(tmp_path / "in")])
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        there = sources.documents(["in"])
    finally:
        os.chdir(cwd)
    assert [d.article_id for d in here] == [d.article_id for d in there]
    ids = [d.article_id for d in here]
    assert len(set(ids)) == len(ids) == 6
    assert "report" in ids and "z" not in ids  # report.html alone keeps its name; two x/y/z and x_y/z get hashes
    seeds = sources.documents([os.path.join(ROOT, "seeds")])
    assert all(d.article_id == os.path.splitext(os.path.basename(d.path))[0] for d in seeds)  # the gold's ids
