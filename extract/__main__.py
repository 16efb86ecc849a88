"""Command line: ``python -m extract PATH... -o OUT`` writes the indicators table."""

from __future__ import annotations

import argparse
import sys
import time

from tqdm import tqdm

from .io import expand, extract_file, to_frame, write_table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract", description="Extract the indicators table from articles.")
    ap.add_argument("paths", nargs="+", help="article files, folders or globs")
    ap.add_argument("-o", "--out", required=True, help="output table (.csv or .parquet)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a = ap.parse_args(argv)
    files = expand(a.paths)
    if not files:
        print("error: no article files found in the given paths", file=sys.stderr)
        return 2
    rows: list[dict] = []
    failed = 0
    chars = 0
    t0 = time.perf_counter()
    for path in tqdm(files, disable=a.quiet or len(files) < 2, unit="file", file=sys.stderr):
        art = extract_file(path)
        if art.error:
            failed += 1
            print(f"error: {path}: {art.error}", file=sys.stderr)
            continue
        chars += len(art.text)
        rows.extend(art.rows or [])
    write_table(to_frame(rows), a.out)
    dt = time.perf_counter() - t0
    print(
        f"{len(files) - failed} articles read, {failed} failed, {len(rows)} rows written to {a.out} "
        f"({chars / max(dt, 1e-9):,.0f} chars/s)",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
