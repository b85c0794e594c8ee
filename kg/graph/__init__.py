"""The knowledge graph in memory: a networkx MultiDiGraph of typed nodes and edges.

Nodes are keyed by stable ids ("person/donald-trump", "article/...", "meeting/..."); the RDF
layer turns each id into an IRI. Node kinds: Article, Person, Organization, Country, Place,
Meeting, Quotation, Membership. Edge types: mention, affiliation, nationality, member,
organization, attendee, location, creator, derived_from. Entities, meetings and the affiliation
and nationality edges record the articles they come from (`articles`), which the RDF layer uses
to make one named graph per article; a meeting reported by several articles is one node with
`support` (their number) and the evidence of each.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.gazetteer import country_by_iso3
from kg.ids import article_id, digest as _digest, meeting_id
from kg.records import ArticleFacts, Entity, Evidence, Kind, Meeting, Quote, Role

STATUS_RANK = {"held": 3, "cancelled": 2, "planned": 1, "proposed": 0}
"""Which status wins when reports of one meeting were published on the same day."""


def _evidence(ev: Evidence) -> dict[str, Any]:
    return asdict(ev)


class KnowledgeGraph:
    """Articles' facts merged into one graph; the same entity key is one node across articles."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    # -- building -------------------------------------------------------------------------
    def add(self, facts: ArticleFacts, meeting_ids: Mapping[int, str] | None = None) -> None:
        """Merge one article's facts into the graph.

        `meeting_ids` (meeting index -> node id, from kg.resolve.corpus) makes the reports of one
        meeting in several articles one node; without it each article's meeting is its own node.
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
        for role in facts.roles:
            self._add_role(role, aid, art.date.isoformat() if art.date else None)
        for nat in facts.nationalities:
            self.graph.add_edge(nat.person, nat.country, key=f"nationality:{aid}", type="nationality",
                                confidence=nat.confidence, evidence=_evidence(nat.evidence), articles=[aid])
        for i, meeting in enumerate(facts.meetings):
            node = (meeting_ids or {}).get(i) or meeting_id(art.id, meeting.evidence[0].start)
            self._add_meeting(meeting, aid, node)
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
                       code=entity.code, articles=[aid], **_country_codes(entity))

    def _add_role(self, role: Role, aid: str, valid_on: str | None) -> None:
        mid = f"membership/{_digest(role.person, role.title, role.organization, aid)}"
        self.graph.add_node(mid, kind="Membership", title=role.title, valid_on=valid_on,
                            confidence=role.confidence, evidence=_evidence(role.evidence), articles=[aid])
        self.graph.add_edge(mid, role.person, key="member", type="member")
        if role.organization:
            self.graph.add_edge(mid, role.organization, key="organization", type="organization")
            key = f"affiliation:{role.title}"
            edge = self.graph.get_edge_data(role.person, role.organization, key)
            articles = sorted(set(edge["articles"]) | {aid}) if edge else [aid]
            self.graph.add_edge(role.person, role.organization, key=key, type="affiliation", title=role.title,
                                articles=articles)

    def _add_meeting(self, meeting: Meeting, aid: str, mid: str) -> None:
        date = meeting.date
        published = self.graph.nodes[aid].get("date") or ""
        if mid in self.graph:
            self._merge_meeting(self.graph.nodes[mid], meeting, aid, published)
        else:
            self.graph.add_node(
                mid, kind="Meeting", status=meeting.status.value, trigger=meeting.trigger, cameo=meeting.cameo,
                confidence=meeting.confidence, duration=meeting.duration, ordinal=meeting.ordinal,
                date=date.value if date else None, date_end=date.end if date else None,
                date_qualifier=date.qualifier if date else None, date_text=date.text if date else None,
                evidence=[_evidence(e) for e in meeting.evidence], articles=[aid], support=1,
                status_published=published)
        for person in meeting.participants:
            self.graph.add_edge(mid, person, key=f"attendee:{person}", type="attendee")
        if meeting.place:
            self.graph.add_edge(mid, meeting.place, key="location", type="location")

    @staticmethod
    def _merge_meeting(node: dict[str, Any], meeting: Meeting, aid: str, published: str) -> None:
        """Another article's report of the same meeting: more evidence, the most precise date, the newest status."""
        node["articles"] = sorted(set(node["articles"]) | {aid})
        node["support"] = len(node["articles"])
        node["evidence"] = sorted(node["evidence"] + [_evidence(e) for e in meeting.evidence],
                                  key=lambda e: (e["article"], e["start"], e["end"]))
        node["confidence"] = max(node["confidence"], meeting.confidence)
        if (published, STATUS_RANK[meeting.status.value]) > (node["status_published"], STATUS_RANK[node["status"]]):
            node["status"], node["status_published"] = meeting.status.value, published
        date = meeting.date
        if date and (node["date"] is None or len(date.value) > len(node["date"])):
            node.update(date=date.value, date_end=date.end, date_qualifier=date.qualifier, date_text=date.text)
        for attr in ("duration", "ordinal"):
            if node[attr] is None:
                node[attr] = getattr(meeting, attr)

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
