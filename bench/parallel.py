"""Parallel speed-up of the per-document stage, measured in one run, with an identical-output check.

    python bench/parallel.py [N] [--chunk K] [--no-dask]

N articles (default 1200): MEANTIME (data/bench/meantime.jsonl) repeated with varied ids. Each
engine runs kg.pipeline.analyze_articles end to end, start-up and model loading included:
`jobs=2` (two forked processes), dask (a local cluster of 2 worker processes), then `jobs=1`
(one process). Prints wall times, words/s, and the ratios jobs=2 / jobs=1 and dask / jobs=2; the
records of every engine must be equal (the script exits 1 otherwise).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.ingest import read_inputs
from kg.records import Article

MEANTIME = Path(__file__).resolve().parents[1] / "data" / "bench" / "meantime.jsonl"


def corpus(n: int, source: Path = MEANTIME) -> list[Article]:
    """N articles: the source corpus repeated, each copy with its own ids."""
    base = [a for a in read_inputs([str(source)]) if isinstance(a, Article)]
    return [Article(f"{a.id}#{i // len(base)}", a.text, a.source, a.date)
            for i, a in ((i, base[i % len(base)]) for i in range(n))]


def timed(run: Callable[[], Iterator[object]]) -> tuple[list[object], float, float]:
    """The records, the seconds to the first one (start-up), the seconds for all."""
    t0 = time.perf_counter()
    records: list[object] = []
    first = 0.0
    for r in run():
        if not records:
            first = time.perf_counter() - t0
        records.append(r)
    return records, first, time.perf_counter() - t0


def load() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load average unknown"


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=1200)
    ap.add_argument("--chunk", type=int, default=None, help="articles per task (default: kg.parallel.CHUNK)")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args(list(argv) if argv is not None else None)
    import kg.parallel
    from kg.api import make_engine

    if args.chunk:
        kg.parallel.CHUNK = args.chunk
    articles = corpus(args.n)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words, {os.cpu_count()} CPUs, chunk {kg.parallel.CHUNK}; {load()}")
    runs: dict[str, tuple[list[object], float, float]] = {}
    # jobs=2 and dask first: the parent has not loaded the model, so each engine pays its own start-up
    runs["jobs=2"] = timed(lambda: make_engine(2)(articles))
    if not args.no_dask:
        from kg.distributed import analyze_with_dask

        runs["dask 2 workers"] = timed(lambda: analyze_with_dask(articles, None))
    runs["jobs=1"] = timed(lambda: make_engine(1)(articles))
    for name, (_, first, total) in runs.items():
        print(f"{name:15s} {total:7.1f} s  {words / total:7.0f} words/s  (first record after {first:4.1f} s)")
    one, two = runs["jobs=1"][2], runs["jobs=2"][2]
    print(f"speed-up jobs=2 / jobs=1      {one / two:5.2f}x")
    if "dask 2 workers" in runs:
        dask = runs["dask 2 workers"][2]
        print(f"speed-up dask 2 / jobs=1      {one / dask:5.2f}x   (dask time / jobs=2 time {dask / two:4.2f})")
    reference = runs["jobs=1"][0]
    same = {name: records == reference for name, (records, _, _) in runs.items()}
    print("identical records: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in same.items()) + f"; {load()}")
    return 0 if all(same.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
