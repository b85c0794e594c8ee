"""Roles: a title a person holds, with the organization or country it belongs to.

Graph: a Membership node (member -> the person, organization -> the organization) and an
article-scoped `affiliation` edge person -> organization. RDF: an org:Membership with kg:title and
kg:validOn, schema:jobTitle on the person, schema:affiliation. Read back with the entities (their
job titles and affiliations, kg.rdf.read), not as records of their own.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from kg.ids import digest
from kg.kinds.base import FactKind, GraphContext, Records, Ref, Triple, confidence, evidence_dict, iri
from kg.records import Kind, Role
from kg.vocab import IRI, KG, ORG, RDF, SCHEMA, XSD, Lit


def add(ctx: GraphContext, roles: Records) -> None:
    valid_on = ctx.article.date.isoformat() if ctx.article.date else None
    g, aid = ctx.graph, ctx.node
    for role in roles:
        mid = f"membership/{digest(role.person, role.title, role.organization, aid)}"
        g.add_node(mid, kind="Membership", title=role.title, valid_on=valid_on,
                   confidence=role.confidence, evidence=evidence_dict(role.evidence), articles=[aid])
        g.add_edge(mid, role.person, key="member", type="member")
        if role.organization:
            g.add_edge(mid, role.organization, key="organization", type="organization")
            key = f"affiliation:{role.title}"
            edge = g.get_edge_data(role.person, role.organization, key)
            articles = sorted(set(edge["articles"]) | {aid}) if edge else [aid]
            g.add_edge(role.person, role.organization, key=key, type="affiliation", title=role.title,
                       articles=articles)


def describe(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Membership
    yield s, RDF.type, ORG.Membership
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "member":
            yield s, ORG.member, iri(target)
        elif e["type"] == "organization":
            yield s, ORG.organization, iri(target)
    if d.get("title"):
        yield s, KG.title, Lit(d["title"])
    if d.get("valid_on"):
        yield s, KG.validOn, Lit(d["valid_on"], datatype=XSD.date)
    yield confidence(s, d)


def in_article(graph: nx.MultiDiGraph, node: str, d: dict[str, Any], article: IRI) -> Iterator[Triple]:
    """The title, on the person, in the articles that state it."""
    if d.get("title"):
        for _, person, e in graph.out_edges(node, data=True):
            if e["type"] == "member":
                yield iri(person), SCHEMA.jobTitle, Lit(d["title"])


def affiliation(source: str, target: str, e: dict[str, Any]) -> Iterator[Triple]:
    yield iri(source), SCHEMA.affiliation, iri(target)
    if e.get("title"):
        yield iri(source), SCHEMA.jobTitle, Lit(e["title"])


KIND = FactKind(
    name="role", field="roles", record=Role,
    refs=(Ref("person", (Kind.PERSON,)), Ref("organization", (Kind.ORGANIZATION, Kind.COUNTRY), required=False)),
    keep=lambda r: bool(r.title or r.organization),
    add=add, node_kinds=("Membership",), counted=False, describe=describe, in_article=in_article,
    edge_types=("affiliation",), edge_triples=affiliation, ties=(("schema:affiliation", "affiliation"),),
)
