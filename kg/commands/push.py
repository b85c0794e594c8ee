"""`kg push URL SOURCE...`: send graph files (shards) to a SPARQL 1.1 Graph Store Protocol endpoint."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    from kg.rdf.push import MEDIA_TYPES

    p = subparsers.add_parser(
        "push", help="send RDF files to a Graph Store Protocol endpoint",
        description="POST each file to a SPARQL 1.1 Graph Store Protocol endpoint, e.g. "
                    "http://localhost:7878/store (Oxigraph) or http://localhost:3030/DS/data (Fuseki). "
                    "Turtle/N-Triples/RDF-XML go to URL?default (or ?graph=IRI with --graph); N-Quads/TriG "
                    "keep their own graphs. Credentials may be given as http://user:password@host/...")
    p.add_argument("url", metavar="URL", help="the endpoint's graph store URL")
    p.add_argument("sources", nargs="+", type=Path, metavar="SOURCE",
                   help="RDF files (.nq .trig .ttl .nt .rdf, optionally .gz) or folders of them, sent in order")
    p.add_argument("--graph", metavar="IRI", help="put the triples of graph files into this named graph")
    p.add_argument("--format", choices=tuple(MEDIA_TYPES), help="the format of every SOURCE (default: by extension)")
    p.add_argument("--per-graph", action="store_true",
                   help="split N-Quads/TriG files and POST each named graph to URL?graph=IRI (for endpoints "
                        "that do not take quads)")
    p.add_argument("--timeout", type=float, default=600.0, metavar="S", help="seconds per request (default 600)")
    return p


def run(args: argparse.Namespace) -> int:
    from kg.rdf.push import push

    started = time.perf_counter()
    files: set[Path] = set()
    size = 0
    def say(line: str) -> None:
        print(f"kg: warning: {line}", file=sys.stderr, flush=True)

    for done in push(args.url, args.sources, args.format, args.graph, per_graph=args.per_graph,
                     timeout=args.timeout, on_retry=say):
        files.add(done.path)
        size += done.size
        print(f"kg: {done.path} -> {done.target}: {done.size:,} bytes, HTTP {done.status}, {done.seconds:.1f} s",
              file=sys.stderr)
    print(f"kg: pushed {len(files)} files, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    return 0
