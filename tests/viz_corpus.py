"""A graph the size of a 1,000-article corpus for the page's browser test, generated rather than built
(running spaCy over 1,000 articles takes minutes): the sample corpus's graph (exports/, 5 articles)
repeated COPIES times with renamed IRIs and names, as bench/sparql.py repeats graphs, except countries
and the two people with most meetings, shared by every copy as a real corpus's recurring leaders are."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.rdf.graphview import GraphView, ViewEdge, read_view

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "exports" / "graph.ttl"


def repeated(copies: int = 200, source: Path = SAMPLE) -> GraphView:
    """The view of SOURCE repeated COPIES times (5 articles each: 200 copies are 1,000 articles)."""
    view = read_view(source)
    meetings = {n.id: 0 for n in view.nodes if n.kind == "Person"}
    for m in view.meetings:
        for a in m.attendees:
            if a in meetings:
                meetings[a] += 1
    hubs = set(sorted(meetings, key=lambda p: (-meetings[p], p))[:2])
    shared = {n.id for n in view.nodes if n.kind == "Country"} | hubs
    nodes = [n for n in view.nodes if n.id in shared]
    edges = {e for e in view.edges if e.source in shared and e.target in shared}
    for k in range(copies):
        def rename(iri: str, k: int = k) -> str:
            return iri if iri in shared else f"{iri}-{k}"

        for n in view.nodes:
            if n.id in shared:
                continue
            nodes.append(replace(n, id=rename(n.id), label=f"{n.label} {k}" if n.kind != "Meeting" else n.label,
                                 attendees=tuple(rename(a) for a in n.attendees),
                                 articles=tuple(f"{a}-{k}" for a in n.articles)))
        edges.update(ViewEdge(rename(e.source), rename(e.target), e.kind) for e in view.edges
                     if not (e.source in shared and e.target in shared))
    return GraphView(tuple(sorted(nodes, key=lambda n: n.id)),
                     tuple(sorted(edges, key=lambda e: (e.source, e.target, e.kind))))
