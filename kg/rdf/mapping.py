"""The networkx graph to RDF under our ontology and the contract's standard terms (schema.org, NIF, PROV, ORG)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, TIME, XSD

from kg.graph import article_id
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


def iri(node_id: str) -> URIRef:
    return DATA[node_id]


def char_iri(article: URIRef, start: int, end: int) -> URIRef:
    """NIF's RFC 5147 fragment IRI of a span of the article text."""
    return URIRef(f"{article}#char={start},{end}")


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """Every node and edge of the knowledge graph as triples."""
    rdf = Graph()
    for prefix, ns in PREFIXES.items():
        rdf.bind(prefix, ns, override=True)
    for node, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "Article":
            _article(rdf, node, data)
        elif kind in ENTITY_CLASSES:
            _entity(rdf, graph, node, data)
        elif kind == "Meeting":
            _meeting(rdf, graph, node, data)
        elif kind == "Quotation":
            _quotation(rdf, graph, node, data)
        elif kind == "Membership":
            _membership(rdf, graph, node, data)
    return rdf


def _article(rdf: Graph, node: str, d: dict[str, Any]) -> None:
    s = iri(node)
    for cls in (KG.Article, SCHEMA.NewsArticle, NIF.Context):
        rdf.add((s, RDF.type, cls))
    rdf.add((s, NIF.isString, Literal(d["text"])))
    rdf.add((s, SCHEMA.identifier, Literal(d["identifier"])))
    if d.get("date"):
        rdf.add((s, SCHEMA.datePublished, Literal(d["date"], datatype=XSD.date)))
    if d.get("title"):
        rdf.add((s, SCHEMA.headline, Literal(d["title"])))
    if d.get("url"):
        rdf.add((s, SCHEMA.url, Literal(d["url"], datatype=XSD.anyURI)))
    if d.get("publisher"):
        rdf.add((s, SCHEMA.publisher, Literal(d["publisher"])))


