"""Static pictures with matplotlib (networkx drawing): the network, and the meeting timeline.

Figures are made with matplotlib's object API (no pyplot state); SVG keeps labels as text and carries
no date, so the same view gives the same file.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import IO, Any, cast

import matplotlib

matplotlib.use("Agg")  # no display needed; must precede any other matplotlib import that picks one

import matplotlib.dates as mdates
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.rdf.graphview import ENTITY_KINDS, GraphView
from kg.viz.html import period_end, period_start
from kg.viz.layout import positions, to_networkx
from kg.viz.style import KIND_COLORS, OTHER_STATUS, STATUS_COLORS

MAX_LABELS = 300
"""A static network labels at most this many nodes (the most connected); the HTML labels all."""
MAX_ROWS = 80
"""A static timeline shows at most this many attendees (those with most meetings); the HTML shows all."""
_RC: dict[str, Any] = {"svg.fonttype": "none", "svg.hashsalt": "kg-viz", "font.family": "DejaVu Sans"}
_EDGE_STYLE = {"attendee": ("#8a6d8a", "solid", 1.4), "location": ("#59a14f", "dashed", 1.0),
               "affiliation": ("#99aaaa", "solid", 0.9), "nationality": ("#99aaaa", "dotted", 0.9)}


def save_picture(view: GraphView, path: Path, *, timeline: bool = False, title: str = "",
                 output: IO[bytes] | None = None) -> None:
    """Write the network (or with TIMELINE the meeting timeline) as PNG or SVG, chosen by PATH's suffix,
    to PATH or to OUTPUT when given."""
    with matplotlib.rc_context(cast(Any, _RC)):
        figure = timeline_figure(view, title) if timeline else network_figure(view, title)
        fmt = path.suffix.lower().lstrip(".")
        metadata = {"Date": None} if fmt == "svg" else {"Software": "kg"}
        figure.savefig(output if output is not None else path, format=fmt, dpi=150, metadata=metadata,
                       bbox_inches="tight")


def network_figure(view: GraphView, title: str = "") -> Figure:
    """People, organizations, countries, places (circles) and meetings (diamonds) with their ties."""
    graph = to_networkx(view)
    where = positions(graph)
    pos = {n: (x, -y) for n, (x, y) in where.items()}  # screen y grows downwards, matplotlib's upwards
    n = graph.number_of_nodes()
    side = min(36.0, max(8.0, math.sqrt(n) * 1.9))
    height = max(ys for _, ys in where.values()) if where else 1.0
    figure = Figure(figsize=(side, max(5.0, side * min(1.2, max(0.45, height / 1000.0)))))
    ax = figure.add_subplot()
    ax.set_axis_off()
    if n == 0:
        ax.text(0.5, 0.5, "The graph has no people, organizations, countries, places or meetings.",
                ha="center", va="center", transform=ax.transAxes)
        return figure
    for kind, (color, style, width) in _EDGE_STYLE.items():
        edges = [(s, t) for s, t, d in graph.edges(data=True) if d["kinds"][0] == kind]
        if edges:
            nx.draw_networkx_edges(graph, pos, edgelist=edges, edge_color=color, style=style, width=width, ax=ax)
    meetings = {m.id: m for m in view.meetings}
    for kind in (*ENTITY_KINDS, "Meeting"):
        members = [node for node, d in graph.nodes(data=True) if d["kind"] == kind]
        if not members:
            continue
        colors = ([STATUS_COLORS.get(meetings[m].status or "", OTHER_STATUS) for m in members]
                  if kind == "Meeting" else KIND_COLORS[kind])
        sizes = [60 + 25 * min(graph.degree(m), 12) for m in members]
        nx.draw_networkx_nodes(graph, pos, nodelist=members, node_color=colors, node_size=sizes,
                               node_shape="D" if kind == "Meeting" else "o", edgecolors="white",
                               linewidths=0.8, ax=ax)
    labelled = sorted(graph.nodes, key=lambda v: (-graph.degree(v), v))[:MAX_LABELS]
    labels = {node: graph.nodes[node]["label"] for node in labelled}
    shifted = {node: (x + 9.0, y) for node, (x, y) in pos.items()}  # beside the marker, not on it
    nx.draw_networkx_labels(graph, shifted, labels=labels, font_size=7, ax=ax, horizontalalignment="left",
                            clip_on=False,
                            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    handles = [Line2D([], [], marker="D" if k == "Meeting" else "o", linestyle="", markersize=8,
                      markerfacecolor=KIND_COLORS[k], markeredgecolor="white", label=k)
               for k in (*ENTITY_KINDS, "Meeting")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(handles), frameon=False,
              fontsize=9)
    ax.set_title(title or f"{n} nodes, {graph.number_of_edges()} ties", fontsize=11)
    ax.margins(x=0.1, y=0.05)
    return figure


def timeline_figure(view: GraphView, title: str = "") -> Figure:
    """Who met whom over time: one row per attendee, one vertical bar per dated meeting (colour = status)."""
    meetings = [m for m in view.meetings if m.start]
    names = {n.id: n.label for n in view.nodes}
    count: dict[str, int] = {}
    for m in meetings:
        for who in m.attendees:
            count[who] = count.get(who, 0) + 1
    kept = set(sorted(count, key=lambda w: (-count[w], names.get(w, w)))[:MAX_ROWS])
    meetings = [m for m in meetings if kept.intersection(m.attendees)]
    first: dict[str, str] = {}
    for m in meetings:
        for who in m.attendees:
            if who in kept:
                first.setdefault(who, period_start(m.start or ""))
    rows = sorted(first, key=lambda who: (first[who], names.get(who, who)))
    row = {who: i for i, who in enumerate(rows)}
    if not title and len(count) > len(rows):
        title = f"{len(meetings)} dated meetings of the {len(rows)} attendees (of {len(count)}) with most meetings"
    figure = Figure(figsize=(12.0, max(3.0, 0.36 * len(rows) + 1.6)))
    ax = figure.add_subplot()
    if not meetings or not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No dated meetings in the graph.", ha="center", va="center", transform=ax.transAxes)
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
        ax.vlines(x, ys[0], ys[-1], colors=color, linewidth=2.5)
        ax.scatter([x] * len(ys), ys, color=color, s=40, zorder=3, edgecolors="white", linewidths=0.8)
    ax.set_yticks(range(len(rows)), [names.get(w, w) for w in rows], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="y", color="#eeeeee")
    ax.set_axisbelow(True)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [Line2D([], [], marker="o", color=c, linestyle="-", label=s) for s, c in STATUS_COLORS.items()]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    ax.set_title(title or f"{len(meetings)} dated meetings, {len(rows)} attendees", fontsize=11)
    return figure
