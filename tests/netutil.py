"""Network helpers for tests: a listener on 127.0.0.1 that counts the connections made to it (to prove a
query makes no outbound request), the oxigraph program, a process's children, and raw HTTP requests
to an endpoint (over a plain socket, so that malformed ones can be sent too), and a big test graph."""
from __future__ import annotations

import json
import shutil
import socket
import sys
import threading
import urllib.parse
from pathlib import Path
from typing import Any

ANSWER = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"leak"}}]}}'


class Listener:
    """Counts every connection; answers each like a SPARQL endpoint, so a request that does reach it succeeds."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(1)
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (len(ANSWER), ANSWER))
            except OSError:
                return  # the client hung up first: the connection is counted all the same

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self.held:
            conn.close()
        self.sock.close()


class SilentListener(Listener):
    """Accepts every connection and never answers: an endpoint that hangs."""

    def _handle(self, conn: socket.socket) -> None:
        self.held.append(conn)


def oxigraph_program() -> str:
    """The `oxigraph` command-line program (installed with the oxigraph package), for tests that make
    stores or run a writable server with it."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the oxigraph program is not installed; run: pip install 'oxigraph>=0.5,<0.6'")
    return found


def children(pid: int) -> list[int]:
    """The process ids whose parent is PID (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def request(port: int, method: str = "GET", target: str = "/query", body: bytes | None = None,
            headers: dict[str, str] | None = None, raw: bytes | None = None, timeout: float = 30
            ) -> tuple[int, dict[str, str], bytes]:
    """One HTTP/1.0 exchange over a plain socket (so that malformed requests can be sent too)."""
    if raw is None:
        lines = [f"{method} {target} HTTP/1.0", "Host: 127.0.0.1"]
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        if body is not None and not any(k.lower() == "content-length" for k in (headers or {})):
            lines.append(f"Content-Length: {len(body)}")
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + (body or b"")
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw)
        with sock.makefile("rb") as answer:
            data = answer.read()
    head, _, content = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    if not status_line.startswith("HTTP/"):
        raise ConnectionError(f"no HTTP answer: {data[:100]!r}")
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in header_lines)}
    return int(status_line.split()[1]), fields, content


def query(port: int, sparql: str, accept: str | None = "application/sparql-results+json", how: str = "get",
          **kw: Any) -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept": accept} if accept else {}
    if how == "get":
        return request(port, target="/query?" + urllib.parse.urlencode({"query": sparql}), headers=headers, **kw)
    if how == "form":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return request(port, "POST", body=urllib.parse.urlencode({"query": sparql}).encode(), headers=headers, **kw)
    headers["Content-Type"] = "application/sparql-query"
    return request(port, "POST", body=sparql.encode("utf-8"), headers=headers, **kw)


def rows(content: bytes) -> list[dict[str, Any]]:
    return list(json.loads(content)["results"]["bindings"])


def write_big_graph(path: Path, triples: int) -> Path:
    """N-Triples of `triples` statements over three predicates, with multi-line literals: big enough
    that a cartesian query runs long and a listing passes the endpoint's limits."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(triples):
            out.write(f'<http://example.org/s{i}> <http://example.org/p{i % 3}> "value {i}\\nline two" .\n')
    return path
