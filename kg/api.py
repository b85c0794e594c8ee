"""The front door: `build(inputs) -> Corpus`, and what a Corpus can do (query, write, networkx).

    corpus = kg.build(["corpus/sample"], date="2019-01-18")
    corpus.query("who-met-whom").table()
    corpus.write("out", ["turtle", "graphml"])

The engines (`jobs` processes, a dask cluster) are chosen here and given to kg.pipeline.build as a
strategy: nothing below this module imports them.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import cached_property, partial
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import UsageError
from kg.ingest import DEFAULT_MAX_CHARS, Skipped, parse_date, read_inputs
from kg.io import write_atomic
from kg.incremental import Replaced, StoreBuild, build_into_store
from kg.ingest.unique import Notice, Renamed
from kg.pipeline import BuildResult, Engine, analyze_articles
from kg.pipeline import build as build_graph
from kg.query import QueryResult, get, run, shipped
from kg.exports import FORMATS as EXPORTS
from kg.exports import check_formats, write_exports
from kg.rdf.export import Dataset, dataset
from kg.rdf.sparql import store_of
from kg.rdf.store import Store
from kg.records import Article, ArticleFacts

ENGINES = ("local", "dask")
Input = str | Path | Article | Skipped


def formats(requested: Iterable[str]) -> list[str]:
    """The formats to write for `--format` values, in writing order: turtle always; "all" for every one."""
    requested = list(requested)
    return check_formats(EXPORTS if "all" in requested else requested)


def make_engine(jobs: int = 1, name: str = "local", scheduler: str | None = None) -> Engine:
    """The per-document engine for `--jobs N`, `--engine local|dask` and `--scheduler ADDRESS`."""
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
    if jobs < 1:
        raise UsageError(f"jobs={jobs}: give at least 1")
    if scheduler and name != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if name == "dask":
        from kg.distributed import analyze_with_dask

        return partial(analyze_with_dask, scheduler=scheduler)
    if jobs > 1:
        from kg.parallel import analyze_in_processes

        return partial(analyze_in_processes, jobs=jobs)
    return analyze_articles


def build(inputs: Input | Iterable[Input], date: dt.date | str | None = None, *, jobs: int = 1,
          engine: str | Engine = "local", scheduler: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
          on_skip: Callable[[Skipped], None] | None = None,
          on_done: Callable[[ArticleFacts], None] | None = None,
          on_notice: Callable[[Notice], None] | None = None, store: Store | None = None, no_text: bool = False,
          on_replaced: Replaced | None = None) -> Corpus:
    """Files, folders, `-` (standard input) or Articles in; one resolved corpus graph out.

    `date` is the publication date of inputs that carry none. `engine` is "local" (with `jobs`
    processes), "dask" (on the cluster at `scheduler`, a local one when None), or an Engine. A bad input is skipped (see
    `Corpus.skipped` and `on_skip`), never raised. The graph does not depend on the input order,
    the engine or the number of jobs. With an open `store`, the articles are resolved against it and
    added to it (kg.incremental; `no_text` as stored, `on_replaced` told of each replaced article), and
    the corpus is the run's graphs as stored.
    """
    when = parse_date(date) if isinstance(date, str) else date
    if isinstance(date, str) and when is None:
        raise UsageError(f"date {date!r} is not a date; use YYYY-MM-DD")
    items = [inputs] if isinstance(inputs, str | Path | Article | Skipped) else list(inputs)
    strategy = engine if callable(engine) else make_engine(jobs, engine, scheduler)
    articles = _articles(items, when, max_chars)
    if store is not None:
        into = build_into_store(articles, store, no_text=no_text, on_skip=on_skip, on_done=on_done, engine=strategy,
                                on_notice=on_notice, on_replaced=on_replaced)
        return Corpus(**{f.name: getattr(into.result, f.name) for f in fields(into.result)}, stored=into)
    result = build_graph(articles, on_skip=on_skip, on_done=on_done, engine=strategy, on_notice=on_notice)
    corpus = Corpus(**{f.name: getattr(result, f.name) for f in fields(result)})
    return corpus.without_text() if no_text else corpus


def _articles(items: Sequence[Input], date: dt.date | None, max_chars: int) -> Iterator[Article | Skipped]:
    for item in items:
        if isinstance(item, Article | Skipped):
            yield item
        else:
            yield from read_inputs([str(item)], date, max_chars=max_chars)


@dataclass
class Corpus(BuildResult):
    """A built graph: what `build` made (graph, merges) and what it skipped, renamed or left undated."""

    stored: StoreBuild | None = None  # built into a store: its changes, and the run's graphs as stored

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as networkx: typed nodes ("person/donald-trump") and typed edges."""
        return self.graph.graph

    @cached_property
    def rdf(self) -> Dataset:
        """The graph as RDF: one named graph of quads per article (as stored, when built into a store)."""
        return self.stored.data if self.stored else dataset(self.graph.graph)

    @cached_property
    def _store(self) -> ox.Store:
        return store_of(self.rdf.quads())

    def query(self, name_or_sparql: str, **params: str) -> QueryResult:
        """Run a shipped query by name (see kg.query.shipped()) or SPARQL text; params bind $name slots."""
        if name_or_sparql in shipped():
            saved = get(name_or_sparql)
            return run(self._store, saved.sparql, params, saved.required)
        return run(self._store, name_or_sparql, params)

    def without_text(self) -> Corpus:
        """The same corpus without the article texts and evidence sentences (`kg build --no-text`)."""
        return replace(self, graph=self.graph.without_text())

    def write(self, folder: Path | str, requested: Iterable[str] = (), *, report: bool = True,
              on_written: Callable[[str], None] | None = None) -> dict[str, list[Path]]:
        """Write report.json (unless `report` is false), graph.ttl and the `requested` formats (see
        `formats`) and merges.jsonl into `folder`; returns format -> files written. `on_written(format)`
        follows each format (for a progress display)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        wanted = formats(requested)
        if report:  # first, so that it is there whatever fails later
            self.write_report(folder / "report.json")
        written = write_exports(self.rdf, folder, wanted, on_written=on_written)
        write_atomic(folder / "merges.jsonl", "".join(
            json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for m in self.merges))
        return written

    def write_report(self, path: Path, store_replaced: list[dict[str, object]] | None = None) -> None:
        """report.json: what was skipped, renamed, read once, left undated, and replaced in the store."""
        write_atomic(path, json.dumps({
            "documents": self.documents,
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "undated": len(self.undated),
            "undated_sources": sorted(self.undated),
            "renamed": [n.to_dict() for n in self.notices if isinstance(n, Renamed)],
            "duplicates": [n.to_dict() for n in self.notices if not isinstance(n, Renamed)],
            **({"store_replaced": store_replaced} if store_replaced is not None else {}),
        }, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    def counts(self) -> dict[str, int]:
        """Nodes per kind (Article, Person, Organization, Country, Place, Meeting, Quotation)."""
        return self.graph.counts()
