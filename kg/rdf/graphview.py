"""Read a graph (file or Oxigraph store folder) into what pictures need: typed nodes, typed edges, and
per node its names, titles, ties, meetings, quotations and the sentences it was read from.

Nothing RDF leaves this module: the view is made of frozen dataclasses of strings, sorted so that the
same graph always gives the same view.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.kinds import ENTITY_NAMES, fact_kinds
from kg.rdf.namespace import KG_ONTOLOGY, PREFIXES
from kg.rdf.sparql import open_source

ENTITY_KINDS = ENTITY_NAMES
"""schema.org classes of entities, in order of preference when a node has several."""
KINDS = (*ENTITY_KINDS, "Meeting")
MAX_SENTENCES = 6
"""Source sentences kept per entity (the first ones by article and position)."""

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")


@dataclass(frozen=True)
class ViewNode:
    """An entity or a meeting, with everything its detail panel shows."""

    id: str  # the IRI
    kind: str  # one of KINDS
    label: str
    names: tuple[str, ...] = ()  # alternate names
    titles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()  # names of affiliated organizations/countries
    nationalities: tuple[str, ...] = ()  # names of countries
    articles: tuple[str, ...] = ()  # identifiers of the source articles
    published: tuple[str, ...] = ()  # publication dates of the source articles
    sentences: tuple[str, ...] = ()  # where it was read: mention sentences, or a meeting's evidence
    quotes: tuple[str, ...] = ()  # what a speaker is quoted as saying
    # meetings only
    start: str | None = None
    end: str | None = None
    status: str | None = None  # Held | Planned | Proposed | Cancelled
    location: str | None = None  # name of the place
    duration: str | None = None
    attendees: tuple[str, ...] = ()  # attendee IRIs


@dataclass(frozen=True)
class ViewEdge:
    """A tie drawn between two nodes: attendee, location (meeting -> place), affiliation, nationality."""

    source: str
    target: str
    kind: str


@dataclass(frozen=True)
class GraphView:
    """The drawable part of a knowledge graph."""

    nodes: tuple[ViewNode, ...] = ()
    edges: tuple[ViewEdge, ...] = ()

    def index(self) -> dict[str, ViewNode]:
        """Nodes by IRI."""
        return {n.id: n for n in self.nodes}

    @property
    def meetings(self) -> tuple[ViewNode, ...]:
        """The meetings, dated ones first by start date."""
        found = [n for n in self.nodes if n.kind == "Meeting"]
        return tuple(sorted(found, key=lambda m: (m.start is None, m.start or "", m.id)))


def read_view(source: Path | str) -> GraphView:
    """The view of a graph file (.ttl, .trig, .nq, .nt, .jsonld, .rdf) or an Oxigraph store folder."""
    return build_view(open_source(source))


def build_view(store: ox.Store) -> GraphView:
    """The view of the graph in a store."""
    p = _Props(store)
    kinds = _kinds(store)
    articles = {a: (ident, date) for a, ident, date in _articles(store)}
    sentences = _mention_sentences(store)
    quotes: dict[str, list[str]] = defaultdict(list)
    for q, creator in _rows(store, "SELECT ?q ?c WHERE { ?q a schema:Quotation ; schema:creator ?c }"):
        quotes[creator].extend(p.get("schema:text", q))
    nodes: list[ViewNode] = []
    edges: set[ViewEdge] = set()
    ties = [tie for k in fact_kinds() for tie in k.ties]  # affiliation, nationality, attendee, location, ...
    for iri, kind in sorted(kinds.items()):
        name = p.first("schema:name", iri) or _local(iri)
        srcs = [articles[a] for a in p.get("prov:wasDerivedFrom", iri) if a in articles]
        for path, tie in ties:
            edges.update(ViewEdge(iri, other, tie) for other in p.get(path, iri) if other in kinds)
        if kind == "Meeting":
            nodes.append(_meeting(iri, p, srcs))
            continue
        affiliations = [a for a in p.get("schema:affiliation", iri) if a in kinds]
        nationalities = [c for c in p.get("schema:nationality", iri) if c in kinds]
        nodes.append(ViewNode(
            id=iri, kind=kind, label=name,
            names=tuple(n for n in p.get("schema:alternateName", iri) if n != name),
            titles=p.get("schema:jobTitle", iri),
            affiliations=tuple(sorted(p.first("schema:name", a) or _local(a) for a in affiliations)),
            nationalities=tuple(sorted(p.first("schema:name", c) or _local(c) for c in nationalities)),
            articles=tuple(sorted({i for i, _ in srcs})),
            published=tuple(sorted({d for _, d in srcs if d})),
            sentences=tuple(sentences.get(iri, ())[:MAX_SENTENCES]),
            quotes=tuple(sorted(set(quotes.get(iri, ())))),
        ))
    ordered = tuple(sorted(edges, key=lambda e: (e.source, e.target, e.kind)))
    return GraphView(tuple(nodes), ordered)


def _meeting(iri: str, p: _Props, srcs: list[tuple[str, str | None]]) -> ViewNode:
    status = p.first("kg:status", iri)
    where = p.first("schema:location", iri)
    start = p.first("schema:startDate", iri)
    place = (p.first("schema:name", where) or _local(where)) if where else None
    return ViewNode(
        id=iri, kind="Meeting",
        label=" · ".join(x for x in (start or "undated", place) if x),
        names=p.get("schema:name", iri),
        articles=tuple(sorted({i for i, _ in srcs})),
        published=tuple(sorted({d for _, d in srcs if d})),
        sentences=p.get("kg:evidence/kg:sentence", iri),
        start=start, end=p.first("schema:endDate", iri),
        status=status[len(KG_ONTOLOGY):] if status and status.startswith(KG_ONTOLOGY) else status,
        location=place,
        duration=p.first("schema:duration", iri),
        attendees=p.get("schema:attendee", iri),
    )


class _Props:
    """Subject -> sorted distinct values of a property path, computed once per path."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store
        self._cache: dict[str, dict[str, tuple[str, ...]]] = {}

    def get(self, path: str, subject: str) -> tuple[str, ...]:
        if path not in self._cache:
            found: dict[str, set[str]] = defaultdict(set)
            for s, v in _rows(self._store, f"SELECT ?s ?v WHERE {{ ?s {path} ?v }}"):
                found[s].add(v)
            self._cache[path] = {s: tuple(sorted(v)) for s, v in found.items()}
        return self._cache[path].get(subject, ())

    def first(self, path: str, subject: str) -> str | None:
        values = self.get(path, subject)
        return values[0] if values else None


