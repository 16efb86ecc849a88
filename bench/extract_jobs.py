"""End-to-end ingestion throughput with 1 and 2 worker processes (files in, store and table out).

usage: python bench/extract_jobs.py [--mb 5] [--jobs 1 2]
Writes a corpus of varied copies of the seeds (paragraphs shuffled, numbers perturbed per copy) as one
file per article, then runs
``python -m extract``'s own code path (``batch.run``) into a fresh store for each job count, and
prints articles, characters/second and the speed-up over one job.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from extract import batch, store  # noqa: E402
from extract.normalize import normalize  # noqa: E402


def corpus(mb: float) -> list[str]:
    """At least ``mb`` MB of varied copies of the seeds."""
    seeds = [normalize(open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))]
    rnd = random.Random(7)
    out, size = [], 0
    while size < mb * 1024 * 1024:
        paras = rnd.choice(seeds).split("\n")
        rnd.shuffle(paras)
        text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group()) * rnd.uniform(0.5, 1.5), 2)), "\n".join(paras))
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "articles")
        os.makedirs(folder)
        for i, text in enumerate(corpus(a.mb)):
            with open(os.path.join(folder, f"a{i:05d}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
        from extract.io import extract_bytes

        extract_bytes("2021年,象州县地区生产总值增长9%。".encode(), "warm-up")  # dictionaries loaded before timing
        base = None
        print(f"corpus: {len(os.listdir(folder)):,} articles, {a.mb} MB")
        for jobs in a.jobs:
            db = os.path.join(tmp, f"store{jobs}.duckdb")
            s = batch.run([folder], db=db, jobs=jobs)
            store.close_all()
            rate = s.chars / s.seconds
            base = base or rate
            print(f"jobs={jobs}: {s.read:,} articles, {s.rows:,} rows stored in {s.seconds:.1f} s -> "
                  f"{rate:,.0f} chars/s (x{rate / base:.2f} of one job)")


if __name__ == "__main__":
    main()
