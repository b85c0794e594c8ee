"""The graph as RDF datasets: one named graph of quads per article, made lazily, and their union
(sorted on disk when large), so a large corpus never sits in memory as RDF objects."""
from __future__ import annotations

import heapq
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.mapping import Triple, article_graphs, iri
from kg.rdf.namespace import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class Dataset:
    """The graph as named graphs: (article IRI, its quads in canonical order), in IRI order.

    Made lazily from a source that yields one article graph at a time (a built graph, a store), so a
    large corpus never sits in memory as RDF objects: the exporters stream `iter_graphs()` and the
    union (`iter_triples()`), which is sorted on disk when it is large (see `_Union`). `graphs` and
    `triples()` are the same as in-memory tuples and lists, for small data and tests.
    """

    def __init__(self, source: Callable[[], Iterable[tuple[str, tuple[ox.Quad, ...]]]],
                 lines: Callable[[], Iterable[str]] | None = None) -> None:
        self._source = source
        self._lines = lines  # the N-Triples lines of every quad, where a source can make them without quads
        self._union_file: _Union | None = None

    @classmethod
    def of(cls, graphs: Iterable[tuple[str, tuple[ox.Quad, ...]]]) -> Dataset:
        """A dataset of graphs already in memory."""
        kept = tuple(graphs)
        return cls(lambda: kept)

    def iter_graphs(self) -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
        """(article IRI, its quads), one article at a time."""
        yield from self._source()

    @property
    def graphs(self) -> tuple[tuple[str, tuple[ox.Quad, ...]], ...]:
        """Every article graph, in memory."""
        return tuple(self.iter_graphs())

    def quads(self) -> Iterator[ox.Quad]:
        for _, quads in self.iter_graphs():
            yield from quads

    def iter_triples(self) -> Iterator[ox.Triple]:
        """The union of the named graphs (the corpus view), each triple once, in canonical order."""
        return self._union().triples()

    def triples(self) -> list[ox.Triple]:
        """`iter_triples()` as a list."""
        return list(self.iter_triples())

    def triple_count(self) -> int:
        """How many triples the union holds."""
        return self._union().count

    def _union(self) -> _Union:
        """Computed once per dataset (the exporters and the build summary all ask)."""
        if self._union_file is None:
            lines = self._lines() if self._lines else (_line(q.subject, q.predicate, q.object) for q in self.quads())
            self._union_file = _Union(lines)
        return self._union_file

    def to_rdflib(self) -> Graph:
        rdf = Graph()
        for prefix, ns in PREFIXES.items():
            rdf.bind(prefix, ns, override=True)
        for t in self.iter_triples():
            rdf.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
        return rdf

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dataset) and self.graphs == other.graphs

    __hash__ = None  # type: ignore[assignment]


class _Union:
    """The distinct triples of a stream of N-Triples lines (one per quad), in canonical order, kept sorted.

    An external merge sort: lines are deduplicated and sorted in runs of at most RUN_CHARS characters;
    one run stays in memory, more are written to temporary files and merged (heapq.merge) into one
    file. Sorting the lines sorts the triples by (subject, predicate, object) as N-Triples text, the
    order `_triple_order` gives: a term never continues with a character below the space after it.
    """

    RUN_CHARS = 8_000_000  # about 20 MB of Python strings per run

    def __init__(self, lines: Iterable[str]) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._lines: list[str] | None = None
        self.path: Path | None = None
        runs: list[Path] = []
        seen: set[str] = set()
        size = 0
        for line in lines:
            if line not in seen:
                seen.add(line)
                size += len(line)
                if size > self.RUN_CHARS:
                    runs.append(self._write_run(seen, len(runs)))
                    seen, size = set(), 0
        if not runs:
            self._lines = sorted(seen)
            self.count = len(self._lines)
            return
        if seen:
            runs.append(self._write_run(seen, len(runs)))
        assert self._tmp is not None
        self.path = Path(self._tmp.name) / "union.nt"
        count = 0
        files = [open(r, encoding="utf-8") for r in runs]
        try:
            with open(self.path, "w", encoding="utf-8") as out:
                previous = None
                for line in heapq.merge(*files):
                    if line != previous:
                        out.write(line)
                        count += 1
                        previous = line
        finally:
            for f in files:
                f.close()
        for r in runs:
            r.unlink()
        self.count = count

    def _write_run(self, lines: set[str], index: int) -> Path:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-union-")
        path = Path(self._tmp.name) / f"run-{index}.nt"
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(sorted(lines))
        return path

    def triples(self) -> Iterator[ox.Triple]:
        # pyoxigraph's own iterator: a writer given it reads the triples with no Python frame per triple
        if self._lines is not None:
            return ox.parse("".join(self._lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        assert self.path is not None
        return ox.parse(path=str(self.path), format=ox.RdfFormat.N_TRIPLES)


def _line(subject: Any, predicate: Any, obj: Any) -> str:
    """A triple's N-Triples line, from pyoxigraph terms."""
    return f"{subject} {predicate} {obj} .\n"


def _triple_order(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def quad_order(q: ox.Quad) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


_NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)) + "]")
"""Unicode's 66 noncharacters (U+FFFE, U+FDD0...): not for interchange; strict Turtle readers (rapper) refuse them."""