def _rows(store: ox.Store, body: str) -> Iterator[tuple[str, ...]]:
    """SELECT rows as tuples of IRIs / lexical values ('' where unbound)."""
    result = store.query(_PROLOGUE + body, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    for row in result:
        yield tuple(_text(row[n]) for n in names)


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(getattr(term, "value", term))


def _local(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _kinds(store: ox.Store) -> dict[str, str]:
    """Every entity and meeting with its kind (the first of KINDS among its classes)."""
    classes: dict[str, set[str]] = defaultdict(set)
    classes_ = " ".join(f"schema:{k}" for k in ENTITY_KINDS)
    query = f"SELECT ?e ?c WHERE {{ VALUES ?c {{ {classes_} kg:Meeting }} ?e a ?c }}"
    for e, c in _rows(store, query):
        classes[e].add(_local(c))
    return {e: next(k for k in KINDS if k in cs) for e, cs in classes.items()}


def _articles(store: ox.Store) -> Iterator[tuple[str, str, str | None]]:
    query = """SELECT ?a ?id ?date WHERE { { ?a a schema:NewsArticle } UNION { ?a a kg:Article }
      OPTIONAL { ?a schema:identifier ?id } OPTIONAL { ?a schema:datePublished ?date } }"""
    for a, ident, date in _rows(store, query):
        yield a, ident or _local(a), date or None


def _mention_sentences(store: ox.Store) -> dict[str, list[str]]:
    """Entity -> the distinct sentences its mentions sit in, by article identifier and offset."""
    texts: dict[str, str] = {a: t for a, t in _rows(store, "SELECT ?a ?t WHERE { ?a nif:isString ?t }")}
    query = """SELECT ?e ?a ?b ?id WHERE { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?a ;
      nif:beginIndex ?b . OPTIONAL { ?a schema:identifier ?id } }"""
    spans: dict[str, set[tuple[str, int, str]]] = defaultdict(set)
    for e, a, b, ident in _rows(store, query):
        if a in texts and b.isdigit():
            spans[e].add((ident or a, int(b), a))
    bounds = {a: _sentence_bounds(t) for a, t in texts.items()}
    out: dict[str, list[str]] = {}
    for e, found in spans.items():
        seen: list[str] = []
        for _, begin, a in sorted(found):
            sentence = _sentence_at(texts[a], bounds[a], begin)
            if sentence and sentence not in seen:
                seen.append(sentence)
        out[e] = seen
    return out


def _sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of a text (a light rule: end mark, space, capital)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _sentence_at(text: str, starts: list[int], offset: int, limit: int = 400) -> str:
    """The sentence holding OFFSET, whitespace-collapsed, cut to LIMIT characters around it."""
    begin = max((s for s in starts if s <= offset), default=0)
    end = min((s for s in starts if s > offset), default=len(text))
    sentence = " ".join(text[begin:end].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
