"""The dashboard at 100k, 1M and 10M figures, beside the minimal one-chart app, in a real browser.

Filtering and aggregation run in DuckDB (SQL over the store), so only what a chart draws reaches
pandas. Prints, per store size, first-chart and rerun times of both apps and their ratios.

``python bench/scale.py --sizes 100000 1000000 10000000``
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dashboard_browser as bench  # noqa: E402
import synthetic  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    ap.add_argument("--regions", type=int, default=2000)
    ap.add_argument("--db", default="/tmp/county_scale.duckdb")
    a = ap.parse_args()
    from extract import batch, store

    lines = []
    for n in a.sizes:
        synthetic.build(a.db, n, a.regions)
        batch.build(os.path.join(bench.ROOT, "seeds"), a.db)
        store.close_all()
        ours = bench.measure("dashboard/app.py?page=bars", a.db, "指标", ["财政收入", "地区生产总值"], 3, 12)
        base = bench.measure("bench/minimal_app.py", a.db, "指标", ["fiscal_revenue", "gdp"], 3, 12)
        lines.append(f"{n:>12,} {ours[0]:>9.2f} s {base[0]:>9.2f} s {ours[0] / base[0]:>6.2f}"
                     f" {ours[1] * 1000:>8.0f} ms {base[1] * 1000:>8.0f} ms {ours[1] / base[1]:>6.2f}")
        print(lines[-1], flush=True)
    print(f"{'figures':>12} {'first chart':>11} {'minimal':>11} {'ratio':>6} {'rerun':>11} {'minimal':>11} {'ratio':>6}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
