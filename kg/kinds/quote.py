"""Quotations: the quoted words and who said them.

Graph: a Quotation node with a `creator` edge to the speaker. RDF: schema:Quotation with
schema:text, schema:creator and schema:isPartOf the article. Read back as BuiltQuote records.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.ids import digest
from kg.kinds.base import (
    FactKind, GraphContext, ReadContext, Records, Ref, Triple, confidence, evidence_dict, first, iri,
)
from kg.records import Quote
from kg.vocab import IRI, KG, RDF, SCHEMA, Lit


@dataclass(frozen=True)
class BuiltQuote:
    """A quotation of an article with its speaker, as read from the graph."""

    iri: str
    text: str
    speaker: str | None = None  # schema:name of the creator
    speaker_iri: str | None = None
    speaker_names: tuple[str, ...] = ()  # name and alternate names of the creator


def add(ctx: GraphContext, quotes: Records) -> None:
    for quote in quotes:
        qid = f"quote/{digest(ctx.node, quote.start, quote.end)}"
        ctx.graph.add_node(qid, kind="Quotation", text=quote.text, start=quote.start, end=quote.end,
                           confidence=quote.confidence, evidence=evidence_dict(quote.evidence), articles=[ctx.node])
        ctx.graph.add_edge(qid, quote.speaker, key="creator", type="creator")


def describe(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Quotation
    yield s, RDF.type, SCHEMA.Quotation
    yield s, SCHEMA.text, Lit(d["text"])
    for _, target, e in graph.out_edges(node, data=True):
        if e["type"] == "creator":
            yield s, SCHEMA.creator, iri(target)
    yield confidence(s, d)


def in_article(graph: nx.MultiDiGraph, node: str, d: dict[str, Any], article: IRI) -> Iterator[Triple]:
    yield iri(node), SCHEMA.isPartOf, article


_QUOTES = """SELECT DISTINCT ?q ?a WHERE {
  ?q a schema:Quotation . { ?q schema:isPartOf ?a } UNION { ?q prov:wasDerivedFrom ?a } }"""


def read(ctx: ReadContext) -> Mapping[str, Records]:
    """Article -> its quotations."""
    names = ctx.pairs("schema:name")
    alts = ctx.pairs("schema:alternateName")
    texts = ctx.pairs("schema:text")
    creators = ctx.pairs("schema:creator")
    out: dict[str, list[BuiltQuote]] = defaultdict(list)
    for row in ctx.select(_QUOTES):
        q, a = row["q"], row["a"]
        assert q is not None and a is not None
        who = first(creators.get(q, ()))
        out[a].append(BuiltQuote(
            iri=q,
            text=first(texts.get(q, ())) or "",
            speaker=first(names.get(who, ())) if who else None,
            speaker_iri=who,
            speaker_names=(*names.get(who, ()), *alts.get(who, ())) if who else (),
        ))
    return {a: tuple(sorted(qs, key=lambda q: q.iri)) for a, qs in out.items()}


KIND = FactKind(
    name="quote", field="quotes", record=Quote, refs=(Ref("speaker"),),
    add=add, node_kinds=("Quotation",), describe=describe, in_article=in_article, read=read,
)
