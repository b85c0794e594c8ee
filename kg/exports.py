"""Every output format of `kg build` and `kg export`, in one list, and one function writing them.

kg.rdf.export writes the RDF and property-graph formats; the person-to-person network ("people")
needs kg.viz, which sits above kg.rdf, so its writer is given to it from here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.io import write_atomic
from kg.rdf.export import FILES, FORMATS, Dataset, Writer, check_formats
from kg.rdf.export import write_exports as write_rdf_exports
from kg.rdf.graphview import build_view
from kg.viz import people

__all__ = ["FILES", "FORMATS", "check_formats", "write_exports"]


def write_people(data: Dataset, paths: list[Path]) -> None:
    """people.graphml, people_nodes.csv, people_edges.csv: the person-to-person network (kg.viz.people)."""
    store = ox.Store()
    store.bulk_extend(data.quads())
    network = people.people_network(build_view(store))
    nodes_csv, edges_csv = people.csv_tables(network)
    write_atomic(paths[0], people.graphml(network))
    write_atomic(paths[1], nodes_csv)
    write_atomic(paths[2], edges_csv)


WRITERS: dict[str, Writer] = {"people": write_people}


def write_exports(data: Dataset, folder: Path, formats: Iterable[str],
                  on_written: Callable[[str], None] | None = None) -> dict[str, list[Path]]:
    """Write the dataset in each format (Turtle always) into `folder`; returns format -> files written."""
    return write_rdf_exports(data, folder, formats, on_written, WRITERS)
