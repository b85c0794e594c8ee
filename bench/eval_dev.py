"""Build the dev set of data/eval (each article with its publication date) and score it, per subset.

    python bench/eval_dev.py [OUT_DIR] [--gold-dir DIR]

The subsets are reported apart because they answer different questions: 000-48 are the first
thirteen articles (the rules were written against them), 50-61 (VOA, Wikinews) and 62-69
(government readouts) came later and show whether a change generalizes. `--gold-dir` scores
another set in the same layout (articles/, gold/, index.jsonl), e.g. data/holdout, as one subset.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from kg.eval import evaluate
from kg.ingest import read_inputs
from kg.pipeline import build
from kg.rdf.export import write_turtle

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
SUBSETS = {"000-48": range(0, 50), "50-61": range(50, 62), "62-69": range(62, 70)}


def subset_of(name: str) -> str:
    """The dev subset a file belongs to, from its leading number ("other" for another set)."""
    head = name.split("_", 1)[0]
    number = int(head) if head.isdigit() else -1
    return next((label for label, span in SUBSETS.items() if number in span), "other")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="out/dev")
    ap.add_argument("--gold-dir", type=Path, default=EVAL)
    args = ap.parse_args()
    out, root = Path(args.out), args.gold_dir
    rows = [json.loads(line) for line in (root / "index.jsonl").read_text().splitlines() if line.strip()]
    articles = [a for row in rows for a in read_inputs(
        [str(root / "articles" / row["file"])], dt.date.fromisoformat(row["publication_date"]))]
    started = time.perf_counter()
    result = build(articles)
    out.mkdir(parents=True, exist_ok=True)
    write_turtle(result.graph.graph, out / "graph.ttl")
    print(f"{len(articles)} articles built in {time.perf_counter() - started:.1f} s")
    gold = sorted((root / "gold").glob("*.json"))
    groups: dict[str, list[Path]] = {}
    for path in gold:
        groups.setdefault(subset_of(path.name), []).append(path)
    reports = {"all": evaluate(gold, out / "graph.ttl")}
    if len(groups) > 1:
        reports.update({label: evaluate(paths, out / "graph.ttl") for label, paths in sorted(groups.items())})
    for label, report in reports.items():
        print(f"\n== {label} ({len(groups.get(label, gold))} articles)\n{report.table()}")
    (out / "report.json").write_text(json.dumps({k: r.to_dict() for k, r in reports.items()},
                                                indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
