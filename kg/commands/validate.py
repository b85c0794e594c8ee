"""`kg validate GRAPH...`: check graphs against our SHACL shapes; one line per violation."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kg.commands import write_stdout


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `validate` subcommand; returns its parser (kg.commands.register sets its `run`)."""
    p = subparsers.add_parser(
        "validate", help="check a graph against the SHACL shapes (ontology/shapes.ttl)",
        description="Check graph files (.ttl, .trig, .nq, .nt, .jsonld, .rdf) against the SHACL shapes "
                    "shipped with kg. Prints one line per violation: focus node, path, message. "
                    "Exit 0 when every graph conforms, 1 when one does not, 2 when a file cannot be read.")
    p.add_argument("graphs", nargs="+", type=Path, metavar="GRAPH", help="graph file in any RDF format kg writes")
    return p


def run(args: argparse.Namespace) -> int:
    """Validate each graph; an unreadable file is reported and the others are still checked."""
    from kg.errors import InputError
    from kg.rdf.shacl import read_rdf, violations

    unreadable = failing = 0
    for path in args.graphs:
        try:
            graph = read_rdf(path)
        except InputError as err:
            print(f"kg: error: {err}", file=sys.stderr)
            unreadable += 1
            continue
        found = violations(graph)
        prefix = f"{path}: " if len(args.graphs) > 1 else ""
        write_stdout("".join(f"{prefix}{v.line()}\n" for v in found).encode("utf-8"))
        failing += bool(found)
        verdict = f"{len(found)} violations" if found else "conforms"
        print(f"kg: {path}: {len(graph)} triples, {verdict}", file=sys.stderr)
    return 2 if unreadable else 1 if failing else 0
