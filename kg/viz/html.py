"""A self-contained interactive HTML page of the graph: network and meeting timeline, filters by type
and date, a detail panel per node. Every script and style is inline; the page loads nothing else."""
from __future__ import annotations

import calendar
import html
import json
from importlib import resources
from string import Template
from typing import Any

from kg.rdf.graphview import ENTITY_KINDS, GraphView, ViewNode
from kg.viz.network import FEW_PEOPLE, communities, kind_graph, people_graph, place, ties
from kg.viz.style import COMMUNITY_COLORS, KIND_COLORS, NO_COMMUNITY, STATUS_COLORS

_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>$title</title>
<style>
$css</style>
</head>
<body>
<header>
  <h1>$title</h1>
  <nav role="tablist">
    <button id="tab-network" role="tab" type="button">Network</button>
    <button id="tab-timeline" role="tab" type="button">Timeline</button>
  </nav>
  <input id="search" type="search" placeholder="Find a name…" aria-label="Find a name">
  <span id="count" aria-live="polite"></span>
</header>
<aside id="filters">
  <h2>Show</h2>
  <div id="kind-filters"></div>
  <label class="check"><input id="isolated" type="checkbox"> unconnected nodes</label>
  <h2>Dates</h2>
  <label>From <input id="date-from" type="date"></label>
  <label>To <input id="date-to" type="date"></label>
  <label class="check"><input id="undated" type="checkbox" checked> undated meetings</label>
  <button id="reset" type="button">Reset</button>
  <h2>Colours</h2>
  <p class="hint" id="community-note"></p>
  <h2>Status</h2>
  <div id="status-legend"></div>
  <p class="hint">Lines join people who met (thicker: more meetings). Click a node for its ties, facts and
  source sentences; hover for its name. Drag to pan, wheel to zoom: more names appear as you zoom in.</p>
</aside>
<main>
  <div id="network" role="img" aria-label="Network of people, organizations, countries, places and meetings"></div>
  <div id="tooltip" class="hidden" role="tooltip"></div>
  <svg id="timeline" class="hidden" role="img" aria-label="Meetings over time"></svg>
</main>
<section id="details" aria-live="polite"><p class="hint">Nothing selected.</p></section>
<script id="kg-data" type="application/json">$data</script>
<script>
$library</script>
<script>
$js</script>
</body>
</html>
""")


def render_html(view: GraphView, *, title: str = "Knowledge graph", timeline: bool = False) -> str:
    """The page as a string; the same view gives the same bytes."""
    payload = _payload(view, timeline)
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    assets = resources.files("kg.viz") / "assets"
    return _PAGE.substitute(
        title=html.escape(title),
        css=(assets / "viz.css").read_text(encoding="utf-8"),
        library=(assets / "cytoscape.min.js").read_text(encoding="utf-8"),
        js=(assets / "viz.js").read_text(encoding="utf-8"),
        data=data,
    )


def _payload(view: GraphView, timeline: bool) -> dict[str, Any]:
    edges = ties(view)
    people = people_graph(view, edges)
    group = communities(people)
    shown = _shown(people)
    where = place(view, edges, people if len(shown) == 1 else kind_graph(view, edges, tuple(shown)))
    place_of = {e.source: e.target for e in view.edges if e.kind == "location"}
    nodes = []
    for node in view.nodes:
        x, y = where[node.id]
        item = _node(node)
        item.update(x=x, y=y)
        if node.id in group:
            item["group"] = group[node.id]
        if node.id in place_of:
            item["place_id"] = place_of[node.id]
        nodes.append(item)
    index = {node.id: i for i, node in enumerate(view.nodes)}  # edges name nodes by position: a smaller page
    links = []
    for t in edges:
        link: dict[str, Any] = {"s": index[t.source], "t": index[t.target], "k": t.kind, "w": t.weight}
        if t.meetings:
            link["m"] = [index[m] for m in t.meetings]
        if t.first:
            link["first"], link["last"] = t.first, t.last
        links.append(link)
    dates = sorted({d for n in nodes for d in (n.get("lo"), n.get("hi"), *n.get("published", ())) if d})
    return {
        "nodes": nodes,
        "edges": links,
        "kinds": [*ENTITY_KINDS, "Meeting"],
        "shown": shown,
        "colors": KIND_COLORS,
        "communityColors": list(COMMUNITY_COLORS),
        "noCommunity": NO_COMMUNITY,
        "communities": len(set(group.values())),
        "statusColors": STATUS_COLORS,
        "statuses": [[status, color] for status, color in STATUS_COLORS.items()],
        "range": [dates[0], dates[-1]] if dates else None,
        "initial": "timeline" if timeline else "network",
    }


def _shown(people: Any) -> list[str]:
    tied = sum(1 for _, degree in people.degree() if degree)
    return ["Person"] if tied >= FEW_PEOPLE else ["Person", "Organization", "Country"]


def _node(node: ViewNode) -> dict[str, Any]:
    """The node's fields for the page, empty ones left out."""
    item: dict[str, Any] = {"id": node.id, "kind": node.kind, "label": node.label}
    for key in ("names", "titles", "affiliations", "nationalities", "articles", "published", "sentences",
                "quotes", "attendees"):
        value = getattr(node, key)
        if value:
            item[key] = list(value)
    for key in ("start", "end", "status", "location", "duration"):
        value = getattr(node, key)
        if value:
            item[key] = value
    if node.start:
        item["lo"] = period_start(node.start)
        item["hi"] = period_end(node.end or node.start)
    return item


def period_start(value: str) -> str:
    """The first day of an xsd:date/gYearMonth/gYear lexical value ("2019-02" -> "2019-02-01")."""
    value = value[:10]
    if len(value) == 4:
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value


def period_end(value: str) -> str:
    """The last day of an xsd:date/gYearMonth/gYear lexical value ("2019-02" -> "2019-02-28")."""
    value = value[:10]
    if len(value) == 4 and value.isdigit():
        return f"{value}-12-31"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        year, month = int(value[:4]), int(value[5:])
        if 1 <= month <= 12:
            return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value
