"""What kg adds on top of spaCy: `build` + graph.ttl versus bare `nlp.pipe` of the same model, same texts.

    python bench/overhead.py [JSONL] [REPEAT] [--profile OUT.prof]

Both timed in this one process, single core, the model loaded beforehand. The kg side does what
`kg build` does: kg.pipeline.build, then kg.rdf.export.dataset and write_exports (graph.ttl). The
phases are printed too, so a regression points at its stage. Target: ratio <= 1.25x. With
--profile the kg side runs under cProfile (slower: use the ratio of the run without it) and the
top functions of our own code are printed.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time
from pathlib import Path

import spacy

from kg.ingest import read_inputs
from kg.nlp import MODEL, load_pipeline
from kg.pipeline import build
from kg.rdf.export import dataset, write_exports
from kg.types import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "meantime.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT))
    ap.add_argument("repeat", nargs="?", type=int, default=2)
    ap.add_argument("--profile", type=Path, metavar="OUT", help="profile the kg side into OUT (pstats)")
    args = ap.parse_args()
    base = [a for a in read_inputs([args.source]) if isinstance(a, Article)]
    articles = [Article(f"{a.id}#{n}", a.text, a.source, a.date) for n in range(args.repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.load(MODEL)
    load_pipeline()
    print(f"load average {os.getloadavg()[0]:.2f} at start")
    t0 = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=32):
        pass
    t_bare = time.perf_counter() - t0
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    t0 = time.perf_counter()
    result = build(articles)
    t_build = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        data = dataset(result.graph.graph)
        t_data = time.perf_counter() - t0 - t_build
        write_exports(data, Path(tmp), [])
        triples = data.triple_count()
    t_kg = time.perf_counter() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    print(f"{len(articles)} articles, {words} words, {triples} triples")
    print(f"bare nlp.pipe   {t_bare:7.2f} s  {words / t_bare:8.0f} words/s")
    print(f"kg build + ttl  {t_kg:7.2f} s  {words / t_kg:8.0f} words/s"
          f"  (build {t_build:.2f} s, dataset {t_data:.2f} s, graph.ttl {t_kg - t_build - t_data:.2f} s)")
    print(f"ratio kg/bare   {t_kg / t_bare:7.2f}x   (build alone {t_build / t_bare:.2f}x); "
          f"load average {os.getloadavg()[0]:.2f} at end")
    if profiler:
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(r"/kg/", 15)


if __name__ == "__main__":
    main()
