"""The boundary between the plain RDF terms of kg.vocab (what the fact kinds and the mapping say) and
rdflib's: an IRI becomes a URIRef, a Lit the rdflib Literal of the same arguments (so the lexical forms
are rdflib's, as they were when the kinds made Literals themselves)."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.vocab import Lit, Term, Triple

RDFTriple = tuple[Node, Node, Node]


def to_rdflib(term: Term) -> URIRef | Literal:
    """The rdflib term of a plain one."""
    if isinstance(term, Lit):
        datatype = None if term.datatype is None else URIRef(term.datatype)
        return Literal(term.value, datatype=datatype, lang=term.lang)
    return URIRef(term)


def rdflib_triple(triple: Triple) -> RDFTriple:
    """A plain triple as rdflib terms."""
    s, p, o = triple
    return URIRef(s), URIRef(p), to_rdflib(o)

