"""Static pictures with matplotlib (networkx drawing): the network, and the meeting timeline.

Figures are made with matplotlib's object API (no pyplot state); SVG keeps labels as text and carries
no date, so the same view gives the same file.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any, cast

import matplotlib

matplotlib.use("Agg")  # no display needed; must precede any other matplotlib import that picks one

import matplotlib.dates as mdates
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.rdf.graphview import GraphView
from kg.viz.html import period_end, period_start
from kg.viz.layout import positions
from kg.viz.network import FEW_PEOPLE, communities, kind_graph, people_graph, ties
from kg.viz.style import COMMUNITY_COLORS, KIND_COLORS, NO_COMMUNITY, OTHER_STATUS, STATUS_COLORS

TOP = 30
"""People drawn by default: in the network, the most connected; in the timeline, those with most meetings."""
COLUMN = 3.5
"""Figure width in inches: one journal column (89 mm)."""
LABEL_PT = 5.5
_RC: dict[str, Any] = {"svg.fonttype": "none", "svg.hashsalt": "kg-viz", "font.family": "DejaVu Sans"}
_EDGE_STYLE = {"attendee": ("#8a6d8a", "solid", 1.4), "location": ("#59a14f", "dashed", 1.0),
               "affiliation": ("#99aaaa", "solid", 0.9), "nationality": ("#99aaaa", "dotted", 0.9)}


def save_picture(view: GraphView, path: Path, *, timeline: bool = False, title: str = "", top: int = TOP,
                 output: IO[bytes] | None = None) -> None:
    """Write the people network of the TOP people (or with TIMELINE the meeting timeline of the TOP
    attendees) as PNG or SVG, chosen by PATH's suffix, to PATH or to OUTPUT when given."""
    with matplotlib.rc_context(cast(Any, _RC)):
        figure = timeline_figure(view, title, top) if timeline else network_figure(view, title, top)
        fmt = path.suffix.lower().lstrip(".")
        metadata = {"Date": None} if fmt == "svg" else {"Software": "kg"}
        figure.savefig(output if output is not None else path, format=fmt, dpi=300, metadata=metadata,
                       bbox_inches="tight", pad_inches=0.02)


def network_figure(view: GraphView, title: str = "", top: int = TOP) -> Figure:
    """The TOP people by number of shared meetings and the ties among them, one journal column wide:
    node size by ties, line width by shared meetings, colour by community, every label placed where
    it overlaps no other label and no node (else over less connected nodes only, else left out). When
    fewer than FEW_PEOPLE people met another, organizations and countries and their affiliations are
    drawn too, as the HTML page opens then."""
    edges = ties(view)
    people = people_graph(view, edges)
    kinds = ("Person",) if sum(1 for _, d in people.degree() if d) >= FEW_PEOPLE else ("Person", "Organization", "Country")
    network = people if len(kinds) == 1 else kind_graph(view, edges, kinds)
    strength = dict(network.degree(weight="weight"))
    nodes = view.index()
    chosen = sorted((p for p in network if strength[p]), key=lambda p: (-strength[p], nodes[p].label))[:top]
    graph = network.subgraph(chosen)
    figure = Figure(figsize=(COLUMN, COLUMN))
    ax = figure.add_subplot()
    ax.set_axis_off()
    if not chosen:
        ax.text(0.5, 0.5, "No two people in the graph met.", ha="center", va="center", transform=ax.transAxes,
                fontsize=7)
        return figure
    where = positions(graph)
    pos = {n: (x, -y) for n, (x, y) in where.items()}  # screen y grows downwards, matplotlib's upwards
    group = communities(people)
    most = max(strength[p] for p in chosen)
    sizes = {p: 12 + 60 * (strength[p] / most) for p in chosen}
    weights = [d["weight"] for _, _, d in graph.edges(data=True)]
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#5b6b80", alpha=0.6,
                           width=[0.4 + 1.6 * (w / max(weights)) for w in weights] if weights else 1.0)
    for kind, shape in (("Person", "o"), ("Organization", "s"), ("Country", "h")):
        members = [p for p in chosen if nodes[p].kind == kind]
        colors = [KIND_COLORS[kind] if kind != "Person" else
                  COMMUNITY_COLORS[group[p] % len(COMMUNITY_COLORS)] if p in group else NO_COMMUNITY for p in members]
        if members:
            nx.draw_networkx_nodes(graph, pos, nodelist=members, node_size=[sizes[p] for p in members],
                                   node_color=colors, node_shape=shape, edgecolors="white", linewidths=0.4, ax=ax)
    ax.margins(0.12)
    what = "people" if len(kinds) == 1 else "people, organizations and countries"
    ax.set_title(title or f"The {len(chosen)} best-connected {what}", fontsize=7)
    ax.autoscale_view()  # final data limits before label extents are measured
    place_labels(figure, ax, pos, {p: nodes[p].label for p in chosen}, sizes, chosen)
    return figure


