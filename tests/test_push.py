"""`kg push` against a real, writable Oxigraph server on a free local port (no stub)."""
from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.rdf.push import PushError, push, target_url
from kg.serve import stop_process

FIXTURE = Path(__file__).parent / "data" / "query_fixture.ttl"
G = "https://example.org/graph/"


def oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).is_file():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return found


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh read-write Oxigraph server; yields its base URL, stopped (SIGTERM) afterwards."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([oxigraph(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"oxigraph did not start: {err}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc)


def count(base: str, where: str = "{ ?s ?p ?o }") -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {where}"
    request = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def triples() -> list[ox.Triple]:
    return list(ox.parse(path=str(FIXTURE)))


def write_nquads(path: Path, triples: list[ox.Triple]) -> Path:
    """The fixture's triples in two named graphs (alternating), as N-Quads."""
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(f"{G}{i % 2}")) for i, t in enumerate(triples)]
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    return path


def test_push_nquads_and_turtle_then_count_them(server: str, tmp_path: Path, triples: list[ox.Triple],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    write_nquads(shards / "part-0.nq", triples)
    assert main(["push", f"{server}/store", str(shards), str(FIXTURE)]) == 0
    assert count(server, f"{{ GRAPH <{G}0> {{ ?s ?p ?o }} }}") == (len(triples) + 1) // 2
    assert count(server, f"{{ GRAPH <{G}1> {{ ?s ?p ?o }} }}") == len(triples) // 2
    assert count(server) == len(triples)  # the Turtle went to the default graph
    assert "pushed 2 files" in capsys.readouterr().err
    # pushing again adds nothing (POST adds; our data has no blank nodes)
    assert main(["push", f"{server}/store", str(shards / "part-0.nq"), "--per-graph"]) == 0
    assert count(server, "{ GRAPH ?g { ?s ?p ?o } }") == len(triples)


def test_named_graph_gzip_and_per_graph(server: str, tmp_path: Path, triples: list[ox.Triple]) -> None:
    packed = tmp_path / "graph.ttl.gz"
    packed.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    done = list(push(f"{server}/store", [packed], graph="https://example.org/one"))
    assert [d.target for d in done] == ["https://example.org/one"] and done[0].status in (201, 204)
    assert count(server, "{ GRAPH <https://example.org/one> { ?s ?p ?o } }") == len(triples)
    done = list(push(f"{server}/store", [write_nquads(tmp_path / "x.nq", triples)], per_graph=True))
    assert [d.target for d in done] == [f"<{G}0>", f"<{G}1>"]
    assert count(server, f"{{ GRAPH <{G}1> {{ ?s ?p ?o }} }}") == len(triples) // 2


def test_refusals_are_one_line_errors(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n")
    with pytest.raises(PushError, match=r"bad.ttl \(default\): .* answered 400"):
        list(push(f"{server}/store", [bad], retries=0))
    assert main(["push", f"{server}/store", str(bad)]) == 1
    assert capsys.readouterr().err.startswith("kg: error: ")
    assert main(["push", f"{server}/store", str(tmp_path / "x.csv")]) == 2  # no such file
    (tmp_path / "x.csv").write_text("a,b\n")
    assert main(["push", f"{server}/store", str(tmp_path / "x.csv")]) == 2  # unknown format
    assert main(["push", f"{server}/store", str(FIXTURE), "--graph", "x", "--format", "nquads"]) == 2


def test_unreachable_endpoint(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(PushError, match="cannot reach"):
        list(push(f"http://127.0.0.1:{port}/store", [FIXTURE], retries=0, timeout=2))


def test_target_urls() -> None:
    assert target_url("http://h/store", None) == "http://h/store?default"
    assert target_url("http://h/ds/data?x=1", "http://g/a b") == "http://h/ds/data?x=1&graph=http%3A%2F%2Fg%2Fa%20b"
    assert target_url("http://h/store", "") == "http://h/store"
