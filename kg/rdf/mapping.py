"""The networkx graph to RDF under our ontology and the contract's standard terms (schema.org, NIF, PROV, ORG).

The RDF is made article by article: each article's triples are what that article supports (its
text and mentions, the facts read from it, and the description of every entity and meeting it
names), so a store can keep one named graph per article and their union is the whole graph.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, TIME, XSD
from rdflib.term import Node

from kg.ids import article_id
from kg.rdf.namespace import DATA, ITSRDF, KG, NIF, PREFIXES, SCHEMA

ENTITY_CLASSES = {
    "Person": (KG.Person, SCHEMA.Person),
    "Organization": (KG.Organization, SCHEMA.Organization),
    "Country": (KG.Country, SCHEMA.Country),
    "Place": (KG.Place, SCHEMA.Place),
}
STATUS = {"held": KG.Held, "planned": KG.Planned, "proposed": KG.Proposed, "cancelled": KG.Cancelled}
EVENT_STATUS = {"planned": SCHEMA.EventScheduled, "proposed": SCHEMA.EventScheduled,
                "cancelled": SCHEMA.EventCancelled}
QUALIFIER = {"beginning": KG.Beginning, "middle": KG.Middle, "end": KG.End}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


GEONAMES = "https://sws.geonames.org/{}/"
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")

Triple = tuple[Node, Node, Node]
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def safe_iri(url: str | None) -> str | None:
    """A URL given with an article as a valid absolute IRI: stray '%' and characters IRIs forbid are
    percent-encoded; None when it is no absolute URL at all (then no schema:url is written)."""
    if not url:
        return None
    fixed = quote(_BAD_PERCENT.sub("%25", url.strip()), safe=":/?#[]@!$&'()*+,;=%-._~", encoding="utf-8")
    if not _ABSOLUTE_IRI.match(fixed):
        return None
    try:
        ox.NamedNode(fixed)
    except ValueError:
        return None
    return fixed


def iri(node_id: str) -> URIRef:
    return DATA[node_id]


def char_iri(article: URIRef, start: int, end: int) -> URIRef:
    """NIF's RFC 5147 fragment IRI of a span of the article text."""
    return URIRef(f"{article}#char={start},{end}")


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """Every node and edge of the knowledge graph as triples (the union of the article graphs)."""
    rdf = Graph()
    for prefix, ns in PREFIXES.items():
        rdf.bind(prefix, ns, override=True)
    for _, triples in article_graphs(graph):
        for t in triples:
            rdf.add(t)
    return rdf


def article_graphs(graph: nx.MultiDiGraph) -> Iterator[tuple[str, set[Triple]]]:
    """(article node id, its triples) for every article, in id order; memory is one article's worth.
    The triples are a set: the exporters put them in canonical order (kg.rdf.export.article_quads)."""
    index = _Index(graph)
    for aid in sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "Article"):
        yield aid, index.article(aid)


