"""Nationalities: a person's country, as said or implied ("North Korean leader").

Graph: an article-scoped `nationality` edge person -> country. RDF: schema:nationality. Read back
with the entities (kg.rdf.read), not as records of their own.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.kinds.base import FactKind, GraphContext, Records, Ref, Triple, evidence_dict, iri
from kg.records import Kind, Nationality
from kg.vocab import SCHEMA


def add(ctx: GraphContext, nationalities: Records) -> None:
    aid = ctx.node
    for nat in nationalities:
        ctx.graph.add_edge(nat.person, nat.country, key=f"nationality:{aid}", type="nationality",
                           confidence=nat.confidence, evidence=evidence_dict(nat.evidence), articles=[aid])


def nationality(source: str, target: str, e: dict[str, Any]) -> Iterator[Triple]:
    yield iri(source), SCHEMA.nationality, iri(target)


KIND = FactKind(
    name="nationality", field="nationalities", record=Nationality,
    refs=(Ref("person", (Kind.PERSON,)), Ref("country", (Kind.COUNTRY,))),
    add=add, edge_types=("nationality",), edge_triples=nationality, ties=(("schema:nationality", "nationality"),),
)
