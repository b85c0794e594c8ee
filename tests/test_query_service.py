"""`kg query` makes no network request: a query that calls a remote SERVICE is refused unless
--allow-service (issue 18, item 8). Checked against a real listener on 127.0.0.1 that counts connections."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main
from kg.query import ServiceRefused, run
import time

from tests.netutil import Listener, SilentListener

FIXTURE = Path(__file__).parent / "data" / "query_fixture.ttl"


@pytest.fixture()
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


def service_query(port: int) -> str:
    return f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?o }} }}"


def test_kg_query_refuses_service(listener: Listener, capsys: pytest.CaptureFixture[str]) -> None:
    for sparql in (service_query(listener.port),
                   f"PREFIX r: <http://127.0.0.1:{listener.port}/> ASK {{ sErViCe r:x {{ }} }}"):
        assert main(["query", str(FIXTURE), sparql]) == 1
        err = capsys.readouterr().err
        assert err.startswith("kg: error: federated query refused") and "--allow-service" in err
        assert len(err.strip().splitlines()) == 1
    with pytest.raises(ServiceRefused):
        run(FIXTURE, service_query(listener.port))
    assert listener.connections == 0


def test_allow_service_lets_it_through(listener: Listener, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(FIXTURE), service_query(listener.port), "--allow-service", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["x", "leak"]
    assert listener.connections == 1


def test_the_word_service_elsewhere_is_fine(capsys: pytest.CaptureFixture[str]) -> None:
    sparql = 'SELECT ?service WHERE { ?service schema:name "SERVICE <http://x/>" } # SERVICE <http://x/>'
    assert main(["query", str(FIXTURE), sparql]) == 0


def test_a_service_that_never_answers_times_out(capsys: pytest.CaptureFixture[str]) -> None:
    silent = SilentListener()
    try:
        began = time.monotonic()
        code = main(["query", str(FIXTURE), service_query(silent.port), "--allow-service", "--service-timeout", "1"])
        took = time.monotonic() - began
    finally:
        silent.close()
    err = capsys.readouterr().err
    assert code == 1 and took < 30
    assert err.startswith("kg: error:") and "did not answer within 1 s" in err and len(err.strip().splitlines()) == 1
    assert silent.held, "the query never reached the endpoint"


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf"])
def test_service_timeout_must_be_positive_seconds(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["query", str(FIXTURE), "ASK {}", "--allow-service", "--service-timeout", value])
    assert exit_.value.code == 2 and f"{value!r} is not a positive number of seconds" in capsys.readouterr().err
