"""A query worker: `python -P worker.py LOCATION MEMORY` reads jobs (one JSON line each) on standard
input, answers each into a file, and prints what happened (one JSON line). Run by kg.serve.process,
which kills it when a query runs out of time: a cancelled query stops using CPU and memory at once.

Standalone on purpose (standard library and pyoxigraph only, not the kg package). The store is opened
read-only, and opened again whenever its files have changed since, so each query sees the store as it
is now, also while `kg build --store` adds articles to it.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import os
import resource
import sys
import time
from typing import IO, Any, cast

import pyoxigraph as ox

# A writer's flush or compaction can remove files under a reader for a moment: the store is opened
# afresh this many times, waiting 0.05 s, 0.1 s, ... (at most 1 s) in between, before a query fails.
REOPENS = 7


class TooBig(Exception):
    """The answer grew over the byte limit."""


class TooMany(Exception):
    """The answer has more rows (triples) than the limit."""


class Bounded:
    """A binary sink that refuses to grow past LIMIT bytes, and optionally counts lines (TSV rows)."""

    def __init__(self, out: IO[bytes] | None, limit: int, max_lines: int | None = None) -> None:
        self.out, self.limit, self.max_lines = out, limit, max_lines
        self.size = self.lines = 0
        self.kept = bytearray() if out is None else None

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise TooBig
        if self.max_lines is not None:
            self.lines += data.count(b"\n")
            if self.lines > self.max_lines:
                raise TooMany
        if self.kept is not None:
            self.kept += data
        else:
            assert self.out is not None
            self.out.write(data)
        return len(data)

    def flush(self) -> None:
        """pyoxigraph may flush its output."""


def limit_memory(memory_bytes: int) -> None:
    """Never take more than MEMORY_BYTES of address space: a runaway query ends here, not in swap."""
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def limit_cpu(seconds: int) -> None:
    """Let the kernel stop this worker if it computes SECONDS of CPU more: should the parent fail to
    kill it (or die), no query runs on. (Between queries a worker ends when its input closes.)"""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(usage.ru_utime + usage.ru_stime) + seconds
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def signature(location: str) -> tuple[tuple[str, int, int], ...]:
    """Name, size and time of each file of the store: a commit by a writer changes it."""
    found = []
    with os.scandir(location) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                stat = entry.stat()
                found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def has_default_graph(store: ox.Store) -> bool:
    """Whether the default graph holds triples (kg stores keep the union there; else read the union view)."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def answer(store: ox.Store, job: dict[str, Any]) -> dict[str, Any]:
    """Run JOB's query over STORE; write the answer in JOB's format to JOB's file within the limits."""
    limit, max_bytes = int(job["max_results"]), int(job["max_bytes"])
    results_format = ox.QueryResultsFormat.from_media_type(job["media"])
    rdf_format = ox.RdfFormat.from_media_type(job["media"])
    try:
        dataset: dict[str, Any] = {}
        if job.get("default_graphs"):
            dataset["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]]
        else:
            dataset["use_default_graph_as_union"] = not has_default_graph(store)
        if job.get("named_graphs"):
            dataset["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
        result = store.query(job["query"], **dataset)
        with open(job["out"], "wb") as file:
            bounded = Bounded(file, max_bytes)
            out = cast(IO[bytes], bounded)  # pyoxigraph needs only write()
            if isinstance(result, ox.QuerySolutions) and results_format is not None:
                tsv = Bounded(None, max_bytes, max_lines=limit + 1)  # the header line is not a row
                result.serialize(cast(IO[bytes], tsv), ox.QueryResultsFormat.TSV)
                rows = ox.parse_query_results(bytes(tsv.kept or b""), ox.QueryResultsFormat.TSV)
                rows.serialize(out, results_format)
            elif isinstance(result, ox.QueryBoolean) and results_format is not None:
                result.serialize(out, results_format)
            elif isinstance(result, ox.QueryTriples) and rdf_format is not None:
                triples = list(itertools.islice(result, limit + 1))
                if len(triples) > limit:
                    raise TooMany
                ox.serialize(triples, out, rdf_format)
            else:
                return {"kind": "failed", "detail": f"a {job['form']} query gave another kind of answer"}
        return {"kind": "ok", "size": bounded.size}
    except TooMany:
        return {"kind": "rows"}
    except TooBig:
        return {"kind": "bytes"}
    except SyntaxError as exc:
        return {"kind": "invalid", "detail": _first_line(exc)}
    except (ValueError, OSError, RuntimeError) as exc:
        if isinstance(exc.__context__, TooBig) or isinstance(exc.__cause__, TooBig):
            return {"kind": "bytes"}
        if isinstance(exc.__context__, TooMany) or isinstance(exc.__cause__, TooMany):
            return {"kind": "rows"}
        return {"kind": "failed", "detail": _first_line(exc)}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def main() -> None:
    location, memory = sys.argv[1], int(sys.argv[2])
    limit_memory(memory)
    store: ox.Store | None = None
    seen = None
    for line in sys.stdin.buffer:
        job = json.loads(line)
        limit_cpu(int(job["cpu_seconds"]))
        for attempt in range(REOPENS):
            now = signature(location)
            if store is None or now != seen or attempt:
                try:
                    store, seen = ox.Store.read_only(location), now
                except (OSError, RuntimeError) as exc:  # RocksDB says "Corruption" for a file a writer just removed
                    store, outcome = None, {"kind": "failed", "detail": f"cannot open the store: {_first_line(exc)}"}
                    time.sleep(min(0.05 * 2 ** attempt, 1.0))
                    continue
            outcome = answer(store, job)
            if not _vanished(outcome):
                break
            time.sleep(min(0.05 * 2 ** attempt, 1.0))
        sys.stdout.write(json.dumps(outcome) + "\n")
        sys.stdout.flush()


def _vanished(outcome: dict[str, Any]) -> bool:
    """Whether a query failed because a writer removed a file of the store under this reader (its
    compaction or close): opened afresh, the store reads again."""
    detail = str(outcome.get("detail", ""))
    return outcome["kind"] == "failed" and ("No such file" in detail or "Corruption" in detail)


if __name__ == "__main__":
    main()
