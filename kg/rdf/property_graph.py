"""The RDF as a property graph for GraphML/GEXF/CSV/node-link tools: attributes flattened to scalars."""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.kinds import ENTITY_NAMES, node_kinds
from kg.rdf.namespace import KG_ONTOLOGY, PREFIXES

_S = "https://schema.org/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_INT_TYPES = {_XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
SEPARATOR = " | "


def compact(value: str) -> str:
    """An IRI in prefix:local form where a prefix applies (the data namespace as kgd:)."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def property_graph(triples: Sequence[ox.Triple]) -> nx.MultiDiGraph:
    """The RDF as a property graph for GraphML/GEXF/CSV tools: attributes flattened to scalars.

    Nodes: articles, entities, meetings, quotations, memberships (id = IRI, `kind`, `label`).
    Literal values become attributes (several values joined by " | "; integers and decimals kept
    numeric); links between nodes become edges labelled by their predicate; a NIF mention becomes an
    edge article -> entity with its offsets; other IRIs (statuses, evidence spans, GeoNames) are
    attribute values.
    """
    main = {KG_ONTOLOGY + c for c in ("Article", *ENTITY_NAMES, *node_kinds())}  # our classes of nodes
    by_subject: dict[str, list[ox.Triple]] = defaultdict(list)
    for t in triples:
        by_subject[_val(t.subject)].append(t)
    kinds = {s: c for s, ts in by_subject.items() for t in ts
             if _val(t.predicate) == RDF_TYPE and (c := _val(t.object)) in main}
    mentions = {s for s, ts in by_subject.items()
                if any(_val(t.predicate) == RDF_TYPE and _val(t.object) == KG_ONTOLOGY + "Mention" for t in ts)}
    attrs: dict[str, dict[str, list[Any]]] = {s: defaultdict(list) for s in kinds}
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for s in sorted(kinds):
        for t in by_subject[s]:
            p, o = compact(_val(t.predicate)), t.object
            if isinstance(o, ox.Literal):
                attrs[s][p].append(_literal_value(o))
            elif _val(o) in kinds and _val(t.predicate) != RDF_TYPE:
                edges.append((s, _val(o), p, {}))
            else:
                attrs[s][p].append(compact(_val(o)))
    for m in sorted(mentions):
        props = {compact(_val(t.predicate)): t.object for t in by_subject[m]}
        article, entity = props.get("nif:referenceContext"), props.get("itsrdf:taIdentRef")
        if article is None or entity is None or _val(entity) not in kinds:
            continue
        edges.append((_val(article), _val(entity), "nif:mention", {
            "nif:beginIndex": _literal_value(props["nif:beginIndex"]),
            "nif:endIndex": _literal_value(props["nif:endIndex"]),
            "nif:anchorOf": _val(props["nif:anchorOf"]), "mention": compact(m)}))
    types = _attribute_types(attrs)
    g = nx.MultiDiGraph()
    for s in sorted(kinds):
        data: dict[str, Any] = {"kind": kinds[s][len(KG_ONTOLOGY):], "label": _label(attrs[s])}
        for key in sorted(attrs[s]):
            data[key] = _flatten(attrs[s][key], types[key])
        g.add_node(s, **data)
    for u, v, p, data in sorted(edges, key=lambda e: (e[0], e[1], e[2], str(e[3].get("mention", "")))):
        key = data.get("mention") or p
        g.add_edge(u, v, key=key, predicate=p, **data)
    return g


def _val(term: Any) -> str:
    """The IRI or lexical form of a term (pyoxigraph's union types include RDF-star triples; we write none)."""
    return str(term.value)


def _literal_value(lit: Any) -> Any:
    dt = lit.datatype.value
    if dt in _INT_TYPES:
        return int(lit.value)
    if dt in _FLOAT_TYPES:
        return float(lit.value)
    return lit.value


def _attribute_types(attrs: dict[str, dict[str, list[Any]]]) -> dict[str, type]:
    seen: dict[str, set[type]] = defaultdict(set)
    for node in attrs.values():
        for key, values in node.items():
            seen[key].add(type(values[0]) if len(values) == 1 else str)
    return {k: (ts.pop() if len(ts) == 1 else str) for k, ts in seen.items()}


def _flatten(values: list[Any], kind: type) -> Any:
    if kind is not str and len(values) == 1:
        return values[0]
    return SEPARATOR.join(sorted(str(v) for v in values))


def _label(attrs: dict[str, list[Any]]) -> str:
    for key in ("schema:name", "schema:identifier", "kg:title", "schema:text"):
        if attrs.get(key):
            return str(min(attrs[key]))
    return ""


def graphml(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def gexf(g: nx.MultiDiGraph, modified: str) -> bytes:
    """GEXF 1.2; its `lastmodifieddate` is the newest article date, not the clock, so bytes repeat."""
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.set("lastmodifieddate", modified)
    writer.add_graph(g)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def csv_tables(g: nx.MultiDiGraph) -> tuple[str, str]:
    """nodes.csv (id, kind, label, attributes...) and edges.csv (source, target, predicate, attributes...)."""
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d} - {"kind", "label"})
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d} - {"predicate"})
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id", "kind", "label", *node_keys])
    for n, d in g.nodes(data=True):
        w.writerow([n, d["kind"], d["label"], *(_cell(d.get(k)) for k in node_keys)])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["source", "target", "predicate", *edge_keys])
    for u, v, d in g.edges(data=True):
        w.writerow([u, v, d["predicate"], *(_cell(d.get(k)) for k in edge_keys)])
    return nodes.getvalue(), edges.getvalue()


def _cell(value: Any) -> str:
    return "" if value is None else str(value)

def _newest_date(triples: Sequence[ox.Triple]) -> str:
    dates = [_val(t.object) for t in triples if _val(t.predicate) == _S + "datePublished"]
    return max(dates, default="1970-01-01")
