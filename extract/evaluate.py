"""Scoring an indicators table against hand-annotated gold figures (the rules of GOLD.md).

``python -m extract.evaluate GOLD.jsonl TABLE.csv [--errors N]`` prints figure P/R/F1, attribute
accuracy, strict and core-strict P/R/F1. A row matches a gold figure with the same article and
unit, a value within 0.5 %, and a sentence containing the gold evidence (punctuation ignored).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict

import pandas as pd

from .indicators import catalogue

_PUNCT = re.compile(r"[\s\u3000,，。.;；:：!！?？、\"“”‘’'()（）《》〈〉【】\[\]<>—\-…·]+")
_UNIT_ALIASES = {"人(次)": "人次", "元人民币": "元", "％": "%", "个百分点": "百分点"}
_SUFFIX = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")
ATTRS = ("region", "indicator", "measure", "period", "stage", "approx")
STRICT = ("region", "indicator", "measure", "period", "stage")


def _squash(s: object) -> str:
    return _PUNCT.sub("", s if isinstance(s, str) else "")


def _unit(u: object) -> str:
    u = (u if isinstance(u, str) else "").strip()
    return _UNIT_ALIASES.get(u, u)


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _region_key(row: dict) -> str:
    """The region without a leading parent name (来宾市工业园区 ~ 来宾工业园区)."""
    name = str(row.get("region") or "").strip()
    for parent in (str(row.get("prefecture") or "").strip(), str(row.get("province") or "").strip()):
        if not parent or parent == name:
            continue
        short = next((parent[: -len(s)] for s in _SUFFIX if parent.endswith(s) and len(parent) > len(s) + 1), parent)
        for prefix in (parent, short):
            if name.startswith(prefix) and len(name) > len(prefix) + 1:
                name = name[len(prefix) :]
                break
    return name


def _attr(row: dict, name: str) -> object:
    if name == "region":
        return _region_key(row)
    if name == "period":
        return (str(row.get("period_start") or "").strip(), str(row.get("period_end") or "").strip())
    return str(row.get(name) or "").strip()


def load_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(ln) for ln in fh if ln.strip()]


def load_table(path: str) -> list[dict]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig") if path.endswith(".csv") else pd.read_parquet(path).astype(str)
    return table_rows(df)


def table_rows(df: pd.DataFrame) -> list[dict]:
    codes = set(catalogue())
    out = []
    for r in df.to_dict("records"):
        try:
            r["value"] = float(r["value"])
        except (TypeError, ValueError):
            continue
        if (r.get("indicator") or "other") not in codes:
            r["indicator"] = "other"
        out.append(r)
    return out


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matching, preferring pairs that agree on more attributes."""
    by_art: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(pred):
        by_art[str(p.get("article_id", ""))].append(j)
    cands = []
    for i, g in enumerate(gold):
        ev = _squash(g["evidence"])
        for j in by_art.get(g["article_id"], []):
            p = pred[j]
            if _unit(p.get("unit")) != _unit(g["unit"]) or not _close(p["value"], float(g["value"])):
                continue
            if ev not in _squash(p.get("sentence")):
                continue
            agree = sum(_attr(p, a) == _attr(g, a) for a in ATTRS)
            cands.append((-agree, i, j))
    cands.sort()
    gi: set[int] = set()
    pj: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in gi and j not in pj:
            gi.add(i)
            pj.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score(gold: list[dict], pred: list[dict]) -> dict:
    pairs = match(gold, pred)
    res: dict = {"gold": len(gold), "rows": len(pred), "matched": len(pairs)}
    res["figure_p"], res["figure_r"], res["figure_f1"] = _prf(len(pairs), len(pred), len(gold))
    for a in ATTRS:
        ok = sum(_attr(pred[j], a) == _attr(gold[i], a) for i, j in pairs)
        res[f"acc_{a}"] = round(ok / len(pairs), 4) if pairs else 0.0
    strict = [(i, j) for i, j in pairs if all(_attr(pred[j], a) == _attr(gold[i], a) for a in STRICT)]
    res["strict_p"], res["strict_r"], res["strict_f1"] = _prf(len(strict), len(pred), len(gold))
    core_gold = sum(1 for g in gold if g["indicator"] != "other")
    core_pred = sum(1 for p in pred if (p.get("indicator") or "other") != "other")
    core_tp = sum(1 for i, _ in strict if gold[i]["indicator"] != "other")
    res["core_p"], res["core_r"], res["core_f1"] = _prf(core_tp, core_pred, core_gold)
    res["_pairs"] = pairs
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("table")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong attributes")
    a = ap.parse_args(argv)
    gold, pred = load_gold(a.gold), load_table(a.table)
    res = score(gold, pred)
    pairs = res.pop("_pairs")
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            print(f"{k:>14}: {v}")
    if a.errors:
        mi = {i for i, _ in pairs}
        print("\n-- missed gold")
        for i, g in enumerate(gold):
            if i not in mi:
                print("  ", g["article_id"], g["evidence"], g["value"], g["unit"], g["indicator"], g["measure"])
        print("\n-- wrong attributes (gold -> row)")
        for n, (i, j) in enumerate(pairs):
            bad = [f"{k}: {_attr(gold[i], k)} -> {_attr(pred[j], k)}" for k in ATTRS if _attr(gold[i], k) != _attr(pred[j], k)]
            if bad and n < a.errors:
                print("  ", gold[i]["evidence"], "|", "; ".join(bad))
    return 0


if __name__ == "__main__":
    sys.exit(main())
