"""List the people of a built benchmark graph that are not people in the benchmark's gold.

    python bench/spurious_people.py GRAPH.ttl [BENCH.jsonl]     (default: data/bench/meantime.jsonl)

Unlike the scored figures (which look only inside MEANTIME's exhaustively annotated first sentences),
this looks at the whole text: a person node is spurious when none of its mentions overlaps a gold person
mention (MEANTIME PER, GUM person; any layer) and some overlaps a gold mention of another label (PRO, ORG,
FIN, LOC, ...), or when its name is a gold mention of another label in that document. People the gold simply does not annotate
(outside the exhaustive span) are listed apart as "unannotated", for reading by eye.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.rdf.read import read_graph

BENCH = Path(__file__).resolve().parents[1] / "data" / "bench" / "meantime.jsonl"
PERSON_LABELS = {"PER", "person"}  # MEANTIME's and GUM's


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("bench", type=Path, nargs="?", default=BENCH)
    ap.add_argument("--unannotated", action="store_true", help="also list people the gold does not mark")
    args = ap.parse_args()
    docs = {d["id"]: d for d in map(json.loads, args.bench.read_text(encoding="utf-8").splitlines())}
    spurious: dict[str, list[str]] = {}
    unannotated: dict[str, list[str]] = {}
    for article in read_graph(args.graph):
        doc = docs.get(article.identifier)
        if doc is None:
            continue
        gold = doc["entities"]
        for entity in article.entities:
            if entity.kind != "Person":
                continue
            hits = {g["label"] for g in gold for s, e in entity.mentions if g["start"] < e and s < g["end"]}
            by_name = {g["label"] for g in gold if g["text"] in entity.names}
            if hits & PERSON_LABELS or (not hits and by_name & PERSON_LABELS):
                continue
            labels = (hits | by_name) - {None}
            (spurious if labels else unannotated).setdefault(entity.name, []).append(
                f"{doc['id'].split('/')[-1][:40]} {'/'.join(sorted(labels))}")
    print(f"{len(spurious)} spurious people (gold labels them otherwise):")
    for name in sorted(spurious):
        print(f"  {name}  <- {'; '.join(spurious[name])}")
    if args.unannotated:
        print(f"{len(unannotated)} people the gold does not mark:")
        for name in sorted(unannotated):
            print(f"  {name}  <- {'; '.join(unannotated[name])}")


if __name__ == "__main__":
    main()
