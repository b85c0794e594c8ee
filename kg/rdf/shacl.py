"""SHACL validation of a graph against our shapes, which ship inside the package (kg/ontology/).

The files are read through importlib.resources, so an installed wheel validates from any folder.
Validation runs without inference: the contract asks for the standard types asserted in the data.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax import SAXException

from rdflib import Dataset, Graph
from rdflib.exceptions import Error as RdflibError
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.namespace import PREFIXES

ONTOLOGY_FILES = ("kg.ttl", "shapes.ttl")
"""The ontology files the package carries (copies of the repository's ontology/, kept equal by a test)."""

RDF_SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads", ".nquads": "nquads",
                ".nt": "nt", ".ntriples": "nt", ".jsonld": "json-ld", ".json-ld": "json-ld", ".rdf": "xml",
                ".owl": "xml", ".xml": "xml"}
"""File suffix -> rdflib parser, for every RDF format `kg build` writes."""


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node that fails, the property path (None for a node constraint), why."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        """One line for a user: focus node, path, message (IRIs compacted with our prefixes)."""
        return f"{_compact(self.focus)}  {_compact(self.path) if self.path else '-'}  {self.message}"


def ontology_text(name: str) -> str:
    """The text of a shipped ontology file (`kg.ttl` or `shapes.ttl`)."""
    if name not in ONTOLOGY_FILES:
        raise ValueError(f"no ontology file {name!r}; the package has {', '.join(ONTOLOGY_FILES)}")
    return (resources.files("kg.ontology") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """Our SHACL shapes, parsed once."""
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def read_rdf(path: Path) -> Graph:
    """The triples of an RDF file in any format kg writes (named graphs merged); InputError if unusable."""
    fmt = RDF_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file type {path.suffix or '(none)'!r}; "
                                    f"use one of {', '.join(sorted(RDF_SUFFIXES))}")
    if not path.is_file():
        raise InputError(str(path), "no such file")
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            data = Dataset()
            data.parse(path, format=fmt)
            for s, p, o, _ in data.quads():
                graph.add((s, p, o))
        elif fmt == "json-ld":
            text = path.read_text(encoding="utf-8")
            _refuse_remote_contexts(json.loads(text), path)
            graph.parse(data=text, format=fmt)
        else:
            graph.parse(path, format=fmt)
    except (SyntaxError, ValueError, OSError, RdflibError, SAXException) as exc:  # ValueError: bad JSON, Unicode
        raise InputError(str(path), f"cannot read {fmt}: {_one_line(exc)}") from None
    return graph


def _refuse_remote_contexts(value: Any, path: Path) -> None:
    """No network at run time: a JSON-LD @context or @import naming a URL would make rdflib fetch it."""
    if isinstance(value, list):
        for item in value:
            _refuse_remote_contexts(item, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("@context", "@import") and _names_url(item):
                raise InputError(str(path), f"{key} refers to a remote document ({item!r}); "
                                            "kg never fetches from the network, inline the context")
            _refuse_remote_contexts(item, path)


def _names_url(item: Any) -> bool:
    return isinstance(item, str) or (isinstance(item, list) and any(isinstance(x, str) for x in item))


def violations(data: Graph) -> list[Violation]:
    """Every SHACL result of the data against our shapes, sorted (empty when the data conforms)."""
    import pyshacl

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none")
    assert isinstance(report, Graph)
    found = set()
    for result in report.subjects(SH.resultSeverity, None):
        path = report.value(result, SH.resultPath)
        found.add(Violation(
            focus=_str(report.value(result, SH.focusNode)),
            path=_str(path) if path is not None else None,
            message=_str(report.value(result, SH.resultMessage)) or _str(report.value(result, SH.sourceConstraintComponent)),
            severity=_str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return sorted(found)


def validate(data: Graph) -> tuple[bool, str]:
    """Whether the data conforms, and one line per violation (empty when it does)."""
    found = violations(data)
    return not found, "\n".join(v.line() for v in found)


def _str(term: Node | None) -> str:
    return "" if term is None else str(term)


def _compact(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri if iri.startswith("_:") or ":" not in iri else f"<{iri}>"


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split())  # rdflib's messages span lines ("at line 1 of <>:\nBad syntax ...")
    return (text[:limit] + "...") if len(text) > limit else text or type(exc).__name__
