"""The vocabularies as rdflib namespaces, for the code inside kg/rdf (and the layers that use rdflib).

The terms are listed once, in kg.vocab (plain, for the fact kinds); KG, SCHEMA, NIF and ITSRDF here are
rdflib DefinedNamespaces made from those lists, closed like them. The W3C vocabularies are rdflib's own.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, TIME, XSD, DefinedNamespace

from kg import vocab
from kg.vocab import KG_DATA, KG_ONTOLOGY, PREFIXES

__all__ = ["ITSRDF", "KG", "KG_DATA", "KG_ONTOLOGY", "NIF", "ORG", "OWL", "PREFIXES", "PROV", "RDF",
           "RDFS", "SCHEMA", "TIME", "XSD", "rdflib_namespace"]


def rdflib_namespace(v: type[vocab.Vocabulary]) -> type[DefinedNamespace]:
    """A closed rdflib namespace with the terms of a kg.vocab vocabulary."""
    body = {"_NS": Namespace(str(v)), "_fail": True, "__annotations__": {t: URIRef for t in v.terms()},
            "__doc__": v.__doc__, "__module__": __name__}
    return type(v.__name__, (DefinedNamespace,), body)


KG = rdflib_namespace(vocab.KG)
SCHEMA = rdflib_namespace(vocab.SCHEMA)
NIF = rdflib_namespace(vocab.NIF)
ITSRDF = rdflib_namespace(vocab.ITSRDF)
