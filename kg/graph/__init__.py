"""The knowledge graph in memory: a networkx MultiDiGraph of typed nodes and edges.

Nodes are keyed by stable ids ("person/donald-trump", "article/...", "meeting/..."); the RDF
layer turns each id into an IRI. Node kinds: Article, the entity kinds (Person, Organization,
Country, Place) and those of the fact kinds (kg.kinds: Membership, Meeting, Quotation); each fact
kind's module says what nodes and edges its records make (affiliation, nationality, member,
organization, attendee, location, creator). Entities, meetings and the affiliation
and nationality edges record the articles they come from (`articles`), which the RDF layer uses
to make one named graph per article; a meeting reported by several articles is one node with
`support` (their number) and the evidence of each.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.gazetteer import country_by_iso3
from kg.ids import article_id
from kg.kinds import ENTITY_NAMES, GraphContext, fact_kinds
from kg.kinds.meeting import STATUS_RANK
from kg.records import ArticleFacts, Entity, Kind

__all__ = ["STATUS_RANK", "KnowledgeGraph", "article_id"]


class KnowledgeGraph:
    """Articles' facts merged into one graph; the same entity key is one node across articles."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    # -- building -------------------------------------------------------------------------
    def add(self, facts: ArticleFacts, meeting_ids: Mapping[int, str] | None = None) -> None:
        """Merge one article's facts into the graph.

        Each fact kind of the registry (kg.kinds) adds its records. `meeting_ids` (meeting index ->
        node id, from kg.resolve.corpus) makes the reports of one meeting in several articles one
        node; without it each article's meeting is its own node.
        """
        art = facts.article
        aid = article_id(art.id)
        self.graph.add_node(aid, kind="Article", identifier=art.id, text=art.text,
                            date=art.date.isoformat() if art.date else None, title=art.title,
                            url=art.url, publisher=art.publisher)
        for entity in facts.entities:
            self._add_entity(entity, aid)
        for m in facts.mentions:
            self.graph.add_edge(aid, m.entity, key=f"mention:{m.start}:{m.end}", type="mention",
                                start=m.start, end=m.end, text=m.text, sentence=m.sentence)
        for kind in fact_kinds():  # roles, nationalities, meetings, quotations, and any kind registered
            ctx = GraphContext(self.graph, art, aid, meeting_ids or {})
            kind.add(ctx, facts.records(kind.field))

    def _add_entity(self, entity: Entity, aid: str) -> None:
        g = self.graph
        if entity.key in g:
            node = g.nodes[entity.key]
            names = set(node["aliases"]) | set(entity.aliases) | {node["name"], entity.name}
            node["name"] = max((node["name"], entity.name), key=lambda n: (len(n.split()), len(n), n))
            node["aliases"] = sorted(names - {node["name"]})
            node["articles"] = sorted(set(node["articles"]) | {aid})
        else:
            g.add_node(entity.key, kind=entity.kind.value, name=entity.name, aliases=sorted(entity.aliases),
                       code=entity.code, articles=[aid], **_country_codes(entity))

    # -- reading --------------------------------------------------------------------------
    def nodes_of(self, kind: str) -> list[str]:
        return sorted(n for n, d in self.graph.nodes(data=True) if d.get("kind") == kind)

    def counts(self) -> dict[str, int]:
        kinds = ("Article", *ENTITY_NAMES, *(n for k in fact_kinds() if k.counted for n in k.node_kinds))
        return {k: len(self.nodes_of(k)) for k in kinds}

    def without_text(self) -> KnowledgeGraph:
        """A copy without the articles' text and the sentences copied from it (`kg build --no-text`).

        Article nodes lose `text` and get `text_withheld`; every sentence text (in evidence records)
        goes, a mention's sentence number stays. Names, titles and quoted words stay: they are the facts."""
        graph = nx.MultiDiGraph(**self.graph.graph)
        for node, data in self.graph.nodes(data=True):
            attrs = _no_sentences(data)
            if data.get("kind") == "Article":
                attrs.pop("text", None)
                attrs["text_withheld"] = True
            graph.add_node(node, **attrs)
        for u, v, key, data in self.graph.edges(keys=True, data=True):
            graph.add_edge(u, v, key=key, **_no_sentences(data))
        return KnowledgeGraph(graph)

    # -- node-link JSON -------------------------------------------------------------------
    def to_node_link(self) -> dict[str, Any]:
        data = nx.node_link_data(self.graph, edges="edges")
        data["nodes"].sort(key=lambda n: n["id"])
        data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e["key"])))
        return data

    @classmethod
    def from_node_link(cls, data: dict[str, Any]) -> KnowledgeGraph:
        return cls(nx.node_link_graph(data, directed=True, multigraph=True, edges="edges"))

    def write_json(self, path: Path) -> None:
        from kg.io import write_atomic

        write_atomic(path, json.dumps(self.to_node_link(), ensure_ascii=False, sort_keys=True, indent=1))

    @classmethod
    def read_json(cls, path: Path) -> KnowledgeGraph:
        return cls.from_node_link(json.loads(Path(path).read_text(encoding="utf-8")))


def _no_sentences(value: Any) -> Any:
    """VALUE without any `sentence` text, in nested dicts and lists too (evidence records)."""
    if isinstance(value, Mapping):
        return {k: _no_sentences(v) for k, v in value.items() if not (k == "sentence" and isinstance(v, str))}
    if isinstance(value, list | tuple):
        return type(value)(_no_sentences(v) for v in value)
    return value


def _country_codes(entity: Entity) -> dict[str, Any]:
    """ISO 3166-1 alpha-2 and the GeoNames id of a country, from the gazetteer (empty for other kinds)."""
    if entity.kind is not Kind.COUNTRY or not entity.code:
        return {}
    info = country_by_iso3(entity.code)
    return {"iso2": info.iso2, "geonames": info.geonames_id} if info else {}
