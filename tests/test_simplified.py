"""Traditional articles read the same as through OpenCC's own t2s converter, only faster."""

from __future__ import annotations

import glob
import os
import random

import opencc
import pytest

from extract.simplified import needs_conversion, to_simplified

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_DICTIONARY = os.path.join(os.path.dirname(opencc.__file__), "dictionary")


@pytest.fixture(scope="module")
def reference() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _keys(name: str) -> list[str]:
    with open(os.path.join(_DICTIONARY, name), encoding="utf-8") as fh:
        return [line.split("\t")[0] for line in fh if "\t" in line]


def test_real_articles_convert_exactly_as_opencc(reference: opencc.OpenCC) -> None:
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "real", "*.txt")))
    traditional = [t for t in (open(p, encoding="utf-8").read() for p in paths) if needs_conversion(t)]
    assert len(traditional) >= 20
    for text in traditional:
        assert to_simplified(text) == reference.convert(text)


def test_overlapping_phrases_choose_as_opencc(reference: opencc.OpenCC) -> None:
    """Phrases cut in half, glued to each other and to single characters: the longest phrase wins
    wherever it is, as in OpenCC."""
    phrases, chars = _keys("TSPhrases.txt"), _keys("TSCharacters.txt")
    rng = random.Random(7)
    pieces = [lambda: rng.choice(phrases), lambda: rng.choice(phrases)[1:], lambda: rng.choice(chars),
              lambda: rng.choice("年，。 億元的\n")]
    for _ in range(3000):
        text = "".join(rng.choice(pieces)() for _ in range(rng.randint(1, 12)))
        assert to_simplified(text) == reference.convert(text), text


def test_simplified_text_is_returned_unchanged() -> None:
    text = "2023年全县地区生产总值增长6.5%，乾隆年间建成的古桥完成修缮。"
    assert to_simplified(text) == text
    assert to_simplified("縣域經濟總量達到386億元") == "县域经济总量达到386亿元"