def plain_text(value: str) -> str:
    """`value` with every noncharacter replaced by U+FFFD, one code point for one, so offsets still hold."""
    return _NONCHARACTERS.sub("\ufffd", value)


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (our graphs have no blank nodes); text as `plain_text`."""
    if type(term) is URIRef:  # most terms, and the same few over and over (classes, predicates, entities)
        return _named_node(term)
    if isinstance(term, Literal):
        return _literal(str(term), term.language, None if term.datatype is None else str(term.datatype))
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise TypeError(f"cannot store {term!r}: only IRIs and literals are written")


# Made once per distinct term: an export writes the same classes, predicates, entities and names
# over and over.
@lru_cache(maxsize=1 << 16)
def _named_node(iri: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


@lru_cache(maxsize=1 << 16)
def _literal(lexical: str, language: str | None, datatype: str | None) -> ox.Literal:
    text = plain_text(lexical)
    if language:
        return ox.Literal(text, language=language)
    if datatype is not None and datatype != XSD_STRING:
        return ox.Literal(text, datatype=ox.NamedNode(datatype))
    return ox.Literal(text)


def _from_ox(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value != XSD_STRING:
            return Literal(term.value, datatype=URIRef(term.datatype.value))
        return Literal(term.value)
    raise TypeError(f"unexpected RDF term {term!r}")


def article_quads(article: str, triples: Iterable[Triple]) -> tuple[ox.Quad, ...]:
    g = ox.NamedNode(str(iri(article)))
    quads = {ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples}
    return tuple(sorted(quads, key=quad_order))


def iter_article_quads(graph: nx.MultiDiGraph) -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
    """(article IRI, its quads), one article at a time: what a store takes."""
    for aid, triples in article_graphs(graph):
        yield str(iri(aid)), article_quads(aid, triples)


def iter_triple_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The N-Triples line of every triple of every article graph (repeats included), for the union: the
    quads are not made, nor sorted, nor printed again."""
    # An IRI's N-Triples text, made once: the same classes, predicates and entities recur in most lines
    # (keyed by the plain string: the graph makes a new URIRef for each triple, and rdflib compares them in Python).
    iris: dict[str, str] = {}

    def text(term: Node) -> str:
        if type(term) is URIRef:
            key = str(term)
            found = iris.get(key)
            if found is None:
                found = iris[key] = str(_named_node(term))
            return found
        return str(to_ox(term))

    for _, triples in article_graphs(graph):
        for s, p, o in triples:
            yield f"{text(s)} {text(p)} {text(o)} .\n"


def dataset(graph: nx.MultiDiGraph) -> Dataset:
    """The article graphs of a built graph, each made when the exporters reach it."""
    return Dataset(lambda: iter_article_quads(graph), lambda: iter_triple_lines(graph))
