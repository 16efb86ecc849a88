"""Bad input gives a one-sentence message or correct rows, never a traceback, and loses nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
from conftest import ROOT

from extract import extract_files, reasons
from extract.io import MAX_BYTES, extract_bytes

SENTENCE = "2021年,象州县地区生产总值增长9%,财政收入增长13.3%。"


def test_empty():
    assert extract_bytes(b"", "a").error == "the file is empty"


def test_binary():
    assert "binary" in extract_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 20, "a").error


def test_gbk_and_big5_are_read():
    for data in (SENTENCE.encode("gbk"), SENTENCE.encode("gb18030")):
        art = extract_bytes(data, "a")
        assert not art.error and len(art.rows) == 2
    trad = "2021年,象州縣地區生產總值增長9%,財政收入增長13.3%。".encode("big5")
    art = extract_bytes(trad, "a")
    assert not art.error and [r["value"] for r in art.rows] == [9, 13.3]


def test_html_is_reduced_to_text():
    html = f"<html><body><script>alert(1)</script><p>{SENTENCE}</p></body></html>".encode()
    art = extract_bytes(html, "a")
    assert "alert" not in art.text and len(art.rows) == 2


def test_huge_file_message():
    art = extract_bytes(b"a" * (MAX_BYTES + 1), "a")
    assert art.error.startswith("the file is larger than")


def test_cli_keeps_good_rows_and_fails_loudly(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out.csv"
    proc = subprocess.run([sys.executable, "-m", "extract", str(tmp_path), "-o", str(out), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("error:") == 2
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert df["value"].tolist() == [9, 13.3]
    assert open(out, "rb").read(3) == b"\xef\xbb\xbf"


def test_parquet_output(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    out = os.path.join(tmp_path, "t.parquet")
    subprocess.run([sys.executable, "-m", "extract", str(tmp_path / "good.txt"), "-o", out, "-q"], cwd=ROOT, check=True, timeout=120)
    assert len(pd.read_parquet(out)) == 2


def test_sidecar_metadata_gives_date_and_place(tmp_path):
    art = tmp_path / "brief.txt"
    art.write_text("今年以来,全县新签约项目12个。", encoding="utf-8")
    (tmp_path / "brief.json").write_text('{"date": "2024-05-20", "place": "兰考县"}', encoding="utf-8")
    df = extract_files([str(art)])
    assert df.loc[0, "region"] == "兰考县"
    assert (df.loc[0, "period_start"], df.loc[0, "period_end"]) == ("2024-01", "2024-05")
    assert df.loc[0, "date_source"] == "metadata"


def test_broken_sidecar_is_ignored_not_fatal(tmp_path):
    art = tmp_path / "brief.txt"
    art.write_text("兰考县\n2024年5月20日\n今年以来,全县新签约项目12个。", encoding="utf-8")
    (tmp_path / "brief.json").write_text("{not json", encoding="utf-8")
    df = extract_files([str(art)])
    assert df.loc[0, "value"] == 12
    assert df.loc[0, "date_source"] == "dateline"


# --- a stray byte is replaced and noted; binary and garbage are still refused --------------------------------


def test_a_stray_byte_is_replaced_and_noted_not_a_refusal():
    good = SENTENCE.encode()
    for data in (good + b"\xff", good[:-1], b"\xff" + good, good[:20] + b"\xc0" + good[20:], SENTENCE.encode("gbk") + b"\xff"):
        art = extract_bytes(data, "a")
        assert not art.error and [r["value"] for r in art.rows] == [9, 13.3], data
        assert art.warning == reasons.text("replaced_bytes")
    assert extract_bytes(good, "a").warning == ""
    assert extract_bytes(bytes(range(1, 256)) * 20, "a").error == reasons.text("encoding")
    assert extract_bytes(good + b"\xff\xfe\xfd\xfc" * 3, "a").error  # a run of junk is not "a few bytes"
