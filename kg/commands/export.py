"""`kg export --store PATH -o DIR --format F ...`: write a store's graphs in the formats researchers load."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import UsageError

ALL = "all"


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    from kg.exports import FORMATS

    p = subparsers.add_parser("export", help="write the graphs of a store as files")
    p.add_argument("--store", required=True, type=Path, metavar="PATH", help="a store made by kg build --store")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="output folder")
    p.add_argument("--format", action="append", choices=(*FORMATS, ALL), default=[],
                   help="output format, repeatable (graph.ttl is always written; 'all' for every format)")
    return p


def run(args: argparse.Namespace) -> int:
    from kg.exports import FORMATS, write_exports
    from kg.rdf.store import Store

    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"-o {args.output}: exists and is not a folder")
    formats = list(FORMATS) if ALL in args.format else args.format
    with Store(args.store, create=False) as store:
        graphs = len(store.graphs())
        if not graphs:
            raise UsageError(f"--store {args.store}: holds no article graphs")
        written = write_exports(store.dataset(), args.output, formats)
    files = ", ".join(p.name for paths in written.values() for p in paths)
    print(f"kg: {graphs} article graphs -> {args.output}: {files}", file=sys.stderr)
    return 0