def place_labels(figure: Figure, ax: Any, pos: dict[str, tuple[float, float]], labels: dict[str, str],
                 sizes: dict[str, float], order: list[str]) -> list[str]:
    """Label the nodes in ORDER, each on the first side where its text overlaps no label placed before
    and no node; returns the nodes left without a label. Extents come from the renderer, so the check is
    on the text as drawn."""
    renderer = FigureCanvasAgg(figure).get_renderer()  # measures text as drawn (same fonts for SVG)
    to_px = ax.transData.transform
    points = figure.dpi / 72.0
    nodes = []
    for node in order:
        x, y = to_px(pos[node])
        r = (sizes[node] ** 0.5) / 2 * points  # marker size is an area in points squared
        nodes.append((node, (x - r, y - r, x + r, y + r)))
    kept: list[tuple[float, float, float, float]] = []
    missing = []
    rank = {node: i for i, node in enumerate(order)}
    for node in order:
        gap = (sizes[node] ** 0.5) / 2 + 1.5
        # every side clear of all nodes first; then, rather than no label, one covering only less connected nodes
        tries = [(side, strict) for strict in (True, False) for side in _SIDES]
        for (dx, dy, ha, va), strict in tries:
            text = ax.annotate(labels[node], pos[node], xytext=(dx * gap, dy * gap), textcoords="offset points",
                               ha=ha, va=va, fontsize=LABEL_PT, color="#1d2430")
            box = text.get_window_extent(renderer)
            b = (box.x0, box.y0, box.x1, box.y1)
            if not any(_overlap(b, k) for k in kept) and not any(
                    _overlap(b, nb) for other, nb in nodes if other != node and (strict or rank[other] < rank[node])):
                kept.append(b)
                break
            text.remove()
        else:
            missing.append(node)
    return missing


_SIDES = ((1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"), (0, -1, "center", "top"),
          (0.7, 0.7, "left", "bottom"), (-0.7, 0.7, "right", "bottom"), (0.7, -0.7, "left", "top"),
          (-0.7, -0.7, "right", "top"))
"""Where a label may go around its node: right, left, above, below, then the four corners."""


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def timeline_figure(view: GraphView, title: str = "", top: int = TOP) -> Figure:
    """Who met whom over time, one journal column wide: one row per attendee (the TOP with most dated
    meetings), one vertical bar per dated meeting (colour = status)."""
    meetings = [m for m in view.meetings if m.start]
    names = {n.id: n.label for n in view.nodes}
    count: dict[str, int] = {}
    for m in meetings:
        for who in m.attendees:
            count[who] = count.get(who, 0) + 1
    kept = set(sorted(count, key=lambda w: (-count[w], names.get(w, w)))[:top])
    meetings = [m for m in meetings if kept.intersection(m.attendees)]
    first: dict[str, str] = {}
    for m in meetings:
        for who in m.attendees:
            if who in kept:
                first.setdefault(who, period_start(m.start or ""))
    rows = sorted(first, key=lambda who: (first[who], names.get(who, who)))
    row = {who: i for i, who in enumerate(rows)}
    if not title and len(count) > len(rows):
        title = f"{len(meetings)} dated meetings of the {len(rows)} attendees (of {len(count)}) with most"
    figure = Figure(figsize=(COLUMN, max(1.6, 0.13 * len(rows) + 0.9)))
    ax = figure.add_subplot()
    if not meetings or not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No dated meetings in the graph.", ha="center", va="center", transform=ax.transAxes,
                fontsize=7)
        return figure
    for m in meetings:
        lo = dt.date.fromisoformat(period_start(m.start or ""))
        hi = dt.date.fromisoformat(period_end(m.end or m.start or "")) + dt.timedelta(days=1)
        mid = lo + (hi - lo) / 2
        ys = sorted(row[w] for w in m.attendees if w in row)
        color = STATUS_COLORS.get(m.status or "", OTHER_STATUS)
        if (hi - lo).days > 2:  # month or year precision: show the whole period faintly
            ax.fill_betweenx([ys[0] - 0.3, ys[-1] + 0.3], mdates.date2num(lo), mdates.date2num(hi),
                             color=color, alpha=0.12, linewidth=0)
        x = mdates.date2num(mid)
        ax.vlines(x, ys[0], ys[-1], colors=color, linewidth=1.2)
        ax.scatter([x] * len(ys), ys, color=color, s=10, zorder=3, edgecolors="white", linewidths=0.4)
    ax.set_yticks(range(len(rows)), [names.get(w, w) for w in rows], fontsize=LABEL_PT)
    ax.tick_params(axis="x", labelsize=LABEL_PT, length=2)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="y", color="#eeeeee")
    ax.set_axisbelow(True)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [Line2D([], [], marker="o", color=c, linestyle="-", linewidth=1.2, markersize=3, label=s)
               for s, c in STATUS_COLORS.items()]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.04 - 0.9 / figure.get_figheight()),
              ncol=len(handles), frameon=False, fontsize=LABEL_PT, handlelength=1.6, columnspacing=1.0)
    ax.set_title(title or f"{len(meetings)} dated meetings, {len(rows)} attendees", fontsize=7)
    return figure
