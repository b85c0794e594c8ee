"""The network the pictures draw: entities tied by the meetings they shared (weighted, first and last
date), by affiliation and nationality, and meetings tied to attendees and places; communities of the
people network (networkx Louvain, seeded) and positions (people laid out on their own ties, everything
else beside the people it is tied to). The same view always gives the same network."""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.kinds import ENTITY_NAMES
from kg.rdf.graphview import GraphView
from kg.viz.layout import positions

SEED = 7
FEW_PEOPLE = 10
"""With fewer people tied to another person than this, pictures show organizations and countries too
(their affiliations are then the network) instead of an almost empty people network."""
MIN_COMMUNITY = 3
"""Smaller groups of people get no community colour (a pair that met once is not a community)."""


@dataclass(frozen=True)
class Tie:
    """A drawn edge. `met`: two attendees of the same meetings (weight = their number, first and last
    start date of the dated ones); `affiliation`, `nationality`: person -> organization/country;
    `attendee`: meeting -> entity; `location`: meeting -> place."""

    source: str
    target: str
    kind: str
    weight: int = 1
    first: str | None = None
    last: str | None = None
    meetings: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


def ties(view: GraphView) -> list[Tie]:
    """Every tie of the view, sorted; one `met` tie per pair of co-attendees, however many meetings."""
    nodes = view.index()
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting in view.meetings:
        present = sorted({a for a in meeting.attendees if a in nodes})
        for pair in combinations(present, 2):
            shared[pair].append(meeting.id)
    out = []
    for (a, b), ids in shared.items():
        days = sorted(d for d in (nodes[m].start for m in ids) if d)
        articles = sorted({x for m in ids for x in nodes[m].articles})
        out.append(Tie(a, b, "met", len(ids), days[0] if days else None, days[-1] if days else None,
                       tuple(sorted(ids)), tuple(articles)))
    out.extend(Tie(e.source, e.target, e.kind) for e in view.edges)
    return sorted(set(out), key=lambda t: (t.source, t.target, t.kind))


def people_graph(view: GraphView, edges: list[Tie]) -> nx.Graph:
    """People and the `met` ties between them (weight = shared meetings), nodes in view order."""
    return kind_graph(view, edges, ("Person",))


def kind_graph(view: GraphView, edges: list[Tie], kinds: tuple[str, ...]) -> nx.Graph:
    """The nodes of KINDS and the ties among them (`met` weighted by shared meetings), in view order."""
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in view.nodes if n.kind in kinds)
    for t in edges:
        if t.source in graph and t.target in graph:
            weight = graph.edges[t.source, t.target]["weight"] if graph.has_edge(t.source, t.target) else 0
            graph.add_edge(t.source, t.target, weight=weight + t.weight)
    return graph


def communities(graph: nx.Graph) -> dict[str, int]:
    """Node -> community number (0 = largest) for communities of at least MIN_COMMUNITY people."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    ranked = sorted((sorted(c) for c in found if len(c) >= MIN_COMMUNITY), key=lambda c: (-len(c), c[0]))
    return {node: i for i, members in enumerate(ranked) for node in members}


def place(view: GraphView, edges: list[Tie], shown: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions: the nodes the page opens with (SHOWN: people, or people, organizations and countries)
    tied to one another by their own ties (components packed, largest first), then the others at the middle of what they
    are tied to (meetings beside their attendees, places beside their meetings), each a little off it
    (by a hash of its IRI, so the same every time); what is tied to nothing placed goes in rows below."""
    tied = shown.subgraph(sorted(n for n, degree in shown.degree() if degree))
    width = max(1000.0, 40.0 * tied.number_of_nodes() ** 0.5)
    where = dict(positions(tied, width=width)) if tied.number_of_nodes() else {}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for t in edges:
        neighbours[t.source].add(t.target)
        neighbours[t.target].add(t.source)
    rest = [n.id for n in view.nodes if n.id not in where]
    for rank in ("Meeting", *(k for k in ENTITY_NAMES if k != "Person"), "Meeting"):  # meetings again: after places
        for node in (n for n in view.nodes if n.kind == rank and n.id not in where):
            near = [where[m] for m in sorted(neighbours[node.id]) if m in where]
            if near:
                where[node.id] = _beside(node.id, near)
    loose = [n for n in rest if n not in where]
    bottom = max((y for _, y in where.values()), default=0.0) + 80.0
    per_row = max(1, int(width // 110))
    for i, name in enumerate(loose):
        where[name] = (round(30.0 + 110.0 * (i % per_row), 1), round(bottom + 60.0 * (i // per_row), 1))
    return where


def _beside(node: str, near: list[tuple[float, float]]) -> tuple[float, float]:
    x = sum(p[0] for p in near) / len(near)
    y = sum(p[1] for p in near) / len(near)
    turn = int(hashlib.sha1(node.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF * 2 * math.pi
    return round(x + 22.0 * math.cos(turn), 1), round(y + 22.0 * math.sin(turn), 1)
