"""The ontology (ontology/kg.ttl) and the SHACL shapes (ontology/shapes.ttl)."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

from kg.rdf.namespace import KG, KG_DATA, KG_ONTOLOGY, NIF, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
KG_TTL = ROOT / "ontology" / "kg.ttl"
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
SHAPES_OK = Path(__file__).resolve().parent / "data" / "shapes_ok.ttl"

ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
TIME = "http://www.w3.org/2006/time#"

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain Namespace: pytest probes module globals

DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}


def d(local: str) -> URIRef:
    return URIRef(KG_DATA + local)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


@pytest.fixture(scope="module")
def ok_data() -> Graph:
    return Graph().parse(SHAPES_OK, format="turtle")


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", [KG_TTL, SHAPES_TTL, SHAPES_OK], ids=lambda p: p.name)
def test_parses_with_rdflib_and_pyoxigraph(path: Path) -> None:
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(g)


# --------------------------------------------------------------------------- ontology


def test_ontology_header(onto: Graph) -> None:
    headers = list(onto.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/newskg/ontology")]
    h = headers[0]
    assert onto.value(h, RDFS.label) is not None
    assert onto.value(h, RDFS.comment) is not None
    assert onto.value(h, OWL.versionInfo) == Literal("0.1.0")
    assert "MIT" in str(onto.value(h, DCTERMS.license))


@pytest.mark.parametrize("name", list(KG.__annotations__))
def test_every_namespace_term_is_declared(onto: Graph, name: str) -> None:
    term = getattr(KG, name)
    assert str(term) == KG_ONTOLOGY + name
    types = set(onto.objects(term, RDF.type))
    assert types & DECLARATION_TYPES, f"{name} has no OWL declaration"
    labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)]
    comments = [o for o in onto.objects(term, RDFS.comment) if isinstance(o, Literal)]
    assert any(o.language == "en" for o in labels), f"{name} lacks an English rdfs:label"
    assert any(o.language == "en" for o in comments), f"{name} lacks an English rdfs:comment"


def test_no_undeclared_kg_terms(onto: Graph) -> None:
    known = {str(getattr(KG, n)) for n in KG.__annotations__}
    used = {
        str(t)
        for triple in onto
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(KG_ONTOLOGY)
    }
    assert used - known == set()
    declared = {str(s) for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_ONTOLOGY)}
    assert declared == known


def test_declaration_kinds(onto: Graph) -> None:
    classes = {"Article", "Person", "Organization", "Country", "Place", "Meeting", "Quotation",
               "Mention", "Membership", "Evidence", "MeetingStatus", "DateQualifier"}
    objprops = {"status", "evidence", "dateQualifier", "time"}
    dataprops = {"confidence", "cameoCode", "ordinal", "trigger", "sentence", "textWithheld", "title", "validOn", "supportCount"}
    individuals = {"Held", "Planned", "Proposed", "Cancelled", "Beginning", "Middle", "End"}
    assert classes | objprops | dataprops | individuals == set(KG.__annotations__)
    for kind, names in ((OWL.Class, classes), (OWL.ObjectProperty, objprops),
                        (OWL.DatatypeProperty, dataprops), (OWL.NamedIndividual, individuals)):
        for n in names:
            assert (getattr(KG, n), RDF.type, kind) in onto, (n, kind)


def _list(g: Graph, node) -> list:
    return list(g.items(node))


def test_enumerations(onto: Graph) -> None:
    status = _list(onto, onto.value(KG.MeetingStatus, OWL.oneOf))
    assert status == [KG.Held, KG.Planned, KG.Proposed, KG.Cancelled]
    quals = _list(onto, onto.value(KG.DateQualifier, OWL.oneOf))
    assert quals == [KG.Beginning, KG.Middle, KG.End]
    for i in status:
        assert (i, RDF.type, KG.MeetingStatus) in onto
    for i in quals:
        assert (i, RDF.type, KG.DateQualifier) in onto
    assert not list(onto.triples((None, OWL.sameAs, None)))


def test_alignments(onto: Graph) -> None:
    sub = RDFS.subClassOf
    expected = [
        (KG.Article, sub, SCHEMA.NewsArticle), (KG.Article, sub, NIF.Context), (KG.Article, sub, URIRef(PROV + "Entity")),
        (KG.Person, OWL.equivalentClass, SCHEMA.Person), (KG.Person, sub, URIRef(FOAF + "Person")),
        (KG.Person, sub, URIRef(PROV + "Agent")),
        (KG.Organization, sub, SCHEMA.Organization), (KG.Organization, sub, URIRef(ORG + "Organization")),
        (KG.Organization, sub, URIRef(FOAF + "Organization")),
        (KG.Country, sub, SCHEMA.Country), (KG.Place, sub, SCHEMA.Place),
        (KG.Meeting, sub, SCHEMA.Event), (KG.Quotation, sub, SCHEMA.Quotation),
        (KG.Quotation, sub, URIRef(PROV + "Entity")), (KG.Mention, sub, NIF.Phrase),
        (KG.Membership, sub, URIRef(ORG + "Membership")), (KG.Evidence, sub, NIF.String),
        (KG.evidence, RDFS.subPropertyOf, URIRef(PROV + "wasInfluencedBy")),
        (KG.time, RDFS.subPropertyOf, URIRef(TIME + "hasTime")),
        (KG.sentence, RDFS.subPropertyOf, NIF.anchorOf),
        (KG.status, RDFS.range, KG.MeetingStatus), (KG.dateQualifier, RDFS.range, KG.DateQualifier),
        (KG.ordinal, RDFS.range, XSD.positiveInteger), (KG.validOn, RDFS.range, XSD.date),
    ]
    for t in expected:
        assert t in onto, t
    assert (KG.Country, sub, SCHEMA.Organization) not in onto
    assert (KG.status, RDFS.subPropertyOf, SCHEMA.eventStatus) not in onto


# --------------------------------------------------------------------------- shapes


def _validate(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return conforms, report


def test_ok_data_conforms(ok_data: Graph, shapes: Graph) -> None:
    conforms, report = _validate(ok_data, shapes)
    assert conforms, report.serialize(format="turtle")


def test_ok_data_conforms_with_ontology_and_rdfs(ok_data: Graph, shapes: Graph, onto: Graph) -> None:
    conforms, _, text = pyshacl.validate(ok_data, shacl_graph=shapes, ont_graph=onto, inference="rdfs")
    assert conforms, text


def test_ok_data_offsets_match_text(ok_data: Graph) -> None:
    for node in set(ok_data.subjects(NIF.beginIndex, None)):
        ctx = ok_data.value(node, NIF.referenceContext)
        text = str(ok_data.value(ctx, NIF.isString))
        b, e = int(ok_data.value(node, NIF.beginIndex)), int(ok_data.value(node, NIF.endIndex))
        surface = ok_data.value(node, NIF.anchorOf) or ok_data.value(node, KG.sentence)
        assert text[b:e] == str(surface)


A1 = d("article/a1")
TRUMP = d("person/donald-trump")
KIM = d("person/kim-jong-un")
SANDERS = d("person/sarah-sanders")
WH = d("org/white-house")
USA = d("country/usa")
PRK = d("country/prk")
DANANG = d("place/danang")
M1 = d("meeting/m1")
M0 = d("meeting/m0")
Q1 = d("quotation/q1")
MS = d("membership/sarah-sanders-white-house")
EV = d("evidence/a1-0-167")
MENTION = d("mention/a1-10-22")
ORG_MEMBER = URIRef(ORG + "member")
PROV_DERIVED = URIRef(PROV + "wasDerivedFrom")


BROKEN: dict[str, Callable[[Graph], object]] = {
    "entity with two names": lambda g: (g.add((TRUMP, SCHEMA.name, Literal("Donald J. Trump"))), TRUMP)[1],
    "entity without name": lambda g: (g.remove((WH, SCHEMA.name, None)), WH)[1],
    "entity with language-tagged name twice": lambda g: (g.add((KIM, SCHEMA.name, Literal("Kim", lang="en"))), KIM)[1],
    "entity without provenance": lambda g: (g.remove((DANANG, PROV_DERIVED, None)), DANANG)[1],
    "entity derived from a non-article": lambda g: (g.set((USA, PROV_DERIVED, TRUMP)), USA)[1],
    "country typed schema:Organization": lambda g: (g.add((PRK, RDF.type, SCHEMA.Organization)), PRK)[1],
    "country with a non-ISO3 identifier": lambda g: (g.set((USA, SCHEMA.identifier, Literal("US"))), USA)[1],
    "kg:Person without schema:Person": lambda g: (g.remove((SANDERS, RDF.type, SCHEMA.Person)), SANDERS)[1],
    "person affiliated to a place": lambda g: (g.set((SANDERS, SCHEMA.affiliation, DANANG)), SANDERS)[1],
    "person with an organization as nationality": lambda g: (g.set((KIM, SCHEMA.nationality, WH)), KIM)[1],
    "meeting with one attendee": lambda g: (g.remove((M1, SCHEMA.attendee, KIM)), M1)[1],
    "meeting attended by a place": lambda g: (g.add((M0, SCHEMA.attendee, DANANG)), M0)[1],
    "meeting without status": lambda g: (g.remove((M0, KG.status, None)), M0)[1],
    "meeting with two statuses": lambda g: (g.add((M0, KG.status, KG.Proposed)), M0)[1],
    "meeting status outside the list": lambda g: (g.set((M0, KG.status, KG.End)), M0)[1],
    "planned meeting without EventScheduled": lambda g: (g.remove((M1, SCHEMA.eventStatus, None)), M1)[1],
    "cancelled meeting without EventCancelled": lambda g: (g.set((M0, KG.status, KG.Cancelled)), M0)[1],
    "meeting startDate as dateTime": lambda g: (g.set((M1, SCHEMA.startDate, Literal("2019-02-27T10:00:00", datatype=XSD.dateTime))), M1)[1],
    "meeting startDate as plain string": lambda g: (g.set((M1, SCHEMA.startDate, Literal("2019-02"))), M1)[1],
    "meeting with two startDates": lambda g: (g.add((M1, SCHEMA.startDate, Literal("2019-02-27", datatype=XSD.date))), M1)[1],
    "meeting duration as string": lambda g: (g.set((M1, SCHEMA.duration, Literal("90 minutes"))), M1)[1],
    "meeting located at a person": lambda g: (g.set((M1, SCHEMA.location, KIM)), M1)[1],
    "meeting confidence above 1": lambda g: (g.set((M1, KG.confidence, Literal(Decimal("1.5")))), M1)[1],
    "meeting confidence as double": lambda g: (g.set((M1, KG.confidence, Literal(0.8))), M1)[1],
    "meeting cameoCode of two digits": lambda g: (g.set((M1, KG.cameoCode, Literal("42"))), M1)[1],
    "meeting cameoCode outside 0xx": lambda g: (g.set((M1, KG.cameoCode, Literal("142"))), M1)[1],
    "meeting ordinal 0": lambda g: (g.set((M1, KG.ordinal, Literal(0))), M1)[1],
    "meeting without provenance": lambda g: (g.remove((M1, PROV_DERIVED, None)), M1)[1],
    "quotation without creator": lambda g: (g.remove((Q1, SCHEMA.creator, None)), Q1)[1],
    "quotation with two creators": lambda g: (g.add((Q1, SCHEMA.creator, KIM)), Q1)[1],
    "quotation creator is a place": lambda g: (g.set((Q1, SCHEMA.creator, DANANG)), Q1)[1],
    "quotation without text": lambda g: (g.remove((Q1, SCHEMA.text, None)), Q1)[1],
    "quotation not part of an article": lambda g: (g.remove((Q1, SCHEMA.isPartOf, None)), Q1)[1],
    "article without nif:isString": lambda g: (g.remove((A1, NIF.isString, None)), A1)[1],
    "article with two identifiers": lambda g: (g.add((A1, SCHEMA.identifier, Literal("other.txt"))), A1)[1],
    "article datePublished as string": lambda g: (g.set((A1, SCHEMA.datePublished, Literal("2019-01-18"))), A1)[1],
    "mention begin not before end": lambda g: (g.set((MENTION, NIF.beginIndex, Literal(30, datatype=XSD.nonNegativeInteger))), MENTION)[1],
    "mention offset as xsd:integer": lambda g: (g.set((MENTION, NIF.endIndex, Literal(22))), MENTION)[1],
    "mention without entity": lambda g: (g.remove((MENTION, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), None)), MENTION)[1],
    "membership with two members": lambda g: (g.add((MS, ORG_MEMBER, TRUMP)), MS)[1],
    "membership member is an organization": lambda g: (g.set((MS, ORG_MEMBER, WH)), MS)[1],
    "membership with two titles": lambda g: (g.add((MS, KG.title, Literal("Spokeswoman"))), MS)[1],
    "membership validOn as dateTime": lambda g: (g.set((MS, KG.validOn, Literal("2019-01-18T00:00:00", datatype=XSD.dateTime))), MS)[1],
    "evidence without sentence": lambda g: (g.remove((EV, KG.sentence, None)), EV)[1],
    "evidence without context": lambda g: (g.remove((EV, NIF.referenceContext, None)), EV)[1],
    "evidence link to a non-evidence": lambda g: (g.set((M1, KG.evidence, A1)), M1)[1],
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_variant_is_rejected(case: str, ok_data: Graph, shapes: Graph) -> None:
    g = Graph()
    for t in ok_data:
        g.add(t)
    focus = BROKEN[case](g)
    conforms, report = _validate(g, shapes)
    assert conforms is False, case
    focus_nodes = set(report.objects(None, SH.focusNode))
    assert focus in focus_nodes, (case, focus_nodes)


def test_blank_node_entity_is_rejected(ok_data: Graph, shapes: Graph) -> None:
    g = Graph()
    for t in ok_data:
        g.add(t)
    b = BNode()
    g.add((b, RDF.type, SCHEMA.Place))
    g.add((b, SCHEMA.name, Literal("Hanoi")))
    g.add((b, PROV_DERIVED, A1))
    conforms, _ = _validate(g, shapes)
    assert conforms is False


def test_schema_org_is_closed_like_the_others(onto: Graph, shapes: Graph) -> None:
    """An unknown schema.org term is an error, not a silent new IRI; the shapes ask only for terms we write."""
    with pytest.raises(AttributeError, match="nmae"):
        SCHEMA.nmae  # noqa: B018
    base = str(SCHEMA._NS)
    asked = {str(t)[len(base):] for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(base)}
    assert asked and asked <= set(SCHEMA.__annotations__), asked - set(SCHEMA.__annotations__)
