"""The person-to-person network, as Gephi, networkx and GDELT users expect it: people (IRI, name) and
one undirected edge per pair of people who attended the same meetings, with its weight (the number of
meetings), the first and last date of the dated ones, the meetings and the articles they were read from.

Written as GraphML (people.graphml) and as two CSV tables in Gephi's import layout (people_nodes.csv:
Id, Label, ...; people_edges.csv: Source, Target, Type, Weight, ...).
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from kg.rdf.graphview import GraphView
from kg.viz.network import ties

FILES = ("people.graphml", "people_nodes.csv", "people_edges.csv")
SEPARATOR = " | "


def people_network(view: GraphView) -> nx.Graph:
    """Every person of the view (node id = IRI) and the `met` ties between two people."""
    nodes = view.index()
    graph = nx.Graph()
    for node in view.nodes:
        if node.kind == "Person":
            graph.add_node(node.id, label=node.label, meetings=sum(1 for m in view.meetings if node.id in m.attendees),
                           articles=len(node.articles))
    for tie in ties(view):
        if tie.kind == "met" and tie.source in graph and tie.target in graph:
            graph.add_edge(tie.source, tie.target, weight=tie.weight, first=tie.first or "", last=tie.last or "",
                           meetings=SEPARATOR.join(tie.meetings), articles=SEPARATOR.join(tie.articles),
                           held=sum(1 for m in tie.meetings if nodes[m].status == "Held"))
    return graph


def graphml(graph: nx.Graph) -> bytes:
    """GraphML, nodes and edges in sorted order so equal networks give equal bytes."""
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes(data=True)))
    ordered.add_edges_from(sorted((min(u, v), max(u, v), d) for u, v, d in graph.edges(data=True)))
    buffer = io.BytesIO()
    nx.write_graphml(ordered, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def csv_tables(graph: nx.Graph) -> tuple[str, str]:
    """people_nodes.csv and people_edges.csv (Gephi's column names, then ours)."""
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["Id", "Label", "meetings", "articles"])
    for node, d in sorted(graph.nodes(data=True)):
        w.writerow([node, d["label"], d["meetings"], d["articles"]])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["Source", "Target", "Type", "Weight", "source_name", "target_name", "held", "first", "last",
                "meetings", "articles"])
    for u, v, d in sorted((min(a, b), max(a, b), d) for a, b, d in graph.edges(data=True)):
        w.writerow([u, v, "Undirected", d["weight"], graph.nodes[u]["label"], graph.nodes[v]["label"], d["held"],
                    d["first"], d["last"], d["meetings"], d["articles"]])
    return nodes.getvalue(), edges.getvalue()
