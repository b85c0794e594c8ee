"""SPARQL over a graph file or an on-disk store, with pyoxigraph; results as a small, reusable object.

A query runs once; its answer is kept in a lossless form (SPARQL Results JSON for SELECT and ASK, a
list of triples for CONSTRUCT and DESCRIBE) so it can be printed as a table and serialized to any
format afterwards, always with pyoxigraph's own serializers.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as Kind

import pyoxigraph as ox

from kg.errors import InputError, KGError
from kg.rdf.namespace import PREFIXES
from kg.rdf.service import service_refusal
from kg.rdf.store import fill_default_union, has_default_graph

SERVICE_TIMEOUT = 60.0
"""Seconds a query that calls a remote SERVICE (allowed by the user) may take in all."""

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
"""Serializations of SELECT/ASK results, by the name a user gives."""

GRAPH_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
"""Graph files a source may be, by extension: every RDF format `kg build` writes."""


class SourceError(InputError):
    """A graph source that is missing, of an unknown kind, or unreadable."""


class SparqlError(KGError):
    """A query that does not parse or cannot be evaluated."""


class ServiceRefused(SparqlError):
    """A query that would call a remote SERVICE, run without allow_service."""


SERVICE_REFUSED = ("federated query refused: the query calls a remote SERVICE, and kg makes no network "
                   "requests unless asked (kg query --allow-service)")


@dataclass(frozen=True)
class Value:
    """One bound value of a SELECT row, without RDF objects: what it is and how to show it."""

    kind: Kind["iri", "bnode", "literal", "triple"]
    value: str  # the IRI, blank node id, lexical form, or N-Triples form of a quoted triple
    datatype: str | None = None
    language: str | None = None

    def __str__(self) -> str:
        return self.value

    def compact(self) -> str:
        """The value for a human: IRIs shortened with our prefixes, literals as their lexical form."""
        if self.kind == "iri":
            return compact_iri(self.value)
        if self.kind == "bnode":
            return f"_:{self.value}"
        return self.value


def compact_iri(iri: str) -> str:
    """`kgd:person/donald-trump` for a known namespace (longest match), else the IRI itself."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


