"""A read-only SPARQL 1.1 Protocol endpoint over a graph, by running the `oxigraph` CLI.

    with Endpoint("exports/graph.ttl", port=0) as endpoint:   # port 0: any free port
        print(endpoint.url)                                   # http://127.0.0.1:PORT/query

A graph file is first loaded (`oxigraph load`) into a temporary store that is deleted on stop; an
Oxigraph store folder is served as it is. The server runs as `oxigraph serve-read-only`, bound to
loopback unless told otherwise; it is stopped with SIGTERM (then SIGKILL if it lingers), and on Linux
it is also told to die with its parent, so no server outlives the process that started it.
"""
from __future__ import annotations

import contextlib
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from kg.errors import KGError

GRAPH_SUFFIXES = (".ttl", ".trig", ".nq", ".nt")
"""Graph files `oxigraph load` reads by extension (Turtle, TriG, N-Quads, N-Triples)."""
DEFAULT_HOST = "127.0.0.1"
_ENV = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
DEFAULT_PORT = 7878


class EndpointError(KGError):
    """The endpoint cannot be started: bad source, busy port, no `oxigraph` program, load failure."""


def oxigraph_program() -> str:
    """The `oxigraph` CLI: beside this Python (a virtualenv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise EndpointError("the oxigraph program is not installed; run: pip install 'oxigraph>=0.5,<0.6'")
    return found


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on at HOST right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _check_port_free(host: str, port: int) -> None:
    """Fail early (the server itself may share a port via SO_REUSEPORT and then answer for another)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise EndpointError(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc}); "
                                "choose another port (0 picks a free one)") from None


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: have the kernel send SIGTERM to the server if the process that started it dies."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Endpoint:
    """A running `oxigraph serve-read-only` over SOURCE; a context manager that starts and stops it."""

    def __init__(self, source: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, timeout: float = 30.0) -> None:
        self.source = Path(source)
        self.host = host
        self.port = port
        self.timeout = timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._tempdir: str | None = None
        self._log: IO[bytes] | None = None

    @property
    def base(self) -> str:
        """http://HOST:PORT (IPv6 hosts in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.base}/query"

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> Endpoint:
        """Load the source if it is a file, start the server, and return once it answers queries."""
        if self._process is not None:
            return self
        program = oxigraph_program()
        if self.port == 0:
            self.port = free_port(self.host)
        _check_port_free(self.host, self.port)
        try:
            location = self._location(program)
            self._log = tempfile.TemporaryFile(prefix="kg-serve-log-")  # noqa: SIM115 - open while serving
            bind = f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"
            self._process = subprocess.Popen(
                [program, "serve-read-only", "--location", location, "--bind", bind, "--union-default-graph"],
                stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, env=_ENV,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
            )
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _location(self, program: str) -> str:
        """The store folder to serve: the source itself, or a temporary store the file is loaded into."""
        if self.source.is_dir():
            if not (self.source / "CURRENT").is_file():
                raise EndpointError(f"{self.source}: not an Oxigraph store folder (no CURRENT file); give a "
                                    f"graph file ({', '.join(GRAPH_SUFFIXES)}) or a store made by oxigraph load")
            return str(self.source)
        if not self.source.is_file():
            raise EndpointError(f"{self.source}: no such file or folder; give a graph file "
                                f"({', '.join(GRAPH_SUFFIXES)}) or an Oxigraph store folder")
        if self.source.suffix.lower() not in GRAPH_SUFFIXES:
            raise EndpointError(f"{self.source}: unknown graph file type {self.source.suffix or '(none)'!r}; "
                                f"use one of {', '.join(GRAPH_SUFFIXES)} or an Oxigraph store folder")
        self._tempdir = tempfile.mkdtemp(prefix="kg-serve-")
        load = subprocess.run([program, "load", "--location", self._tempdir, "--file", str(self.source)],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace", check=False,
                              env=_ENV)
        if load.returncode != 0:
            raise EndpointError(f"{self.source}: cannot load: {_error_line(load.stderr)}")
        return self._tempdir

    def _wait_ready(self) -> None:
        """Poll with an ASK query until the server answers; fail if it exits or the time runs out."""
        probe = self.url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + self.timeout
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                raise EndpointError(f"oxigraph stopped at start (exit {self._process.returncode}): "
                                    f"{_error_line(self._log_text())}")
            with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1.0) as answer:
                if answer.status == 200:
                    return
            if time.monotonic() > deadline:
                raise EndpointError(f"oxigraph did not answer at {self.url} within {self.timeout:g} s")
            time.sleep(0.05)

    def _log_text(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait(self) -> int:
        """Block until the server exits (for `kg serve`); its exit code."""
        if self._process is None:
            return 0
        return self._process.wait()

    def stop(self) -> None:
        """SIGTERM the server, SIGKILL it after 10 s, reap it, and delete the temporary store."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)
            self._tempdir = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _error_line(text: str) -> str:
    """oxigraph's most specific error line ("Error while loading ...", else "Error: ..."), or its last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for prefix in ("Error while", "Error:"):
        for line in lines:
            if line.startswith(prefix):
                return re.sub(r"^Error(:| while loading file .*?:)\s*", "", line)
    return lines[-1] if lines else "no message"
