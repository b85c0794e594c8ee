"""The shipped SPARQL queries on a store of about a million triples: pyoxigraph versus rdflib.

    python bench/sparql.py [--corpus news|dev|summit] [--triples N] [--runs R] [--budget S] [--source GRAPH.nq] [--named-graphs] [--baseline REV]

The data is the graph of every real news article at hand (built here with kg.pipeline.build, or
read from --source: an N-Quads/TriG export), replicated with renamed IRIs until it holds about N
triples (default 1,000,000): copy k renames every IRI of the data namespace (articles, mentions,
people, organizations, places, meetings, quotations) to `.../id/rk/...`, except countries, a closed
set shared by all copies.

- `--corpus news` (default): the dev set, the sample corpus, MEANTIME and GUM (181 articles, about
  58,000 triples, so 19 copies): a mix of politics, business and general news.
- `--corpus dev`: the dev set and sample corpus only (34 articles, about 8,000 triples, 127
  copies): summit news, about one meeting per article, and 127 identical copies of each meeting
  (same names, same day), so sorts fall through to their last key. Kept for comparison.
- `--corpus summit`: 2,400 summit articles from bench/corpus_scale.py (dev-set texts, people renamed
  from a pool so they recur, dates shifted; about 1,035,000 triples, one copy): meeting-dense news
  without identical copies, where the listing queries return 5,000-10,000 rows.

Each shipped query (kg/query/queries/*.rq; required parameters bound as in PARAMS) runs R times
(default 5), medians printed:

- pyoxigraph: the union of the article graphs in the default graph of an in-memory Store,
  bulk-loaded from sorted N-Triples as `kg query` loads our exports, each query run the way
  `kg query` runs it (kg.rdf.sparql.execute, results serialized);
- plain: the plain form of the query (bench/plain/NAME.rq, written without the shaping for
  pyoxigraph) on the same store: its median and whether its answer equals the shipped one's;
- rdflib (after all pyoxigraph runs, so its graph is not in the process while pyoxigraph is timed):
  a Graph of the same triples, results consumed, in a forked child, on the plain form (the
  shipped text if rdflib cannot answer that; the last column says which): a query whose runs pass
  --budget seconds stops repeating (the runs done are printed), one with no answer after --cap
  seconds is stopped;
- with --named-graphs also the layout of `kg build --store`: one named graph per article (renamed
  too), queried through the union default graph. Slow at this scale: the union is a multiset (a
  triple in k article graphs matches k times), so joins on shared entities multiply; try it with
  --triples 100000. Its row counts show the duplicates.
- with --baseline REV (a git revision, e.g. HEAD) also the query texts of that revision on the same
  store: their median, and whether the answers are equal (rows as multisets, in the order of the
  ORDER BY keys; a GROUP_CONCAT value compared as the set of its "; "-separated parts, since their
  order is not fixed). A rewrite of a shipped query must keep this "same".

Target: pyoxigraph median < 100 ms per query.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.query.compare import same_answer
from kg.rdf.sparql import QueryResult

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
BENCH = ROOT / "data" / "bench"
PLAIN = Path(__file__).resolve().parent / "plain"
SUMMIT_ARTICLES = 2400  # about 1,035,000 triples
DATA = "https://w3id.org/newskg/id/"
SHARED_PREFIXES = (DATA + "country/",)
PARAMS = {"person-meetings": {"name": "Kim Jong Un"}}
"""Values for required parameters (optional ones are left unbound: the query then covers everything)."""


def base_quads(source: Path | None, corpus: str = "news") -> list[ox.Quad]:
    """The per-article quads of the --corpus graph (or of --source)."""
    if source is not None:
        return list(ox.parse(path=str(source)))
    from kg.ingest import read_inputs
    from kg import build
    from kg.rdf.export import dataset

    if corpus == "summit":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus_scale import synthetic

        return list(dataset(build(list(synthetic(SUMMIT_ARTICLES)), jobs=2).graph.graph).quads())
    items = []
    for row in (json.loads(x) for x in (EVAL / "index.jsonl").read_text().splitlines() if x.strip()):
        date = dt.date.fromisoformat(row["publication_date"])
        items.extend(read_inputs([str(EVAL / "articles" / row["file"])], date))
    items.extend(read_inputs([str(ROOT / "corpus" / "sample")], dt.date(2019, 1, 18)))
    if corpus == "news":
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            for name in ("meantime.jsonl", "gum.jsonl"):  # their date is "dct" (creation time): give it as "date"
                rows = [json.loads(x) for x in (BENCH / name).read_text().splitlines() if x.strip()]
                path = Path(tmp) / name
                path.write_text("".join(json.dumps({**r, "date": r.get("dct")}) + "\n" for r in rows))
                items.extend(read_inputs([str(path)], None))
    return list(dataset(build(items).graph.graph).quads())


def renamed(quads: list[ox.Quad], k: int) -> list[ox.Quad]:
    prefix = f"{DATA}r{k}/"
    cache: dict[object, object] = {}

    def term(t):  # type: ignore[no-untyped-def]
        if not isinstance(t, ox.NamedNode):
            return t
        if t not in cache:
            v = t.value
            keep = not v.startswith(DATA) or v.startswith(SHARED_PREFIXES)
            cache[t] = t if keep else ox.NamedNode(prefix + v[len(DATA):])
        return cache[t]

    return [ox.Quad(term(q.subject), term(q.predicate), term(q.object), term(q.graph_name)) for q in quads]


def median_ms(run: Callable[[], object], runs: int, budget: float) -> tuple[float, int, object]:
    """The median of `runs` timings in ms (fewer once they pass `budget` seconds), how many, the last answer."""
    times: list[float] = []
    answer: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        answer = run()
        times.append(time.perf_counter() - t0)
        if sum(times) > budget:
            break
    return statistics.median(times) * 1000, len(times), answer


def in_child(work: Callable[[], tuple[Any, ...]], cap: float) -> tuple[Any, ...] | str:
    """Run `work` in a forked child (it shares the loaded graph); give up after `cap` seconds."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def target() -> None:
        try:
            send.send(work())
        except Exception as err:  # noqa: BLE001 - a benchmark reports rdflib's failure and goes on
            send.send(f"fails ({type(err).__name__}: {str(err)[:50]})")

    child = context.Process(target=target)
    child.start()
    if receive.poll(cap):
        outcome = receive.recv()
        child.join()
        return outcome  # type: ignore[no-any-return]
    child.kill()
    child.join()
    return f"no answer after {cap:.0f} s (stopped)"


