"""A new fact kind through the registry alone (kg.kinds): a toy "sanction" (X imposed sanctions on Y),
read by a tiny extractor from the parsed sentence, registered for the test only; it reaches the
networkx graph, the Turtle (parsed back by rdflib) and what `kg eval`'s reader reads back. The kind is
written in the plain terms of kg.vocab, with no rdflib (as kg/kinds must be)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.ids import digest
from kg.kinds import ENTITY_NAMES, FactKind, GraphContext, ReadContext, Ref, fact_kinds, registered
from kg.kinds.base import Triple, confidence, evidence_dict, first, iri
from kg.pipeline import build
from kg.rdf.export import write_turtle
from kg.rdf.read import read_graph
from kg.records import Article, Evidence, Kind
from kg.vocab import RDF, Namespace

# ------------------------------------------------------------------ the toy kind: one module's worth
TOY = Namespace("http://example.org/toy#")


@dataclass(frozen=True)
class Sanction:
    imposer: str  # entity keys
    target: str
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class BuiltSanction:
    iri: str
    imposer: str | None  # schema:name of the imposer
    target: str | None


def extract(doc: Any, article: Article, resolution: Any) -> Iterator[Sanction]:
    """"X imposed sanctions on Y": the subject and the object of "on", where both are resolved entities."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "sanctions"]
        if verb.lemma_ != "impose" or not objects:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        targets = [g for c in (*verb.children, *objects[0].children) if c.dep_ == "prep" and c.lower_ == "on"
                   for g in c.children if g.dep_ == "pobj"]  # "on Y" hangs on the verb or on "sanctions"
        for who in subjects:
            for whom in targets:
                imposer, target = resolution.key_at(who.i), resolution.key_at(whom.i)
                if imposer and target:
                    s = verb.sent
                    yield Sanction(imposer, target, Evidence(article.id, s.start_char, s.end_char, s.text), 0.9)


def add(ctx: GraphContext, sanctions: tuple[Any, ...]) -> None:
    for s in sanctions:
        node = f"sanction/{digest(ctx.node, s.evidence.start, s.imposer, s.target)}"
        ctx.graph.add_node(node, kind="Sanction", confidence=s.confidence, evidence=evidence_dict(s.evidence),
                           articles=[ctx.node])
        ctx.graph.add_edge(node, s.imposer, key="imposer", type="imposer")
        ctx.graph.add_edge(node, s.target, key="target", type="target")


