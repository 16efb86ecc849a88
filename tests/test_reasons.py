"""Every reason an article is refused or noted is one of a fixed set of short sentences, each in English and Chinese."""

from __future__ import annotations

import glob
import os
import re

from conftest import ROOT

from extract import reasons
from extract.io import MAX_BYTES, extract_bytes
from extract.reasons import REASONS, reason_text

# a reason code where the code names one: given to ``reasons.text``, ``Refused``, a note list, or a code of its families
USED = re.compile(r'(?:reasons\.text\(|Refused\(|refusal=|too_large=|notes\.append\(|notes\.insert\(0, |, \[)"([a-z0-9_]+)"'
                  r'|"((?:meta|line|member|archive|jsonl)_[a-z0-9_]+)"|"(store_[a-z_]+)", db\)')


def test_every_reason_is_one_short_sentence_in_both_languages():
    for code, texts in REASONS.items():
        assert set(texts) == {"en", "zh"}, code
        for lang, text in texts.items():
            assert text and "\n" not in text and len(text) <= 100, (code, lang)
            assert not text.endswith((".", "。")), (code, lang)  # a clause: the message adds the article's name before it
        assert re.search(r"[\u4e00-\u9fff]", texts["zh"]), code
    assert len({t["en"] for t in REASONS.values()}) == len(REASONS)  # an English sentence names one reason


def test_reason_text_from_code_or_english():
    assert reason_text("too_large", "zh") == f"文件超过 {MAX_BYTES // (1024 * 1024)} MB"
    assert reason_text(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", "zh") == reason_text("too_large", "zh")
    assert reason_text("the file is empty", "en") == "the file is empty"
    assert reason_text("something else entirely", "zh") == "something else entirely"
    assert extract_bytes(b"a" * (MAX_BYTES + 1), "a").error == reasons.text("too_large")


def test_every_reason_the_code_gives_is_in_the_table():
    used: set[str] = set()
    for path in glob.glob(os.path.join(ROOT, "extract", "*.py")):
        used.update(a or b or c for a, b, c in USED.findall(open(path, encoding="utf-8").read()))
    assert used and used <= set(REASONS), used - set(REASONS)
    assert {"too_large", "timeout", "not_regular", "meta_bad_date", "replaced_bytes", "store_busy", "store_damaged"} <= used


def test_the_dashboard_says_every_reason_in_the_pages_language():
    from dashboard import ingest

    for reason in REASONS.values():
        assert ingest.reason_text(reason["en"], "zh") == reason["zh"]
        assert ingest.reason_text(reason["en"], "en") == reason["en"]
