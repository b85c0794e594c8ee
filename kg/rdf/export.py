"""Writing the graph in every format researchers load, each by the library made for it: the list of
formats and the writer of each (the dataset in kg/rdf/dataset.py, JSON-LD in jsonld.py, the property
graph behind GraphML, GEXF, CSV and node-link JSON in property_graph.py).

RDF (per-article named graphs, their union for the triple formats): JSON-LD by rdflib; Turtle,
TriG, N-Quads, N-Triples and RDF/XML by pyoxigraph. Property graphs: GraphML and GEXF by networkx,
CSV (nodes.csv, edges.csv) by the csv module. Every file is written atomically and is the same
bytes for the same content. The source is a `Dataset`: one list of quads per article, made from a
built KnowledgeGraph or read back from a store, so both give identical files.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import UsageError
from kg.io import atomic_path, write_atomic
from kg.rdf.dataset import Dataset, dataset
from kg.rdf.jsonld import jsonld
from kg.rdf.namespace import KG_DATA, PREFIXES
from kg.rdf.property_graph import _newest_date, csv_tables, gexf, graphml, property_graph
from kg.rdf.shacl import validate

FILES: dict[str, tuple[str, ...]] = {
    "turtle": ("graph.ttl",),
    "trig": ("graph.trig",),
    "nquads": ("graph.nq",),
    "ntriples": ("graph.nt",),
    "jsonld": ("graph.jsonld",),
    "rdfxml": ("graph.rdf",),
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "csv": ("nodes.csv", "edges.csv"),
    "json": ("graph.json",),
    "people": ("people.graphml", "people_nodes.csv", "people_edges.csv"),
}
FORMATS = tuple(FILES)
WRITTEN_ABOVE = ("people",)
"""Formats whose writer lives above this layer (kg.exports): the person network needs kg.viz."""


# ------------------------------------------------------------------------------------ RDF formats
def turtle(graph: nx.MultiDiGraph) -> str:
    """The graph as Turtle, triples in canonical order, so equal graphs give equal bytes.

    Written by pyoxigraph: rdflib's Turtle writer grows much faster than the graph (measured 34 s for
    240 articles against 0.4 s here), and it was the largest cost of a build."""
    return _ox_bytes(dataset(graph).iter_triples(), ox.RdfFormat.TURTLE).decode("utf-8")


def write_turtle(graph: nx.MultiDiGraph, path: Path) -> int:
    """Write DIR/graph.ttl atomically; returns the number of triples."""
    data = dataset(graph)
    with atomic_path(path) as tmp:
        _ox_write(data.iter_triples(), tmp, ox.RdfFormat.TURTLE)
    return data.triple_count()


# Our data IRIs ("kgd:person/x") would need escaped slashes as prefixed names; they are written in full.
_WRITE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgd"}


def _ox_bytes(items: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat, prefixes: bool = True) -> bytes:
    out = ox.serialize(items, format=fmt, prefixes=dict(_WRITE_PREFIXES) if prefixes else None)
    assert out is not None
    return out


def _ox_write(items: Iterable[ox.Triple] | Iterable[ox.Quad], path: Path, fmt: ox.RdfFormat,
              prefixes: bool = True) -> None:
    """Stream the triples or quads into a file, by pyoxigraph's serializer (one pass, nothing kept)."""
    ox.serialize(items, str(path), fmt, prefixes=dict(_WRITE_PREFIXES) if prefixes else None)



# ------------------------------------------------------------------------------------ front door
def check_formats(formats: Iterable[str]) -> list[str]:
    """The requested formats in a fixed order, turtle always first; an unknown one is a UsageError."""
    wanted = set(formats) | {"turtle"}
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return [f for f in FORMATS if f in wanted]


Writer = Callable[[Dataset, list[Path]], None]
"""A format written by a higher layer (people: kg.viz.people), given the dataset and the paths to write."""


def write_exports(data: Dataset, folder: Path, formats: Iterable[str],
                  on_written: Callable[[str], None] | None = None,
                  writers: dict[str, Writer] | None = None) -> dict[str, list[Path]]:
    """Write the dataset in each format (Turtle always) into `folder`; returns format -> files written.

    `on_written(format)` is called after each format's files are in place (for a progress display).
    `writers` write the formats this layer cannot (people); kg.exports.write_exports gives them all.

    The RDF formats are streamed from the dataset into the file (memory: one article, or one sorted
    run of the union); JSON-LD and the property-graph formats build their whole graph in memory."""
    written: dict[str, list[Path]] = {}
    memo: dict[str, Any] = {}  # the union and its property graph, made once for GraphML, GEXF and CSV
    for fmt in check_formats(formats):
        written[fmt] = [folder / name for name in FILES[fmt]]
        if fmt in (writers or {}):
            (writers or {})[fmt](data, written[fmt])
        else:
            _write_format(data, fmt, written[fmt], memo)
        if on_written:
            on_written(fmt)
    return written


def _write_format(data: Dataset, fmt: str, paths: list[Path], memo: dict[str, Any]) -> None:
    if fmt in STREAMED:
        with atomic_path(paths[0]) as tmp:
            if fmt in ("trig", "nquads"):
                _ox_write(data.quads(), tmp, STREAMED[fmt], prefixes=fmt == "trig")
            else:  # by pyoxigraph, the union in canonical order (see turtle())
                _ox_write(data.iter_triples(), tmp, STREAMED[fmt], prefixes=fmt != "ntriples")
        return
    if fmt == "jsonld":
        write_atomic(paths[0], jsonld(data.to_rdflib()))
        return
    if fmt not in FILES or fmt in WRITTEN_ABOVE:
        raise UsageError(f"format {fmt!r} is written by kg.exports.write_exports, not kg.rdf.export")
    if "pg" not in memo:
        memo["triples"] = data.triples()
        memo["pg"] = property_graph(memo["triples"])
    triples, pg = memo["triples"], memo["pg"]
    if fmt == "graphml":
        write_atomic(paths[0], graphml(pg))
    elif fmt == "gexf":
        write_atomic(paths[0], gexf(pg, _newest_date(triples)))
    elif fmt == "json":  # networkx node-link of the very graph the GraphML holds: same IRIs, same edges
        write_atomic(paths[0], json.dumps(nx.node_link_data(pg, edges="edges"), ensure_ascii=False, sort_keys=True,
                                          indent=1) + "\n")
    else:
        nodes_csv, edges_csv = csv_tables(pg)
        write_atomic(paths[0], nodes_csv)
        write_atomic(paths[1], edges_csv)

STREAMED = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
            "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
"""The formats pyoxigraph writes as a stream."""





__all__ = [
    "FILES",
    "FORMATS",
    "check_formats",
    "KG_DATA",
    "Dataset",
    "dataset",
    "property_graph",
    "validate",
    "write_exports",
    "write_turtle",
]
