"""The boundary between the plain RDF terms of kg.vocab (what the fact kinds and the mapping say) and
rdflib's: an IRI becomes a URIRef, a Lit the rdflib Literal of the same arguments (so the lexical forms
are rdflib's, as they were when the kinds made Literals themselves)."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.vocab import Lit, Term, Triple

RDFTriple = tuple[Node, Node, Node]


def to_rdflib(term: Term) -> URIRef | Literal:
    """The rdflib term of a plain one."""
    if isinstance(term, Lit):
        if type(term.value) is float:  # 0.0 and -0.0 are equal in Python, not in RDF: made each time
            return Literal(term.value, datatype=None if term.datatype is None else URIRef(term.datatype),
                           lang=term.lang)
        # the value's type is in the key: Lit(True) and Lit(1) are equal in Python, not in RDF
        return _literal(type(term.value).__name__, term.value, term.datatype, term.lang)
    return _uri(term)


def rdflib_triple(triple: Triple) -> RDFTriple:
    """A plain triple as rdflib terms."""
    s, p, o = triple
    return _uri(s), _uri(p), to_rdflib(o)


# Made once per distinct term: an export asks for the same classes, predicates, entities and names
# over and over, and rdflib checks every IRI and casts every literal it makes.
_uri = lru_cache(maxsize=1 << 16)(URIRef)


@lru_cache(maxsize=1 << 16)
def _literal(kind: str, value: str | int | float | bool, datatype: str | None, lang: str | None) -> Literal:
    return Literal(value, datatype=None if datatype is None else URIRef(datatype), lang=lang)

