"""kg.serve.Endpoint and `kg serve`: a real endpoint on a free loopback port, queried with SPARQLWrapper
over the SPARQL 1.1 Protocol; read-only; no process, thread or file left behind."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.serve import Endpoint, EndpointError, free_port
from tests.netutil import children, oxigraph_program

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
WHO = (ROOT / "kg" / "query" / "queries" / "co-attendance.rq").read_text(encoding="utf-8")
RESULTS = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[Endpoint]:
    with Endpoint(FIXTURE, port=0) as running:
        yield running


def client(endpoint: Endpoint, query: str, fmt: str = JSON) -> Any:
    sparql = SPARQLWrapper(endpoint.url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(10)
    return sparql


def listening(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def test_endpoint_is_on_loopback(endpoint: Endpoint) -> None:
    assert endpoint.url == f"http://127.0.0.1:{endpoint.port}/query"
    assert endpoint.running and listening("127.0.0.1", endpoint.port)


def test_select_json(endpoint: Endpoint) -> None:
    answer = client(endpoint, WHO, JSON).queryAndConvert()
    rows = [(b["attendee1"]["value"], b["attendee2"]["value"], b["meetings"]["value"])
            for b in answer["results"]["bindings"]]
    assert rows[0] == ("Donald Trump", "Kim Jong Un", "2")
    assert len(rows) == 4


def test_select_xml(endpoint: Endpoint) -> None:
    answer = client(endpoint, WHO, XML).queryAndConvert()
    root = ET.fromstring(answer.toxml())
    assert [v.get("name") for v in root.iter(f"{RESULTS}variable")] == \
        ["attendee1", "attendee2", "meetings", "first", "last"]
    assert len(root.findall(f"{RESULTS}results/{RESULTS}result")) == 4


def test_ask(endpoint: Endpoint) -> None:
    prefix = "PREFIX kg: <https://w3id.org/newskg/ontology#>\n"
    assert client(endpoint, prefix + "ASK { ?m kg:status kg:Planned }").queryAndConvert()["boolean"] is True
    assert client(endpoint, prefix + "ASK { ?m kg:status kg:Cancelled }").queryAndConvert()["boolean"] is False


def test_construct(endpoint: Endpoint) -> None:
    query = """PREFIX schema: <https://schema.org/>
    CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"""
    turtle = client(endpoint, query, TURTLE).queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert sorted(str(o) for o in graph.objects()) == [
        "Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Mike Pompeo", "Moon Jae-in", "Sarah Sanders"]


def test_updates_are_refused(endpoint: Endpoint) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    for url in (f"{endpoint.base}/update", endpoint.url):
        sparql = SPARQLWrapper(endpoint.url, updateEndpoint=url)
        sparql.setMethod(POST)
        sparql.setQuery(update)
        with pytest.raises((SPARQLWrapperException, HTTPError)):
            sparql.query()
    still = client(endpoint, "ASK { <http://example.org/a> ?p ?o }").queryAndConvert()
    assert still["boolean"] is False


def test_stop_leaves_no_process_and_no_store(tmp_path: Path) -> None:
    others = set(children(os.getpid()))  # the workers of the module's endpoint
    running = Endpoint(FIXTURE, port=0).start()
    port, scratch = running.port, running.scratch
    assert set(children(os.getpid())) - others  # its own worker, warmed up at start
    assert scratch is not None and (scratch / "store" / "CURRENT").is_file()
    assert client(running, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
    assert list(scratch.glob("answer-*")) == []  # each answer file is deleted once sent
    running.stop()
    assert not running.running
    assert not listening("127.0.0.1", port)
    assert not scratch.exists()
    assert set(children(os.getpid())) <= others  # no worker of its own left
    running.stop()  # twice is fine


def test_store_folder_is_served_in_place(tmp_path: Path) -> None:
    store = tmp_path / "store"
    subprocess.run([oxigraph_program(), "load", "--location", str(store), "--file", str(FIXTURE)],
                   check=True, capture_output=True)
    with Endpoint(store, port=0) as running:
        answer = client(running, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").queryAndConvert()
        assert int(answer["results"]["bindings"][0]["n"]["value"]) > 200
    assert store.is_dir()


def test_start_errors_are_one_line(tmp_path: Path, endpoint: Endpoint) -> None:
    with pytest.raises(EndpointError, match="cannot listen there"):
        Endpoint(FIXTURE, port=endpoint.port).start()
    with pytest.raises(EndpointError, match="no such file or folder"):
        Endpoint(tmp_path / "missing.ttl", port=0).start()
    with pytest.raises(EndpointError, match="not an Oxigraph store folder"):
        Endpoint(tmp_path, port=0).start()
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix x: <y> .\nx:a x:b x:c .\n")
    with pytest.raises(EndpointError, match="cannot load: .*line 1") as error:
        Endpoint(broken, port=0).start()
    assert "\n" not in str(error.value)


def test_kg_serve_stops_cleanly_on_sigterm_even_mid_query(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(FIXTURE), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stderr is not None
    try:
        banner = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/query" in banner, banner
        answer: Any = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        answer.setQuery("ASK { ?s ?p ?o }")
        answer.setReturnFormat(JSON)
        assert answer.queryAndConvert()["boolean"] is True
        slow: Any = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        slow.setQuery("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        slow.setTimeout(30)

        def ask_slowly() -> None:
            with contextlib.suppress(Exception):  # the server hangs up on it when stopped
                slow.query()

        worker = threading.Thread(target=ask_slowly, daemon=True)
        worker.start()
        time.sleep(1.0)  # the slow query is running
        workers = children(proc.pid)
        assert len(workers) == 1  # the worker process (reused: the start-up probe's)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        assert "stopped" in proc.stderr.read()
        deadline = time.monotonic() + 5
        while Path(f"/proc/{workers[0]}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not Path(f"/proc/{workers[0]}").exists()
        assert not listening("127.0.0.1", port)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_kg_serve_bad_limits_exit_2() -> None:
    for option in (("--timeout", "0"), ("--timeout", "nan"), ("--max-results", "0")):
        run = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(FIXTURE), "--port", "0", *option],
                             capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
        assert run.returncode == 2, (option, run.stderr)
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_workers_end_with_a_killed_server() -> None:
    """SIGKILL leaves `kg serve` no chance to clean up: its idle workers end when their input closes."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(FIXTURE), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stderr is not None
    try:
        assert f"http://127.0.0.1:{port}/query" in proc.stderr.readline()
        workers = children(proc.pid)
        assert workers
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()
                and "zombie" not in Path(f"/proc/{pid}/status").read_text()]
