"""Writing the graph in every format researchers load, each by the library made for it.

RDF (per-article named graphs, their union for the triple formats): JSON-LD by rdflib; Turtle,
TriG, N-Quads, N-Triples and RDF/XML by pyoxigraph. Property graphs: GraphML and GEXF by networkx,
CSV (nodes.csv, edges.csv) by the csv module. Every file is written atomically and is the same
bytes for the same content. The source is a `Dataset`: one list of quads per article, made from a
built KnowledgeGraph or read back from a store, so both give identical files.
"""
from __future__ import annotations

import csv
import heapq
import io
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import UsageError
from kg.io import atomic_path, write_atomic
from kg.rdf.mapping import Triple, article_graphs, iri
from kg.rdf.namespace import KG_DATA, KG_ONTOLOGY, PREFIXES
from kg.rdf.shacl import validate

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

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

_S = "https://schema.org/"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _term(prefix: str, local: str, kind: str | None = None) -> dict[str, str] | str:
    return {"@id": f"{prefix}:{local}", "@type": kind} if kind else f"{prefix}:{local}"


JSONLD_CONTEXT: dict[str, Any] = {
    **{p: ns for p, ns in PREFIXES.items()},
    "name": _term("schema", "name"), "alternateName": _term("schema", "alternateName"),
    "identifier": _term("schema", "identifier"), "jobTitle": _term("schema", "jobTitle"),
    "text": _term("schema", "text"), "headline": _term("schema", "headline"),
    "publisher": _term("schema", "publisher"), "url": _term("schema", "url", "@id"),
    "datePublished": _term("schema", "datePublished", "xsd:date"),
    "duration": _term("schema", "duration", "xsd:duration"),
    "affiliation": _term("schema", "affiliation", "@id"), "nationality": _term("schema", "nationality", "@id"),
    "attendee": _term("schema", "attendee", "@id"), "location": _term("schema", "location", "@id"),
    "creator": _term("schema", "creator", "@id"), "isPartOf": _term("schema", "isPartOf", "@id"),
    "eventStatus": _term("schema", "eventStatus", "@id"),
    "sameAs": _term("owl", "sameAs", "@id"), "wasDerivedFrom": _term("prov", "wasDerivedFrom", "@id"),
    "isString": _term("nif", "isString"), "anchorOf": _term("nif", "anchorOf"),
    "beginIndex": _term("nif", "beginIndex", "xsd:nonNegativeInteger"),
    "endIndex": _term("nif", "endIndex", "xsd:nonNegativeInteger"),
    "referenceContext": _term("nif", "referenceContext", "@id"),
    "taIdentRef": _term("itsrdf", "taIdentRef", "@id"),
    "status": _term("kg", "status", "@id"), "evidence": _term("kg", "evidence", "@id"),
    "time": _term("kg", "time", "@id"), "dateQualifier": _term("kg", "dateQualifier", "@id"),
    "confidence": _term("kg", "confidence", "xsd:decimal"),
    "supportCount": _term("kg", "supportCount", "xsd:positiveInteger"),
    "ordinal": _term("kg", "ordinal", "xsd:positiveInteger"),
    "sentence": _term("kg", "sentence"), "trigger": _term("kg", "trigger"), "cameoCode": _term("kg", "cameoCode"),
    "title": _term("kg", "title"), "validOn": _term("kg", "validOn", "xsd:date"),
    "member": _term("org", "member", "@id"), "organization": _term("org", "organization", "@id"),
}
"""A compact JSON-LD context for our ontology and the schema.org, NIF, PROV and ORG terms we write."""


# ------------------------------------------------------------------------------------ the dataset
class Dataset:
    """The graph as named graphs: (article IRI, its quads in canonical order), in IRI order.

    Made lazily from a source that yields one article graph at a time (a built graph, a store), so a
    large corpus never sits in memory as RDF objects: the exporters stream `iter_graphs()` and the
    union (`iter_triples()`), which is sorted on disk when it is large (see `_Union`). `graphs` and
    `triples()` are the same as in-memory tuples and lists, for small data and tests.
    """

    def __init__(self, source: Callable[[], Iterable[tuple[str, tuple[ox.Quad, ...]]]]) -> None:
        self._source = source
        self._union_file: _Union | None = None

    @classmethod
    def of(cls, graphs: Iterable[tuple[str, tuple[ox.Quad, ...]]]) -> Dataset:
        """A dataset of graphs already in memory."""
        kept = tuple(graphs)
        return cls(lambda: kept)

    def iter_graphs(self) -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
        """(article IRI, its quads), one article at a time."""
        yield from self._source()

    @property
    def graphs(self) -> tuple[tuple[str, tuple[ox.Quad, ...]], ...]:
        """Every article graph, in memory."""
        return tuple(self.iter_graphs())

    def quads(self) -> Iterator[ox.Quad]:
        for _, quads in self.iter_graphs():
            yield from quads

    def iter_triples(self) -> Iterator[ox.Triple]:
        """The union of the named graphs (the corpus view), each triple once, in canonical order."""
        return self._union().triples()

    def triples(self) -> list[ox.Triple]:
        """`iter_triples()` as a list."""
        return list(self.iter_triples())

    def triple_count(self) -> int:
        """How many triples the union holds."""
        return self._union().count

    def _union(self) -> _Union:
        """Computed once per dataset (the exporters and the build summary all ask)."""
        if self._union_file is None:
            self._union_file = _Union(self.quads())
        return self._union_file

    def to_rdflib(self) -> Graph:
        rdf = Graph()
        for prefix, ns in PREFIXES.items():
            rdf.bind(prefix, ns, override=True)
        for t in self.iter_triples():
            rdf.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
        return rdf

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dataset) and self.graphs == other.graphs

    __hash__ = None  # type: ignore[assignment]


