"""Bad input gives a one-sentence message or correct rows, never a traceback, and loses nothing."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile

import duckdb
import pandas as pd
from conftest import ROOT

from extract import extract_files, metadata, reasons
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


# --- inputs that used to stop a whole run: each is now its own one line, the rest is kept -------------------

GOOD = "兰考县\n2025年8月15日\n今年以来,兰考县新签约项目12个,签约金额100亿元。"


def _zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytearray:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return bytearray(buf.getvalue())


def _patch_headers(data: bytearray, flags: int | None = None, method: int | None = None) -> bytes:
    """Set the flags or the compression method of every member, in its local header and in the central directory."""
    for sig, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = data.find(sig)
        while at >= 0:
            if flags is not None:
                data[at + flag_at : at + flag_at + 2] = struct.pack("<H", flags)
            if method is not None:
                data[at + method_at : at + method_at + 2] = struct.pack("<H", method)
            at = data.find(sig, at + 4)
    return bytes(data)


def _damaged_zip() -> bytes:
    data = _zip_bytes({"a.txt": ("兰考县新签约项目12个。" * 50).encode()})
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()[0]
    start = info.header_offset + 30 + len(info.filename)
    for i in range(start + 2, start + info.compress_size - 2):
        data[i] ^= 0x5A
    return bytes(data)


def aborting_inputs(folder) -> dict[str, str]:
    """Every input that stopped a run before, in ``folder``; → {label fragment: what it should say}."""
    deep = "[" * 100_000 + "]" * 100_000
    with open(folder / "surrogate.jsonl", "w", encoding="utf-8") as fh:
        fh.write('{"id": "s1", "text": "' + GOOD.replace("\n", "\\n").replace("12个", "15个") + '\\ud800"}\n')
    with open(folder / "deep.jsonl", "w", encoding="utf-8") as fh:
        fh.write('{"id": "d1", "text": "x", "date": ' + deep + "}\n")
    (folder / "deepmeta.txt").write_text(GOOD, encoding="utf-8")
    (folder / "deepmeta.json").write_text('{"date": ' + deep + "}", encoding="utf-8")
    (folder / "gbkmeta.txt").write_text(GOOD.replace("2025年8月15日\n", ""), encoding="utf-8")
    (folder / "gbkmeta.json").write_bytes(json.dumps({"date": "2024-05-20", "title": "兰考县招商"}, ensure_ascii=False).encode("gbk"))
    (folder / "encrypted.zip").write_bytes(_patch_headers(_zip_bytes({"a.txt": GOOD.encode()}), flags=0x1))
    (folder / "method.zip").write_bytes(_patch_headers(_zip_bytes({"a.txt": GOOD.encode()}, zipfile.ZIP_STORED), method=99))
    (folder / "damaged.zip").write_bytes(_damaged_zip())
    return {
        "surrogate.jsonl line 1": "note: ", "deep.jsonl line 1": "error: ", "deepmeta.txt": "note: ",
        "encrypted.zip::a.txt": "error: ", "method.zip::a.txt": "error: ", "damaged.zip::a.txt": "error: ",
    }


def test_no_single_input_stops_the_run_and_the_good_rows_are_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    expected = aborting_inputs(folder)
    out, db = tmp_path / "out.csv", str(tmp_path / "s.duckdb")
    proc = subprocess.run([sys.executable, "-m", "extract", str(folder), "-o", str(out), "--store", db, "-q", "--jobs", "2"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for label, kind in expected.items():
        said = [line for line in lines if label in line]
        assert len(said) == 1 and said[0].startswith(kind), (label, said)
        assert said[0].rsplit(": ", 1)[1] in {r["en"] for r in reasons.REASONS.values()}
    assert not [line for line in lines if "gbkmeta" in line]  # a GBK sidecar is simply read
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert set(df.loc[df["article_id"] == "good", "value"]) == {9, 13.3}
    assert set(df.loc[df["article_id"] == "gbkmeta", "date_source"]) == {"metadata"}
    assert set(df.loc[df["article_id"] == "surrogate_s1", "value"]) == {15, 100e8}
    assert set(df.loc[df["article_id"] == "deepmeta", "date_source"]) == {"dateline"}
    con = duckdb.connect(db, read_only=True)
    ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    titles = dict(con.execute("SELECT article_id, title FROM articles").fetchall())
    con.close()
    assert ids == {"good", "gbkmeta", "surrogate_s1", "deepmeta"}
    assert titles["gbkmeta"] == "兰考县招商" and "\ufffd" not in "".join(titles.values())


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


def test_json_lines_text_that_is_not_utf8_is_read_right_noted_or_refused(tmp_path):
    line = json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False)
    feed = tmp_path / "feed.jsonl"
    with open(feed, "wb") as fh:
        fh.write(line.replace("id", "id", 1).encode("utf-8").replace(b"\xe3\x80\x82", b"\xe3\x80\x82\xff") + b"\n")  # one stray byte
        fh.write(line.replace('"a"', '"b"').encode("gbk") + b"\n")  # a whole line in GBK
        fh.write(b'{"id": "c", "text": "' + bytes(range(0x80, 0x100)) * 4 + b'"}\n')  # bytes that are no text
    out = tmp_path / "t.csv"
    proc = subprocess.run([sys.executable, "-m", "extract", str(feed), "-o", str(out), "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"note: {feed} line 1: {reasons.text('replaced_bytes')}" in proc.stderr
    assert f"error: {feed} line 3: {reasons.text('line_not_utf8')}" in proc.stderr
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(df["article_id"].unique()) == ["feed_a", "feed_b"]
    assert set(df["region"]) == {"象州县"} and sorted(df["value"]) == [9, 9, 13.3, 13.3]


# --- metadata dates -----------------------------------------------------------------------------------------


def test_metadata_dates_must_be_real_dates():
    ok = {"2024": "2024", "2024-05": "2024-05", "2024-5-20": "2024-05-20", "2024/05/20": "2024-05-20",
          "2024-02-29": "2024-02-29", "2025-08-15T10:00:00+08:00": "2025-08-15"}
    for given, want in ok.items():
        assert metadata.check_date(given) == want
    for bad in ("9999-99-99", "2023-02-29", "2024-13", "2024-00-10", "0000", "20240520x", "yesterday", ""):
        assert metadata.check_date(bad) is None, bad


def test_an_invalid_sidecar_date_is_ignored_with_a_note_and_the_dateline_used(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.txt").write_text("兰考县\n2024年5月20日\n今年以来,全县新签约项目12个。", encoding="utf-8")
    (tmp_path / "in" / "brief.json").write_text('{"date": "9999-99-99", "place": "兰考县"}', encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    proc = subprocess.run([sys.executable, "-m", "extract", str(tmp_path / "in"), "--store", db, "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("note:") == 1 and reasons.text("meta_bad_date") in proc.stderr
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT article_date FROM articles").fetchall() == [("2024-05",)]
    assert con.execute("SELECT DISTINCT date_source, period_end FROM figures").fetchall() == [("dateline", "2024-05")]
    con.close()
