"""The networkx graph to RDF under our ontology and the contract's standard terms (schema.org, NIF, PROV, ORG).

The RDF is made article by article: each article's triples are what that article supports (its
text and mentions, the facts read from it, and the description of every entity and meeting it
names), so a store can keep one named graph per article and their union is the whole graph.
Articles, mentions and entities are mapped here; each fact kind's nodes and edges by its own
module, through the registry (kg.kinds).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.kinds import ENTITY_NAMES, fact_kinds, node_kinds
from kg.kinds import base
from kg.kinds.base import char_iri, evidence_triples
from kg.rdf.terms import RDFTriple, rdflib_triple
from kg.vocab import IRI, ITSRDF, KG, NIF, OWL, PREFIXES, PROV, RDF, SCHEMA, XSD, Lit
from kg.vocab import Triple as PlainTriple

__all__ = ["ENTITY_CLASSES", "Triple", "article_graphs", "char_iri", "iri", "safe_iri", "to_rdf"]

Triple = RDFTriple
"""What the mapping gives the writers: rdflib terms (the kinds and the functions below say plain ones)."""

ENTITY_CLASSES = {name: (getattr(KG, name), SCHEMA[name]) for name in ENTITY_NAMES}


GEONAMES = "https://sws.geonames.org/{}/"
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")

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
    """The IRI of a graph node id, as rdflib's."""
    return URIRef(base.iri(node_id))


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
        kinds = fact_kinds()
        self.facts = node_kinds()  # node kind -> the fact kind that makes it
        self.edge_kinds = {t: k for k in kinds for t in k.edge_types}  # article-scoped edge type -> fact kind
        for u, v, e in graph.edges(data=True):
            if e["type"] in self.edge_kinds:
                for a in e.get("articles") or graph.nodes[u].get("articles", ()):
                    self.edges[a].append((u, v, e))
        self.description = lru_cache(maxsize=8192)(self._description)

    def article(self, aid: str) -> set[Triple]:
        g = self.graph
        d = g.nodes[aid]
        a = base.iri(aid)
        out: set[Triple] = set()

        def add(triples: Iterable[PlainTriple]) -> None:  # the boundary: plain terms become rdflib's
            out.update(map(rdflib_triple, triples))

        add(_article(a, d))
        for _, target, e in g.out_edges(aid, data=True):
            if e["type"] == "mention":
                add(_mention(a, base.iri(target), e))
        for node in self.nodes[aid]:
            nd = g.nodes[node]
            out.update(self.description(node))
            add([(base.iri(node), PROV.wasDerivedFrom, a)])
            fact = self.facts.get(nd["kind"])
            if fact is None:
                continue
            evidence = nd.get("evidence") or []
            for ev in evidence if isinstance(evidence, list) else [evidence]:
                if ev["article"] == d["identifier"]:
                    add(evidence_triples(base.iri(node), ev))
            if fact.in_article:
                add(fact.in_article(g, node, nd, a))
        for u, v, e in self.edges[aid]:
            edge_triples = self.edge_kinds[e["type"]].edge_triples
            if edge_triples:
                add(edge_triples(u, v, e))
        return out

    def _description(self, node: str) -> tuple[Triple, ...]:
        """What every article naming the node says of it: types, names, codes, attendees, status...
        (made rdflib's once, as it is cached)."""
        d = self.graph.nodes[node]
        kind = d["kind"]
        if kind in ENTITY_CLASSES:
            return tuple(rdflib_triple(t) for t in _entity(base.iri(node), d))
        fact = self.facts.get(kind)
        if fact is not None and fact.describe:
            return tuple(rdflib_triple(t) for t in fact.describe(self.graph, node, d))
        return ()


def _article(s: IRI, d: dict[str, Any]) -> Iterator[PlainTriple]:
    for cls in (KG.Article, SCHEMA.NewsArticle, NIF.Context):
        yield s, RDF.type, cls
    if "text" in d:
        yield s, NIF.isString, Lit(d["text"])
    else:  # kg build --no-text (KnowledgeGraph.without_text): the graph says the text was left out
        yield s, KG.textWithheld, Lit(True)
    yield s, SCHEMA.identifier, Lit(d["identifier"])
    if d.get("date"):
        yield s, SCHEMA.datePublished, Lit(d["date"], datatype=XSD.date)
    if d.get("title"):
        yield s, SCHEMA.headline, Lit(d["title"])
    url = safe_iri(d.get("url"))
    if url:
        yield s, SCHEMA.url, IRI(url)  # an IRI node, as schema:url's range (URL) and our shapes ask
    if d.get("publisher"):
        yield s, SCHEMA.publisher, Lit(d["publisher"])


def _entity(s: IRI, d: dict[str, Any]) -> Iterator[PlainTriple]:
    for cls in ENTITY_CLASSES[d["kind"]]:
        yield s, RDF.type, cls
    yield s, SCHEMA.name, Lit(d["name"])
    for alias in d.get("aliases", ()):
        yield s, SCHEMA.alternateName, Lit(alias)
    for code in (d.get("code"), d.get("iso2")):  # ISO 3166-1 alpha-3 and alpha-2 for countries
        if code:
            yield s, SCHEMA.identifier, Lit(code)
    if d.get("geonames"):
        yield s, OWL.sameAs, IRI(GEONAMES.format(d["geonames"]))


def _mention(article: IRI, entity: IRI, e: dict[str, Any]) -> Iterator[PlainTriple]:
    m = char_iri(article, e["start"], e["end"])
    for cls in (KG.Mention, NIF.Phrase, NIF.RFC5147String):
        yield m, RDF.type, cls
    yield m, NIF.beginIndex, Lit(e["start"], datatype=XSD.nonNegativeInteger)
    yield m, NIF.endIndex, Lit(e["end"], datatype=XSD.nonNegativeInteger)
    yield m, NIF.anchorOf, Lit(e["text"])
    yield m, NIF.referenceContext, article
    yield m, ITSRDF.taIdentRef, entity