class _Union:
    """The distinct triples of a stream of quads, in canonical order, kept as sorted N-Triples lines.

    An external merge sort: lines are deduplicated and sorted in runs of at most RUN_CHARS characters;
    one run stays in memory, more are written to temporary files and merged (heapq.merge) into one
    file. Sorting the lines sorts the triples by (subject, predicate, object) as N-Triples text, the
    order `_triple_order` gives: a term never continues with a character below the space after it.
    """

    RUN_CHARS = 8_000_000  # about 20 MB of Python strings per run

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._lines: list[str] | None = None
        self.path: Path | None = None
        runs: list[Path] = []
        seen: set[str] = set()
        size = 0
        for q in quads:
            line = f"{q.subject} {q.predicate} {q.object} .\n"
            if line not in seen:
                seen.add(line)
                size += len(line)
                if size > self.RUN_CHARS:
                    runs.append(self._write_run(seen, len(runs)))
                    seen, size = set(), 0
        if not runs:
            self._lines = sorted(seen)
            self.count = len(self._lines)
            return
        if seen:
            runs.append(self._write_run(seen, len(runs)))
        assert self._tmp is not None
        self.path = Path(self._tmp.name) / "union.nt"
        count = 0
        files = [open(r, encoding="utf-8") for r in runs]
        try:
            with open(self.path, "w", encoding="utf-8") as out:
                previous = None
                for line in heapq.merge(*files):
                    if line != previous:
                        out.write(line)
                        count += 1
                        previous = line
        finally:
            for f in files:
                f.close()
        for r in runs:
            r.unlink()
        self.count = count

    def _write_run(self, lines: set[str], index: int) -> Path:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-union-")
        path = Path(self._tmp.name) / f"run-{index}.nt"
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(sorted(lines))
        return path

    def triples(self) -> Iterator[ox.Triple]:
        if self._lines is not None:
            data = "".join(self._lines).encode("utf-8")
            yield from ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
            return
        assert self.path is not None
        yield from ox.parse(path=str(self.path), format=ox.RdfFormat.N_TRIPLES)


def _triple_order(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def quad_order(q: ox.Quad) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


_NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)) + "]")
"""Unicode's 66 noncharacters (U+FFFE, U+FDD0...): not for interchange; strict Turtle readers (rapper) refuse them."""


def plain_text(value: str) -> str:
    """`value` with every noncharacter replaced by U+FFFD, one code point for one, so offsets still hold."""
    return _NONCHARACTERS.sub("\ufffd", value)


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (our graphs have no blank nodes); text as `plain_text`."""
    if isinstance(term, Literal):
        text = plain_text(str(term))
        if term.language:
            return ox.Literal(text, language=term.language)
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return ox.Literal(text, datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(text)
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise TypeError(f"cannot store {term!r}: only IRIs and literals are written")


def _from_ox(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value != XSD_STRING:
            return Literal(term.value, datatype=URIRef(term.datatype.value))
        return Literal(term.value)
    raise TypeError(f"unexpected RDF term {term!r}")


def article_quads(article: str, triples: Iterable[Triple]) -> tuple[ox.Quad, ...]:
    g = ox.NamedNode(str(iri(article)))
    quads = {ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples}
    return tuple(sorted(quads, key=quad_order))


def iter_article_quads(graph: nx.MultiDiGraph) -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
    """(article IRI, its quads), one article at a time: what a store takes."""
    for aid, triples in article_graphs(graph):
        yield str(iri(aid)), article_quads(aid, triples)


def dataset(graph: nx.MultiDiGraph) -> Dataset:
    """The article graphs of a built graph, each made when the exporters reach it."""
    return Dataset(lambda: iter_article_quads(graph))


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


def jsonld(rdf: Graph) -> str:
    """Compact JSON-LD by rdflib with our context; nodes and values put in a canonical order."""
    data = json.loads(rdf.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    nodes = data.get("@graph", [])
    data["@graph"] = sorted((_canonical_json(n) for n in nodes), key=lambda n: str(n.get("@id")))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _canonical_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical_json(v) for k, v in value.items()}
    if isinstance(value, list):  # our graphs hold no rdf:List, so order carries no meaning
        return sorted((_canonical_json(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


# ------------------------------------------------------------------------------------ property graph
MAIN_CLASSES = {KG_ONTOLOGY + c for c in
                ("Article", "Person", "Organization", "Country", "Place", "Meeting", "Quotation", "Membership")}
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
    by_subject: dict[str, list[ox.Triple]] = defaultdict(list)
    for t in triples:
        by_subject[_val(t.subject)].append(t)
    kinds = {s: c for s, ts in by_subject.items() for t in ts
             if _val(t.predicate) == RDF_TYPE and (c := _val(t.object)) in MAIN_CLASSES}
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


def _newest_date(triples: Sequence[ox.Triple]) -> str:
    dates = [_val(t.object) for t in triples if _val(t.predicate) == _S + "datePublished"]
    return max(dates, default="1970-01-01")


__all__ = [
    "FORMATS",
    "JSONLD_CONTEXT",
    "KG_DATA",
    "Dataset",
    "dataset",
    "property_graph",
    "validate",
    "write_exports",
    "write_turtle",
]
