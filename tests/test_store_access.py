"""Who may open the store, and what a wrong ``--store`` or ``-o`` says: a reader gets ``StoreBusy`` instead of a DuckDB error."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import pytest
from conftest import ROOT

from extract import store
from extract.__main__ import main

ARTICLE = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目{n}个,签约金额{m}亿元。"
HOLD_OURS = "import sys, time\nfrom extract import store\nwith store.writing(sys.argv[1]):\n    print('holding', flush=True)\n    time.sleep(float(sys.argv[2]))\n"


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
