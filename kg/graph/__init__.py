"""The knowledge graph in memory: a networkx MultiDiGraph of typed nodes and edges.

Nodes are keyed by stable ids ("person/donald-trump", "article/...", "meeting/..."); the RDF
layer turns each id into an IRI. Node kinds: Article, Person, Organization, Country, Place,
Meeting, Quotation, Membership. Edge types: mention, affiliation, nationality, member,
organization, attendee, location, creator, derived_from.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.resolve.document import slug
from kg.types import ArticleFacts, Entity, Evidence, Meeting, Quote, Role


def article_id(identifier: str) -> str:
    return f"article/{slug(identifier)}"


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _evidence(ev: Evidence) -> dict[str, Any]:
    return asdict(ev)


class KnowledgeGraph:
    """Articles' facts merged into one graph; the same entity key is one node across articles."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    # -- building -------------------------------------------------------------------------
    def add(self, facts: ArticleFacts) -> None:
        """Merge one article's facts into the graph."""
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
        for role in facts.roles:
            self._add_role(role, aid, art.date.isoformat() if art.date else None)
        for nat in facts.nationalities:
            self.graph.add_edge(nat.person, nat.country, key=f"nationality:{aid}", type="nationality",
                                confidence=nat.confidence, evidence=_evidence(nat.evidence))
        for meeting in facts.meetings:
            self._add_meeting(meeting, aid)
        for quote in facts.quotes:
            self._add_quote(quote, aid)

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
                       code=entity.code, articles=[aid])

    def _add_role(self, role: Role, aid: str, valid_on: str | None) -> None:
        mid = f"membership/{_digest(role.person, role.title, role.organization, aid)}"
        self.graph.add_node(mid, kind="Membership", title=role.title, valid_on=valid_on,
                            confidence=role.confidence, evidence=_evidence(role.evidence), articles=[aid])
        self.graph.add_edge(mid, role.person, key="member", type="member")
        if role.organization:
            self.graph.add_edge(mid, role.organization, key="organization", type="organization")
            self.graph.add_edge(role.person, role.organization, key=f"affiliation:{role.title}",
                                type="affiliation", title=role.title)

    def _add_meeting(self, meeting: Meeting, aid: str) -> None:
        mid = f"meeting/{_digest(aid, meeting.evidence[0].start)}"
        date = meeting.date
        self.graph.add_node(
            mid, kind="Meeting", status=meeting.status.value, trigger=meeting.trigger, cameo=meeting.cameo,
            confidence=meeting.confidence, duration=meeting.duration, ordinal=meeting.ordinal,
            date=date.value if date else None, date_end=date.end if date else None,
            date_qualifier=date.qualifier if date else None, date_text=date.text if date else None,
            evidence=[_evidence(e) for e in meeting.evidence], articles=[aid])
        for person in meeting.participants:
            self.graph.add_edge(mid, person, key=f"attendee:{person}", type="attendee")
        if meeting.place:
            self.graph.add_edge(mid, meeting.place, key="location", type="location")

    def _add_quote(self, quote: Quote, aid: str) -> None:
        qid = f"quote/{_digest(aid, quote.start, quote.end)}"
        self.graph.add_node(qid, kind="Quotation", text=quote.text, start=quote.start, end=quote.end,
                            confidence=quote.confidence, evidence=_evidence(quote.evidence), articles=[aid])
        self.graph.add_edge(qid, quote.speaker, key="creator", type="creator")

    # -- reading --------------------------------------------------------------------------
    def nodes_of(self, kind: str) -> list[str]:
        return sorted(n for n, d in self.graph.nodes(data=True) if d.get("kind") == kind)

    def counts(self) -> dict[str, int]:
        kinds = ("Article", "Person", "Organization", "Country", "Place", "Meeting", "Quotation")
        return {k: len(self.nodes_of(k)) for k in kinds}

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
