"""List a benchmark's entity errors (data/bench/*.jsonl) per type and per document, with what stood there.

    python bench/bench_errors.py data/bench/gum.jsonl [--graph OUT/graph.ttl] [--out OUT] [--doc ID]

Builds the benchmark (or reads a graph built before with `--graph`) and scores it as `kg eval` does
(kg.eval.bench). Each false negative is a gold cluster (its named mentions) with what the system made
of its spans (an entity of another type, one covering more or less text, nothing); each false positive
is a system entity with the gold mentions its spans fall in (a gold mention of another type or label,
a cluster without a named mention, no gold mention at all). The summary counts each reason per type,
so the error classes can be grouped by construction before writing rules.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kg.eval.bench import KIND_TYPES, BenchDocument, BenchMention, load_bench, score_bench
from kg.rdf.read import BuiltArticle, BuiltEntity, read_graph


def _texts(path: Path) -> dict[str, str]:
    return {d["id"]: d["text"] for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tightest(doc: BenchDocument, span: tuple[int, int]) -> BenchMention | None:
    """The shortest gold mention holding a span (GUM nests mentions: "the [US] government")."""
    holders = [m for m in doc.mentions if m.contains(span)]
    return min(holders, key=lambda m: (m.end - m.start, m.start)) if holders else None


def false_negative_reason(cid: str, cluster: list[BenchMention], doc: BenchDocument,
                          entities: list[BuiltEntity]) -> str:
    """Why a counting gold cluster was missed: what the system had on its named mentions."""
    kind, reasons = cluster[0].type, []
    for m in (m for m in cluster if m.named):
        for e in entities:
            for s in e.mentions:
                if m.contains(s):
                    t = tightest(doc, s)
                    own = t is not None and t.cluster == cid
                    if own and KIND_TYPES[e.kind] != kind:
                        reasons.append(f"typed {KIND_TYPES[e.kind]}")
                    elif own:
                        reasons.append("duplicate lost")
                    else:
                        reasons.append("holds other names")
                elif _overlap(s, (m.start, m.end)):
                    reasons.append(f"boundary ({KIND_TYPES[e.kind]})")
    order = ("typed", "duplicate", "boundary", "holds")
    return min(reasons, key=lambda r: order.index(r.split()[0])) if reasons else "not found"


def false_positive_reason(entity: BuiltEntity, doc: BenchDocument, counting: set[str]) -> str:
    """Why a system entity was not matched: the tightest gold mention its spans fall in."""
    kind = KIND_TYPES[entity.kind]
    holders = [t for s in entity.mentions if doc.in_scope(s) and (t := tightest(doc, s)) is not None]
    if any(m.cluster in counting and m.type == kind for m in holders):
        return "duplicate"
    if any(m.type == kind for m in holders):
        return "gold unnamed cluster"
    if holders:
        t = holders[0]
        return f"gold {t.type or t.label}" + (" named" if t.named else "")
    if any(_overlap(s, (m.start, m.end)) for m in doc.mentions for s in entity.mentions):
        return "boundary"
    return "no gold mention"


def analyse(gold: list[BenchDocument], articles: list[BuiltArticle], texts: dict[str, str]) -> dict:
    """Per document lists of false negatives and false positives with their reasons."""
    by_id = {a.identifier: a for a in articles}
    report = score_bench(gold, articles)
    out: dict = {}
    for doc, drep in zip(gold, report.documents, strict=True):
        article = by_id.get(doc.id)
        entities = [e for e in (article.entities if article else ()) if e.kind in KIND_TYPES]
        clusters: dict[str, list[BenchMention]] = {}
        for m in doc.mentions:
            if m.cluster is not None and m.type is not None:
                clusters.setdefault(m.cluster, []).append(m)
        counting = {c for c, ms in clusters.items() if any(m.named for m in ms)}
        missed_labels = Counter(drep.missed.get("entities", ()))
        fns = []
        for cid in sorted(counting, key=lambda c: min(m.start for m in clusters[c])):
            ms = clusters[cid]
            named = [m for m in ms if m.named] or ms
            label = f"{min(named, key=lambda m: m.start).text} [{ms[0].type}]"
            if missed_labels[label] > 0:
                missed_labels[label] -= 1
                first = min(named, key=lambda m: m.start)
                context = texts.get(doc.id, "")[max(0, first.start - 60):first.end + 40].replace("\n", " ")
                fns.append({"type": ms[0].type, "names": sorted({m.text for m in named}),
                            "reason": false_negative_reason(cid, ms, doc, entities), "context": context})
        spurious = Counter(drep.spurious.get("entities", ()))
        fps = []
        for e in entities:
            key = f"{e.name} [{e.kind}]"
            dkey = key + " (duplicate)"
            if spurious[key] > 0 or spurious[dkey] > 0:
                spurious[key if spurious[key] > 0 else dkey] -= 1
                s = next((s for s in e.mentions if doc.in_scope(s)), e.mentions[0])
                context = texts.get(doc.id, "")[max(0, s[0] - 60):s[1] + 40].replace("\n", " ")
                fps.append({"type": KIND_TYPES[e.kind], "name": e.name, "mentions": len(e.mentions),
                            "reason": false_positive_reason(e, doc, counting), "context": context})
        out[doc.id] = {"fn": fns, "fp": fps}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench", type=Path)
    ap.add_argument("--graph", type=Path, help="a graph.ttl built before (else the benchmark is built)")
    ap.add_argument("--out", type=Path, default=Path("out/bench-errors"))
    ap.add_argument("--doc", help="print only this document's errors")
    ap.add_argument("--json", type=Path, help="write the errors here as JSON")
    args = ap.parse_args()
    graph = args.graph
    if graph is None:
        from kg.ingest import read_inputs
        from kg.pipeline import build
        from kg.rdf.export import write_turtle
        result = build(read_inputs([str(args.bench)]))
        args.out.mkdir(parents=True, exist_ok=True)
        graph = args.out / "graph.ttl"
        write_turtle(result.graph.graph, graph)
    errors = analyse(load_bench(args.bench), read_graph(graph), _texts(args.bench))
    if args.json:
        args.json.write_text(json.dumps(errors, indent=1, ensure_ascii=False), encoding="utf-8")
    tally: Counter[tuple[str, str, str]] = Counter()
    for doc_id, errs in sorted(errors.items()):
        if args.doc and doc_id != args.doc:
            continue
        print(f"\n== {doc_id}")
        for fn in errs["fn"]:
            tally["FN", fn["type"], fn["reason"]] += 1
            print(f"  FN {fn['type']:<12} {fn['reason']:<22} {' | '.join(fn['names'])}   «{fn['context']}»")
        for fp in errs["fp"]:
            tally["FP", fp["type"], fp["reason"]] += 1
            print(f"  FP {fp['type']:<12} {fp['reason']:<22} {fp['name']} ({fp['mentions']})   «{fp['context']}»")
    print("\n== summary (error, type, reason: count)")
    for (err, typ, reason), n in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
        print(f"  {err} {typ:<12} {reason:<24} {n}")


if __name__ == "__main__":
    main()
