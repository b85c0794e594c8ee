"""Process management for `kg serve`: the store being served, and the worker processes that answer queries.

A graph file is first loaded into a temporary store (deleted on stop); an Oxigraph store folder is
served in place, opened read-only by the workers (again whenever its files change), so a query sees
the articles a running `kg build --store` has committed so far. A worker runs one query at a time and
is reused; one that runs past the query timeout is killed (SIGKILL): a cancelled query stops using
CPU and memory at once, and it can never answer with a partial result.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
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
WORKER_RESIDENT = 512 << 20
"""A worker holding more memory than this after a query is replaced by a fresh one."""
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


_SLICE = 0.25  # seconds between checks that a worker answering a query is still alive


class _Gone(Exception):
    """The worker process ended (SENT: after it was given the job)."""

    def __init__(self, sent: bool) -> None:
        super().__init__("worker gone")
        self.sent = sent


class _Worker:
    """One worker process (see worker.py): it answers jobs one at a time until it is killed."""

    def __init__(self, location: Path) -> None:
        self.errors = tempfile.TemporaryFile(prefix="kg-serve-worker-")  # noqa: SIM115 - open while it lives
        # -P: the worker's folder is not put on sys.path (its neighbours would shadow modules)
        self.process = subprocess.Popen([sys.executable, "-P", str(WORKER), str(location), str(WORKER_MEMORY)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors, env=_ENV)
        self._said = b""
        self._lock = threading.Lock()  # a worker may be killed by its query's thread and by `stop` at once

    def ask(self, job: dict[str, object], timeout: float) -> dict[str, object] | None:
        """JOB's outcome, or None when TIMEOUT seconds passed first; _Gone if the worker ended."""
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(json.dumps(job).encode("utf-8") + b"\n")
            self.process.stdin.flush()
        except OSError:
            raise _Gone(sent=False) from None
        deadline = time.monotonic() + timeout
        try:
            out = self.process.stdout.fileno()
            with selectors.DefaultSelector() as selector:
                selector.register(out, selectors.EVENT_READ)
                while b"\n" not in self._said:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return None
                    # in slices: when `stop` kills the worker and closes its pipe, epoll forgets the fd and
                    # would sleep out the whole timeout (seen under load: a stop that took the query's 20 s)
                    if not selector.select(min(left, _SLICE)):
                        if self.process.poll() is not None:
                            raise _Gone(sent=True)
                        continue
                    chunk = os.read(out, 1 << 16)
                    if not chunk:
                        raise _Gone(sent=True)
                    self._said += chunk
        except (OSError, ValueError):  # its pipe closed under us: `stop` killed it
            raise _Gone(sent=True) from None
        line, _, self._said = self._said.partition(b"\n")
        return dict(json.loads(line))

    def heavy(self) -> bool:
        """Whether the worker holds more memory than a fresh one should (Linux; else never)."""
        try:
            resident_pages = int(Path(f"/proc/{self.process.pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            return False
        return resident_pages * os.sysconf("SC_PAGE_SIZE") > WORKER_RESIDENT

    def kill(self) -> str:
        """Kill and reap the worker (again: nothing); the last line it wrote to its standard error, if any."""
        with self._lock:
            if self.errors.closed:
                return ""
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()
            self.errors.seek(0)
            lines = self.errors.read()[-4096:].decode("utf-8", "replace").strip().splitlines()
            self.errors.close()
            return lines[-1][:300] if lines else ""


class Runner:
    """Answers queries in worker processes over the store at LOCATION, one query per worker at a time;
    answers go to files in SCRATCH. A worker is reused until a query of its runs out of time, then
    killed. `stop` kills them all."""

    def __init__(self, location: Path, scratch: Path, *, timeout: float, max_results: int, max_bytes: int) -> None:
        self.location, self.scratch = location, scratch
        self.timeout, self.max_results, self.max_bytes = timeout, max_results, max_bytes
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._stopped = False

    def run(self, asked: Asked) -> Outcome:
        """Answer ASKED within the timeout; the caller deletes `Outcome.path` after use."""
        out = self.scratch / f"answer-{uuid.uuid4().hex}"
        job: dict[str, object] = {
            "query": asked.query, "form": asked.form, "media": asked.fmt.media_type,
            "default_graphs": asked.default_graphs, "named_graphs": asked.named_graphs,
            "max_results": self.max_results, "max_bytes": self.max_bytes, "out": str(out),
            "cpu_seconds": math.ceil(self.timeout) + 1}
        said = self._ask(job)
        if isinstance(said, dict) and said.get("kind") == "ok":
            return Outcome("ok", out, int(str(said["size"])))
        out.unlink(missing_ok=True)
        if isinstance(said, Outcome):
            return said
        if said is None:
            return Outcome("timeout")
        return Outcome(str(said.get("kind")), detail=str(said.get("detail", "")))

    def _ask(self, job: dict[str, object]) -> dict[str, object] | Outcome | None:
        """JOB's outcome from a worker; None if it ran out of time (the worker is then killed); an Outcome
        if the worker ended. A worker found dead before it got the job is replaced once."""
        for attempt in (1, 2):
            worker = self._take()
            if worker is None:
                return Outcome("failed", detail="the endpoint is stopping")
            said: dict[str, object] | None = None
            try:
                said = worker.ask(job, self.timeout)
                return said
            except _Gone as gone:
                last = worker.kill()
                code = worker.process.returncode
                if not gone.sent and attempt == 1:
                    continue  # it died idle: nothing was computed, so a fresh worker may take the job
                if code < 0:  # a signal: the kernel's CPU or memory limit, or a crash
                    return Outcome("died", detail=f"signal {-code}")
                return Outcome("failed", detail=last or f"the worker ended (exit {code})")
            finally:
                self._give_back(worker, keep=said is not None)
        raise AssertionError("unreachable")

    def _take(self) -> _Worker | None:
        with self._lock:
            if self._stopped:
                return None
            if self._idle:
                return self._idle.pop()
            worker = _Worker(self.location)
            self._all.add(worker)
            return worker

    def _give_back(self, worker: _Worker, *, keep: bool) -> None:
        with self._lock:
            if keep and not self._stopped and worker.process.poll() is None and not worker.heavy():
                self._idle.append(worker)
                return
            self._all.discard(worker)
        worker.kill()

    def stop(self) -> None:
        """Kill every worker, idle or busy; no new one starts."""
        with self._lock:
            self._stopped = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for worker in workers:
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
