"""Every graph written parses with rdflib and pyoxigraph to the same triples, validates, and is reproducible."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import KnowledgeGraph
from kg.pipeline import BuildResult
from kg.rdf.export import validate, write_turtle

SCHEMA = "https://schema.org/"


def _oxigraph_as_rdflib(path: Path) -> Graph:
    triples = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    nt = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return Graph().parse(data=nt.decode("utf-8"), format="nt")


def test_rdflib_and_pyoxigraph_read_the_same_triples(seed_ttl: Path) -> None:
    by_rdflib = Graph().parse(seed_ttl, format="turtle")
    by_oxigraph = _oxigraph_as_rdflib(seed_ttl)
    assert len(by_rdflib) == len(by_oxigraph) > 500
    assert isomorphic(by_rdflib, by_oxigraph)


def test_seed_graph_conforms_to_shapes(seed_ttl: Path) -> None:
    conforms, report = validate(Graph().parse(seed_ttl, format="turtle"))
    assert conforms, report


def test_dev_set_graph_conforms_to_shapes(dev_ttl: Path) -> None:
    conforms, report = validate(Graph().parse(dev_ttl, format="turtle"))
    assert conforms, report


def test_two_writes_are_byte_identical(seed_build: BuildResult, tmp_path: Path) -> None:
    write_turtle(seed_build.graph.graph, tmp_path / "a.ttl")
    again = KnowledgeGraph.from_node_link(seed_build.graph.to_node_link())
    write_turtle(again.graph, tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_contract_terms_are_asserted(seed_ttl: Path) -> None:
    g = Graph().parse(seed_ttl, format="turtle")

    def ask(q: str) -> bool:
        return bool(g.query("PREFIX schema: <https://schema.org/> "
                            "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                            "PREFIX prov: <http://www.w3.org/ns/prov#> " + q).askAnswer)

    assert ask('ASK { ?p a schema:Person ; schema:name "Donald Trump" ; schema:alternateName "Trump" ; '
               'schema:jobTitle "President" ; prov:wasDerivedFrom ?a . ?a a schema:NewsArticle }')
    assert ask('ASK { ?c a schema:Country ; schema:name "North Korea" ; schema:alternateName "Pyongyang" }')
    assert ask('ASK { ?m nif:anchorOf "Trump" ; nif:beginIndex ?b ; nif:referenceContext ?a ; '
               '<http://www.w3.org/2005/11/its/rdf#taIdentRef> ?p . ?p schema:name "Donald Trump" }')
    assert not ask('ASK { ?c a schema:Country , schema:Organization }')
    assert ask('ASK { ?a a schema:NewsArticle ; nif:isString ?t ; schema:identifier "000_d30bdd079e06602b.txt" ; '
               'schema:datePublished "2019-01-18"^^<http://www.w3.org/2001/XMLSchema#date> }')


def test_node_link_json_round_trip(seed_build: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    seed_build.graph.write_json(path)
    back = KnowledgeGraph.read_json(path)
    assert sorted(back.graph.nodes) == sorted(seed_build.graph.graph.nodes)
    assert back.graph.number_of_edges() == seed_build.graph.graph.number_of_edges()


def test_meetings_are_named_after_their_event_noun(dev_ttl: Path) -> None:
    """A meeting's schema:name is "summit of A and B" when an event noun told it, else "meeting of A and B"
    (a label in Gephi or Protégé: "met of A and B" read badly); kg:trigger keeps the word of the text."""
    from kg.data import meeting_triggers

    nouns = {r["word"] for r in meeting_triggers() if r["pos"] == "noun"}
    g = Graph().parse(dev_ttl, format="turtle")
    rows = list(g.query("PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/newskg/ontology#> "
                        "SELECT ?name ?trigger { ?m a kg:Meeting ; schema:name ?name ; kg:trigger ?trigger }"))
    heads = [(str(name).split(" of ", 1)[0], str(trigger).lower()) for name, trigger in rows]
    assert len(heads) > 50
    assert all(head == (trigger if trigger in nouns else "meeting") for head, trigger in heads), heads
    assert {"meeting", "talks"} <= {head for head, _ in heads}
