"""No network, ever: a full build of the sample corpus with every socket connection refused.

In process, a guard makes connect/connect_ex/create_connection/getaddrinfo/sendto raise on any address,
loopback included, and records the attempt. Out of process, `kg build` runs in a new network namespace
(no interface but a downed loopback) when `unshare` allows it.
"""
from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"
DATE = dt.date(2019, 1, 18)


class NetworkUsed(AssertionError):
    """Raised in place of any network access."""


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        def guard(*args: Any, **kwargs: Any) -> Any:
            target = args[1] if len(args) > 1 and isinstance(args[0], socket.socket) else args[:1]
            attempts.append(f"{what} {target!r}")
            raise NetworkUsed(f"network access during the build: {what} {target!r}")
        return guard

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    yield attempts


def test_guard_works(no_network: list[str]) -> None:
    import urllib.request

    with pytest.raises((NetworkUsed, OSError)):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
    with socket.socket() as sock, pytest.raises(NetworkUsed):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


def test_full_build_without_network(no_network: list[str], tmp_path: Path) -> None:
    from kg.ingest import read_inputs
    from kg.pipeline import build
    from kg.rdf.export import write_turtle

    result = build(read_inputs([str(SAMPLE)], DATE))
    assert result.documents >= 4 and not result.skipped, result.skipped
    count = write_turtle(result.graph.graph, tmp_path / "graph.ttl")
    assert count > 100
    parsed = list(pyoxigraph.parse(path=str(tmp_path / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(parsed) == count
    assert no_network == []


@pytest.mark.skipif(shutil.which("unshare") is None, reason="no unshare program")
def test_kg_build_in_a_namespace_without_network(tmp_path: Path) -> None:
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here")
    run = subprocess.run(["unshare", "-rn", sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "-o",
                          str(tmp_path), "--date", DATE.isoformat(), "--no-progress"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert (tmp_path / "graph.ttl").stat().st_size > 0
