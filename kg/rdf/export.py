"""Writing and checking RDF files: Turtle (always), and a SHACL check against ontology/shapes.ttl."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.io import write_atomic
from kg.rdf.mapping import to_rdf

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


def turtle(graph: nx.MultiDiGraph) -> str:
    """The graph as Turtle; rdflib sorts subjects and predicates, so equal graphs give equal bytes."""
    return to_rdf(graph).serialize(format="turtle")


def write_turtle(graph: nx.MultiDiGraph, path: Path) -> int:
    """Write DIR/graph.ttl atomically; returns the number of triples."""
    rdf = to_rdf(graph)
    write_atomic(path, rdf.serialize(format="turtle"))
    return len(rdf)


def validate(data: Graph) -> tuple[bool, str]:
    """SHACL validation against our shapes (no inference: the contract asks for asserted types)."""
    import pyshacl

    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)
