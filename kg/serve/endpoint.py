"""`Endpoint`: the store, the query runner and the HTTP front of `kg serve`, started and stopped together.

    with Endpoint("exports/graph.ttl", port=0) as endpoint:   # port 0: any free port
        print(endpoint.url)                                   # http://127.0.0.1:PORT/query
"""
from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType
from typing import Self

import pyoxigraph as ox

from kg.serve.front import Front
from kg.serve.guard import Asked, Limits
from kg.serve.process import EndpointError, Runner, prepare, remove_scratch, scratch_folder

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


class Endpoint:
    """A read-only SPARQL endpoint over SOURCE (a graph file or an Oxigraph store folder) on HOST:PORT;
    a context manager that starts and stops everything it runs (threads, worker processes, files)."""

    def __init__(self, source: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 timeout: float = 30.0, **limits: float) -> None:
        """`timeout`: seconds to wait for the endpoint to come up; `limits`: any field of guard.Limits
        (query_timeout, max_results, max_bytes, client_timeout, max_connections, max_queries, busy_wait)."""
        self.source = Path(source)
        self.host = host
        self.port = port
        self.timeout = timeout
        try:
            self.limits = Limits(**limits)  # type: ignore[arg-type]
        except TypeError as exc:
            raise EndpointError(f"unknown endpoint setting: {exc}") from None
        self.scratch: Path | None = None
        """The private folder of the loaded store and the answers while serving."""
        self._front: Front | None = None
        self._runner: Runner | None = None
        self._thread: threading.Thread | None = None

    @property
    def query_timeout(self) -> float:
        return self.limits.query_timeout

    @property
    def max_results(self) -> int:
        return self.limits.max_results

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
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Endpoint:
        """Prepare the store, answer one query through a worker, start the front; return once it listens."""
        if self._front is not None:
            return self
        problem = self.limits.check()
        if problem is not None:
            raise EndpointError(problem)
        try:
            self.scratch = scratch_folder()
            location = prepare(self.source, self.scratch)
            limits = self.limits
            self._runner = Runner(location, self.scratch, timeout=max(limits.query_timeout, self.timeout),
                                  max_results=limits.max_results, max_bytes=limits.max_bytes)
            probe = self._runner.run(Asked("ASK {}", "ASK", ox.QueryResultsFormat.JSON))
            if probe.kind != "ok":
                raise EndpointError(f"{self.source}: the query worker cannot answer ({probe.kind}: {probe.detail})")
            assert probe.path is not None
            probe.path.unlink(missing_ok=True)
            self._runner.timeout = limits.query_timeout
            try:
                self._front = Front.listen(self.host, self.port, self._runner, limits)
            except OSError as exc:
                raise EndpointError(f"--host {self.host} --port {self.port}: cannot listen there "
                                    f"({exc.strerror or exc}); choose another port (0 picks a free one)") from None
            self.port = int(self._front.server_address[1])
            self._thread = threading.Thread(target=self._front.serve_forever, kwargs={"poll_interval": 0.1},
                                            name=f"kg-serve-{self.port}", daemon=True)
            self._thread.start()
        except BaseException:
            self.stop()
            raise
        return self

    def wait(self) -> int:
        """Block until the endpoint stops (for `kg serve`, which stops it on a signal); 0."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)
        return 0

    def stop(self) -> None:
        """Stop accepting, kill running queries, hang up on clients, join every thread, delete the scratch
        folder. Safe to call twice."""
        front, self._front = self._front, None
        thread, self._thread = self._thread, None
        runner, self._runner = self._runner, None
        if front is not None and thread is not None:
            front.shutdown()  # ends serve_forever: no new connection is accepted
        if front is not None:
            front.hang_up()
        elif runner is not None:
            runner.stop()
        if front is not None:
            front.server_close()  # closes the listening socket and joins the request threads
        if thread is not None:
            thread.join(timeout=10)
        remove_scratch(self.scratch)
        self.scratch = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