class QueryResult:
    """The answer of one query: `kind` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)."""

    def __init__(self, kind: Kind["select", "ask", "graph"], payload: bytes | list[ox.Triple]) -> None:
        self.kind = kind
        self._payload = payload

    @property
    def variables(self) -> tuple[str, ...]:
        """The projected variable names of a SELECT, in order; () otherwise."""
        if self.kind != "select":
            return ()
        return tuple(v.value for v in self._solutions().variables)

    @property
    def rows(self) -> list[tuple[Value | None, ...]]:
        """The SELECT solutions, one tuple per row aligned with `variables` (None where unbound)."""
        if self.kind != "select":
            return []
        solutions = self._solutions()
        names = [v.value for v in solutions.variables]
        return [tuple(_value(row[name]) for name in names) for row in solutions]

    @property
    def boolean(self) -> bool | None:
        """The answer of an ASK; None for other queries."""
        if self.kind != "ask":
            return None
        answer = ox.parse_query_results(self._json(), ox.QueryResultsFormat.JSON)
        return bool(answer)

    @property
    def triples(self) -> int:
        """How many triples a CONSTRUCT/DESCRIBE gave (0 for other queries)."""
        return len(self._payload) if isinstance(self._payload, list) else 0

    def serialize(self, fmt: str) -> bytes:
        """SELECT/ASK as csv, tsv, json or xml (SPARQL 1.1 results); CONSTRUCT/DESCRIBE as turtle or ntriples."""
        if isinstance(self._payload, list):
            rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}.get(fmt)
            if rdf is None:
                raise SparqlError(f"format {fmt!r} does not apply to a CONSTRUCT/DESCRIBE result; use turtle or ntriples")
            prefixes = _used_prefixes(self._payload) if rdf is ox.RdfFormat.TURTLE else None
            return ox.serialize(self._payload, format=rdf, prefixes=prefixes) or b""
        if fmt not in RESULT_FORMATS:
            raise SparqlError(f"format {fmt!r} does not apply to a {self.kind.upper()} result; "
                              f"use one of {', '.join(RESULT_FORMATS)}")
        if fmt == "json":
            return self._json()
        parsed = ox.parse_query_results(self._json(), ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=RESULT_FORMATS[fmt]) or b""

    def _json(self) -> bytes:
        assert isinstance(self._payload, bytes)
        return self._payload

    def _solutions(self) -> ox.QuerySolutions:
        parsed = ox.parse_query_results(self._json(), ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        return parsed


def _used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    """Our prefixes that some IRI of the triples uses; not kgd:, whose local names all need escapes."""
    iris = {t.value for triple in triples for t in (triple.subject, triple.predicate, triple.object)
            if isinstance(t, ox.NamedNode)}
    iris |= {triple.object.datatype.value for triple in triples if isinstance(triple.object, ox.Literal)}
    return {p: ns for p, ns in sorted(PREFIXES.items())
            if p != "kgd" and any(i.startswith(ns) for i in iris)}


def _value(term: object) -> Value | None:
    """A plain Value for a pyoxigraph term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Value("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Value("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Value("literal", term.value, term.datatype.value, term.language)
    return Value("triple", str(term))


def open_source(source: Path | str) -> ox.Store:
    """A store over SOURCE: a graph file loaded into memory, or an on-disk pyoxigraph store opened read-only."""
    path = Path(source)
    if path.is_dir():
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise SourceError(str(path), f"not a readable Oxigraph store folder ({_first_line(exc)})") from None
    if not path.exists():
        raise SourceError(str(path), "no such file or folder; give a graph file "
                          f"({', '.join(sorted(set(GRAPH_FORMATS)))}) or an Oxigraph store folder")
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(str(path), f"unknown graph file type {path.suffix or '(none)'!r}; "
                          f"use one of {', '.join(sorted(GRAPH_FORMATS))} or an Oxigraph store folder")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as exc:
        raise SourceError(str(path), f"cannot read as {fmt.name}: {_first_line(exc)}") from None
    if any(True for _ in store.named_graphs()):
        fill_default_union(store)  # one copy of each triple, however many article graphs state it
    return store


def store_of(quads: Iterable[ox.Quad]) -> ox.Store:
    """An in-memory store over quads (a built corpus), its default graph the union, as open_source does."""
    store = ox.Store()
    store.bulk_extend(quads)
    if any(True for _ in store.named_graphs()):
        fill_default_union(store)
    return store


def literal(value: str) -> str:
    """A plain string as a SPARQL/N-Triples literal, every quote, backslash and newline escaped."""
    return str(ox.Literal(value))


def execute(store: ox.Store, sparql: str, *, allow_service: bool = False,
            service_timeout: float = SERVICE_TIMEOUT) -> QueryResult:
    """Run one SPARQL 1.1 query (our prefixes predeclared; named graphs seen as the default graph).

    A query that may call a remote SERVICE is refused (ServiceRefused) unless `allow_service`: without
    it no query opens a network connection. When allowed, it gets `service_timeout` seconds in all
    (Oxigraph's own HTTP client waits for ever on an endpoint that accepts and never answers)."""
    if service_refusal(sparql, SERVICE_REFUSED) is None:
        return _answer(store, sparql)
    if not allow_service:
        raise ServiceRefused(str(service_refusal(sparql, SERVICE_REFUSED)))
    return _within(service_timeout, lambda: _answer(store, sparql))


def _within(seconds: float, work: Callable[[], QueryResult]) -> QueryResult:
    """WORK's result, or SparqlError after SECONDS. Oxigraph releases the GIL while it waits on the
    network, so a daemon thread can be left behind (it dies with the process) and the caller goes on."""
    box: list[QueryResult | KGError] = []

    def run() -> None:
        try:
            box.append(work())
        except KGError as exc:  # _answer turns every query failure into one; the caller's thread raises it
            box.append(exc)

    worker = threading.Thread(target=run, name="kg-sparql-service", daemon=True)
    worker.start()
    worker.join(seconds)
    if not box:
        raise SparqlError(f"a remote SERVICE did not answer within {seconds:g} s "
                          "(kg query --service-timeout SECONDS gives it longer)")
    if isinstance(box[0], KGError):
        raise box[0]
    return box[0]


def _answer(store: ox.Store, sparql: str) -> QueryResult:
    """The whole answer of one query, read to the end (a SERVICE call happens while it is read)."""
    try:
        return _read(store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=not has_default_graph(store)))
    except SyntaxError as exc:
        raise SparqlError(f"invalid SPARQL {_where(sparql, _first_line(exc))}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise SparqlError(f"query failed: {_first_line(exc)}") from None


def _read(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """ANSWER read to the end. Oxigraph's answer objects must be dropped on the thread that made them:
    a SERVICE query runs on a worker thread, and an error's traceback must not carry ANSWER to another."""
    try:
        if isinstance(answer, ox.QuerySolutions):
            return QueryResult("select", answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")
        return QueryResult("graph", list(answer))
    finally:
        del answer


def _where(sparql: str, message: str) -> str:
    """'at line 1, column 9, after "SELEC ?x": expected ...' from pyoxigraph's 'error at 1:9: expected ...'."""
    match = re.match(r"error at (\d+):(\d+):\s*(.*)", message)
    if not match:
        return f": {message}"
    line, column, rest = int(match.group(1)), int(match.group(2)), match.group(3)
    if "Prefix not found" in rest:
        rest = "unknown prefix (ours are predeclared: " + ", ".join(sorted(PREFIXES)) + ")"
    elif len(rest) > 100:
        rest = rest[:99] + "…"
    lines = sparql.splitlines() or [""]
    before = " ".join(lines[min(line, len(lines)) - 1][: max(column - 1, 0)].split())
    after = f", after {before[-30:]!r}" if before else ""
    return f"at line {line}, column {column}{after}: {rest}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
