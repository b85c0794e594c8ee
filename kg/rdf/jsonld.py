"""JSON-LD: compact, with our context, nodes and values in a canonical order (by rdflib)."""
from __future__ import annotations

import json
from typing import Any

from rdflib import Graph

from kg.rdf.namespace import PREFIXES

_S = "https://schema.org/"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _term(prefix: str, local: str, kind: str | None = None) -> dict[str, str] | str:
    return {"@id": f"{prefix}:{local}", "@type": kind} if kind else f"{prefix}:{local}"


JSONLD_CONTEXT: dict[str, Any] = {
    **{p: ns for p, ns in PREFIXES.items()},
    "name": _term("schema", "name"), "alternateName": _term("schema", "alternateName"),
    "identifier": _term("schema", "identifier"), "jobTitle": _term("schema", "jobTitle"),
    "text": _term("schema", "text"), "headline": _term("schema", "headline"),
    "publisher": _term("schema", "publisher"), "url": _term("schema", "url", "@id"),
    "datePublished": _term("schema", "datePublished", "xsd:date"),
    "duration": _term("schema", "duration", "xsd:duration"),
    "affiliation": _term("schema", "affiliation", "@id"), "nationality": _term("schema", "nationality", "@id"),
    "attendee": _term("schema", "attendee", "@id"), "location": _term("schema", "location", "@id"),
    "creator": _term("schema", "creator", "@id"), "isPartOf": _term("schema", "isPartOf", "@id"),
    "eventStatus": _term("schema", "eventStatus", "@id"),
    "sameAs": _term("owl", "sameAs", "@id"), "wasDerivedFrom": _term("prov", "wasDerivedFrom", "@id"),
    "isString": _term("nif", "isString"), "anchorOf": _term("nif", "anchorOf"),
    "beginIndex": _term("nif", "beginIndex", "xsd:nonNegativeInteger"),
    "endIndex": _term("nif", "endIndex", "xsd:nonNegativeInteger"),
    "referenceContext": _term("nif", "referenceContext", "@id"),
    "taIdentRef": _term("itsrdf", "taIdentRef", "@id"),
    "status": _term("kg", "status", "@id"), "evidence": _term("kg", "evidence", "@id"),
    "time": _term("kg", "time", "@id"), "dateQualifier": _term("kg", "dateQualifier", "@id"),
    "confidence": _term("kg", "confidence", "xsd:decimal"),
    "supportCount": _term("kg", "supportCount", "xsd:positiveInteger"),
    "ordinal": _term("kg", "ordinal", "xsd:positiveInteger"),
    "sentence": _term("kg", "sentence"), "trigger": _term("kg", "trigger"), "cameoCode": _term("kg", "cameoCode"),
    "title": _term("kg", "title"), "validOn": _term("kg", "validOn", "xsd:date"),
    "member": _term("org", "member", "@id"), "organization": _term("org", "organization", "@id"),
}
"""A compact JSON-LD context for our ontology and the schema.org, NIF, PROV and ORG terms we write."""

def jsonld(rdf: Graph) -> str:
    """Compact JSON-LD by rdflib with our context; nodes and values put in a canonical order."""
    data = json.loads(rdf.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    nodes = data.get("@graph", [])
    data["@graph"] = sorted((_canonical_json(n) for n in nodes), key=lambda n: str(n.get("@id")))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _canonical_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical_json(v) for k, v in value.items()}
    if isinstance(value, list):  # our graphs hold no rdf:List, so order carries no meaning
        return sorted((_canonical_json(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value
