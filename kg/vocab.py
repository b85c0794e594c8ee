"""Vocabularies as closed namespaces: an unknown term is an AttributeError, not a silent new IRI.

Below the graph and RDF layers, so that the fact kinds (kg.kinds) can say how they map to RDF."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, TIME, XSD, DefinedNamespace

KG_ONTOLOGY = "https://w3id.org/newskg/ontology#"
KG_DATA = "https://w3id.org/newskg/id/"
DATA = Namespace(KG_DATA)


class KG(DefinedNamespace):
    """Our ontology (ontology/kg.ttl). Every term used in data is listed here and defined there."""

    _NS = Namespace(KG_ONTOLOGY)
    _fail = True

    # classes
    Article: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Meeting: URIRef
    Quotation: URIRef
    Mention: URIRef
    Membership: URIRef
    Evidence: URIRef
    MeetingStatus: URIRef
    DateQualifier: URIRef
    # individuals
    Held: URIRef
    Planned: URIRef
    Proposed: URIRef
    Cancelled: URIRef
    Beginning: URIRef
    Middle: URIRef
    End: URIRef
    # object properties
    status: URIRef
    evidence: URIRef
    dateQualifier: URIRef
    time: URIRef
    # datatype properties
    confidence: URIRef
    cameoCode: URIRef
    ordinal: URIRef
    trigger: URIRef
    sentence: URIRef
    textWithheld: URIRef
    title: URIRef
    validOn: URIRef
    supportCount: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms we write (the contract's standard terms) or our shapes check."""

    _NS = Namespace("https://schema.org/")
    _fail = True

    # classes
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Event: URIRef
    Quotation: URIRef
    NewsArticle: URIRef
    # individuals
    EventScheduled: URIRef
    EventCancelled: URIRef
    EventPostponed: URIRef
    EventRescheduled: URIRef
    EventMovedOnline: URIRef
    # properties
    name: URIRef
    alternateName: URIRef
    identifier: URIRef
    jobTitle: URIRef
    affiliation: URIRef
    nationality: URIRef
    attendee: URIRef
    location: URIRef
    startDate: URIRef
    endDate: URIRef
    duration: URIRef
    eventStatus: URIRef
    text: URIRef
    creator: URIRef
    isPartOf: URIRef
    datePublished: URIRef
    headline: URIRef
    url: URIRef
    publisher: URIRef


class NIF(DefinedNamespace):
    """The NIF 2.0 core terms we write."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    Phrase: URIRef
    RFC5147String: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef


class ITSRDF(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: URIRef


PREFIXES = {
    "kg": KG_ONTOLOGY,
    "kgd": KG_DATA,
    "schema": str(SCHEMA._NS),
    "nif": str(NIF._NS),
    "itsrdf": str(ITSRDF._NS),
    "org": str(ORG),
    "prov": str(PROV),
    "time": str(TIME),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}
