"""Merge the annotators' manifest parts into manifest.jsonl and mark the held-out test quarter.

The test quarter is drawn once, at random but reproducibly: an article is in it when the first
8 hex digits of sha256("county-indicators/" + id) are below a quarter of their range. The draw
depends only on the id, so articles added later fall on either side without moving any other.
usage: python tests/data/real/assemble.py
"""

from __future__ import annotations

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent


def split_of(article_id: str) -> str:
    h = int(hashlib.sha256(f"county-indicators/{article_id}".encode()).hexdigest()[:8], 16)
    return "test" if h < 0x40000000 else "tune"


def main() -> None:
    rows = [json.loads(ln) for part in sorted((HERE / "manifest_parts").glob("*.jsonl"))
            for ln in part.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [r for r in rows if (HERE / f"{r['id']}.txt").exists() and (HERE / "gold" / f"{r['id']}.jsonl").exists()]
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda r: r["id"]):
            fh.write(json.dumps({**r, "split": split_of(r["id"])}, ensure_ascii=False) + "\n")
    print(len(rows), "articles;", sum(split_of(r["id"]) == "test" for r in rows), "in the test quarter")


if __name__ == "__main__":
    main()
