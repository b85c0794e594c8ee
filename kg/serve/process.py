"""Process management for `kg serve`: the store being served, one worker process per query, start and stop.

A graph file is first loaded into a temporary store (deleted on stop); an Oxigraph store folder is
served in place, opened read-only by each query's worker, so a query sees the articles a running
`kg build --store` has committed so far. A worker that runs past the query timeout is killed (SIGKILL):
a cancelled query stops using CPU and memory at once, and it can never answer with a partial result.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.serve.guard import Asked

GRAPH_SUFFIXES = (".ttl", ".trig", ".nq", ".nt")
"""Graph files that can be served, by extension (Turtle, TriG, N-Quads, N-Triples)."""
WORKER = Path(__file__).with_name("worker.py")
WORKER_MEMORY = 3 << 30
"""Address space a query worker may take (bytes): a runaway query ends there, not in the machine's swap."""
_ENV = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}


class EndpointError(KGError):
    """The endpoint cannot be started: bad source, busy port, unreadable store, load failure."""


@dataclass(frozen=True)
class Outcome:
    """How one query ended: "ok" (answer in `path`, `size` bytes), "timeout", "rows", "bytes", "failed"
    (`detail` says why) or "died" (the worker was killed by the kernel: out of memory or CPU)."""

    kind: str
    path: Path | None = None
    size: int = 0
    detail: str = ""


def stop_process(process: subprocess.Popen, grace: float = 10) -> None:  # type: ignore[type-arg]
    """SIGTERM a child, SIGKILL it when it has not ended after `grace` seconds; always reaped."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on at HOST right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class Runner:
    """Runs each query in a worker process of its own over the store at LOCATION; answers go to files in
    SCRATCH. `stop` kills the workers still running."""

    def __init__(self, location: Path, scratch: Path, *, timeout: float, max_results: int, max_bytes: int) -> None:
        self.location, self.scratch = location, scratch
        self.timeout, self.max_results, self.max_bytes = timeout, max_results, max_bytes
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._stopped = False

    def run(self, asked: Asked) -> Outcome:
        """Answer ASKED within the timeout; the caller deletes `Outcome.path` after use."""
        out = self.scratch / f"answer-{uuid.uuid4().hex}"
        job = {"location": str(self.location), "query": asked.query, "form": asked.form,
               "media": asked.fmt.media_type, "default_graphs": asked.default_graphs,
               "named_graphs": asked.named_graphs, "max_results": self.max_results, "max_bytes": self.max_bytes,
               "out": str(out), "cpu_seconds": math.ceil(self.timeout) + 1, "memory_bytes": WORKER_MEMORY}
        with self._lock:
            if self._stopped:
                return Outcome("failed", detail="the endpoint is stopping")
            # -P: the worker's folder is not put on sys.path (its neighbours would shadow modules)
            worker = subprocess.Popen([sys.executable, "-P", str(WORKER)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_ENV)
            self._running.add(worker)
        ok = False
        try:
            try:
                said, errors = worker.communicate(json.dumps(job).encode("utf-8"), timeout=self.timeout)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.communicate()
                return Outcome("timeout")
            if worker.returncode < 0:  # a signal: the kernel's CPU or memory limit, or a crash
                return Outcome("died", detail=f"signal {-worker.returncode}")
            if worker.returncode != 0 or not said.strip():
                last = errors.decode("utf-8", "replace").strip().splitlines()
                return Outcome("failed", detail=(last[-1] if last else f"exit {worker.returncode}")[:300])
            outcome = json.loads(said)
            if outcome["kind"] != "ok":
                return Outcome(outcome["kind"], detail=str(outcome.get("detail", "")))
            ok = True
            return Outcome("ok", out, int(outcome["size"]))
        finally:
            with self._lock:
                self._running.discard(worker)
            if worker.poll() is None:
                worker.kill()
                worker.wait()
            if not ok:
                out.unlink(missing_ok=True)

    def stop(self) -> None:
        """Kill every worker still running; no new one starts."""
        with self._lock:
            self._stopped = True
            running = list(self._running)
        for worker in running:
            with contextlib.suppress(OSError):
                worker.kill()


def prepare(source: Path, scratch: Path) -> Path:
    """The store folder to serve: SOURCE itself, or a store in SCRATCH that the graph file is loaded into."""
    import pyoxigraph as ox

    from kg.rdf.store import fill_default_union

    if source.is_dir():
        if not (source / "CURRENT").is_file():
            raise EndpointError(f"{source}: not an Oxigraph store folder (no CURRENT file); give a graph file "
                                f"({', '.join(GRAPH_SUFFIXES)}) or a store made by kg build --store or oxigraph load")
        try:
            ox.Store.read_only(str(source))
        except OSError as exc:
            raise EndpointError(f"{source}: cannot open the store ({_first_line(exc)})") from None
        return source
    if not source.is_file():
        raise EndpointError(f"{source}: no such file or folder; give a graph file ({', '.join(GRAPH_SUFFIXES)}) "
                            "or an Oxigraph store folder")
    if source.suffix.lower() not in GRAPH_SUFFIXES:
        raise EndpointError(f"{source}: unknown graph file type {source.suffix or '(none)'!r}; use one of "
                            f"{', '.join(GRAPH_SUFFIXES)} or an Oxigraph store folder")
    location = scratch / "store"
    store = ox.Store(str(location))
    try:
        store.bulk_load(path=str(source), format=ox.RdfFormat.from_extension(source.suffix.lower()[1:]))
        if any(True for _ in store.named_graphs()):
            fill_default_union(store)  # one copy of each triple, however many graphs state it
        store.flush()
    except (OSError, SyntaxError, ValueError) as exc:
        raise EndpointError(f"{source}: cannot load: {_first_line(exc)}") from None
    finally:
        del store
    return location


def scratch_folder() -> Path:
    """A private folder for the loaded store and the answers (deleted by `remove_scratch`)."""
    return Path(tempfile.mkdtemp(prefix="kg-serve-"))


def remove_scratch(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
