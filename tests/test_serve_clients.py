"""`kg serve` as SPARQL clients expect it: /sparql as well as /query, a SPARQL 1.1 Service Description on a
GET without a query, and CORS headers (with preflight) so that browser tools can call it."""
from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.serve import Endpoint

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with Endpoint(FIXTURE, port=0) as running:
        yield running.url.rsplit("/", 1)[0]


def request(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method, headers=headers or {}), timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_sparql_is_an_alias_of_query(base: str) -> None:
    for path in ("/query", "/sparql"):
        sparql = SPARQLWrapper(base + path)
        sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/newskg/ontology#Meeting> }")
        sparql.setReturnFormat(JSON)
        assert sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "3", path  # type: ignore[index]
    assert request(base + "/sparql/x")[0] == 404


@pytest.mark.parametrize("path", ["/query", "/sparql"])
def test_service_description_on_get_without_a_query(base: str, path: str) -> None:
    status, headers, body = request(base + path, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert service is not None
    assert graph.value(service, SD.endpoint) == URIRef(base + path)
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON")) in graph
    status, headers, body = request(base + path, headers={"Accept": "application/ld+json"})
    assert status == 200 and len(Graph().parse(data=body, format="json-ld")) == len(graph)
    assert request(base + path + "?default-graph-uri=urn:x")[0] == 400  # parameters but no query: an error


def test_cors(base: str) -> None:
    status, headers, _ = request(base + "/sparql?query=ASK%20%7B%7D", headers={"Origin": "http://localhost:8080"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = request(base + "/query", method="OPTIONS", headers={
        "Origin": "http://localhost:8080", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert request(base + "/update", method="OPTIONS")[0] == 403
    status, headers, _ = request(base + "/query?update=CLEAR%20ALL")  # refusals carry the header too
    assert status == 403 and headers["Access-Control-Allow-Origin"] == "*"
