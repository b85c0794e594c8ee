"""`kg serve` under queries and clients that take too much (issue 18, items 5, 6, 11, 12, 13 and the Host
header): a cancelled query stops using CPU, a cut-off answer is never a 200, slow clients cannot lock
others out, the byte limit holds, a served store shows what is added to it, and a page on another host
name (DNS rebinding) is refused. Real endpoints on 127.0.0.1, a real store, generous time bounds."""
from __future__ import annotations

import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.store import Store
from kg.serve import Endpoint
from tests.netutil import write_big_graph, children, query, request, rows
from tests.test_serve_safety import CROSS, TRIPLES

TIMEOUT = 2.0


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_big_graph(tmp_path_factory.mktemp("limits") / "big.nt", TRIPLES)


@pytest.fixture(scope="module")
def endpoint(graph: Path) -> Iterator[Endpoint]:
    with Endpoint(graph, port=0, query_timeout=TIMEOUT, max_bytes=100_000, client_timeout=2.0) as running:
        yield running


def cpu_seconds_of_children() -> float:
    """CPU time (user + system) used so far by the live child processes of this process."""
    total = 0
    for pid in children(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def test_a_timed_out_query_stops_using_cpu(endpoint: Endpoint) -> None:
    status, _, content = query(endpoint.port, f"SELECT ?c (COUNT(*) AS ?n) WHERE {{ {CROSS} . ?j ?k ?l }} GROUP BY ?c")
    assert status == 503 and content.startswith(b"query cancelled"), content
    before = cpu_seconds_of_children()
    time.sleep(3)
    assert cpu_seconds_of_children() - before < 0.3  # nothing goes on computing the cancelled query


PAIRS = "?a ?b ?c . ?d ?e ?f"  # 3,000^2 = 9,000,000 solutions


@pytest.mark.parametrize("sparql", [
    f"SELECT ?a WHERE {{ {PAIRS} }} LIMIT 1 OFFSET {TRIPLES ** 2 - 1}",
    f"SELECT DISTINCT ?a ?d WHERE {{ {PAIRS} }} LIMIT 1 OFFSET {TRIPLES ** 2 - 1}",
])
def test_a_cut_off_answer_is_never_a_200(endpoint: Endpoint, sparql: str) -> None:
    """The whole answer is one row; a query cut off at the timeout must not pass for an empty answer."""
    status, _, content = query(endpoint.port, sparql)
    if status == 200:
        assert len(rows(content)) == 1, content[:200]
    else:
        assert status == 503 and content.startswith(b"query cancelled"), (status, content[:200])


def test_the_byte_limit_holds_for_one_huge_row(endpoint: Endpoint) -> None:
    sparql = "SELECT (GROUP_CONCAT(CONCAT(?o, ?o, ?o, ?o)) AS ?all) WHERE { ?s ?p ?o }"  # one row, ~250 kB
    status, _, content = query(endpoint.port, sparql)
    assert status == 413 and content.startswith(b"answer over 100000 bytes"), (status, content[:200])
    status, _, content = query(endpoint.port, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and rows(content)[0]["n"]["value"] == str(TRIPLES)


def test_slow_clients_cannot_lock_others_out(endpoint: Endpoint) -> None:
    """70 clients trickle a request, one byte every 0.3 s (more than the 64 connection slots); a normal
    query still gets its answer at once, and each trickler is cut off at its whole-request deadline."""
    slow = [socket.create_connection(("127.0.0.1", endpoint.port)) for _ in range(70)]
    stop = threading.Event()

    def trickle() -> None:
        line = b"GET /query?query=ASK%7B%7D HTTP/1.0\r\nX-Slow: " + b"a" * 1000
        for i in range(len(line)):
            for sock in slow:
                try:
                    sock.send(line[i:i + 1])
                except OSError:
                    continue  # cut off (or dropped to make room): as it should
            if stop.wait(0.3):
                return

    trickler = threading.Thread(target=trickle, daemon=True)
    trickler.start()
    try:
        time.sleep(1.0)
        started = time.monotonic()
        status, _, content = query(endpoint.port, "ASK { ?s ?p ?o }", timeout=10)
        assert status == 200 and b"true" in content
        assert time.monotonic() - started < 5
        last = slow[-1]  # admitted last, so never dropped for room: it meets its own deadline
        last.settimeout(8)
        started = time.monotonic()
        answer = last.recv(200)
        assert answer.startswith(b"HTTP/1.0 408"), answer
        assert time.monotonic() - started < 5
    finally:
        stop.set()
        trickler.join(5)
        for sock in slow:
            sock.close()


@pytest.mark.parametrize(("host", "status"), [
    ("evil.example", 403), ("evil.example:80", 403), ("127.0.0.1.nip.io", 403), ("localhost", 200),
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("[::1]:{port}", 200)])
def test_the_host_header_is_checked_on_loopback(endpoint: Endpoint, host: str, status: int) -> None:
    target = "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    raw = f"GET {target} HTTP/1.1\r\nHost: {host.format(port=endpoint.port)}\r\nConnection: close\r\n\r\n"
    got, _, content = request(endpoint.port, raw=raw.encode())
    assert got == status, content
    if status == 403:
        assert b"DNS rebinding" in content


def test_a_served_store_shows_articles_added_while_serving(tmp_path: Path) -> None:
    def article(n: int) -> tuple[str, list[ox.Quad]]:
        g = ox.NamedNode(f"http://example.org/article/{n}")
        return g.value, [ox.Quad(ox.NamedNode(f"http://example.org/thing/{n}"), ox.NamedNode("http://example.org/p"),
                                 ox.Literal(f"article {n}"), g)]

    db = tmp_path / "db"
    with Store(db) as store:
        store.put_all([article(1)])
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with Endpoint(db, port=0, query_timeout=10) as running:
        assert rows(query(running.port, count)[2])[0]["n"]["value"] == "1"
        with Store(db) as store:  # a build adds articles while the endpoint serves the store
            store.put_all([article(2), article(3)])
            assert rows(query(running.port, count)[2])[0]["n"]["value"] == "3"
        assert rows(query(running.port, count)[2])[0]["n"]["value"] == "3"
