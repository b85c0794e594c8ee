"""The plain RDF terms of kg.vocab (what the fact kinds write, with no rdflib) and the one boundary
where kg.rdf makes them rdflib's: closed vocabularies refuse unknown terms, and a Lit becomes the
rdflib Literal of the same arguments (so the lexical forms written are unchanged)."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg import vocab
from kg.rdf import namespace
from kg.rdf.terms import rdflib_triple, to_rdflib
from kg.vocab import IRI, KG, SCHEMA, XSD, Lit, Namespace


def test_closed_vocabularies_refuse_unknown_terms() -> None:
    assert SCHEMA.name == "https://schema.org/name" and isinstance(SCHEMA.name, IRI)
    assert SCHEMA["Person"] == SCHEMA.Person
    with pytest.raises(AttributeError, match="Persn"):
        SCHEMA.Persn  # noqa: B018
    with pytest.raises(AttributeError, match="Persn"):
        SCHEMA["Persn"]
    assert "name" in SCHEMA and SCHEMA.name in SCHEMA and "https://schema.org/nam" not in SCHEMA


def test_an_open_namespace_makes_any_term() -> None:
    toy = Namespace("http://example.org/toy#")
    assert toy.Sanction == toy["Sanction"] == IRI("http://example.org/toy#Sanction")
    assert isinstance(toy.imposedBy, IRI)


@pytest.mark.parametrize("name", ["KG", "SCHEMA", "NIF", "ITSRDF"])
def test_the_rdflib_namespaces_are_made_from_the_same_lists(name: str) -> None:
    plain, rdf = getattr(vocab, name), getattr(namespace, name)
    assert plain.terms() and list(plain.terms()) == list(rdf.__annotations__)
    for term in plain.terms():
        assert getattr(rdf, term) == URIRef(getattr(plain, term))
    with pytest.raises(AttributeError):
        rdf.notATerm  # noqa: B018


@pytest.mark.parametrize("name", ["RDF", "RDFS", "OWL", "XSD", "PROV", "ORG", "TIME"])
def test_the_w3c_terms_listed_are_rdflibs(name: str) -> None:
    plain, rdf = getattr(vocab, name), getattr(namespace, name)
    assert str(plain) == str(rdf)
    for term in plain.terms():
        assert URIRef(getattr(plain, term)) == rdf[term]


@pytest.mark.parametrize("lit, lexical, datatype", [
    (Lit("Kim Jong Un"), "Kim Jong Un", None),
    (Lit(True), "true", namespace.XSD.boolean),
    (Lit(17, datatype=XSD.nonNegativeInteger), "17", namespace.XSD.nonNegativeInteger),
    (Lit("0.85", datatype=XSD.decimal), "0.85", namespace.XSD.decimal),
    (Lit("2019-02", datatype=XSD.gYearMonth), "2019-02", namespace.XSD.gYearMonth),
])
def test_a_lit_becomes_the_rdflib_literal_of_the_same_arguments(lit: Lit, lexical: str, datatype: URIRef | None) -> None:
    term = to_rdflib(lit)
    assert isinstance(term, Literal) and str(term) == lexical and term.datatype == datatype
    assert term == Literal(lit.value, datatype=lit.datatype)
    assert to_rdflib(Lit("Kim", lang="ko")).language == "ko"


def test_a_triple_crosses_the_boundary_whole() -> None:
    s = IRI("https://w3id.org/newskg/id/meeting/x")
    t = rdflib_triple((s, KG.supportCount, Lit(2, datatype=XSD.positiveInteger)))
    assert t == (URIRef(s), namespace.KG.supportCount, Literal(2, datatype=namespace.XSD.positiveInteger))
    assert all(type(x) in (URIRef, Literal) for x in t)
