"""Bounded work per article: what is not a regular file is refused at once, sizes are capped before or while
reading (never after), and an extraction that runs away is stopped by its time budget."""

from __future__ import annotations

import os
import re
import resource
import socket
import subprocess
import sys
import time
import zipfile

import pandas as pd
from conftest import ROOT

from extract import batch, reasons, sources

GOOD = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目12个,签约金额100亿元。"
# the command line, reporting its own peak memory (kB) on its last line
PEAK = ("import resource, sys\nfrom extract.__main__ import main\nrc = main(sys.argv[1:])\n"
        "print(f'peak_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\nsys.exit(rc)")


def _limit_memory() -> None:  # a run that would read without limit fails here instead of filling the machine
    resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))


def cli_peak(*args: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, float]:
    """Run the command line; its result and its peak memory in MB."""
    proc = subprocess.run([sys.executable, "-c", PEAK, *args, "-q", "--jobs", "1"], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=_limit_memory)
    m = re.search(r"peak_kb=(\d+)", proc.stderr)
    return proc, (int(m.group(1)) / 1024 if m else float("inf"))


def test_devices_pipes_and_sockets_are_refused_at_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/urandom", folder / "random.md")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    os.mkfifo(folder / "pipe.zip")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.txt"))
    try:
        docs = {os.path.basename(d.path): d for d in sources.documents([str(folder)])}
        t0 = time.perf_counter()
        refused = {name: batch.work(doc).error for name, doc in docs.items() if name != "good.txt"}
        seconds = time.perf_counter() - t0
        assert refused == dict.fromkeys(["pipe.jsonl", "pipe.txt", "pipe.zip", "random.md", "socket.txt", "zero.txt"],
                                        reasons.text("not_regular"))
        assert seconds < 10, seconds  # in fact milliseconds; a read of /dev/zero never ends
        out = tmp_path / "t.csv"
        proc, _ = cli_peak(str(folder), "-o", str(out), timeout=120)
    finally:
        sock.close()
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("error:") == 6
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == 2


def test_a_bomb_in_an_archive_is_refused_without_inflating_it(tmp_path):
    """1 GB of metadata and 256 MB of article in a zip of a few MB: both refused, memory stays low."""
    zpath = tmp_path / "bomb.zip"
    zero = bytes(1 << 20)
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("news/good.txt", GOOD.encode())
        for name, mb in (("news/good.json", 1024), ("news/huge.txt", 256)):
            with zf.open(name, "w", force_zip64=True) as fh:
                for _ in range(mb):
                    fh.write(zero)
    assert os.path.getsize(zpath) < 5 << 20
    out = tmp_path / "t.csv"
    t0 = time.perf_counter()
    proc, peak = cli_peak(str(zpath), "-o", str(out))
    seconds = time.perf_counter() - t0
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"error: {zpath}::news/huge.txt: {reasons.text('too_large')}" in proc.stderr
    assert f"note: {zpath}::news/good.txt: {reasons.text('meta_too_large')}" in proc.stderr
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == 2
    assert peak < 500, f"peak memory {peak:.0f} MB in {seconds:.1f} s"


def _lying_bomb(path, method: int) -> None:
    """A member of 256 MB of zeros whose central directory says it holds 100 bytes."""
    with zipfile.ZipFile(path, "w", method) as zf:
        with zf.open("a.txt", "w", force_zip64=True) as fh:
            for _ in range(256):
                fh.write(bytes(1 << 20))
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 24 : at + 28] = (100).to_bytes(4, "little")  # its uncompressed size
    path.write_bytes(bytes(data))


def test_a_member_whose_header_lies_about_its_size_is_still_capped(tmp_path):
    """The directory says 100 bytes; the data inflates to 256 MB: reading stops at the stated size (damaged)."""
    for method in (zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2):
        zpath = tmp_path / f"liar{method}.zip"
        _lying_bomb(zpath, method)
        doc = sources.documents([str(zpath)])[0]
        assert zipfile.ZipFile(zpath).getinfo("a.txt").file_size == 100
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert batch.work(doc).error == reasons.text("member_corrupt")
        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 300 << 10  # kB


def test_a_huge_json_lines_line_is_refused_without_holding_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        fh.write('{"id": "big", "text": "')
        chunk = "兰考县新签约项目12个。" * 4000
        for _ in range(300 * (1 << 20) // len(chunk.encode()) + 1):
            fh.write(chunk)
        fh.write('"}\n')
        fh.write('{"id": "small", "text": "' + GOOD.replace("\n", "\\n") + '"}\n')
    assert os.path.getsize(feed) > 300 << 20
    out = tmp_path / "t.csv"
    proc, peak = cli_peak(str(feed), "-o", str(out))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"error: {feed} line 1: {reasons.text('line_too_long')}" in proc.stderr
    assert set(pd.read_csv(out, encoding="utf-8-sig")["article_id"]) == {"feed_small"}
    assert peak < 500, f"peak memory {peak:.0f} MB"


def _runaway(real):
    def extract(data, *args, **kw):
        if b"RUNAWAY" in data:
            while True:  # an extraction that never ends
                pass
        return real(data, *args, **kw)
    return extract


def test_an_extraction_past_its_time_budget_is_that_articles_error(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "extract_bytes", _runaway(batch.extract_bytes))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_runaway.txt").write_text(GOOD + "RUNAWAY", encoding="utf-8")
    (folder / "b_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "c_good.txt").write_text(GOOD.replace("12个", "13个"), encoding="utf-8")
    for jobs in (1, 2):  # in this process (a timer in the main thread) and in worker processes
        t0 = time.perf_counter()
        summary = batch.run([str(folder)], out=str(tmp_path / f"t{jobs}.csv"), jobs=jobs, seconds=1)
        assert time.perf_counter() - t0 < 60
        assert summary.failed == [(str(folder / "a_runaway.txt"), reasons.text("timeout"))]
        assert summary.read == 2 and summary.rows == 4
