"""The guard in front of `kg serve`: no SERVICE call ever leaves the machine, no update, a query timeout, a
result limit, and a burst of malformed requests on 127.0.0.1 that leaves the endpoint answering correctly.

Everything runs against a generated store of 3,000 triples, on free loopback ports only.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.serve import Endpoint, negotiate, query_form, service_refusal
from tests.netutil import write_big_graph, Listener, children, query, request, rows

TIMEOUT = 2.0
LIMIT = 1000
TRIPLES = 3000
CLIENT = 2.0  # seconds a client has to send its request (and to take its answer)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_big_graph(tmp_path_factory.mktemp("safety") / "big.nt", TRIPLES)


@pytest.fixture(scope="module")
def endpoint(graph: Path) -> Iterator[Endpoint]:
    with Endpoint(graph, port=0, query_timeout=TIMEOUT, max_results=LIMIT, client_timeout=CLIENT) as running:
        yield running


@pytest.fixture()
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


# --- SERVICE --------------------------------------------------------------------------------------------

def service_queries(port: int) -> list[str]:
    at = f"http://127.0.0.1:{port}/sparql"
    return [
        f"SELECT * WHERE {{ SERVICE <{at}> {{ ?x ?p ?o }} }}",
        f"select * where {{ service silent <{at}> {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o . SeRvIcE <{at}> {{ ?x ?p ?o }} }}",
        f"PREFIX remote: <{at}> SELECT * WHERE {{ SERVICE remote: {{ ?x ?p ?o }} }}",
        f"PREFIX ex: <{at}#> SELECT * WHERE {{ SERVICEex:x {{ ?x ?p ?o }} }}",        # no word boundary
        f"PREFIX : <{at}#> SELECT * WHERE {{ service::x {{ ?x ?p ?o }} }}",            # SERVICE + :x
        f"SELECT * WHERE {{ ?s ?p true SERVICE<{at}> {{ }} }}",
        f"SELECT * WHERE {{ ?s ?p 12SERVICE<{at}> {{ }} }}",
        f"SELECT * WHERE {{ ?s ?p trueSERVICE<{at}> {{ }} }}",
        f"SELECT * WHERE {{ VALUES ?r {{ <{at}> }} SERVICE ?r {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?r {{ <{at}> }} FILTER(?a<?b)SERVICE?r#>\n{{ }} }}",   # '<' read as an IRI
        f"SELECT * WHERE {{ ?s ?p \"x\" # comment\n SERVICE <{at}> {{ }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{at}> {{ }} }}",
        f"ASK {{ SERVICE <{at}> {{ }} }}",
        f"CONSTRUCT {{ ?x ?p ?o }} WHERE {{ SERVICE <{at}> {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{at}> {{ ?x ?p ?o }} }} }} }}",
    ]


def test_oxigraph_alone_would_make_the_request(graph: Path, listener: Listener) -> None:
    """The control: run by pyoxigraph itself, without the guard, a SERVICE query does reach the listener."""
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    assert [str(row["x"]) for row in store.query(service_queries(listener.port)[0])] == ['"leak"']
    assert listener.connections == 1


def test_service_is_refused_and_nothing_goes_out(endpoint: Endpoint, listener: Listener) -> None:
    for sparql in service_queries(listener.port):
        for how in ("get", "form", "body"):
            status, _, content = query(endpoint.port, sparql, how=how)
            assert status == 403, (sparql, how, content)
            assert content == b"federated queries (SERVICE) are refused: this endpoint never makes outbound " \
                              b"requests\n"
    time.sleep(0.3)
    assert listener.connections == 0


def test_from_clauses_are_not_fetched(endpoint: Endpoint, listener: Listener) -> None:
    at = f"http://127.0.0.1:{listener.port}/graph"
    status, _, content = query(endpoint.port, f"SELECT * FROM <{at}> FROM NAMED <{at}> WHERE {{ ?s ?p ?o }} LIMIT 1")
    assert status == 200, content
    status, _, _ = request(endpoint.port, target="/query?" + urllib.parse.urlencode(
        {"query": "ASK { ?s ?p ?o }", "default-graph-uri": at, "named-graph-uri": at}))
    assert status == 200
    time.sleep(0.3)
    assert listener.connections == 0


def test_the_word_service_elsewhere_is_fine(endpoint: Endpoint) -> None:
    for sparql in ["SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
                   "PREFIX schema: <https://schema.org/> SELECT * WHERE { ?s schema:serviceType ?o }",
                   "SELECT * WHERE { ?s <http://example.org/service> \"SERVICE <http://x>\" } # SERVICE <x>",
                   "SELECT * WHERE { ?s ?p ?o FILTER(?o = 'SERVICE' && lang(?o) = \"en-service\") }"]:
        status, _, content = query(endpoint.port, sparql)
        assert status == 200, (sparql, content)


def test_service_detection_rules() -> None:
    assert service_refusal("SELECT * { ?s ?p ?o }") is None
    assert service_refusal("SELECT ?service { ?s ?p 'SERVICE' }") is None
    assert service_refusal("PREFIX schema: <https://schema.org/> SELECT * { ?s schema:serviceType ?o }") is None
    assert service_refusal("SELECT * { ?s ?p ?o.SERVICE <x> {} }") is not None
    assert service_refusal("SELECT * { ?s ?p ex:o.SERVICE<x> {} }") is not None  # conservative
    assert service_refusal("PREFIX service: <http://x/> SELECT * { ?s ?p ?o }") is not None  # conservative
    assert query_form("PREFIX a: <x> BASE <y> select * {}") == "SELECT"
    assert query_form("# c\nWITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "UPDATE"
    assert query_form("hello") is None


# --- updates --------------------------------------------------------------------------------------------

def test_updates_are_refused(endpoint: Endpoint) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    attempts = [
        request(endpoint.port, target="/query?" + urllib.parse.urlencode({"update": update})),
        request(endpoint.port, "POST", body=urllib.parse.urlencode({"update": update}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"}),
        request(endpoint.port, "POST", target="/update", body=urllib.parse.urlencode({"update": update}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"}),
        request(endpoint.port, "POST", body=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        query(endpoint.port, update, how="form"),
        query(endpoint.port, "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }", how="body"),
        query(endpoint.port, "LOAD <http://127.0.0.1:9/x.ttl>"),
        query(endpoint.port, "CLEAR ALL"),
        query(endpoint.port, "DROP DEFAULT"),
    ]
    for status, _, content in attempts:
        assert (status, content) == (403, b"SPARQL UPDATE is refused: this endpoint is read-only\n")
    status, _, content = query(endpoint.port, "ASK { <http://example.org/a> ?p ?o }")
    assert json.loads(content)["boolean"] is False
    status, _, content = query(endpoint.port, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert rows(content)[0]["n"]["value"] == str(TRIPLES)


# --- timeout and result limit ----------------------------------------------------------------------------

CROSS = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i"  # 3,000^3 combinations


@pytest.mark.parametrize("sparql", [
    f"SELECT (COUNT(*) AS ?n) WHERE {{ {CROSS} }}",
    f"SELECT ?a WHERE {{ {CROSS} FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 3) }}",
    f"ASK {{ {CROSS} FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 3) }}",
])
def test_slow_queries_are_cancelled_within_the_timeout(endpoint: Endpoint, sparql: str) -> None:
    started = time.monotonic()
    status, _, content = query(endpoint.port, sparql)
    took = time.monotonic() - started
    assert status == 503, content
    assert content == f"query cancelled: it ran longer than the {TIMEOUT:g} s limit of this endpoint " \
                      "(kg serve --timeout)\n".encode()
    assert took < TIMEOUT + 4, took
    status, _, content = query(endpoint.port, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")  # still answers
    assert status == 200 and rows(content)[0]["n"]["value"] == str(TRIPLES)


def test_result_limit(endpoint: Endpoint) -> None:
    started = time.monotonic()
    for sparql in ["SELECT * WHERE { ?s ?p ?o }", f"SELECT * WHERE {{ {CROSS} }}"]:
        status, _, content = query(endpoint.port, sparql)
        assert status == 413
        assert content == f"more than {LIMIT} rows: over the result limit of this endpoint (kg serve " \
                          "--max-results); page with LIMIT and OFFSET, or aggregate\n".encode()
    status, _, content = query(endpoint.port, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 413 and content.startswith(f"more than {LIMIT} triples".encode())
    status, _, content = query(endpoint.port, "DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 413
    assert time.monotonic() - started < 10
    status, _, content = query(endpoint.port, f"SELECT * WHERE {{ ?s ?p ?o }} ORDER BY ?s LIMIT {LIMIT}")
    assert status == 200 and len(rows(content)) == LIMIT
    status, _, content = query(endpoint.port, f"SELECT * WHERE {{ ?s ?p ?o }} ORDER BY ?s OFFSET {TRIPLES - 5}")
    assert status == 200 and len(rows(content)) == 5
    status, _, content = query(endpoint.port, f"CONSTRUCT WHERE {{ ?s ?p ?o }} LIMIT {LIMIT}", "application/n-triples")
    assert status == 200 and len(content.splitlines()) == LIMIT


# --- formats ------------------------------------------------------------------------------------------------

def test_results_in_the_format_asked_for(endpoint: Endpoint) -> None:
    select = "SELECT ?s ?o WHERE { ?s <http://example.org/p0> ?o } ORDER BY ?s LIMIT 2"
    answers = {accept: query(endpoint.port, select, accept, how="form") for accept in
               ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values", None, "*/*", "text/*;q=0.5, application/sparql-results+xml;q=0.9",
                "application/json"]}
    assert answers["application/sparql-results+json"][1]["content-type"] == "application/sparql-results+json"
    assert [b["s"]["value"] for b in rows(answers[None][2])] == ["http://example.org/s0", "http://example.org/s1002"]
    assert answers["application/sparql-results+xml"][2].startswith(b"<?xml")
    assert answers["text/csv"][2].splitlines()[:2] == [b"s,o", b'http://example.org/s0,"value 0']
    assert answers["text/tab-separated-values"][2].splitlines()[:2] == \
        [b"?s\t?o", b'<http://example.org/s0>\t"value 0\\nline two"']
    assert answers["*/*"][1]["content-type"] == "application/sparql-results+json"
    assert answers["text/*;q=0.5, application/sparql-results+xml;q=0.9"][1]["content-type"] == \
        "application/sparql-results+xml"
    assert answers["application/json"][1]["content-type"] == "application/sparql-results+json"
    graph = "CONSTRUCT WHERE { <http://example.org/s1> ?p ?o }"
    assert query(endpoint.port, graph, None)[1]["content-type"] == "text/turtle"
    assert query(endpoint.port, graph, "application/n-triples")[2] == \
        b'<http://example.org/s1> <http://example.org/p1> "value 1\\nline two" .\n'
    assert query(endpoint.port, graph, "application/rdf+xml")[2].startswith(b"<?xml")
    ask = query(endpoint.port, "ASK { ?s ?p ?o }", "application/sparql-results+xml")
    assert ask[0] == 200 and b"<boolean>true</boolean>" in ask[2]
    status, _, content = query(endpoint.port, select, "image/png")
    assert status == 406 and content.startswith(b"no acceptable format for SELECT results")


def test_negotiate() -> None:
    from kg.serve import GRAPH_FORMATS, RESULT_FORMATS

    assert negotiate("text/turtle;q=0, */*", GRAPH_FORMATS).media_type == "application/n-triples"
    assert negotiate("application/turtle,text/turtle", GRAPH_FORMATS).media_type == "text/turtle"
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml;q=0.3", RESULT_FORMATS).media_type \
        == "application/sparql-results+xml"
    assert negotiate("text/html", RESULT_FORMATS) is None
    assert negotiate("text/csv;q=nan, text/csv;q=x", RESULT_FORMATS) is None


# --- malformed requests ---------------------------------------------------------------------------------------

def malformed(i: int, port: int) -> tuple[str, bytes | None, dict[str, Any]]:
    """The i-th malformed request: (what, raw bytes or None, request() keywords)."""
    kinds: list[tuple[str, bytes | None, dict[str, Any]]] = [
        ("garbage bytes", bytes((i * 37 + k) % 256 for k in range(200)) + b"\r\n\r\n", {}),
        ("no version", b"GET /query?default-graph-uri=urn%3Ax\r\n\r\n", {}),
        ("bad version", b"GET /query HTTP/9.9\r\n\r\n", {}),
        ("empty line", b"\r\n\r\n", {}),
        ("wrong method PUT", None, {"method": "PUT", "body": b"x"}),
        ("wrong method DELETE", None, {"method": "DELETE"}),
        ("wrong method BREW", None, {"method": "BREW"}),
        ("HEAD", None, {"method": "HEAD"}),
        ("OPTIONS", None, {"method": "OPTIONS"}),
        ("wrong path", None, {"target": "/../../etc/passwd"}),
        ("root path", None, {"target": "/"}),
        ("huge header", None, {"headers": {"X-Big": "a" * 70_000}}),
        ("many headers", None, {"headers": {f"X-H{k}": "v" for k in range(150)}}),
        ("huge target", None, {"target": "/query?query=" + "a" * 70_000}),
        ("no query", None, {"target": "/query?default-graph-uri=urn%3Ax"}),  # a bare GET is the service description
        ("two queries", None, {"target": "/query?query=ASK%7B%7D&query=ASK%7B%7D"}),
        ("invalid SPARQL", None, {"target": "/query?" + urllib.parse.urlencode({"query": "SELECT WHERE {{ ?"})}),
        ("not a query", None, {"target": "/query?" + urllib.parse.urlencode({"query": "hello world"})}),
        ("bad percent", None, {"target": "/query?query=%ff%fe%00"}),
        ("body too big", None, {"method": "POST", "body": b"", "headers": {
            "Content-Type": "application/sparql-query", "Content-Length": str(50 * 1024 * 1024)}}),
        ("no length", b"POST /query HTTP/1.0\r\nContent-Type: application/sparql-query\r\n\r\nASK {}", {}),
        ("chunked", (b"POST /query HTTP/1.0\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query"
                    b"\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n"), {}),
        ("bad length", None, {"method": "POST", "body": b"ASK {}", "headers": {
            "Content-Type": "application/sparql-query", "Content-Length": "-5"}}),
        ("short body", None, {"method": "POST", "body": b"ASK {}", "headers": {
            "Content-Type": "application/sparql-query", "Content-Length": "60"}}),  # then silence
        ("wrong type", None, {"method": "POST", "body": b"<x/>", "headers": {"Content-Type": "text/xml"}}),
        ("binary body", None, {"method": "POST", "body": b"\xff\xfe\x00garbage",
                               "headers": {"Content-Type": "application/sparql-query"}}),
        ("form garbage", None, {"method": "POST", "body": b"%%%&&&===query",
                                "headers": {"Content-Type": "application/x-www-form-urlencoded"}}),
        ("deep nesting", None, {"target": "/query?" + urllib.parse.urlencode({"query": "SELECT * {" + "(" * 5000})}),
    ]
    return kinds[i % len(kinds)]


def test_burst_of_malformed_requests_then_a_normal_select(endpoint: Endpoint) -> None:
    threads_before = threading.active_count()
    started = time.monotonic()

    def one(i: int) -> tuple[str, int]:
        what, raw, kw = malformed(i, endpoint.port)
        try:
            status, _, content = request(endpoint.port, raw=raw, **kw)
        except (ConnectionError, ValueError, IndexError):
            return what, 0  # the server hung up without an answer: acceptable for garbage
        assert content.count(b"\n") <= 1, (what, content[:300])  # one line (or empty for HEAD)
        return what, status

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(300)))
    took = time.monotonic() - started
    assert took < 60, took
    codes: dict[str, set[int]] = {}
    for what, status in results:
        codes.setdefault(what, set()).add(status)
    assert codes["wrong method PUT"] == {405} and codes["wrong method BREW"] == {501}
    assert codes["wrong path"] == codes["root path"] == {404}
    assert codes["huge header"] == {431} and codes["many headers"] == {431} and codes["huge target"] == {414}
    assert codes["body too big"] == {413} and codes["no length"] == {411} and codes["chunked"] == {411}
    assert codes["invalid SPARQL"] == codes["not a query"] == codes["no query"] == codes["two queries"] == {400}
    assert codes["wrong type"] == {415} and codes["binary body"] == {400} and codes["bad percent"] == {400}
    assert codes["deep nesting"] == {403}
    assert codes["no version"] == {400} and codes["bad version"] == {505} and codes["short body"] == {408}
    assert codes["garbage bytes"] <= {0, 400} and codes["empty line"] <= {0, 400}
    assert all(status < 500 for what, statuses in codes.items() if what not in ("wrong method BREW", "bad version")
               for status in statuses)
    print(f"\n300 malformed requests in {took:.1f} s; answers: "
          + "; ".join(f"{what} {sorted(statuses)}" for what, statuses in sorted(codes.items())))
    status, _, content = query(endpoint.port, "SELECT ?o WHERE { <http://example.org/s7> ?p ?o }")
    assert status == 200 and [b["o"]["value"] for b in rows(content)] == ["value 7\nline two"]
    assert endpoint.running
    deadline = time.monotonic() + 5
    while threading.active_count() > threads_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() <= threads_before


def test_stop_is_prompt_with_idle_and_busy_clients(graph: Path) -> None:
    threads_before = set(threading.enumerate())
    others = set(children(os.getpid()))  # the workers of the module's endpoint
    running = Endpoint(graph, port=0, query_timeout=20).start()
    port = running.port
    idle = socket.create_connection(("127.0.0.1", port))  # connects, never sends
    busy: list[Any] = []

    def run_slow() -> None:
        try:
            busy.append(query(port, f"SELECT (COUNT(*) AS ?n) {{ {CROSS} }}")[0])
        except OSError as exc:  # ConnectionError too: the server hung up while stopping
            busy.append(exc)

    slow = threading.Thread(target=run_slow)
    slow.start()
    time.sleep(0.5)
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 5
    slow.join(5)
    idle.close()
    assert busy and busy[0] != 200
    assert not running.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    assert set(children(os.getpid())) <= others  # the slow query's worker was killed and reaped
    leftover = [t for t in threading.enumerate() if t not in threads_before and t.is_alive()]
    assert leftover == []
