"""Plain RDF terms and our vocabularies, in pure Python: an `IRI` is a marked string, a `Lit` a frozen
record, and the vocabularies are closed namespaces (an unknown term is an AttributeError, not a
silent new IRI; mypy sees it too).

Below the graph and RDF layers, so that the fact kinds (kg.kinds) can say how they map to RDF
without rdflib or pyoxigraph: kg.rdf.terms makes these terms rdflib's at the boundary, and
kg.rdf.namespace builds rdflib's namespaces from the lists here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

KG_ONTOLOGY = "https://w3id.org/newskg/ontology#"
KG_DATA = "https://w3id.org/newskg/id/"


class IRI(str):
    """An IRI (kg.rdf.terms makes it an rdflib URIRef)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"IRI({str.__repr__(self)})"


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal: the Python value rdflib is given (a str, int, bool, ...) with its datatype or language
    tag, exactly as `rdflib.Literal(value, datatype=..., lang=...)` takes them, so the lexical forms
    written are rdflib's."""

    value: str | int | float | bool
    datatype: IRI | None = None
    lang: str | None = None


Term = IRI | Lit
Triple = tuple[IRI, IRI, Term]
"""(subject, predicate, object) in plain terms: what a fact kind says in RDF."""


class Namespace(str):
    """An open namespace (a plug-in's own terms): `NS.term` and `NS["term"]` are IRIs."""

    __slots__ = ()

    def __getattr__(self, name: str) -> IRI:
        if name.startswith("__"):
            raise AttributeError(name)
        return IRI(self + name)

    def __getitem__(self, name: str) -> IRI:  # type: ignore[override]  # a term, not a character
        return IRI(self + str(name))


class _Closed(type):
    """Makes every annotated name of a Vocabulary class an IRI attribute; other names do not exist."""

    _NS: str
    _terms: tuple[str, ...]

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> _Closed:
        cls = super().__new__(mcs, name, bases, ns)
        if "_NS" in ns:
            cls._terms = tuple(t for t in ns.get("__annotations__", {}) if not t.startswith("_"))
            for term in cls._terms:
                setattr(cls, term, IRI(ns["_NS"] + term))
        return cls

    def __getitem__(cls, term: str) -> IRI:
        if term not in cls._terms:
            raise AttributeError(f"term {term!r} is not in namespace {cls.__name__} ({cls._NS})")
        return IRI(cls._NS + term)

    def __contains__(cls, item: object) -> bool:
        """A term name or full IRI of this vocabulary."""
        text = str(item)
        return text.removeprefix(cls._NS) in cls._terms

    def __str__(cls) -> str:
        return cls._NS

    def terms(cls) -> tuple[str, ...]:
        """The names of the terms, in the order listed."""
        return cls._terms


class Vocabulary(metaclass=_Closed):
    """A closed namespace: `_NS` and one annotation (`term: IRI`) per term."""

    _NS: ClassVar[str]


DATA = Namespace(KG_DATA)


class KG(Vocabulary):
    """Our ontology (ontology/kg.ttl). Every term used in data is listed here and defined there."""

    _NS = KG_ONTOLOGY

    # classes
    Article: IRI
    Person: IRI
    Organization: IRI
    Country: IRI
    Place: IRI
    Meeting: IRI
    Quotation: IRI
    Mention: IRI
    Membership: IRI
    Evidence: IRI
    MeetingStatus: IRI
    DateQualifier: IRI
    # individuals
    Held: IRI
    Planned: IRI
    Proposed: IRI
    Cancelled: IRI
    Beginning: IRI
    Middle: IRI
    End: IRI
    # object properties
    status: IRI
    evidence: IRI
    dateQualifier: IRI
    time: IRI
    # datatype properties
    confidence: IRI
    cameoCode: IRI
    ordinal: IRI
    trigger: IRI
    sentence: IRI
    textWithheld: IRI
    title: IRI
    validOn: IRI
    supportCount: IRI


class SCHEMA(Vocabulary):
    """The schema.org terms we write (the contract's standard terms) or our shapes check."""

    _NS = "https://schema.org/"

    # classes
    Person: IRI
    Organization: IRI
    Country: IRI
    Place: IRI
    Event: IRI
    Quotation: IRI
    NewsArticle: IRI
    # individuals
    EventScheduled: IRI
    EventCancelled: IRI
    EventPostponed: IRI
    EventRescheduled: IRI
    EventMovedOnline: IRI
    # properties
    name: IRI
    alternateName: IRI
    identifier: IRI
    jobTitle: IRI
    affiliation: IRI
    nationality: IRI
    attendee: IRI
    location: IRI
    startDate: IRI
    endDate: IRI
    duration: IRI
    eventStatus: IRI
    text: IRI
    creator: IRI
    isPartOf: IRI
    datePublished: IRI
    headline: IRI
    url: IRI
    publisher: IRI


class NIF(Vocabulary):
    """The NIF 2.0 core terms we write."""

    _NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

    Context: IRI
    String: IRI
    Phrase: IRI
    RFC5147String: IRI
    isString: IRI
    beginIndex: IRI
    endIndex: IRI
    anchorOf: IRI
    referenceContext: IRI


class ITSRDF(Vocabulary):
    _NS = "http://www.w3.org/2005/11/its/rdf#"

    taIdentRef: IRI


# The W3C vocabularies: the terms the mapping and the fact kinds write (inside kg/rdf, rdflib's own
# complete namespaces of the same names are used).
class RDF(Vocabulary):
    _NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    type: IRI


class RDFS(Vocabulary):
    _NS = "http://www.w3.org/2000/01/rdf-schema#"

    label: IRI
    comment: IRI


class OWL(Vocabulary):
    _NS = "http://www.w3.org/2002/07/owl#"

    sameAs: IRI


class XSD(Vocabulary):
    _NS = "http://www.w3.org/2001/XMLSchema#"

    string: IRI
    boolean: IRI
    decimal: IRI
    integer: IRI
    nonNegativeInteger: IRI
    positiveInteger: IRI
    date: IRI
    dateTime: IRI
    gYear: IRI
    gYearMonth: IRI
    duration: IRI


class PROV(Vocabulary):
    _NS = "http://www.w3.org/ns/prov#"

    wasDerivedFrom: IRI


class ORG(Vocabulary):
    _NS = "http://www.w3.org/ns/org#"

    Membership: IRI
    member: IRI
    organization: IRI


class TIME(Vocabulary):
    _NS = "http://www.w3.org/2006/time#"

    Instant: IRI
    ProperInterval: IRI
    inXSDDate: IRI
    inXSDgYear: IRI
    inXSDgYearMonth: IRI


PREFIXES = {
    "kg": KG_ONTOLOGY,
    "kgd": KG_DATA,
    "schema": SCHEMA._NS,
    "nif": NIF._NS,
    "itsrdf": ITSRDF._NS,
    "org": ORG._NS,
    "prov": PROV._NS,
    "time": TIME._NS,
    "xsd": XSD._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
}
