"""What a fact kind is: its record type, the fields that refer to entities, how it becomes graph nodes
and edges, how those map to RDF triples, and how it is read back from RDF.

A fact kind's module (kg/kinds/role.py, meeting.py, ...) fills one `FactKind`; the registry
(kg/kinds/__init__.py) lists them. Nothing here imports spaCy or the per-document stage: an
extractor is given the parsed document and the document's resolution as opaque values.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from typing import Any, Protocol

import networkx as nx

from kg.ids import article_id
from kg.records import Article, Evidence, Kind
from kg.vocab import DATA, IRI, KG, NIF, RDF, XSD, Lit, Triple


@dataclass(frozen=True)
class Ref:
    """A field of a fact record that holds an entity key (or, with `many`, a tuple of keys).

    Corpus resolution rewrites every ref to the corpus node. `kinds` (empty: any) are the entity kinds
    the field may point at after a kind vote; a ref no longer of them drops the record when `required`,
    else becomes None. A `many` ref is made sorted and distinct; the record is dropped when fewer than
    `at_least` keys are left."""

    field: str
    kinds: tuple[Kind, ...] = ()
    required: bool = True
    many: bool = False
    at_least: int = 0


@dataclass(frozen=True)
class GraphContext:
    """Where an article's facts go: the graph, the article, its node, and the node ids corpus resolution
    chose for some records (record index -> node id: a meeting reported by several articles is one node)."""

    graph: nx.MultiDiGraph
    article: Article
    node: str
    node_ids: Mapping[int, str]


class ReadContext(Protocol):
    """A graph being read back (kg.rdf.read): rows of a SELECT and per-subject values of a property path,
    every term as its IRI, lexical value or `_:id`."""

    def select(self, body: str) -> Iterator[dict[str, str | None]]: ...

    def pairs(self, path: str) -> dict[str, tuple[str, ...]]: ...


Records = tuple[Any, ...]
Extractor = Callable[[Any, Article, Any], Iterable[Any]]
"""(spaCy Doc, article, the document's kg.resolve.document.Resolution) -> records of the kind."""


@dataclass(frozen=True)
class FactKind:
    """One kind of fact. `field` names its records in ArticleFacts (`facts.records(field)`).

    * graph: `add(context, records)` puts one article's records into the networkx graph; the nodes it
      makes are of `node_kinds` (with `articles` and `evidence` attributes), the article-scoped edges
      between entities of `edge_types` (with `articles`).
    * RDF, in the plain terms of kg.vocab (IRI, Lit; kg.rdf makes them rdflib's):
      `describe(graph, node, data)` is what every article naming one of its nodes says of it;
      `in_article(graph, node, data, article_iri)` what only the articles that support it say;
      `edge_triples(source, target, data)` the triples of one of its edges. Evidence and
      `prov:wasDerivedFrom` are written for every node of `node_kinds` by kg.rdf.mapping.
    * reading: `read(context)` -> article IRI -> the kind's records as read from RDF (kg eval); `ties`
      the links between drawn nodes that kg viz reads (kg.rdf.graphview).
    * extraction: `extract(doc, article, resolution)`, called by kg.extract.facts_from_doc for kinds
      beyond the built-in ones (those are read by the article pipeline of kg.extract, in one pass).
    """

    name: str
    field: str
    record: type
    refs: tuple[Ref, ...]
    add: Callable[[GraphContext, Records], None]
    node_kinds: tuple[str, ...] = ()
    counted: bool = True  # its node kinds are counted in KnowledgeGraph.counts (and the build's summary)
    describe: Callable[[nx.MultiDiGraph, str, dict[str, Any]], Iterable[Triple]] | None = None
    in_article: Callable[[nx.MultiDiGraph, str, dict[str, Any], IRI], Iterable[Triple]] | None = None
    edge_types: tuple[str, ...] = ()
    edge_triples: Callable[[str, str, dict[str, Any]], Iterable[Triple]] | None = None
    read: Callable[[ReadContext], Mapping[str, Records]] | None = None
    ties: tuple[tuple[str, str], ...] = ()  # (SPARQL property path from a node, tie name): what kg viz draws
    extract: Extractor | None = None
    keep: Callable[[Any], bool] | None = None  # after corpus resolution: whether a rewritten record stays


# ----------------------------------------------------------------------------- helpers the kinds share
def evidence_dict(ev: Evidence) -> dict[str, Any]:
    """An evidence record as a graph attribute."""
    return asdict(ev)


def iri(node_id: str) -> IRI:
    """The IRI of a graph node id."""
    return DATA[node_id]


def char_iri(article: IRI, start: int, end: int) -> IRI:
    """NIF's RFC 5147 fragment IRI of a span of the article text."""
    return IRI(f"{article}#char={start},{end}")


def evidence_triples(fact: IRI, ev: dict[str, Any]) -> Iterator[Triple]:
    """The evidence span of a fact: the sentence it was read from, in its article."""
    article = iri(article_id(ev["article"]))
    e = char_iri(article, ev["start"], ev["end"])
    yield e, RDF.type, KG.Evidence
    yield e, RDF.type, NIF.String
    yield e, NIF.beginIndex, Lit(ev["start"], datatype=XSD.nonNegativeInteger)
    yield e, NIF.endIndex, Lit(ev["end"], datatype=XSD.nonNegativeInteger)
    yield e, NIF.referenceContext, article
    if "sentence" in ev:  # absent in a graph built with --no-text
        yield e, KG.sentence, Lit(ev["sentence"])
    yield fact, KG.evidence, e


def confidence(s: IRI, d: dict[str, Any]) -> Triple:
    """Three decimals at most, in canonical form ("1", "0.85"), which is also how a store gives it back."""
    value = format(Decimal(str(round(d["confidence"], 3))).normalize(), "f")
    return s, KG.confidence, Lit(value, datatype=XSD.decimal)


def first(values: tuple[str, ...]) -> str | None:
    """The first of sorted values, or None."""
    return values[0] if values else None


def shifted(record: Any, offset: int) -> Any:
    """RECORD with every character offset moved by OFFSET: its evidence (one or a tuple) and its own
    `start`/`end` (kg.pieces joins the facts of an article's pieces)."""
    changes: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Evidence):
            changes[f.name] = replace(value, start=value.start + offset, end=value.end + offset)
        elif isinstance(value, tuple) and value and all(isinstance(v, Evidence) for v in value):
            changes[f.name] = tuple(replace(v, start=v.start + offset, end=v.end + offset) for v in value)
        elif f.name in ("start", "end") and isinstance(value, int):
            changes[f.name] = value + offset
    return replace(record, **changes)
