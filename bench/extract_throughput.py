"""Extraction throughput on real articles against jieba.cut on the same text; time against article length;
memory as the corpus grows.

usage: python bench/extract_throughput.py [--repeat 5] [--lengths 100000 500000 1000000 2000000]

Reads the real web articles of ``../shared/real/articles`` and ``tests/data/real`` exactly as published
(traditional characters, pinyin glosses and page chrome included), then in one run:

1. extracts every article (``extract.extract_text``: normalize → rows) and runs ``jieba.cut`` over the same
   raw texts, in ``--repeat`` alternating passes (a change in load falls on both), and prints the
   characters per CPU second of each one's fastest pass and their ratio;
2. joins articles into single texts of each ``--lengths`` size and times one extraction of each, printing
   CPU seconds and microseconds per character (flat when time is linear in length), and whether the slowest
   per-character time is within 1.5× of the fastest (linear within 1.5×);
3. prints peak traced memory over a quarter, half and all of the corpus.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import sys
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import jieba  # noqa: E402

from extract.pipeline import extract_text  # noqa: E402


def real_texts() -> list[str]:
    shared = os.environ.get("COUNTY_INDICATORS_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
    paths = sorted(glob.glob(os.path.join(shared, "real", "articles", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "real", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


def one_pass(texts: list[str], fn) -> float:
    """CPU seconds of one pass: other processes on the machine do not count against either side."""
    t0 = time.process_time()
    for i, t in enumerate(texts):
        fn(t, i)
    return time.process_time() - t0


def rates(texts: list[str], repeat: int, fns: list) -> list[float]:
    """Characters per second of each function over the texts: passes alternate between the functions,
    so a change in the machine's load falls on both, and each keeps its fastest pass."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            best[k] = min(best[k], one_pass(texts, fn))
    chars = sum(len(t) for t in texts)
    return [chars / secs for secs in best]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--lengths", type=int, nargs="*", default=[100_000, 500_000, 1_000_000, 2_000_000])
    a = ap.parse_args()
    texts = real_texts()
    chars = sum(len(t) for t in texts)
    extract_text(texts[0], "warm")  # the gazetteer and dictionaries load once
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    ext, cut = rates(texts, a.repeat, [lambda t, i: extract_text(t, f"a{i}"), lambda t, i: sum(1 for _ in jieba.cut(t))])
    rows = sum(len(extract_text(t, f"a{i}")[1]) for i, t in enumerate(texts))
    print(f"corpus: {len(texts)} real articles, {chars:,} characters, {rows:,} rows; "
          f"{a.repeat} alternating passes each, the fastest kept")
    print(f"extraction: {ext:>10,.0f} chars per CPU second")
    print(f"jieba.cut:  {cut:>10,.0f} chars per CPU second")
    print(f"ratio extraction/jieba: {ext / cut:.2f} (goal >= 0.5 now, 1.0 in the end)")
    print("one article of n characters (the corpus joined): CPU time and CPU time per character")
    joined = "\n".join(texts)
    per_char = []
    for n in a.lengths:
        text = (joined * (n // len(joined) + 1))[:n]
        t0 = time.process_time()  # CPU time, as above: the machine's load does not bend the line
        extract_text(text, "long")
        secs = time.process_time() - t0
        per_char.append(secs / n)
        print(f"  {n:>10,} chars: {secs:7.2f} CPU s  {secs / n * 1e6:6.1f} µs/char")
    if per_char:
        spread = max(per_char) / min(per_char)
        print(f"  slowest/fastest time per character: {spread:.2f}x (linear within 1.5x: {'yes' if spread <= 1.5 else 'NO'})")
    for frac in (0.25, 0.5, 1.0):
        part = texts[: max(1, int(len(texts) * frac))]
        tracemalloc.start()
        for i, t in enumerate(part):
            extract_text(t, f"m{i}")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak traced memory over {frac:.0%} of the corpus: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
