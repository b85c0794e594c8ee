"""The vocabularies (kept in kg.vocab, below the fact kinds that map to them), under their old name."""
from kg.vocab import *  # noqa: F403
from kg.vocab import DATA, ITSRDF, KG, KG_DATA, KG_ONTOLOGY, NIF, ORG, OWL, PREFIXES, PROV, RDF, RDFS, SCHEMA, TIME, XSD  # noqa: F401