def rows(result: QueryResult) -> int:
    return len(result.rows) if result.kind == "select" else result.triples


def baseline_text(rev: str, name: str) -> str | None:
    """The text of shipped query NAME at git revision REV (None if it did not exist there)."""
    import subprocess

    done = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:kg/query/queries/{name}.rq"],
                          capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("news", "dev", "summit"), default="news",
                    help="all real news at hand (default), the dev set alone, or synthetic summit news")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds of rdflib runs per query before stopping")
    ap.add_argument("--cap", type=float, default=180.0, help="seconds after which an rdflib query is abandoned")
    ap.add_argument("--source", type=Path, help="an N-Quads/TriG file to replicate instead of building the dev set")
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--named-graphs", action="store_true", help="also time the per-article named-graph layout")
    ap.add_argument("--baseline", metavar="REV", help="also time the query texts of git revision REV and compare answers")
    args = ap.parse_args()
    from rdflib import Graph

    from kg.query import bind, shipped
    from kg.rdf.dataset import _from_ox
    from kg.rdf.namespace import PREFIXES
    from kg.rdf.sparql import execute

    base = base_quads(args.source, args.corpus)
    per_copy = len({q.triple for q in base})
    copies = max(1, round(args.triples / per_copy))
    named = ox.Store() if args.named_graphs else None
    union: set[ox.Triple] = set()
    for k in range(copies):
        quads = renamed(base, k)
        union.update(q.triple for q in quads)
        if named is not None:
            named.extend(quads)
    # Loaded as `kg query` loads a graph file: bulk-loaded from N-Triples in sorted order, as our
    # exports write them (insertion order changes the in-memory store's locality: a store filled
    # from a Python set in hash order answers 30-50% slower).
    store = ox.Store()
    t0 = time.perf_counter()
    store.bulk_load(ox.serialize(sorted(union, key=str), format=ox.RdfFormat.N_TRIPLES),
                    format=ox.RdfFormat.N_TRIPLES)
    t_ox = time.perf_counter() - t0
    print(f"{len(base)} quads per copy x {copies} copies: {len(union)} distinct triples"
          f"{f', {len(named)} quads in named graphs' if named is not None else ''}; pyoxigraph load {t_ox:.1f} s; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    queries = shipped()
    texts: dict[str, tuple[str, str | None, float]] = {}  # name -> shipped text, plain text, pyoxigraph ms
    print(f"{'query':24s} {'rows':>7s} {'pyoxigraph ms':>14s} {'plain ms':>9s} {'answer':>9s}"
          + ("   named graphs: rows, ms, runs" if named is not None else "")
          + (f"   {args.baseline}: ms, answer" if args.baseline else ""))
    slow = []
    for name, saved in queries.items():
        text = bind(saved.sparql, PARAMS.get(name, {}), saved.required)
        ox_ms, _, result = median_ms(lambda text=text: execute(store, text), args.runs, float("inf"))
        if ox_ms >= 100:
            slow.append(name)
        line = f"{name:24s} {rows(result):7d} {ox_ms:14.1f}"
        plain_file = PLAIN / f"{name}.rq"
        plain = bind(plain_file.read_text(), PARAMS.get(name, {}), saved.required) if plain_file.exists() else None
        if plain is not None:
            got = in_child(lambda plain=plain: median_ms(lambda: execute(store, plain), args.runs, args.budget)[::2],
                           args.cap)
            if isinstance(got, tuple):
                line += f" {got[0]:9.1f} {same_answer(got[1], result, plain):>9s}"  # type: ignore[arg-type]
            else:
                line += f" {'-':>9s} {'(slow)':>9s}"
        else:
            line += f" {'-':>9s} {'-':>9s}"
        texts[name] = (text, plain, ox_ms)
        if named is not None:
            def timed_named(text: str = text) -> tuple[float, int, int]:
                ms, n, answer = median_ms(lambda: execute(named, text), args.runs, args.budget)
                return ms, n, rows(answer)  # type: ignore[arg-type]

            got = in_child(timed_named, args.cap)
            line += f"   {got[2]:7d} {got[0]:10.1f} {got[1]:2d}" if isinstance(got, tuple) else f"   named: {got}"
        if args.baseline:
            before = baseline_text(args.baseline, name)
            if before is None:
                line += f"   (not in {args.baseline})"
            else:
                def run_before(text: str = bind(before, PARAMS.get(name, {}), saved.required)) -> QueryResult:
                    return execute(store, text)

                old_ms, _, old_result = median_ms(run_before, args.runs, args.budget)
                line += f"   {old_ms:9.1f} {same_answer(old_result, result, before)}"  # type: ignore[arg-type]
        print(line, flush=True)
    print(f"pyoxigraph median < 100 ms: {'all queries' if not slow else 'NOT ' + ', '.join(slow)}; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    if args.no_rdflib:
        return 0
    # rdflib after pyoxigraph, so that its graph (gigabytes of Python objects) is not in the
    # process while pyoxigraph is timed
    t0 = time.perf_counter()
    rdf = Graph()
    for t in union:
        rdf.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
    del union
    print(f"rdflib load {time.perf_counter() - t0:.1f} s", flush=True)
    print(f"{'query':24s} {'rdflib ms':>11s} {'runs':>4s} {'ratio':>7s} text")
    for name, (text, plain, ox_ms) in texts.items():
        line = f"{name:24s}"
        for label, sparql in ([("plain", plain)] if plain else []) + [("shipped", text)]:
            outcome = in_child(lambda sparql=sparql: median_ms(
                lambda: list(rdf.query(sparql, initNs=PREFIXES)), args.runs, args.budget)[:2], args.cap)
            if isinstance(outcome, tuple):
                rl_ms, n = outcome[:2]
                line += f" {rl_ms:11.1f} {n:4d} {rl_ms / ox_ms:6.1f}x {label}"
                break
            line += f"  rdflib on {label}: {outcome};"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
