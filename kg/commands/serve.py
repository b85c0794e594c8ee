"""`kg serve SOURCE [--host 127.0.0.1] [--port 7878] [--timeout 30] [--max-results 100000] [--max-bytes 64000000]`:
a read-only SPARQL endpoint until stopped."""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from kg.errors import UsageError


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `serve` subcommand; returns its parser (kg.commands.register sets its `run`)."""
    p = subparsers.add_parser(
        "serve", help="serve a graph as a read-only SPARQL endpoint",
        description="Serve a graph file (.ttl, .trig, .nq, .nt) or an Oxigraph store folder as a read-only "
                    "SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query. Each query runs in a process of its own, "
                    "killed at the timeout; updates and federated SERVICE queries are refused. A store folder is "
                    "read afresh by each query, so articles added to it while serving are seen. Ctrl-C or SIGTERM "
                    "stops it.")
    p.add_argument("source", type=Path, metavar="SOURCE", help="graph file or Oxigraph store folder")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="cancel a query that runs longer (answered 503; default: 30)")
    p.add_argument("--max-results", type=int, default=100_000, metavar="N",
                   help="refuse (413) a SELECT with more rows or a CONSTRUCT/DESCRIBE with more triples "
                        "(default: 100000)")
    p.add_argument("--max-bytes", type=int, default=64_000_000, metavar="BYTES",
                   help="refuse (413) an answer larger than this (default: 64000000)")
    return p


STOP_GRACE = 10.0
"""Seconds a stop may take once asked for. Stopping kills the running queries first, then waits for the
request threads; should one of them not end, the process ends anyway: a stopped server must not linger."""


def _end_after(seconds: float, scratch: Path | None) -> None:
    """Start a watchdog that ends the process if the stop has not finished after SECONDS."""
    def end() -> None:
        if scratch is not None:
            from kg.serve.process import remove_scratch
            remove_scratch(scratch)
        print(f"kg: stopped (a request thread was still running after {seconds:g} s)", file=sys.stderr, flush=True)
        os._exit(0)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


class _Stop(Exception):
    """Raised by the SIGTERM handler to leave the wait and stop the server."""


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    """While inside, SIGTERM raises _Stop (in the main thread; elsewhere nothing changes)."""
    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Stop

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(args: argparse.Namespace) -> int:
    """Start the endpoint, report its URL, and wait until the user or a signal stops it."""
    from kg.serve import Endpoint, is_loopback

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: use 0..65535 (0 picks a free port)")
    if not 0 < args.timeout < 86_400:
        raise UsageError(f"--timeout {args.timeout:g}: give a number of seconds above 0 (and under a day)")
    if args.max_results < 1:
        raise UsageError(f"--max-results {args.max_results}: give a positive number")
    if args.max_bytes < 1024:
        raise UsageError(f"--max-bytes {args.max_bytes}: give at least 1024")
    if not is_loopback(args.host):
        print(f"kg: warning: listening on {args.host}, not loopback: anyone who can reach it can query the "
              "graph", file=sys.stderr)
    with _sigterm_stops(), Endpoint(args.source, args.host, args.port, query_timeout=args.timeout,
                                    max_results=args.max_results, max_bytes=args.max_bytes) as endpoint:
        print(f"kg: serving {args.source} read-only at {endpoint.url} (queries stop after {args.timeout:g} s, "
              f"{args.max_results} results or {args.max_bytes} bytes; Ctrl-C stops)", file=sys.stderr, flush=True)
        try:
            endpoint.wait()
        except (_Stop, KeyboardInterrupt):
            _end_after(STOP_GRACE, endpoint.scratch)  # the stop itself runs as the `with` ends
    print("kg: stopped", file=sys.stderr)
    return 0
