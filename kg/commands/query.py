"""`kg query SOURCE [SPARQL] [--file Q.rq] [--name NAME] [--param K=V] [--list] [--format F]`."""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

from kg.commands import write_stdout
from kg.errors import InputError, UsageError

FORMATS = ("table", "csv", "tsv", "json", "xml")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `query` subcommand; returns its parser (kg.commands.register sets its `run`)."""
    p = subparsers.add_parser(
        "query", help="run SPARQL over a graph (shipped queries by --name)",
        description="Run a SPARQL 1.1 query over a graph file (.ttl, .trig, .nq, .nt, .jsonld, .rdf) or an Oxigraph "
                    "store folder. Give the query as text, with --file, or pick a shipped one with --name "
                    "(see --list). SELECT prints a table or csv/tsv/json/xml; ASK prints true/false; "
                    "CONSTRUCT/DESCRIBE print Turtle.")
    p.add_argument("source", nargs="?", metavar="SOURCE", help="graph file or Oxigraph store folder")
    p.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text (- reads standard input)")
    p.add_argument("--file", type=Path, metavar="Q.rq", help="read the query from this file")
    p.add_argument("--name", metavar="NAME", help="run a shipped query (see --list)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter, e.g. --param 'name=Kim Jong Un' (repeatable)")
    p.add_argument("--list", action="store_true", help="list the shipped queries and exit")
    p.add_argument("--allow-service", action="store_true",
                   help="let the query call remote SPARQL endpoints (SERVICE); refused by default, as kg makes "
                        "no network requests unless asked")
    p.add_argument("--service-timeout", type=_seconds, default=60.0, metavar="SECONDS",
                   help="with --allow-service: give up on the query after SECONDS (default 60)")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="output: table (default), csv, tsv, or SPARQL 1.1 results json/xml")
    return p


def run(args: argparse.Namespace) -> int:
    """Run the query the command line names and print its result."""
    from kg.query import parse_assignments, render, run_named, shipped
    from kg.query import run as run_query

    if args.list:
        write_stdout(_listing(shipped()).encode("utf-8"))
        return 0
    if args.source is None:
        raise UsageError("query: SOURCE is required (a graph file or an Oxigraph store folder)")
    given = [x for x in (args.sparql is not None and "SPARQL", args.file and "--file", args.name and "--name") if x]
    if len(given) != 1:
        raise UsageError("query: give exactly one of SPARQL text, --file Q.rq or --name NAME "
                         f"(got {' and '.join(given) if given else 'none'}); --list shows the names")
    params = parse_assignments(args.param)
    if args.name:
        result = run_named(args.source, args.name, params)
    else:
        result = run_query(args.source, _query_text(args), params, allow_service=args.allow_service,
                           service_timeout=args.service_timeout)
    data = render(result, args.format)
    write_stdout(data if data.endswith(b"\n") or not data else data + b"\n")
    return 0


def _seconds(text: str) -> float:
    """A positive number of seconds, or argparse's one-line usage error naming the value."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _query_text(args: argparse.Namespace) -> str:
    """The SPARQL from the positional argument, standard input, or --file."""
    if args.file is None:
        return sys.stdin.read() if args.sparql == "-" else str(args.sparql)
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(args.file), "no such query file") from None
    except UnicodeDecodeError:
        raise InputError(str(args.file), "query file is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(args.file), exc.strerror or str(exc)) from None


def _listing(queries: dict[str, Any]) -> str:
    """Name, title, parameters and wrapped description of every shipped query."""
    out = []
    for name, q in queries.items():
        params = " ".join(f"--param {p.name}=VALUE" if p.required else f"[--param {p.name}=VALUE]"
                          for p in q.params)
        out.append(f"{name}  {params}".rstrip() + f"\n    {q.title}\n")
        out.append(textwrap.fill(q.description, width=96, initial_indent="    ", subsequent_indent="    ") + "\n")
        for p in q.params:
            out.append(f"    {p.name}: {p.description}\n")
    return "".join(out)
