"""Who may open the store, and what a wrong ``--store`` or ``-o`` says: a second writer waits and says for whom,
a reader gets ``StoreBusy`` instead of a DuckDB error, and every refusal is one sentence, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import openpyxl
import pandas as pd
import pytest
from conftest import ROOT

from extract import output, store
from extract.__main__ import main

ARTICLE = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目{n}个,签约金额{m}亿元。"
HOLD_OURS = "import sys, time\nfrom extract import store\nwith store.writing(sys.argv[1]):\n    print('holding', flush=True)\n    time.sleep(float(sys.argv[2]))\n"
HOLD_DUCKDB = "import sys, time, duckdb\ncon = duckdb.connect(sys.argv[1])\nprint('holding', flush=True)\ntime.sleep(float(sys.argv[2]))\n"


def articles(folder, n: int, start: int = 0) -> str:
    os.makedirs(folder, exist_ok=True)
    for i in range(start, start + n):
        with open(os.path.join(folder, f"a{i:03d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(ARTICLE.format(n=10 + i, m=100 + i))
    return str(folder)


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args, "-q", "--jobs", "1"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, **kw)


def run_main(capsys, *args: str) -> tuple[int, str]:
    """The command line in this process (the refusals come before any work): exit code and what it printed."""
    capsys.readouterr()
    rc = main([*args, "-q", "--jobs", "1"])
    store.close_all()
    return rc, capsys.readouterr().err


def holder(code: str, db: str, seconds: float) -> subprocess.Popen:
    """Another process holding the store for ``seconds``; returns once it holds it."""
    proc = subprocess.Popen([sys.executable, "-c", code, db, str(seconds)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=ROOT))
    assert proc.stdout.readline().strip() == "holding"
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()
    proc.stdout.close()


def n_articles(db: str) -> int:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_a_second_writer_waits_for_the_first_and_says_who_it_is(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = holder(HOLD_OURS, db, 4)
    res = cli(articles(tmp_path / "in", 3), "--store", db)
    first.wait()
    first.stdout.close()
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    waited = [line for line in res.stderr.splitlines() if "waiting" in line]
    assert len(waited) == 1 and f"is being written by process {first.pid} (" in waited[0]
    assert "waiting up to 60 s" in waited[0]
    assert n_articles(db) == 3


def test_two_command_lines_on_one_store_both_finish(tmp_path):
    db = str(tmp_path / "s.duckdb")
    runs = [subprocess.Popen([sys.executable, "-m", "extract", articles(tmp_path / f"in{k}", 25, 100 * k), "--store", db,
                              "-q", "--jobs", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True) for k in range(2)]
    errs = [p.communicate(timeout=300)[1] for p in runs]
    assert [p.returncode for p in runs] == [0, 0], errs
    assert not any("Traceback" in e for e in errs)
    assert all("25 stored" in e for e in errs)
    assert n_articles(db) == 50


@pytest.mark.parametrize("code", [HOLD_OURS, HOLD_DUCKDB], ids=["a run of ours", "any DuckDB program"])
def test_a_writer_gives_up_after_its_wait_in_one_sentence(tmp_path, code):
    db = str(tmp_path / "s.duckdb")
    store.add_articles([], "x", db)  # an existing store
    store.close_all()
    other = holder(code, db, 30)
    try:
        res = cli(articles(tmp_path / "in", 2), "--store", db, "--wait", "1")
    finally:
        stop(other)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"is still being written by process {other.pid}" in errors[0] and "after 1 s" in errors[0]
    assert n_articles(db) == 0


def test_a_reader_gets_store_busy_while_another_process_writes(tmp_path, capsys):
    db = str(tmp_path / "s.duckdb")
    with pytest.raises(store.StoreError) as missing:
        store.connect_read(db)
    assert missing.value.code == "store_missing"
    assert run_main(capsys, articles(tmp_path / "in", 2), "--store", db)[0] == 0
    other = holder(HOLD_OURS, db, 30)
    try:
        with pytest.raises(store.StoreBusy) as busy:
            store.connect_read(db)
    finally:
        stop(other)
    assert busy.value.holder.pid == other.pid and busy.value.code == "store_busy"
    assert f"is being written by process {other.pid}" in str(busy.value)
    con = store.connect_read(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()
    assert cli(articles(tmp_path / "in", 3), "--store", db).returncode == 0  # closed: writers go on


def test_store_must_be_a_duckdb_file_or_a_new_path(tmp_path, capsys):
    good = tmp_path / "in"
    articles(good, 1)
    csv = tmp_path / "t.csv"
    csv.write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "folder.duckdb").mkdir()
    (tmp_path / "empty.duckdb").write_bytes(b"")
    assert run_main(capsys, str(good), "--store", str(tmp_path / "real.duckdb"))[0] == 0
    data = (tmp_path / "real.duckdb").read_bytes()
    (tmp_path / "cut.duckdb").write_bytes(data[:5000])  # its header and little else
    cases = {str(csv): "is not a DuckDB file", str(tmp_path / "folder.duckdb"): "is a folder",
             str(tmp_path / "empty.duckdb"): "is not a DuckDB file", str(tmp_path / "cut.duckdb"): "is damaged",
             str(csv / "s.duckdb"): "is not a folder"}
    for path, why in cases.items():
        rc, err = run_main(capsys, str(good), "--store", path)
        assert rc == 2 and err.count("\n") == 1 and err.startswith("error:") and why in err, (path, err)
    res = cli(str(good), "--store", str(csv))  # and as a command: no traceback
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "is not a DuckDB file" in res.stderr
    assert csv.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_the_table_has_the_format_its_name_says(tmp_path, capsys, monkeypatch):
    good = articles(tmp_path / "in", 2)
    for name in ("t.csv", "t.parquet", "t.xlsx"):
        assert run_main(capsys, good, "-o", str(tmp_path / name))[0] == 0
    csv = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig")
    assert len(csv) == 4 and len(pd.read_parquet(tmp_path / "t.parquet")) == 4
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx", read_only=True).active
    rows = list(sheet.values)
    assert list(rows[0]) == list(csv.columns) and len(rows) == 1 + 4
    assert [r[list(csv.columns).index("value")] for r in rows[1:]] == csv["value"].tolist()
    monkeypatch.setattr(output, "XLSX_ROWS", 3)  # a table longer than a sheet goes on to the next
    assert run_main(capsys, good, "-o", str(tmp_path / "long.xlsx"))[0] == 0
    book = openpyxl.load_workbook(tmp_path / "long.xlsx", read_only=True)
    assert book.sheetnames == ["figures", "figures_2"] and [len(list(book[n].values)) for n in book.sheetnames] == [4, 2]
    (tmp_path / "dir.csv").mkdir()
    for path, why in {str(tmp_path / "t.txt"): "must end in .csv, .parquet or .xlsx",
                      str(tmp_path / "dir.csv"): "is a folder", str(tmp_path / "t.csv" / "x.csv"): "is not a folder"}.items():
        rc, err = run_main(capsys, good, "-o", path)
        assert rc == 2 and err.count("\n") == 1 and why in err, err
    assert not os.path.exists(tmp_path / "t.txt")
