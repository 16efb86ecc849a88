"""Command line: ``python -m extract PATH... [-o TABLE] [--store DB] [--jobs N] [--wait S] [--timeout S]``.

Reads files, folders, globs, ``.zip`` archives and JSON Lines files; writes the indicators table
(``.csv`` with BOM, ``.parquet`` or ``.xlsx``, by its ending) and/or adds the articles to the store
incrementally. Prints a progress bar, one ``error:`` line per article that could not be read, one
``note:`` line per thing to know about an article that was read, and a summary; exits 1 when any
article failed, 2 when the command cannot run at all (a wrong ``-o`` or ``--store``, a store still busy
after ``--wait`` seconds, a store that fails), each said in one sentence, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

import duckdb
from tqdm import tqdm

from . import batch, store
from .output import OutputError, table_format


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more seconds")
    return value


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m extract", description="Extract the indicators table from articles.")
    ap.add_argument("paths", nargs="+", help="article files, folders, globs, .zip archives or .jsonl files")
    ap.add_argument("-o", "--out", help="write the table here (.csv, .parquet or .xlsx)")
    ap.add_argument("--store", help="add the articles to this DuckDB store (skips unchanged ones, replaces changed ones)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    ap.add_argument("--wait", type=_seconds, default=60.0,
                    help="when another process is writing the store, wait this long for it (default: 60 s)")
    ap.add_argument("--timeout", type=_seconds, default=batch.DEFAULT_BUDGET,
                    help="seconds one article's extraction may take before it counts as failed (default: 60; 0: no limit)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return ap


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    a = ap.parse_args(argv)
    if not a.out and not a.store:
        ap.error("give -o TABLE, --store DB, or both")
    try:
        if a.out:
            table_format(a.out)
        if a.store:
            store.check_path(a.store)
    except OutputError as exc:
        _say(f"error: {exc}")
        return 2
    except store.StoreError as exc:
        _say(f"error: --store {exc}; --store must be a DuckDB file or a new path")
        return 2

    def progress(results, total):
        return tqdm(results, total=total, disable=a.quiet or total < 2, unit="article", file=sys.stderr, mininterval=0.5)

    def who(busy: store.StoreBusy) -> str:
        return busy.holder.describe() if busy.holder else "another process"

    def waiting(busy: store.StoreBusy) -> None:
        _say(f"the store {a.store} is being written by {who(busy)}; waiting up to {a.wait:g} s…")

    try:
        summary = batch.run(a.paths, db=a.store, out=a.out, jobs=a.jobs, progress=progress,
                            seconds=a.timeout or None, wait=a.wait, on_wait=waiting)
    except store.StoreBusy as exc:
        _say(f"error: the store {a.store} is still being written by {who(exc)} after {a.wait:g} s, so nothing was stored; "
             "run again when it has finished or give a longer --wait")
        return 2
    except (store.StoreError, OutputError) as exc:
        _say(f"error: {exc}")
        return 2
    except duckdb.Error as exc:
        _say(f"error: the store {a.store} failed ({exc.__class__.__name__}), so the run stopped; what was stored before is kept")
        return 2
    except OSError as exc:  # the table or the store's disk: full, gone, read-only
        _say(f"error: writing failed ({exc.strerror or exc.__class__.__name__}), so the run stopped")
        return 2
    except KeyboardInterrupt:
        _say("error: interrupted; what was stored so far is kept, and running the command again finishes the job")
        return 130
    if summary.found == 0:
        _say("error: no articles found in the given paths")
        return 2
    for key, why in summary.failed:
        _say(f"error: {key}: {why}")
    for key, what in summary.notes:
        _say(f"note: {key}: {what}")
    _say(summary.lines(a.out or "", a.store or "")[0])
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
