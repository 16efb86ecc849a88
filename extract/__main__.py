"""Command line: ``python -m extract PATH... [-o TABLE] [--store DB] [--jobs N]``.

Reads files, folders, globs, ``.zip`` archives and JSON Lines files; writes the indicators table
(CSV with BOM, or Parquet) and/or adds the articles to the store incrementally. Prints a progress
bar, a one-line error per unreadable article, and a summary; exits non-zero when any article failed.
"""

from __future__ import annotations

import argparse
import os
import sys

from tqdm import tqdm

from . import batch


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract", description="Extract the indicators table from articles.")
    ap.add_argument("paths", nargs="+", help="article files, folders, globs, .zip archives or .jsonl files")
    ap.add_argument("-o", "--out", help="write the table here (.csv or .parquet)")
    ap.add_argument("--store", help="add the articles to this DuckDB store (skips unchanged ones, replaces changed ones)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a = ap.parse_args(argv)
    if not a.out and not a.store:
        ap.error("give -o TABLE, --store DB, or both")

    def progress(results, total):
        return tqdm(results, total=total, disable=a.quiet or total < 2, unit="article", file=sys.stderr, mininterval=0.5)

    summary = batch.run(a.paths, db=a.store, out=a.out, jobs=a.jobs, progress=progress)
    if summary.read + len(summary.failed) == 0:
        print("error: no articles found in the given paths", file=sys.stderr)
        return 2
    for key, why in summary.failed:
        print(f"error: {key}: {why}", file=sys.stderr)
    print(summary.lines(" and ".join(x for x in (a.out, a.store) if x))[0], file=sys.stderr)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
