"""Corpus-scale benchmark: N synthetic articles made from the real ones, built into an on-disk store.

    python bench/corpus_scale.py 1000 3000 [--store-dir DIR] [--tracemalloc] [--json out.jsonl]

Each synthetic article is a dev-set article (data/eval, with its gold people) whose people are
renamed (full names and surnames, from a pool that makes the same person recur across articles)
and whose publication date is shifted. For each N: the whole build (spaCy, corpus resolution,
graph), then the per-article RDF written into a fresh pyoxigraph store, a second write of the same
articles (must change nothing), and the figures: articles/s per phase and overall, peak memory
(resource.getrusage max RSS; with --tracemalloc also Python's traced peak, which slows the run).
Each N runs in its own process, so peak memory is that N's.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
FIRST = ("Alex", "Maria", "Omar", "Li", "Sofia", "Ivan", "Amina", "Jonas", "Priya", "Tomas", "Yuki", "Nadia",
         "Carlos", "Elena", "Kwame", "Hana", "Pavel", "Leila", "Mateo", "Ingrid")
LAST = ("Morgan", "Okafor", "Lindqvist", "Haddad", "Novak", "Tanaka", "Moreau", "Castillo", "Brennan", "Kowalski",
        "Mensah", "Ferreira", "Petrov", "Nakamura", "Rahman", "Silva", "Dubois", "Keller", "Osei", "Varga")


def sources() -> list[tuple[str, str, list[str]]]:
    """(text, publication date, people's full names) of every dev-set article."""
    out = []
    for row in (json.loads(x) for x in (EVAL / "index.jsonl").read_text().splitlines() if x.strip()):
        text = (EVAL / "articles" / row["file"]).read_text(encoding="utf-8")
        gold = json.loads((EVAL / "gold" / row["file"].replace(".txt", ".json")).read_text(encoding="utf-8"))
        people = [p["name"] for p in gold.get("people", []) if len(p["name"].split()) >= 2]
        out.append((text, row["publication_date"], people))
    return out


def synthetic(n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """N Articles: real texts, people renamed from a pool of ~N/3 names (so people recur), dates shifted."""
    from kg.records import Article

    rng = random.Random(seed)
    pool = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(pool)
    pool = pool[: max(20, min(len(pool), n // 3))]
    base = sources()
    for i in range(n):
        text, date, people = base[i % len(base)]
        for person in sorted(people, key=len, reverse=True):
            new = rng.choice(pool)
            text = re.sub(rf"\b{re.escape(person)}\b", new, text)
            text = re.sub(rf"\b{re.escape(person.split()[-1])}\b", new.split()[-1], text)
        published = dt.date.fromisoformat(date) + dt.timedelta(days=rng.randint(-400, 400))
        yield Article(f"synthetic-{i:05d}", text, f"<synthetic {i}>", published)


def run_one(n: int, store_dir: Path, trace: bool, jobs: int = 1) -> dict[str, object]:
    import tracemalloc

    from kg import build
    from kg.rdf.dataset import iter_article_quads
    from kg.rdf.store import Store

    if trace:
        tracemalloc.start()
    articles = list(synthetic(n))
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    result = build(articles, jobs=jobs)
    t1 = time.perf_counter()
    path = store_dir / f"store-{n}"
    shutil.rmtree(path, ignore_errors=True)
    with Store(path) as store:
        first = store.put_all(iter_article_quads(result.graph.graph))
    t2 = time.perf_counter()
    with Store(path) as store:
        again = store.put_all(iter_article_quads(result.graph.graph))
        quads = len(store)
    t3 = time.perf_counter()
    counts = result.graph.counts()
    report = {
        "articles": n, "jobs": jobs, "words": words, "documents": result.documents,
        "people": counts["Person"], "organizations": counts["Organization"], "meetings": counts["Meeting"],
        "entity_merges": sum(1 for m in result.merges if m.kind != "Meeting" and m.local != m.node),
        "meeting_merges": sum(1 for m in result.merges if m.kind == "Meeting"),
        "quads": quads, "store_first": dict(first), "store_again": dict(again),
        "build_s": round(t1 - t0, 1), "store_s": round(t2 - t1, 1), "store_again_s": round(t3 - t2, 1),
        "articles_per_s": round(n / (t2 - t0), 2), "build_articles_per_s": round(n / (t1 - t0), 2),
        "store_articles_per_s": round(n / (t2 - t1), 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if trace:
        report["traced_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 3000, 10000])
    parser.add_argument("--store-dir", type=Path, help="where the stores go (default: a temporary folder)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--json", type=Path, help="append one JSON line per size here")
    parser.add_argument("--jobs", type=int, default=1, help="processes for the per-document stage")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child process: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.sizes[0], args.store_dir, args.tracemalloc, args.jobs)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = args.store_dir or Path(tmp)
        store_dir.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            cmd = [sys.executable, __file__, str(n), "--one", "--store-dir", str(store_dir), "--jobs", str(args.jobs)]
            if args.tracemalloc:
                cmd.append("--tracemalloc")
            line = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout.strip()
            print(line, flush=True)
            if args.json:
                with args.json.open("a", encoding="utf-8") as out:
                    out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
