"""Build the dev set of ../shared/eval (each article with its publication date) and score it.

    python bench/eval_dev.py [OUT_DIR]
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from kg.eval import evaluate
from kg.ingest import read_inputs
from kg.pipeline import build
from kg.rdf.export import write_turtle

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/dev")
    rows = [json.loads(line) for line in (EVAL / "index.jsonl").read_text().splitlines() if line.strip()]
    articles = [a for row in rows for a in read_inputs(
        [str(EVAL / "articles" / row["file"])], dt.date.fromisoformat(row["publication_date"]))]
    started = time.perf_counter()
    result = build(articles)
    write_turtle(result.graph.graph, out / "graph.ttl")
    report = evaluate([EVAL / "gold"], out / "graph.ttl")
    print(report.table())
    print(f"{len(articles)} articles in {time.perf_counter() - started:.1f} s")
    (out / "report.json").write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
