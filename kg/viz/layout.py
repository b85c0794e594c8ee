"""Node positions: a seeded spring layout per connected component, components packed in rows, so the
same graph always gets the same picture and small islands do not fly off to the edges."""
from __future__ import annotations

import math

import networkx as nx
import numpy as np


SEED = 7
SMALL = 5
"""Components up to this size are drawn as a line or a ring (a force layout of hundreds of pairs is
slow and gives the same shape)."""
_BLOCK = 256


def positions(graph: nx.Graph, width: float = 1000.0) -> dict[str, tuple[float, float]]:
    """Positions in [0, width] x [0, height]: components largest first, each laid out on its own."""
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[dict[str, tuple[float, float]], float]] = []
    for nodes in components:
        sub = graph.subgraph(nodes)
        size = 110.0 if len(nodes) == 1 else math.sqrt(len(nodes)) * 85.0  # side of its square (room for labels)
        local = _small(sub, nodes) if len(nodes) <= SMALL else force_layout(sub, nodes)
        boxes.append((_fit(local, size), size))
    return _pack(boxes, width)


def _small(graph: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """A point, a horizontal pair, a path along a line, else a ring with the best-connected node first."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.5)}
    ends = [n for n in nodes if graph.degree(n) == 1]
    if len(ends) == 2 and all(graph.degree(n) <= 2 for n in nodes):  # a path
        order = list(nx.shortest_path(graph, min(ends), max(ends)))
        return {n: (float(i), 0.5 * (i % 2)) for i, n in enumerate(order)}
    order = sorted(nodes, key=lambda n: (-graph.degree(n), n))
    if graph.degree(order[0]) == len(nodes) - 1 and len(nodes) > 3:  # a star: the hub in the middle
        ring = order[1:]
        out = {order[0]: (0.0, 0.0)}
    else:
        ring, out = order, {}
    for i, n in enumerate(ring):
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        out[n] = (math.cos(angle), math.sin(angle))
    return out


def force_layout(graph: nx.Graph, nodes: list[str], iterations: int | None = None) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold in numpy (float32, seeded). Repulsion is computed in row blocks, so memory
    stays O(n * block); networkx's own layout needs scipy and a per-node Python loop beyond 500 nodes.
    Large components get fewer iterations (150 up to 1000 nodes, down to 40)."""
    n = len(nodes)
    steps = iterations or max(40, min(150, 150_000 // n))
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    start = np.random.default_rng(SEED).random((2, n)).astype(np.float32)
    x, y = start[0], start[1]
    k2 = np.float32(1.6 * 1.6 / n)
    k = math.sqrt(float(k2))
    step = 0.1
    for _ in range(steps):
        dx_all = np.empty(n, dtype=np.float32)
        dy_all = np.empty(n, dtype=np.float32)
        for lo in range(0, n, _BLOCK):
            dx = x[lo:lo + _BLOCK, None] - x[None, :]
            dy = y[lo:lo + _BLOCK, None] - y[None, :]
            inv = k2 / np.maximum(dx * dx + dy * dy, np.float32(1e-4))
            dx_all[lo:lo + _BLOCK] = (dx * inv).sum(axis=1)
            dy_all[lo:lo + _BLOCK] = (dy * inv).sum(axis=1)
        if len(edges):
            ex = x[edges[:, 0]] - x[edges[:, 1]]
            ey = y[edges[:, 0]] - y[edges[:, 1]]
            pull = np.sqrt(ex * ex + ey * ey) / np.float32(k)
            np.add.at(dx_all, edges[:, 0], -ex * pull)
            np.add.at(dx_all, edges[:, 1], ex * pull)
            np.add.at(dy_all, edges[:, 0], -ey * pull)
            np.add.at(dy_all, edges[:, 1], ey * pull)
        length = np.maximum(np.sqrt(dx_all * dx_all + dy_all * dy_all), np.float32(1e-9))
        scale = np.minimum(length, np.float32(step)) / length
        x = x + dx_all * scale
        y = y + dy_all * scale
        step -= 0.1 / (steps + 1)
    return {node: (float(x[i]), float(y[i])) for node, i in index.items()}


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
