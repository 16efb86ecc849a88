"""The extraction package's shape: small modules, an acyclic import graph, rules hashed, vocabularies as data."""

from __future__ import annotations

import ast
import csv
import os

from conftest import ROOT

from extract import sources

PKG = os.path.join(ROOT, "extract")
NOT_RULES = {"__init__", "__main__", "batch", "bounded", "budget", "distributed", "evaluate", "io", "locking", "metadata",
             "opening", "output", "reasons", "sources", "store"}


def _modules() -> dict[str, str]:
    return {f[:-3]: os.path.join(PKG, f) for f in os.listdir(PKG) if f.endswith(".py")}


def _imports(path: str) -> set[str]:
    tree = ast.parse(open(path, encoding="utf-8").read())
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
    return out


def test_modules_are_small():
    lines = {name: sum(1 for _ in open(path, encoding="utf-8")) for name, path in _modules().items()}
    assert lines["pipeline"] <= 250
    assert {name: n for name, n in lines.items() if n > 400} == {}


def test_imports_are_acyclic_and_rules_never_import_the_walk():
    graph = {name: _imports(path) & set(_modules()) for name, path in _modules().items()}
    assert {name for name, deps in graph.items() if "pipeline" in deps} <= {"io", "__init__"}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import cycle: {' -> '.join((*path, name))}"
        if name not in done:
            for dep in graph[name]:
                visit(dep, (*path, name))
            done.add(name)

    for name in graph:
        visit(name, ())


def test_every_module_is_a_rule_or_not():
    assert set(sources.RULE_MODULES) | NOT_RULES == set(_modules())
    assert not set(sources.RULE_MODULES) & NOT_RULES
    assert sources.extractor_version() == sources.extractor_version.__wrapped__()
    assert len(sources.extractor_version()) == 16


def test_vocabularies_are_one_word_a_row():
    data = os.path.join(PKG, "data")
    for name in sorted(os.listdir(data)):
        if not name.endswith(".csv") or name in ("indicators.csv", "synonyms_extra.csv"):
            continue
        with open(os.path.join(data, name), encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        key = next(iter(rows[0]))
        words = [r[key] for r in rows]
        assert rows and all(w and w == w.strip() for w in words), name
        assert len(words) == len(set(words)), f"{name}: a word twice"
