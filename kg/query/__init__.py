"""SPARQL over a built graph: `run(source, sparql)` gives a QueryResult; shipped queries by name.

    result = run("exports/graph.ttl", get("who-met-whom").sparql)
    print(render(result, "table").decode())
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.query.catalog import Param, SavedQuery, UnknownQueryError, get, shipped
from kg.query.params import ParameterError, bind, parse_assignments, slots
from kg.query.table import FORMATS, render, table
from kg.rdf.sparql import (
    SERVICE_TIMEOUT, QueryResult, ServiceRefused, SourceError, SparqlError, Value, execute, open_source,
)

__all__ = [
    "FORMATS", "Param", "ParameterError", "QueryResult", "SavedQuery", "ServiceRefused", "SourceError", "SparqlError",
    "UnknownQueryError", "Value", "bind", "get", "parse_assignments", "render", "run", "run_named",
    "shipped", "slots", "table",
]


def run(source: Path | str | ox.Store, sparql: str, params: Mapping[str, str] | None = None,
        required: tuple[str, ...] = (), *, allow_service: bool = False,
        service_timeout: float = SERVICE_TIMEOUT) -> QueryResult:
    """Run SPARQL over SOURCE (a graph file, an Oxigraph store folder or an open store), parameters bound
    first; a remote SERVICE call is refused unless `allow_service`, and then has `service_timeout` seconds."""
    text = bind(sparql, params or {}, required)
    store = source if isinstance(source, ox.Store) else open_source(source)
    return execute(store, text, allow_service=allow_service, service_timeout=service_timeout)


def run_named(source: Path | str, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run the shipped query NAME over SOURCE."""
    saved = get(name)
    try:
        return run(source, saved.sparql, params, saved.required)
    except SparqlError as err:  # a shipped query should never fail; say which one did
        raise SparqlError(f"query {name}: {err}") from None
