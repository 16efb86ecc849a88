"""The extraction scored against hand-annotated gold figures (GOLD.md rules)."""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys

import pytest
from conftest import DATA, ROOT, SHARED

from extract import extract_files
from extract.evaluate import load_gold, score, table_rows

# Seeds: the five articles the product starts from. Dev: six articles in other styles.
# Bars sit just below the measured scores, so a regression fails here. (The product's own targets on
# real text — core strict F1 0.88 and more — are not reached yet; the README's table says where we are.)
SETS = {
    "seeds": (os.path.join(ROOT, "seeds"), os.path.join(DATA, "gold_seeds.jsonl"),
              {"figure_f1": 0.98, "core_f1": 0.97, "acc_region": 0.96, "acc_period": 0.98, "acc_indicator": 0.99}),
    "dev": (os.path.join(DATA, "dev"), os.path.join(DATA, "gold_dev.jsonl"),
            {"figure_f1": 0.99, "core_f1": 0.99, "acc_region": 0.99, "acc_period": 0.99, "acc_indicator": 0.99}),
    # real web articles annotated blind by two annotators (read in place, never copied into the project)
    "real": (os.path.join(SHARED, "real", "articles"), os.path.join(SHARED, "real", "gold"),
             {"figure_f1": 0.96, "core_f1": 0.81, "acc_region": 0.95, "acc_period": 0.86, "acc_indicator": 0.94}),
    # 1,578 real web articles of our own (tests/data/real, annotated blind): the tuning part, whose errors the
    # rules were written against, and the test quarter (drawn once by id, see assemble.py), whose errors were
    # never read; both scored, side by side (the test quarter's core bar is 0.66 since h189–h192: its 7 new articles
    # took it from 0.670 to 0.667 with the code of the day, before any rule of that release)
    "real_tune": (os.path.join(DATA, "real"), "tune",
                  {"figure_f1": 0.96, "core_f1": 0.74, "acc_region": 0.90, "acc_period": 0.87, "acc_indicator": 0.91}),
    "real_test": (os.path.join(DATA, "real"), "test",
                  {"figure_f1": 0.95, "core_f1": 0.66, "acc_region": 0.85, "acc_period": 0.83, "acc_indicator": 0.90}),
}


@pytest.fixture(scope="module", params=list(SETS))
def scored(request):
    folder, gold_path, bars = SETS[request.param]
    table = extract_files([folder])
    if gold_path in ("tune", "test"):
        gold = _corpus_gold(folder, gold_path)
        table = table[table["article_id"].isin({g["article_id"] for g in gold})]
    elif os.path.isdir(gold_path):
        gold = [g for f in sorted(glob.glob(os.path.join(gold_path, "*.jsonl"))) for g in load_gold(f)]
    elif os.path.exists(gold_path):
        gold = load_gold(gold_path)
    else:
        pytest.skip(f"{gold_path} is not here")
    res = score(gold, table_rows(table))
    print(request.param, {k: v for k, v in res.items() if not k.startswith("_")})
    return request.param, res, bars


def test_scores_meet_bars(scored):
    name, res, bars = scored
    assert res["rows"] >= {"real": 900, "real_tune": 2000, "real_test": 600}.get(name, 200)
    for key, bar in bars.items():
        assert res[key] >= bar, f"{name}: {key} = {res[key]} below {bar}"


def _corpus_gold(folder: str, split: str) -> list[dict]:
    with open(os.path.join(folder, "manifest.jsonl"), encoding="utf-8") as fh:
        ids = [m["id"] for m in map(json.loads, fh) if m["split"] == split]
    return [g for i in ids for g in load_gold(os.path.join(folder, "gold", f"{i}.jsonl"))]


def test_the_real_corpus_is_as_described():
    """At least 120 articles and 2,500 figures, 25 provinces, 20 traditional texts, 8 of each style, a test quarter."""
    with open(os.path.join(DATA, "real", "manifest.jsonl"), encoding="utf-8") as fh:
        man = [json.loads(ln) for ln in fh]
    assert len(man) >= 120
    assert sum(len(_corpus_gold(os.path.join(DATA, "real"), s)) for s in ("tune", "test")) >= 2500
    assert len({m["province"] for m in man}) >= 25
    assert sum(m["script"] == "traditional" for m in man) >= 20
    styles = [m["style"] for m in man]
    assert min(styles.count(s) for s in set(styles)) >= 8 and len(set(styles)) == 13
    assert 0.18 <= sum(m["split"] == "test" for m in man) / len(man) <= 0.32
    for m in man:
        assert os.path.exists(os.path.join(DATA, "real", f"{m['id']}.txt")) and m["url"].startswith("http")


def test_every_row_cites_its_sentence():
    table = extract_files([os.path.join(ROOT, "seeds")])
    assert len(table) > 200
    assert (table["sentence"].str.len() > 0).all()
    assert (table["end"] > table["start"]).all()


def test_the_real_corpus_gold_passes_the_mechanical_check():
    """Every gold row of tests/data/real: known codes and periods, evidence once in its article, inside one sentence."""
    tool = os.path.join(SHARED, "tools", "real_check.py")
    if not os.path.exists(tool):
        pytest.skip("the shared checking tool is not here")
    out = subprocess.run([sys.executable, tool, "--corpus", os.path.join(DATA, "real")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:]
    assert "0 problems" in out.stdout
