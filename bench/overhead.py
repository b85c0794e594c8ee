"""What kg adds on top of spaCy: `build` + graph.ttl versus bare `nlp.pipe` of the same model, same texts.

    python bench/overhead.py [JSONL] [REPEAT] [--rounds R] [--profile OUT.prof]

Both timed in this one process, single core, the model loaded beforehand. The bare side is the model
as spacy.load gives it, every component run; kg runs the same model with its lemmatizer off the
pipeline and makes lemmas only for the tokens its rules read (kg.nlp.lemma), the same lemmas, and its attribute
ruler matches its patterns on the doc's arrays (kg.nlp.attribute_rules), the same attributes. The kg side does what
`kg build` does: kg.pipeline.build, then kg.rdf.export.dataset and write_exports (graph.ttl). The
phases are printed too, so a regression points at its stage. R rounds (default 3) alternate which
side runs first; the figure is the median of the rounds' ratios, wall clock and CPU time (the
machine's speed drifts on shared cores). Target: ratio <= 1.25x. With
--profile the kg side runs under cProfile (slower: use the ratio of the run without it) and the
top functions of our own code are printed.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import tempfile
import time
from pathlib import Path

import spacy

from kg.ingest import read_inputs
from kg.nlp import MODEL, load_pipeline
from kg.pipeline import build
from kg.exports import write_exports
from kg.rdf.export import dataset
from kg.records import Article

DEFAULT = Path(__file__).resolve().parents[1] / "data" / "bench" / "meantime.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT))
    ap.add_argument("repeat", nargs="?", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3, help="alternating bare/kg rounds (default 3)")
    ap.add_argument("--profile", type=Path, metavar="OUT", help="profile the kg side into OUT (pstats)")
    args = ap.parse_args()
    base = [a for a in read_inputs([args.source]) if isinstance(a, Article)]
    articles = [Article(f"{a.id}#{n}", a.text, a.source, a.date) for n in range(args.repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.load(MODEL)
    load_pipeline()
    print(f"load average {os.getloadavg()[0]:.2f} at start")
    profiler = cProfile.Profile() if args.profile else None

    def run_bare() -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in bare.pipe((a.text for a in articles), batch_size=32):
            pass
        return time.perf_counter() - w0, time.process_time() - c0

    def run_kg() -> tuple[float, float, float, int]:
        w0, c0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        result = build(articles)
        t_build = time.perf_counter() - w0
        with tempfile.TemporaryDirectory() as tmp:
            data = dataset(result.graph.graph)
            write_exports(data, Path(tmp), [])
            triples = data.triple_count()
        if profiler:
            profiler.disable()
        return time.perf_counter() - w0, time.process_time() - c0, t_build, triples

    # Rounds alternate which side goes first, and the figure is the median of the rounds' ratios:
    # on a shared machine the speed drifts within a minute, which one pair of timings takes for real.
    ratios, cpu_ratios = [], []
    for r in range(args.rounds):
        if r % 2 == 0:
            bare_wall, bare_cpu = run_bare()
            kg_wall, kg_cpu, t_build, triples = run_kg()
        else:
            kg_wall, kg_cpu, t_build, triples = run_kg()
            bare_wall, bare_cpu = run_bare()
        ratios.append(kg_wall / bare_wall)
        cpu_ratios.append(kg_cpu / bare_cpu)
        print(f"round {r + 1}: bare nlp.pipe {bare_wall:6.2f} s ({words / bare_wall:5.0f} words/s), "
              f"kg build + ttl {kg_wall:6.2f} s (build {t_build:.2f} s, graph.ttl {kg_wall - t_build:.2f} s): "
              f"{ratios[-1]:.2f}x wall, {cpu_ratios[-1]:.2f}x CPU; load average {os.getloadavg()[0]:.2f}",
              flush=True)
    print(f"{len(articles)} articles, {words} words, {triples} triples")
    print(f"ratio kg/bare   {statistics.median(ratios):.2f}x wall, {statistics.median(cpu_ratios):.2f}x CPU "
          f"(median of {args.rounds} rounds; target <= 1.25x); load average {os.getloadavg()[0]:.2f} at end")
    if profiler:
        profiler.dump_stats(args.profile)
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(r"/kg/", 15)


if __name__ == "__main__":
    main()
