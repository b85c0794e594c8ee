"""Read a built graph.ttl back into plain per-article records (for evaluation and inspection).

The graph is loaded into an in-memory pyoxigraph store and read with a handful of SPARQL queries:
the entities here, the facts by the reader of each fact kind of the registry (kg.kinds: meetings,
quotations, ...). What leaves this module holds no RDF objects, only strings, ints and tuples.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.kinds import ENTITY_NAMES, fact_kinds
from kg.kinds.meeting import BuiltMeeting
from kg.kinds.quote import BuiltQuote
from kg.rdf.namespace import PREFIXES

__all__ = ["KINDS", "BuiltArticle", "BuiltEntity", "BuiltMeeting", "BuiltQuote", "read_graph"]

KINDS = ENTITY_NAMES
"""The schema.org classes an entity may have, in order of preference when a node has several."""


@dataclass(frozen=True)
class BuiltEntity:
    """An entity as one article sees it: its names, titles, affiliations and its mentions there."""

    iri: str
    kind: str  # one of KINDS
    name: str
    alternate_names: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()  # titles this article states (its memberships; else schema:jobTitle)
    affiliations: tuple[str, ...] = ()  # names of the affiliated nodes
    mentions: tuple[tuple[int, int], ...] = ()  # (begin, end) offsets into this article's text

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the alternate names."""
        return (self.name, *self.alternate_names)


@dataclass(frozen=True)
class BuiltArticle:
    """Everything the graph says about one article."""

    iri: str
    identifier: str
    entities: tuple[BuiltEntity, ...] = ()
    facts: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # (fact kind name, its records read back), kg.kinds

    def of(self, kind: str) -> tuple[Any, ...]:
        """The records of a fact kind (by its name in kg.kinds) read back for this article."""
        return next((recs for name, recs in self.facts if name == kind), ())

    @property
    def meetings(self) -> tuple[BuiltMeeting, ...]:
        return self.of("meeting")

    @property
    def quotes(self) -> tuple[BuiltQuote, ...]:
        return self.of("quote")


_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))

_ARTICLES = """SELECT DISTINCT ?a ?id WHERE {
  { ?a a kg:Article } UNION { ?a a schema:NewsArticle }
  OPTIONAL { ?a schema:identifier ?id } }"""
_ENTITIES = """SELECT DISTINCT ?e ?a ?cls WHERE {
  VALUES ?cls { """ + " ".join(f"schema:{k}" for k in KINDS) + """ }
  ?e a ?cls ; prov:wasDerivedFrom ?a }"""
_MENTIONS = """SELECT ?a ?e ?b ?end WHERE {
  ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?end }"""
_PAIRS = "SELECT ?s ?v WHERE {{ ?s {path} ?v }}"
_STATED_TITLES = """SELECT ?a ?e ?t WHERE {
  ?ms a org:Membership ; org:member ?e ; kg:title ?t ; prov:wasDerivedFrom ?a }"""


def read_graph(path: Path | str) -> list[BuiltArticle]:
    """Load a graph file (Turtle, or any format pyoxigraph guesses from the extension) into articles."""
    store = _load(Path(path))
    return list(_articles(store))


def _load(path: Path) -> ox.Store:
    """An in-memory store holding the file; unreadable or invalid files become InputError."""
    store = ox.Store()
    fmt = ox.RdfFormat.TURTLE if path.suffix.lower() in {".ttl", ""} else None
    try:
        store.load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(str(path), f"cannot read graph: {_first_line(exc)}") from None
    return store


def _query(store: ox.Store, body: str) -> Iterator[ox.QuerySolution]:
    """Run a SELECT query with our prefixes."""
    result = store.query(_PROLOGUE + body)
    assert isinstance(result, ox.QuerySolutions)
    yield from result


def _text(term: object) -> str:
    """The IRI, blank node id or lexical value of a term."""
    return str(getattr(term, "value", term))


def _pairs(store: ox.Store, path: str) -> dict[str, tuple[str, ...]]:
    """Subject -> sorted distinct values of a property path, for every subject in the graph."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in _query(store, _PAIRS.format(path=path)):
        found[_key(row["s"])].add(_key(row["v"]))
    return {s: tuple(sorted(v)) for s, v in found.items()}


def _key(term: object) -> str:
    """A node key that keeps blank nodes apart from IRIs."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _text(term)


