"""Peak memory of a build as the corpus grows: is it bounded by the batch and the graph, not the corpus?

    python bench/memory.py [SIZES...] [--jobs J] [--no-export]

For each size (default 1000 10000) a fresh process builds a graph from that many articles, streamed
from a generator (MEANTIME, data/bench/meantime.jsonl, repeated with varied ids, so the
entities recur and the graph grows by articles, mentions and facts), then writes graph.ttl the way
`kg build` does (kg.rdf.export). Peak RSS per size comes from resource.getrusage(RUSAGE_CHILDREN)
in this process (the child's own peak after the build phase, and its resident size after the build and
at the end, are printed too: growth can hide under the peak of loading the model); the ratio of the
largest to the smallest size is the figure to watch (target <= 1.5x for 1k -> 10k).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

MEANTIME = Path(__file__).resolve().parents[1] / "data" / "bench" / "meantime.jsonl"


def stream(n: int) -> Iterator[object]:
    """N articles, made one at a time (never a list): MEANTIME repeated, each copy with its own ids."""
    from kg.ingest import read_inputs
    from kg.records import Article

    made = 0
    copy = 0
    while made < n:
        for a in read_inputs([str(MEANTIME)]):
            if made == n:
                return
            if isinstance(a, Article):
                yield Article(f"{a.id}#{copy}", a.text, a.source, a.date)
                made += 1
        copy += 1


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def current_mb() -> float:
    """The resident size now (not the peak): shows growth that stays under an earlier peak."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(n: int, jobs: int, export: bool) -> None:
    from kg import build
    from kg.exports import write_exports
    from kg.rdf.export import dataset

    t0 = time.perf_counter()
    result = build(stream(n), jobs=jobs)  # type: ignore[arg-type]
    built = time.perf_counter() - t0
    after_build = rss_mb(resource.RUSAGE_SELF)
    now_build = current_mb()
    triples = 0
    if export:
        with tempfile.TemporaryDirectory() as tmp:
            data = dataset(result.graph.graph)
            write_exports(data, Path(tmp), [])
            triples = sum(len(q) for _, q in data.iter_graphs())
    print(json.dumps({"n": n, "documents": result.documents, "build_s": round(built, 1),
                      "total_s": round(time.perf_counter() - t0, 1), "rss_after_build_mb": round(after_build),
                      "quads": triples, "rss_now_after_build_mb": round(now_build),
                      "rss_now_end_mb": round(current_mb()),
                      "rss_peak_mb": round(max(rss_mb(resource.RUSAGE_SELF), rss_mb(resource.RUSAGE_CHILDREN)))}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-export", action="store_true", help="build only, do not write graph.ttl")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.jobs, not args.no_export)
        return 0
    print(f"peak RSS of a build, {args.jobs} job(s), export {'off' if args.no_export else 'on'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    peaks: dict[int, float] = {}
    for n in sorted(args.sizes):
        before = rss_mb(resource.RUSAGE_CHILDREN)
        cmd = [sys.executable, __file__, "--child", str(n), "--jobs", str(args.jobs)]
        out = subprocess.run(cmd + (["--no-export"] if args.no_export else []), check=True,
                             capture_output=True, text=True).stdout
        info = json.loads(out.strip().splitlines()[-1])
        peak = rss_mb(resource.RUSAGE_CHILDREN)  # the max over the children so far (sizes run smallest first)
        if peak <= before:  # this child peaked lower than an earlier one: take its own figure
            peak = info["rss_peak_mb"]
        peaks[n] = peak
        print(f"{n:6d} articles  peak RSS {peak:7.0f} MB  (peak after build {info['rss_after_build_mb']} MB; "
              f"resident now after build {info['rss_now_after_build_mb']} MB, at the end {info['rss_now_end_mb']} MB)  "
              f"build {info['build_s']} s, total {info['total_s']} s, {info['quads']} quads; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
    small, large = min(peaks), max(peaks)
    if large != small:
        print(f"ratio {large // 1000}k/{small // 1000}k peak RSS  {peaks[large] / peaks[small]:.2f}x  (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
