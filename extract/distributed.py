"""Extraction beyond one machine, on a Dask cluster: Parquet partitioned by province and year.

Owns: splitting the documents of some paths into chunks, extracting each chunk on a Dask worker
(``dask.dataframe.from_map`` over the chunks), writing the rows as Parquet partitioned by
``province`` and ``year`` (``OUT/figures/province=四川省/year=2023/part.0.parquet``) with the articles'
texts beside them (``OUT/articles/``), and loading such a folder into the store. The same ``batch.work`` as a local run does the extraction, so the table
is the same.

    python -m extract.distributed seeds/ more/ --out table/               # a local cluster, all cores
    python -m extract.distributed s3-mounted/ --out table/ --scheduler tcp://scheduler:8786
    python -m extract.distributed seeds/ --out table/ --store data/indicators.duckdb

Every worker needs this package installed (``pip install county-indicators[dask]``) and must be able
to read the input paths (a shared file system or object-store mount) and write ``--out``.
"""

from __future__ import annotations

import argparse
import os
import sys

import pandas as pd

from . import sources, store
from .io import to_frame

PARTITIONS = ["province", "year"]
UNKNOWN = "_"  # partition value for rows without a province or a year


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = to_frame(rows)
    df["province"] = df["province"].fillna("").replace("", UNKNOWN)
    year = df["period_end"].fillna("").str[:4]
    year = year.where(year != "", df["article_date"].fillna("").str[:4])
    df["year"] = year.replace("", UNKNOWN)
    return df


def extract_chunk(docs: list[sources.Document], out: str = "") -> pd.DataFrame:
    """The rows of some documents, with the partition columns (runs on a worker). When ``out`` is
    given the articles themselves (text and metadata) go to ``out/articles/`` too, one file per chunk."""
    import hashlib

    from .batch import work

    rows: list[dict] = []
    articles: list[dict] = []
    for doc in docs:
        res = work(doc)
        if res.article is not None:
            rows.extend(res.article.rows or [])
            articles.append({"article_id": res.article.article_id, "text": res.article.text,
                             **{k: res.meta.get(k, "") for k in ("title", "date", "place", "source", "source_hash")}})
    if out and articles:
        folder = os.path.join(out, "articles")
        os.makedirs(folder, exist_ok=True)
        name = hashlib.sha1("|".join(d.key for d in docs).encode("utf-8")).hexdigest()[:16]
        pd.DataFrame(articles).to_parquet(os.path.join(folder, f"{name}.parquet"), index=False)
    return _frame(rows)


def chunks(docs: list[sources.Document], size: int) -> list[list[sources.Document]]:
    return [docs[i : i + size] for i in range(0, len(docs), size)] or [[]]


def run(paths: list[str], out: str, client=None, chunk_size: int = 20) -> int:
    """Extract everything under ``paths`` on the cluster ``client`` is connected to; returns rows written."""
    import shutil

    import dask.dataframe as dd

    docs = list(sources.documents(paths))
    if os.path.isdir(out):
        shutil.rmtree(out)
    ddf = dd.from_map(extract_chunk, chunks(docs, chunk_size), out=out, meta=_frame([]), enforce_metadata=False)
    ddf.to_parquet(os.path.join(out, "figures"), partition_on=PARTITIONS, write_index=False, compute=True)
    return int(len(read(out)))


def read(out: str) -> pd.DataFrame:
    """The figures of a run's folder as one table (SCHEMA columns, partition values restored)."""
    df = pd.read_parquet(os.path.join(out, "figures"))
    for col in PARTITIONS:
        df[col] = df[col].astype(str)
    df["province"] = df["province"].replace(UNKNOWN, "")
    return df.drop(columns=["year"])


def load_into_store(out: str, db: str) -> store.AddResult:
    """Add a run's articles and figures to the store (unchanged articles skipped, changed ones replaced)."""
    from .io import Article

    figures = read(out)
    by_article = {aid: part.to_dict("records") for aid, part in figures[list(to_frame([]).columns)].groupby("article_id")}
    texts = pd.read_parquet(os.path.join(out, "articles"))
    items = []
    for rec in texts.sort_values("article_id").to_dict("records"):
        rows = by_article.get(rec["article_id"], [])
        meta = {k: rec.get(k) or "" for k in ("title", "date", "place", "source", "source_hash")}
        items.append((Article(str(rec["article_id"]), "", str(rec["text"]), "", rows), meta))
    return store.add_articles(items, "dask", db, replace_changed=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract.distributed", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", required=True, help="Parquet folder, partitioned by province and year")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers of the local cluster")
    ap.add_argument("--store", help="also load the rows into this DuckDB store")
    a = ap.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if a.scheduler:
        client = Client(a.scheduler)
    else:
        client = Client(LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True))
    with client:
        rows = run(a.paths, a.out, client)
    print(f"{rows:,} rows written to {a.out}", file=sys.stderr)
    if a.store:
        res = load_into_store(a.out, a.store)
        print(f"{len(res.added):,} articles added to {a.store}, {len(res.skipped):,} unchanged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