def describe(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterable[Triple]:
    yield iri(node), RDF.type, TOY.Sanction
    for _, other, e in graph.out_edges(node, data=True):
        yield iri(node), TOY.imposedBy if e["type"] == "imposer" else TOY.imposedOn, iri(other)
    yield confidence(iri(node), d)


def read(ctx: ReadContext) -> Mapping[str, tuple[Any, ...]]:
    names = ctx.pairs("schema:name")
    by, on = ctx.pairs(f"<{TOY.imposedBy}>"), ctx.pairs(f"<{TOY.imposedOn}>")
    out: dict[str, list[BuiltSanction]] = defaultdict(list)
    for row in ctx.select(f"SELECT ?s ?a WHERE {{ ?s a <{TOY.Sanction}> ; prov:wasDerivedFrom ?a }}"):
        s, a = row["s"] or "", row["a"] or ""
        who, whom = first(by.get(s, ())), first(on.get(s, ()))
        out[a].append(BuiltSanction(s, first(names.get(who, ())) if who else None,
                                    first(names.get(whom, ())) if whom else None))
    return {a: tuple(sorted(found, key=lambda b: b.iri)) for a, found in out.items()}


SANCTION = FactKind(name="sanction", field="sanctions", record=Sanction,
                    refs=(Ref("imposer", (Kind.ORGANIZATION, Kind.COUNTRY, Kind.PERSON)), Ref("target")),
                    add=add, node_kinds=("Sanction",), describe=describe, read=read, extract=extract)
# -------------------------------------------------------------------------------------------------

DAY = dt.date(2019, 3, 1)
ARTICLES = [
    Article("a.txt", "Secretary of State Mike Pompeo arrived in Brussels on Thursday for talks with NATO allies.",
            "a.txt", DAY),
    Article("b.txt", "On Friday, Pompeo imposed sanctions on Venezuela. The European Union imposed sanctions "
                     "on Russia last year.", "b.txt", DAY),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    """The toy articles built and written while the toy kind is registered (and only then)."""
    with registered(SANCTION):
        result = build(ARTICLES)
        path = tmp_path_factory.mktemp("toy") / "graph.ttl"
        write_turtle(result.graph.graph, path)
    assert "sanction" not in {k.name for k in fact_kinds()}
    return result.graph.graph, path


def _sanctions(graph: nx.MultiDiGraph) -> set[tuple[str, str]]:
    found = set()
    for node, d in graph.nodes(data=True):
        if d.get("kind") == "Sanction":
            ends = {e["type"]: v for _, v, e in graph.out_edges(node, data=True)}
            found.add((graph.nodes[ends["imposer"]]["name"], graph.nodes[ends["target"]]["name"]))
    return found


def test_the_toy_kind_reaches_the_graph_with_corpus_keys(built: tuple[nx.MultiDiGraph, Path]) -> None:
    graph, _ = built
    # "Pompeo" of b.txt is the "Mike Pompeo" of a.txt: corpus resolution rewrote the toy record's ref too
    assert _sanctions(graph) == {("Mike Pompeo", "Venezuela"), ("European Union", "Russia")}
    assert "person/pompeo" not in graph
    assert all(graph.nodes[n]["articles"] == ["article/b.txt"] for n, d in graph.nodes(data=True)
               if d.get("kind") == "Sanction")


def test_the_toy_kind_reaches_the_turtle(built: tuple[nx.MultiDiGraph, Path]) -> None:
    _, path = built
    g = Graph().parse(path, format="turtle")
    rows = g.query("""PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX toy: <http://example.org/toy#>
        SELECT ?by ?on ?sentence WHERE { ?s a toy:Sanction ; toy:imposedBy/schema:name ?by ;
          toy:imposedOn/schema:name ?on ; prov:wasDerivedFrom ?a ; kg:evidence/kg:sentence ?sentence .
          ?a schema:identifier "b.txt" }""")
    found = {(str(r[0]), str(r[1])): str(r[2]) for r in rows}  # type: ignore[index]
    assert set(found) == {("Mike Pompeo", "Venezuela"), ("European Union", "Russia")}
    assert found[("Mike Pompeo", "Venezuela")] == "On Friday, Pompeo imposed sanctions on Venezuela."
    assert (None, URIRef(RDF.type), URIRef(TOY.Sanction)) in g
    assert not list(g.triples((None, URIRef(TOY.imposedBy), Literal("Mike Pompeo"))))  # an IRI, never a string
    objects = list(g.objects(None, URIRef(TOY.imposedOn)))
    assert len(objects) == 2 and all(isinstance(o, URIRef) for o in objects)


def test_the_toy_kind_is_read_back_by_kg_evals_reader(built: tuple[nx.MultiDiGraph, Path]) -> None:
    _, path = built
    with registered(SANCTION):
        articles = {a.identifier: a for a in read_graph(path)}
    assert {(s.imposer, s.target) for s in articles["b.txt"].of("sanction")} == {
        ("Mike Pompeo", "Venezuela"), ("European Union", "Russia")}
    assert articles["a.txt"].of("sanction") == ()
    assert read_graph(path)[1].of("sanction") == ()  # unregistered again: the reader no longer knows it


def test_once_unregistered_a_build_makes_no_sanction(built: tuple[nx.MultiDiGraph, Path]) -> None:
    assert "sanction" not in {k.name for k in fact_kinds()}
    assert not _sanctions(build(ARTICLES[1:]).graph.graph)


def test_the_registry_refuses_a_second_kind_of_one_name() -> None:
    with registered(SANCTION), pytest.raises(KGError, match="sanction"):
        with registered(SANCTION):
            pass
    assert [k.name for k in fact_kinds()] == ["role", "nationality", "meeting", "quote"]
    assert ENTITY_NAMES == tuple(k.value for k in Kind)


def test_a_kind_whose_refs_name_no_field_of_its_record_is_refused() -> None:
    bad = FactKind(name="bad", field="bads", record=Sanction, refs=(Ref("imposed_by"),), add=add)
    with pytest.raises(KGError, match="Sanction has no field 'imposed_by'"):
        with registered(bad):
            pass
    for kind in fact_kinds():  # the built-in kinds' refs are fields of their records
        assert {r.field for r in kind.refs} <= {f.name for f in fields(kind.record)}, kind.name
