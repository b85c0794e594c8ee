"""Node positions: a seeded spring layout per connected component, components packed in rows, so the
same graph always gets the same picture and small islands do not fly off to the edges."""
from __future__ import annotations

import math

import networkx as nx

from kg.rdf.graphview import GraphView

SEED = 7


def to_networkx(view: GraphView) -> nx.Graph:
    """An undirected graph of the view (one edge per tied pair, its kinds joined), nodes in view order."""
    graph = nx.Graph()
    for node in view.nodes:
        graph.add_node(node.id, kind=node.kind, label=node.label)
    for edge in view.edges:
        if graph.has_edge(edge.source, edge.target):
            kinds = graph.edges[edge.source, edge.target]["kinds"]
            graph.edges[edge.source, edge.target]["kinds"] = tuple(sorted({*kinds, edge.kind}))
        else:
            graph.add_edge(edge.source, edge.target, kinds=(edge.kind,))
    return graph


def positions(graph: nx.Graph, width: float = 1000.0) -> dict[str, tuple[float, float]]:
    """Positions in [0, width] x [0, height]: components largest first, each laid out on its own."""
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[dict[str, tuple[float, float]], float]] = []
    for nodes in components:
        sub = graph.subgraph(nodes)
        size = math.sqrt(len(nodes)) * 60.0  # side of the square a component gets
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        else:
            raw = nx.spring_layout(sub, seed=SEED, k=1.6 / math.sqrt(len(nodes)), iterations=200)
            local = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        boxes.append((_fit(local, size), size))
    return _pack(boxes, width)


def _fit(local: dict[str, tuple[float, float]], size: float) -> dict[str, tuple[float, float]]:
    """Scale positions into a size x size square with a margin."""
    xs = [p[0] for p in local.values()]
    ys = [p[1] for p in local.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    margin = 30.0
    scale = (size - 2 * margin) / span if size > 2 * margin else 0.0
    return {n: (margin + (x - min(xs)) * scale, margin + (y - min(ys)) * scale) for n, (x, y) in local.items()}


def _pack(boxes: list[tuple[dict[str, tuple[float, float]], float]], width: float) -> dict[str, tuple[float, float]]:
    """Shelf packing of the component squares, then the whole scaled to WIDTH."""
    total = sum(size * size for _, size in boxes)
    shelf_width = max(max((s for _, s in boxes), default=1.0), math.sqrt(total) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for local, size in boxes:
        if x > 0 and x + size > shelf_width:
            x, y, row = 0.0, y + row, 0.0
        out.update({n: (x + px, y + py) for n, (px, py) in local.items()})
        x, row = x + size, max(row, size)
    scale = width / shelf_width
    return {n: (round(px * scale, 1), round(py * scale, 1)) for n, (px, py) in out.items()}
