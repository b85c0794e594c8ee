"""The SPARQL 1.1 Service Description of `kg serve` (https://www.w3.org/TR/sparql11-service-description/),
sent for a GET without a query: what the endpoint is, the language, the result formats it writes, and
that its default graph is the union of the article graphs. Clients (YASGUI, SPARQL notebooks) read it
to find their way around; the same request always gets the same bytes."""
from __future__ import annotations

import pyoxigraph as ox

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG", "N3")
"""The W3C format IRIs of what the endpoint answers (kg.serve.guard's RESULT_FORMATS and GRAPH_FORMATS)."""


def description(endpoint: str) -> list[ox.Triple]:
    """The triples describing the endpoint at the URL ENDPOINT."""
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")

    def sd(local: str) -> ox.NamedNode:
        return ox.NamedNode(SD + local)

    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
    ]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMATS]
    return triples


def serialized(endpoint: str, fmt: ox.RdfFormat) -> bytes:
    """The description in FMT (one of kg.serve.guard.GRAPH_FORMATS)."""
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in description(endpoint)]
        return ox.serialize(quads, format=fmt) or b""
    prefixes = {"sd": SD, "formats": FORMATS} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3) else None
    return ox.serialize(description(endpoint), format=fmt, prefixes=prefixes) or b""
