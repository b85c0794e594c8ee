"""`kg viz SOURCE -o FILE.html|.png|.svg [--timeline]`: pictures of a graph."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kg.errors import UsageError


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `viz` subcommand; returns its parser (kg.commands.register sets its `run`)."""
    p = subparsers.add_parser(
        "viz", help="draw a graph: interactive HTML, or PNG/SVG",
        description="Draw a graph file (.ttl, .trig, .nq, .nt, .jsonld, .rdf) or an Oxigraph store folder. .html gives a "
                    "self-contained interactive page (network and meeting timeline, filters, details per "
                    "node); .png/.svg give a picture one journal column wide: the network of the --top people "
                    "with most shared meetings, or with --timeline the meeting timeline.")
    p.add_argument("source", type=Path, metavar="SOURCE", help="graph file or Oxigraph store folder")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="FILE.html, FILE.png or FILE.svg")
    p.add_argument("--timeline", action="store_true",
                   help="the meeting timeline (HTML: open on the timeline tab; PNG/SVG: draw it instead)")
    p.add_argument("--title", default="", help="title shown on the page or picture")
    p.add_argument("--top", type=_positive, default=30, metavar="N",
                   help="PNG/SVG: the N people with most shared meetings (timeline: with most meetings); default 30")
    return p


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Read the graph and write the picture."""
    from kg.rdf.graphview import read_view
    from kg.viz import SUFFIXES, write

    if args.output.suffix.lower() not in SUFFIXES:
        raise UsageError(f"-o {args.output}: unknown picture type {args.output.suffix or '(none)'!r}; "
                         f"use one of {', '.join(SUFFIXES)}")
    if args.output.is_dir():
        raise UsageError(f"-o {args.output}: is a folder; give a file name ending in {', '.join(SUFFIXES)}")
    view = read_view(args.source)
    title = args.title or f"Knowledge graph: {args.source.name}"
    write(view, args.output, timeline=args.timeline, title=title, top=args.top)
    meetings = len(view.meetings)
    print(f"kg: {len(view.nodes) - meetings} entities, {meetings} meetings, {len(view.edges)} ties -> "
          f"{args.output}", file=sys.stderr)
    return 0