def _entity(rdf: Graph, graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> None:
    s = iri(node)
    for cls in ENTITY_CLASSES[d["kind"]]:
        rdf.add((s, RDF.type, cls))
    rdf.add((s, SCHEMA.name, Literal(d["name"])))
    for alias in d.get("aliases", ()):
        rdf.add((s, SCHEMA.alternateName, Literal(alias)))
    if d.get("code"):
        rdf.add((s, SCHEMA.identifier, Literal(d["code"])))
    for article in d.get("articles", ()):
        rdf.add((s, PROV.wasDerivedFrom, iri(article)))
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "affiliation":
            rdf.add((s, SCHEMA.affiliation, iri(target)))
            if e.get("title"):
                rdf.add((s, SCHEMA.jobTitle, Literal(e["title"])))
        elif e["type"] == "nationality":
            rdf.add((s, SCHEMA.nationality, iri(target)))
    for source, _, e in graph.in_edges(node, data=True):
        if e["type"] == "mention":
            _mention(rdf, iri(source), s, e)
        elif e["type"] == "member" and graph.nodes[source].get("title"):
            rdf.add((s, SCHEMA.jobTitle, Literal(graph.nodes[source]["title"])))


def _mention(rdf: Graph, article: URIRef, entity: URIRef, e: dict[str, Any]) -> None:
    m = char_iri(article, e["start"], e["end"])
    for cls in (KG.Mention, NIF.Phrase, NIF.RFC5147String):
        rdf.add((m, RDF.type, cls))
    rdf.add((m, NIF.beginIndex, Literal(e["start"], datatype=XSD.nonNegativeInteger)))
    rdf.add((m, NIF.endIndex, Literal(e["end"], datatype=XSD.nonNegativeInteger)))
    rdf.add((m, NIF.anchorOf, Literal(e["text"])))
    rdf.add((m, NIF.referenceContext, article))
    rdf.add((m, ITSRDF.taIdentRef, entity))


def _evidence(rdf: Graph, fact: URIRef, ev: dict[str, Any]) -> None:
    article = iri(article_id(ev["article"]))
    e = char_iri(article, ev["start"], ev["end"])
    rdf.add((e, RDF.type, KG.Evidence))
    rdf.add((e, RDF.type, NIF.String))
    rdf.add((e, NIF.beginIndex, Literal(ev["start"], datatype=XSD.nonNegativeInteger)))
    rdf.add((e, NIF.endIndex, Literal(ev["end"], datatype=XSD.nonNegativeInteger)))
    rdf.add((e, NIF.referenceContext, article))
    rdf.add((e, KG.sentence, Literal(ev["sentence"])))
    rdf.add((fact, KG.evidence, e))


def _fact_common(rdf: Graph, s: URIRef, d: dict[str, Any]) -> None:
    rdf.add((s, KG.confidence, Literal(Decimal(str(round(d["confidence"], 3))), datatype=XSD.decimal)))
    for article in d.get("articles", ()):
        rdf.add((s, PROV.wasDerivedFrom, iri(article)))
    evidence = d["evidence"]
    for ev in evidence if isinstance(evidence, list) else [evidence]:
        _evidence(rdf, s, ev)


def _date_literal(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[len(value)])


def _meeting(rdf: Graph, graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> None:
    s = iri(node)
    rdf.add((s, RDF.type, KG.Meeting))
    rdf.add((s, RDF.type, SCHEMA.Event))
    names = []
    for _, target, e in sorted(graph.out_edges(node, data=True), key=lambda x: x[1]):
        if e["type"] == "attendee":
            rdf.add((s, SCHEMA.attendee, iri(target)))
            names.append(graph.nodes[target]["name"])
        elif e["type"] == "location":
            rdf.add((s, SCHEMA.location, iri(target)))
    rdf.add((s, SCHEMA.name, Literal(f"{d['trigger']} of " + " and ".join(sorted(names)))))
    rdf.add((s, KG.status, STATUS[d["status"]]))
    if d["status"] in EVENT_STATUS:
        rdf.add((s, SCHEMA.eventStatus, EVENT_STATUS[d["status"]]))
    if d.get("date"):
        rdf.add((s, SCHEMA.startDate, _date_literal(d["date"])))
        _time(rdf, s, d["date"])
    if d.get("date_end"):
        rdf.add((s, SCHEMA.endDate, _date_literal(d["date_end"])))
    if d.get("date_qualifier"):
        rdf.add((s, KG.dateQualifier, QUALIFIER[d["date_qualifier"]]))
    if d.get("duration"):
        rdf.add((s, SCHEMA.duration, Literal(d["duration"], datatype=XSD.duration)))
    if d.get("ordinal"):
        rdf.add((s, KG.ordinal, Literal(d["ordinal"], datatype=XSD.positiveInteger)))
    rdf.add((s, KG.cameoCode, Literal(d["cameo"])))
    rdf.add((s, KG.trigger, Literal(d["trigger"])))
    _fact_common(rdf, s, d)


def _time(rdf: Graph, meeting: URIRef, value: str) -> None:
    """OWL-Time: the meeting's day, month or year as a time:Instant / time:ProperInterval."""
    t = URIRef(f"{meeting}#time")
    rdf.add((meeting, KG.time, t))
    if len(value) == 10:
        rdf.add((t, RDF.type, TIME.Instant))
        rdf.add((t, TIME.inXSDDate, Literal(value, datatype=XSD.date)))
    else:
        rdf.add((t, RDF.type, TIME.ProperInterval))
        prop = TIME.inXSDgYearMonth if len(value) == 7 else TIME.inXSDgYear
        rdf.add((t, prop, _date_literal(value)))


def _quotation(rdf: Graph, graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> None:
    s = iri(node)
    rdf.add((s, RDF.type, KG.Quotation))
    rdf.add((s, RDF.type, SCHEMA.Quotation))
    rdf.add((s, SCHEMA.text, Literal(d["text"])))
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "creator":
            rdf.add((s, SCHEMA.creator, iri(target)))
    for article in d.get("articles", ()):
        rdf.add((s, SCHEMA.isPartOf, iri(article)))
    _fact_common(rdf, s, d)


def _membership(rdf: Graph, graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> None:
    s = iri(node)
    rdf.add((s, RDF.type, KG.Membership))
    rdf.add((s, RDF.type, ORG.Membership))
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "member":
            rdf.add((s, ORG.member, iri(target)))
        elif e["type"] == "organization":
            rdf.add((s, ORG.organization, iri(target)))
    if d.get("title"):
        rdf.add((s, KG.title, Literal(d["title"])))
    if d.get("valid_on"):
        rdf.add((s, KG.validOn, Literal(d["valid_on"], datatype=XSD.date)))
    _fact_common(rdf, s, d)
