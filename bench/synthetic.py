"""A synthetic store for benchmarks: N figures over real county names and codes, built inside DuckDB.

``python bench/synthetic.py --rows 100000 --regions 2000 --db /tmp/bench.duckdb``
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from extract import store  # noqa: E402

INDICATORS = ["gdp", "fiscal_revenue", "fixed_asset_investment", "retail_sales", "industrial_va", "general_budget_revenue",
              "projects", "project_investment", "tourism_revenue", "rural_income"]
STAGES = ["signed", "started", "completed", "negotiated"]


def build(db: str, rows: int, regions: int) -> float:
    """Create ``db`` holding ``rows`` synthetic figures over ``regions`` counties; returns seconds taken."""
    from extract.regions import gazetteer

    t0 = time.perf_counter()
    for suffix in ("", ".wal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    counties = [p for p in gazetteer().by_code.values() if p.level == "county"][:regions]
    con = store.connect(db)
    con.execute("CREATE TEMP TABLE r AS SELECT * FROM (VALUES " + ",".join(
        f"({i}, '{p.name}', '{p.code}', '{p.province}', '{p.prefecture}')" for i, p in enumerate(counties)) +
        ") AS t(i, name, code, province, prefecture)")
    n_reg = len(counties)
    per_region = max(1, rows // n_reg)
    con.execute("""INSERT INTO articles (article_id, title, text, article_date, date_source, place, n_figures, content_hash,
                                        origin, added_at, source, source_hash)
                   SELECT 'syn_' || i, name || '经济运行简况', name || '经济运行简况。全县地区生产总值增长6%。',
                   '2024-03', 'metadata', name, ?, md5(name || i), 'synthetic', now(), 'synthetic', '' FROM r""", [per_region])
    con.execute(f"""
        INSERT INTO figures
        SELECT 'syn_' || r.i, r.name, r.code, 'county', r.province, r.prefecture,
               list_extract(?, (k % {len(INDICATORS)}) + 1) AS indicator, '合成指标',
               CASE WHEN k % 2 = 0 THEN 'growth' ELSE (CASE WHEN (k % {len(INDICATORS)}) = 6 THEN 'count' ELSE 'level' END) END,
               CASE WHEN k % 2 = 0 THEN round(((r.i * 37 + k * 11) % 200) / 10.0 - 5, 1) ELSE ((r.i * 7919 + k * 104729) % 100000) * 1e5 END,
               CASE WHEN k % 2 = 0 THEN '%' WHEN (k % {len(INDICATORS)}) = 6 THEN '个' ELSE '元' END,
               'exact',
               (2024 - ((k // {len(INDICATORS)}) % 6))::VARCHAR || '-01', (2024 - ((k // {len(INDICATORS)}) % 6))::VARCHAR || '-12',
               (2024 - ((k // {len(INDICATORS)}) % 6))::VARCHAR || '年',
               CASE WHEN (k % {len(INDICATORS)}) IN (6, 7) THEN list_extract(?, (k % 4) + 1) ELSE '' END,
               r.name || '合成句子第' || k || '号。', 0, 4, 'metadata', '2024-03', r.name, k + 1
        FROM r, range({per_region}) AS g(k)
    """, [INDICATORS, STAGES])
    n = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    con.execute("CHECKPOINT")
    store.close_all()
    print(f"synthetic store {db}: {n:,} figures over {n_reg:,} regions in {time.perf_counter() - t0:.1f} s")
    return time.perf_counter() - t0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--regions", type=int, default=2000)
    ap.add_argument("--db", default="/tmp/county_bench.duckdb")
    a = ap.parse_args()
    build(a.db, a.rows, a.regions)