def _articles(store: ox.Store) -> Iterator[BuiltArticle]:
    """Assemble one BuiltArticle per article node, sorted by identifier."""
    ids: dict[str, str] = {}
    for row in _query(store, _ARTICLES):
        key = _key(row["a"])
        ident = _text(row["id"]) if row["id"] is not None else key
        ids[key] = min(ident, ids.get(key, ident))
    entities = _entities(store)
    context = _Context(store)
    facts = [(k.name, k.read(context)) for k in fact_kinds() if k.read]  # meetings, quotations, ...
    for key, ident in sorted(ids.items(), key=lambda kv: (kv[1], kv[0])):
        yield BuiltArticle(key, ident, entities.get(key, ()), tuple((name, by_article.get(key, ()))
                                                                    for name, by_article in facts))


class _Context:
    """What a fact kind's reader is given (kg.kinds.ReadContext): SELECT rows and property values, cached."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._pairs: dict[str, dict[str, tuple[str, ...]]] = {}

    def select(self, body: str) -> Iterator[dict[str, str | None]]:
        result = self.store.query(_PROLOGUE + body)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        for row in result:
            yield {n: (None if row[n] is None else _key(row[n])) for n in names}

    def pairs(self, path: str) -> dict[str, tuple[str, ...]]:
        if path not in self._pairs:
            self._pairs[path] = _pairs(self.store, path)
        return self._pairs[path]


def _entities(store: ox.Store) -> dict[str, tuple[BuiltEntity, ...]]:
    """Article key -> its entities, each with the mentions in that article only."""
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _query(store, _ENTITIES):
        kinds[(_key(row["a"]), _key(row["e"]))].add(_text(row["cls"]).rsplit("/", 1)[-1])
    mentions = _mentions(store)
    props = _entity_props(store)
    stated = _stated_titles(store)
    out: dict[str, list[BuiltEntity]] = defaultdict(list)
    for (article, ent), classes in kinds.items():
        kind = next(k for k in KINDS if k in classes)
        titles = stated.get((article, ent), ()) if stated else props["title"].get(ent, ())
        out[article].append(_entity(ent, kind, props, mentions.get((article, ent), ()), titles))
    return {a: tuple(sorted(es, key=lambda e: (e.kind, e.name, e.iri))) for a, es in out.items()}


def _entity_props(store: ox.Store) -> dict[str, dict[str, tuple[str, ...]]]:
    """The per-node values an entity record needs, by property."""
    return {
        "name": _pairs(store, "schema:name"),
        "alt": _pairs(store, "schema:alternateName"),
        "title": _pairs(store, "schema:jobTitle"),
        "aff": _pairs(store, "schema:affiliation/schema:name"),
    }


def _stated_titles(store: ox.Store) -> dict[tuple[str, str], tuple[str, ...]]:
    """(article, person) -> the titles of the memberships that article states: what the article says,
    not what other articles say of the same person. Empty when the graph has no such memberships."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _query(store, _STATED_TITLES):
        found[(_key(row["a"]), _key(row["e"]))].add(_text(row["t"]))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _entity(
    iri: str, kind: str, props: dict[str, dict[str, tuple[str, ...]]], mentions: tuple[tuple[int, int], ...],
    titles: tuple[str, ...],
) -> BuiltEntity:
    """One entity record from the property tables."""
    names = props["name"].get(iri, ())
    name = names[0] if names else ""
    alts = tuple(n for n in (*names[1:], *props["alt"].get(iri, ())) if n != name)
    return BuiltEntity(
        iri, kind, name, alts, titles, props["aff"].get(iri, ()), mentions
    )


def _mentions(store: ox.Store) -> dict[tuple[str, str], tuple[tuple[int, int], ...]]:
    """(article, entity) -> sorted distinct mention offsets."""
    found: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for row in _query(store, _MENTIONS):
        try:
            span = (int(_text(row["b"])), int(_text(row["end"])))
        except ValueError:
            continue
        found[(_key(row["a"]), _key(row["e"]))].add(span)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _first_line(exc: BaseException) -> str:
    """The first line of an exception message (or its type name)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
