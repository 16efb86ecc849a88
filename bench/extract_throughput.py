"""Extraction throughput against jieba.cut on the same corpus, and memory as the corpus grows.

usage: python bench/extract_throughput.py [--mb 5]
Builds a corpus of at least --mb MB from varied copies of the seeds (sentences shuffled and
numbers perturbed per copy), runs the whole extraction (normalize → rows) over it, then jieba.cut
over the same text, and prints characters/second for both, their ratio, and peak memory at
1/4, 1/2 and all of the corpus.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
import time
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import jieba  # noqa: E402

from extract.normalize import normalize  # noqa: E402
from extract.pipeline import extract_normalized  # noqa: E402


def corpus(mb: float) -> list[str]:
    seeds = [normalize(open(p, encoding="utf-8").read()) for p in sorted(glob.glob("seeds/*.txt"))]
    rnd = random.Random(7)
    out, size = [], 0
    while size < mb * 1024 * 1024:
        base = rnd.choice(seeds)
        paras = base.split("\n")
        rnd.shuffle(paras)
        text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group()) * rnd.uniform(0.5, 1.5), 2)), "\n".join(paras))
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    a = ap.parse_args()
    docs = corpus(a.mb)
    chars = sum(len(d) for d in docs)
    extract_normalized(docs[0], "warm")  # load gazetteer and dictionaries once
    jieba.initialize()
    t0 = time.perf_counter()
    rows = 0
    for i, d in enumerate(docs):
        rows += len(extract_normalized(normalize(d), f"a{i}"))
    t_ext = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        for _ in jieba.cut(d):
            pass
    t_jieba = time.perf_counter() - t0
    print(f"corpus: {len(docs)} articles, {chars:,} characters ({a.mb} MB), {rows:,} rows")
    print(f"extraction: {chars / t_ext:,.0f} chars/s ({t_ext:.1f} s)")
    print(f"jieba.cut:  {chars / t_jieba:,.0f} chars/s ({t_jieba:.1f} s)")
    print(f"ratio extraction/jieba: {t_jieba / t_ext:.2f} (goal >= 0.5)")
    for frac in (0.25, 0.5, 1.0):
        part = docs[: max(1, int(len(docs) * frac))]
        tracemalloc.start()
        for i, d in enumerate(part):
            extract_normalized(normalize(d), f"m{i}")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak traced memory over {frac:.0%} of the corpus: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