class _Index:
    """Which nodes and edges each article supports, and the shared descriptions of nodes (cached)."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.nodes: dict[str, list[str]] = defaultdict(list)
        self.edges: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
        for node, d in graph.nodes(data=True):
            if d.get("kind") != "Article":
                for a in d.get("articles", ()):
                    self.nodes[a].append(node)
        for u, v, e in graph.edges(data=True):
            if e["type"] in ("affiliation", "nationality"):
                for a in e.get("articles") or graph.nodes[u].get("articles", ()):
                    self.edges[a].append((u, v, e))
        self.description = lru_cache(maxsize=8192)(self._description)

    def article(self, aid: str) -> set[Triple]:
        g = self.graph
        d = g.nodes[aid]
        a = iri(aid)
        out: set[Triple] = set(_article(a, d))
        for _, target, e in g.out_edges(aid, data=True):
            if e["type"] == "mention":
                out.update(_mention(a, iri(target), e))
        for node in self.nodes[aid]:
            nd = g.nodes[node]
            out.update(self.description(node))
            out.add((iri(node), PROV.wasDerivedFrom, a))
            if nd["kind"] in ("Meeting", "Quotation", "Membership"):
                evidence = nd["evidence"]
                for ev in evidence if isinstance(evidence, list) else [evidence]:
                    if ev["article"] == d["identifier"]:
                        out.update(_evidence(iri(node), ev))
            if nd["kind"] == "Quotation":
                out.add((iri(node), SCHEMA.isPartOf, a))
            elif nd["kind"] == "Membership" and nd.get("title"):
                for _, person, e in g.out_edges(node, data=True):
                    if e["type"] == "member":
                        out.add((iri(person), SCHEMA.jobTitle, Literal(nd["title"])))
        for u, v, e in self.edges[aid]:
            if e["type"] == "affiliation":
                out.add((iri(u), SCHEMA.affiliation, iri(v)))
                if e.get("title"):
                    out.add((iri(u), SCHEMA.jobTitle, Literal(e["title"])))
            else:
                out.add((iri(u), SCHEMA.nationality, iri(v)))
        return out

    def _description(self, node: str) -> tuple[Triple, ...]:
        """What every article naming the node says of it: types, names, codes, attendees, status..."""
        d = self.graph.nodes[node]
        kind = d["kind"]
        if kind in ENTITY_CLASSES:
            return tuple(_entity(iri(node), d))
        if kind == "Meeting":
            return tuple(_meeting(self.graph, node, d))
        if kind == "Quotation":
            return tuple(_quotation(self.graph, node, d))
        if kind == "Membership":
            return tuple(_membership(self.graph, node, d))
        return ()


def _article(s: URIRef, d: dict[str, Any]) -> Iterator[Triple]:
    for cls in (KG.Article, SCHEMA.NewsArticle, NIF.Context):
        yield s, RDF.type, cls
    if "text" in d:
        yield s, NIF.isString, Literal(d["text"])
    else:  # kg build --no-text (KnowledgeGraph.without_text): the graph says the text was left out
        yield s, KG.textWithheld, Literal(True)
    yield s, SCHEMA.identifier, Literal(d["identifier"])
    if d.get("date"):
        yield s, SCHEMA.datePublished, Literal(d["date"], datatype=XSD.date)
    if d.get("title"):
        yield s, SCHEMA.headline, Literal(d["title"])
    url = safe_iri(d.get("url"))
    if url:
        yield s, SCHEMA.url, URIRef(url)  # an IRI node, as schema:url's range (URL) and our shapes ask
    if d.get("publisher"):
        yield s, SCHEMA.publisher, Literal(d["publisher"])


def _entity(s: URIRef, d: dict[str, Any]) -> Iterator[Triple]:
    for cls in ENTITY_CLASSES[d["kind"]]:
        yield s, RDF.type, cls
    yield s, SCHEMA.name, Literal(d["name"])
    for alias in d.get("aliases", ()):
        yield s, SCHEMA.alternateName, Literal(alias)
    for code in (d.get("code"), d.get("iso2")):  # ISO 3166-1 alpha-3 and alpha-2 for countries
        if code:
            yield s, SCHEMA.identifier, Literal(code)
    if d.get("geonames"):
        yield s, OWL.sameAs, URIRef(GEONAMES.format(d["geonames"]))


def _mention(article: URIRef, entity: URIRef, e: dict[str, Any]) -> Iterator[Triple]:
    m = char_iri(article, e["start"], e["end"])
    for cls in (KG.Mention, NIF.Phrase, NIF.RFC5147String):
        yield m, RDF.type, cls
    yield m, NIF.beginIndex, Literal(e["start"], datatype=XSD.nonNegativeInteger)
    yield m, NIF.endIndex, Literal(e["end"], datatype=XSD.nonNegativeInteger)
    yield m, NIF.anchorOf, Literal(e["text"])
    yield m, NIF.referenceContext, article
    yield m, ITSRDF.taIdentRef, entity


def _evidence(fact: URIRef, ev: dict[str, Any]) -> Iterator[Triple]:
    article = iri(article_id(ev["article"]))
    e = char_iri(article, ev["start"], ev["end"])
    yield e, RDF.type, KG.Evidence
    yield e, RDF.type, NIF.String
    yield e, NIF.beginIndex, Literal(ev["start"], datatype=XSD.nonNegativeInteger)
    yield e, NIF.endIndex, Literal(ev["end"], datatype=XSD.nonNegativeInteger)
    yield e, NIF.referenceContext, article
    if "sentence" in ev:  # absent in a graph built with --no-text
        yield e, KG.sentence, Literal(ev["sentence"])
    yield fact, KG.evidence, e


def _confidence(s: URIRef, d: dict[str, Any]) -> Triple:
    """Three decimals at most, in canonical form ("1", "0.85"), which is also how a store gives it back."""
    value = format(Decimal(str(round(d["confidence"], 3))).normalize(), "f")
    return s, KG.confidence, Literal(value, datatype=XSD.decimal)


def _date_literal(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[len(value)])


def _meeting(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Meeting
    yield s, RDF.type, SCHEMA.Event
    names = []
    for _, target, e in sorted(graph.out_edges(node, data=True), key=lambda x: x[1]):
        if e["type"] == "attendee":
            yield s, SCHEMA.attendee, iri(target)
            names.append(graph.nodes[target]["name"])
        elif e["type"] == "location" and graph.nodes[target].get("kind") in ("Place", "Country"):
            yield s, SCHEMA.location, iri(target)  # the contract: a Place or Country node
    yield s, SCHEMA.name, Literal(f"{d['trigger']} of " + " and ".join(sorted(names)))
    yield s, KG.status, STATUS[d["status"]]
    if d["status"] in EVENT_STATUS:
        yield s, SCHEMA.eventStatus, EVENT_STATUS[d["status"]]
    if d.get("date"):
        yield s, SCHEMA.startDate, _date_literal(d["date"])
        yield from _time(s, d["date"])
    if d.get("date_end"):
        yield s, SCHEMA.endDate, _date_literal(d["date_end"])
    if d.get("date_qualifier"):
        yield s, KG.dateQualifier, QUALIFIER[d["date_qualifier"]]
    if d.get("duration"):
        yield s, SCHEMA.duration, Literal(d["duration"], datatype=XSD.duration)
    if d.get("ordinal"):
        yield s, KG.ordinal, Literal(d["ordinal"], datatype=XSD.positiveInteger)
    yield s, KG.cameoCode, Literal(d["cameo"])
    yield s, KG.trigger, Literal(d["trigger"])
    yield s, KG.supportCount, Literal(d.get("support") or len(d.get("articles", ())) or 1,
                                      datatype=XSD.positiveInteger)
    yield _confidence(s, d)


def _time(meeting: URIRef, value: str) -> Iterator[Triple]:
    """OWL-Time: the meeting's day, month or year as a time:Instant / time:ProperInterval."""
    t = URIRef(f"{meeting}#time")
    yield meeting, KG.time, t
    if len(value) == 10:
        yield t, RDF.type, TIME.Instant
        yield t, TIME.inXSDDate, Literal(value, datatype=XSD.date)
    else:
        yield t, RDF.type, TIME.ProperInterval
        prop = TIME.inXSDgYearMonth if len(value) == 7 else TIME.inXSDgYear
        yield t, prop, _date_literal(value)


def _quotation(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Quotation
    yield s, RDF.type, SCHEMA.Quotation
    yield s, SCHEMA.text, Literal(d["text"])
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "creator":
            yield s, SCHEMA.creator, iri(target)
    yield _confidence(s, d)


def _membership(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Membership
    yield s, RDF.type, ORG.Membership
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "member":
            yield s, ORG.member, iri(target)
        elif e["type"] == "organization":
            yield s, ORG.organization, iri(target)
    if d.get("title"):
        yield s, KG.title, Literal(d["title"])
    if d.get("valid_on"):
        yield s, KG.validOn, Literal(d["valid_on"], datatype=XSD.date)
    yield _confidence(s, d)
