/* kg viz: network and meeting timeline of a knowledge graph. The network is drawn by the vendored
   Cytoscape.js (inlined in the page); nothing is loaded from the network. Data comes from the JSON in
   <script id="kg-data">; text is always inserted as text, never as HTML. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const FONT = "Helvetica, Arial, sans-serif";
  const FONT_PX = 12, LABEL_PAD = 3, MAX_LABELS = 400;
  const nodes = data.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const meetingsOf = new Map();
  const tiesOf = new Map();
  const push = (map, key, value) => { if (!map.has(key)) map.set(key, []); map.get(key).push(value); };
  nodes.forEach((n) => {
    if (n.kind !== "Meeting") return;
    (n.attendees || []).forEach((a) => push(meetingsOf, a, n.id));
    if (n.place_id) push(meetingsOf, n.place_id, n.id);
  });
  data.edges.forEach((e, i) => {  /* the page names nodes in edges by their position in data.nodes */
    e.id = "e" + i; e.s = nodes[e.s].id; e.t = nodes[e.t].id;
    if (e.m) e.m = e.m.map((k) => nodes[k].id);
    push(tiesOf, e.s, e); push(tiesOf, e.t, e);
  });

  const state = { kinds: new Set(data.shown), from: "", to: "", undated: true, query: "", isolated: false,
                  selected: null, view: data.initial, visible: new Set(), edges: new Set(), degree: new Map() };

  function svg(tag, attrs, parent) {
    const el = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => el.setAttribute(k, v));
    if (parent) parent.appendChild(el);
    return el;
  }
  function html(tag, text, parent, cls) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (cls) el.className = cls;
    if (parent) parent.appendChild(el);
    return el;
  }
  const labelOf = (id) => (byId.get(id) ? byId.get(id).label : id);

  /* ---------- filters ---------- */
  function inRange(lo, hi) {
    return (!state.to || lo <= state.to) && (!state.from || hi >= state.from);
  }
  function meetingShown(id) {
    const m = byId.get(id);
    return m.lo ? inRange(m.lo, m.hi) : (!(state.from || state.to) || state.undated);
  }
  function entityShown(n) {
    if (!(state.from || state.to)) return true;
    const published = n.published || [];
    return (meetingsOf.get(n.id) || []).some(meetingShown) || published.some((d) => inRange(d, d)) ||
      (published.length === 0 && state.undated);
  }
  /* Nodes of the kinds asked for, in the date range; ties between them (a `met` tie needs one of its
     meetings in the range); nodes left without a tie are hidden unless "unconnected" is ticked. */
  function computeVisible() {
    const candidate = new Set();
    nodes.forEach((n) => {
      if (!state.kinds.has(n.kind)) return;
      if (n.kind === "Meeting" ? meetingShown(n.id) : entityShown(n)) candidate.add(n.id);
    });
    const edges = new Set(), degree = new Map();
    data.edges.forEach((e) => {
      if (!candidate.has(e.s) || !candidate.has(e.t)) return;
      if (e.m && (state.from || state.to) && !e.m.some(meetingShown)) return;
      edges.add(e.id);
      degree.set(e.s, (degree.get(e.s) || 0) + e.w);
      degree.set(e.t, (degree.get(e.t) || 0) + e.w);
    });
    state.visible = state.isolated ? candidate : new Set([...candidate].filter((id) => degree.has(id)));
    state.edges = edges;
    state.degree = degree;
  }
  function matches(n) {
    if (!state.query) return true;
    const q = state.query.toLowerCase();
    return [n.label, ...(n.names || [])].some((s) => s.toLowerCase().includes(q));
  }

  /* ---------- network ---------- */
  const net = document.getElementById("network");
  const tooltip = document.getElementById("tooltip");
  const colorOf = (n) => n.kind === "Person"
    ? (n.group === undefined ? data.noCommunity : data.communityColors[n.group % data.communityColors.length])
    : n.kind === "Meeting" ? (data.statusColors[n.status] || data.colors.Meeting) : data.colors[n.kind];
  /* Only what is shown is in the Cytoscape graph: a thousand-article graph has many thousand nodes, most
     of them hidden at first (other kinds, unconnected), and hidden elements would still cost time. */
  const nodeElement = (n) => ({ group: "nodes", data: { id: n.id, lbl: "", deg: state.degree.get(n.id) || 0, color: colorOf(n) },
                                position: { x: n.x, y: n.y }, classes: n.kind });
  const edgeElement = (e) => ({ group: "edges", data: { id: e.id, source: e.s, target: e.t, w: e.w }, classes: e.k });
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const cy = cytoscape({
    container: net, elements: [], layout: { name: "preset", fit: false },
    minZoom: 0.01, maxZoom: 10, autoungrabify: true, autounselectify: true, boxSelectionEnabled: false,
    pixelRatio: 1, motionBlur: false, textureOnViewport: false,
  });
  function syncElements() {
    cy.remove(cy.elements().filter((el) => (el.isNode() ? !state.visible.has(el.id()) : !state.edges.has(el.id()))));
    const have = new Set(cy.elements().map((el) => el.id()));
    const add = [];
    state.visible.forEach((id) => { if (!have.has(id)) add.push(nodeElement(byId.get(id))); });
    state.edges.forEach((id) => { if (!have.has(id)) add.push(edgeElement(edgeById.get(id))); });
    if (add.length) cy.add(add);
  }
  /* Sizes in screen pixels whatever the zoom: node 6-26 px by degree, labels 12 px, edges 1-5 px by
     the number of meetings; the stylesheet's model-unit values are reset when the zoom changes. */
  let maxDegree = 1, maxWeight = 1;
  function nodeRadiusPx(id) {
    return 3 + 10 * Math.sqrt(Math.min(1, (state.degree.get(id) || 0) / maxDegree));
  }
  function applyStyle() {
    const z = cy.zoom();
    cy.style().resetToDefault().fromJson([
      { selector: "node", style: {
        width: `mapData(deg, 0, ${maxDegree}, ${6 / z}, ${26 / z})`, height: `mapData(deg, 0, ${maxDegree}, ${6 / z}, ${26 / z})`,
        "background-color": "data(color)", "border-width": 1 / z, "border-color": "#ffffff",
        label: "data(lbl)", "font-size": FONT_PX / z, "font-family": FONT, color: "#1d2430",
        "text-halign": "right", "text-valign": "center",
        "text-margin-x": `mapData(deg, 0, ${maxDegree}, ${(3 + LABEL_PAD) / z}, ${(13 + LABEL_PAD) / z})`,
        "text-outline-color": "#fcfcfc", "text-outline-width": 2 / z, "min-zoomed-font-size": 0, "text-events": "no" } },
      { selector: "node.side-left", style: { "text-halign": "left",
        "text-margin-x": `mapData(deg, 0, ${maxDegree}, ${-(3 + LABEL_PAD) / z}, ${-(13 + LABEL_PAD) / z})` } },
      { selector: "node.side-top", style: { "text-halign": "center", "text-valign": "top", "text-margin-x": 0,
        "text-margin-y": -LABEL_PAD / z } },
      { selector: "node.side-bottom", style: { "text-halign": "center", "text-valign": "bottom", "text-margin-x": 0,
        "text-margin-y": LABEL_PAD / z } },
      { selector: "node.Organization", style: { shape: "round-rectangle" } },
      { selector: "node.Country", style: { shape: "hexagon" } },
      { selector: "node.Place", style: { shape: "triangle" } },
      { selector: "node.Meeting", style: { shape: "diamond" } },
      { selector: "edge", style: { width: `mapData(w, 1, ${Math.max(2, maxWeight)}, ${1 / z}, ${5 / z})`,
        "line-color": "#a3adb8", "curve-style": "haystack", "haystack-radius": 0, opacity: 0.6 } },
      { selector: "edge.met", style: { "line-color": "#5b6b80" } },
      { selector: "edge.attendee", style: { "line-color": "#8a6d8a" } },
      { selector: "edge.location", style: { "line-color": "#59a14f", "line-style": "dashed", "curve-style": "straight" } },
      { selector: "edge.nationality", style: { "line-style": "dotted", "curve-style": "straight" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.near", style: { "border-width": 2 / z, "border-color": "#333333" } },
      { selector: "node.chosen", style: { "border-width": 3 / z, "border-color": "#000000" } },
      { selector: "edge.near", style: { opacity: 0.95 } },
    ]).update();
  }
  /* Labels where they do not collide: candidates in the viewport, the selected node, its neighbours and
     search matches first, then by degree; each label's box (right, left, above or below its node, as
     drawn) is kept only if it overlaps no kept label and no node of its degree or more. Zooming in leaves
     room for more. Boxes are looked up in a grid of CELL-pixel cells. */
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = `${FONT_PX}px ${FONT}`;
  const widths = new Map();
  const textWidth = (s) => { if (!widths.has(s)) widths.set(s, measure.measureText(s).width); return widths.get(s); };
  const CELL = 64;
  function boxGrid() {
    const cells = new Map();
    const keys = (b) => {
      const out = [];
      for (let i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++)
        for (let j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) out.push(i + "," + j);
      return out;
    };
    return {
      add(b) { keys(b).forEach((k) => { if (!cells.has(k)) cells.set(k, []); cells.get(k).push(b); }); },
      hits(b, except, degree) {  /* a label may cover a node of lower degree than its own, never a label */
        return keys(b).some((k) => (cells.get(k) || []).some((o) => o[4] !== except &&
          (o[5] === undefined || o[5] >= degree) && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]));
      },
    };
  }
  function placeLabels() {
    const w = net.clientWidth, h = net.clientHeight;
    const near = new Set(state.selected ? cy.getElementById(state.selected).closedNeighborhood("node").map((n) => n.id()) : []);
    const rank = (id) => (id === state.selected ? 0 : near.has(id) ? 1 : state.query && matches(byId.get(id)) ? 2 : 3);
    const candidates = [], grid = boxGrid();
    cy.nodes().forEach((el) => {
      const id = el.id();
      const p = el.renderedPosition();
      if (p.x < -50 || p.y < -20 || p.x > w || p.y > h + 20) return;
      const r = nodeRadiusPx(id);
      grid.add([p.x - r, p.y - r, p.x + r, p.y + r, id, state.degree.get(id) || 0]);
      if (state.query && !matches(byId.get(id)) && !near.has(id)) return;
      candidates.push([rank(id), -(state.degree.get(id) || 0), byId.get(id).label, id, p, r]);
    });
    candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    const shown = new Map();
    for (const [, , label, id, p, r] of candidates) {
      if (shown.size >= MAX_LABELS) break;
      const tw = textWidth(label) + 6, th = FONT_PX * 1.5 + 4;
      const sides = [
        ["right", p.x + r + LABEL_PAD - 2, p.y - th / 2],
        ["left", p.x - r - LABEL_PAD + 2 - tw, p.y - th / 2],
        ["top", p.x - tw / 2, p.y - r - LABEL_PAD - th],
        ["bottom", p.x - tw / 2, p.y + r + LABEL_PAD],
      ];
      for (const [side, x, y] of sides) {
        const box = [x, y, x + tw, y + th, id];
        if (box[0] < 0 || box[2] > w || box[1] < 0 || box[3] > h || grid.hits(box, id, state.degree.get(id) || 0)) continue;
        grid.add(box);
        shown.set(id, side);
        break;
      }
    }
    cy.batch(() => cy.nodes().forEach((el) => {
      const side = shown.get(el.id());
      const lbl = side ? byId.get(el.id()).label : "";
      if (el.data("lbl") !== lbl) el.data("lbl", lbl);
      ["left", "top", "bottom"].forEach((s) => el.toggleClass("side-" + s, side === s));
    }));
  }
  let pending = 0, lastZoom = 0;
  function refresh() {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      if (cy.zoom() !== lastZoom) { lastZoom = cy.zoom(); applyStyle(); }
      placeLabels();
    });
  }
  cy.on("viewport", refresh);
  cy.on("tap", "node", (ev) => select(ev.target.id()));
  cy.on("tap", (ev) => { if (ev.target === cy) select(null); });
  cy.on("mouseover", "node", (ev) => {
    const n = byId.get(ev.target.id());
    const ms = (meetingsOf.get(n.id) || []).length;
    tip(ev.renderedPosition, `${n.label} · ${n.kind}${ms ? ` · ${ms} meeting${ms > 1 ? "s" : ""}` : ""}`);
  });
  cy.on("mouseover", "edge", (ev) => {
    const e = edgeById.get(ev.target.id());
    const when = e.first ? ` (${e.first}${e.last !== e.first ? " – " + e.last : ""})` : "";
    tip(ev.renderedPosition, e.k === "met" ? `${labelOf(e.s)} – ${labelOf(e.t)}: ${e.w} meeting${e.w > 1 ? "s" : ""}${when}`
      : `${labelOf(e.s)} – ${labelOf(e.t)}: ${e.k}`);
  });
  cy.on("mouseout", () => tooltip.classList.add("hidden"));
  function tip(p, text) {
    tooltip.textContent = text;
    tooltip.style.left = `${p.x + 14}px`;
    tooltip.style.top = `${p.y + 10}px`;
    tooltip.classList.remove("hidden");
  }
  function drawNetwork() {
    const near = new Set(), nearEdges = new Set();
    if (state.selected && state.visible.has(state.selected)) {
      near.add(state.selected);
      (tiesOf.get(state.selected) || []).forEach((e) => {
        if (state.edges.has(e.id)) { nearEdges.add(e.id); near.add(e.s); near.add(e.t); }
      });
    }
    maxDegree = 1;
    state.degree.forEach((d) => { maxDegree = Math.max(maxDegree, d); });
    maxWeight = 1;
    state.edges.forEach((id) => { maxWeight = Math.max(maxWeight, edgeById.get(id).w); });
    cy.batch(() => {
      syncElements();
      const set = (el, cls, on) => { if (el.hasClass(cls) !== on) el.toggleClass(cls, on); };
      cy.nodes().forEach((el) => {
        const id = el.id(), n = byId.get(id), deg = state.degree.get(id) || 0;
        set(el, "faded", near.size ? !near.has(id) : !matches(n));
        set(el, "near", near.has(id) && id !== state.selected);
        set(el, "chosen", id === state.selected);
        if (el.data("deg") !== deg) el.data("deg", deg);
      });
      cy.edges().forEach((el) => {
        const e = edgeById.get(el.id());
        set(el, "faded", near.size ? !nearEdges.has(e.id) : !!state.query && !(matches(byId.get(e.s)) && matches(byId.get(e.t))));
        set(el, "near", nearEdges.has(e.id));
      });
    });
    applyStyle();
    placeLabels();
  }
  /* The whole of what is shown in view, from the node positions (Cytoscape's own fit measures every
     label, slow with thousands of nodes); never closer than 1.5. */
  function fit() {
    const shown = [...state.visible].map((id) => byId.get(id));
    if (!shown.length) return;
    const pad = 60, w = net.clientWidth, h = net.clientHeight;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    shown.forEach((n) => { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); });
    const zoom = Math.min(1.5, (w - 2 * pad) / Math.max(1, x1 - x0 + 120), (h - 2 * pad) / Math.max(1, y1 - y0));
    cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x0 + x1) / 2, y: h / 2 - zoom * (y0 + y1) / 2 } });
  }

  /* ---------- timeline ---------- */
  const tl = document.getElementById("timeline");
  const day = (s) => Date.parse(s + "T00:00:00Z");
  function drawTimeline() {
    while (tl.firstChild) tl.removeChild(tl.firstChild);
    /* every dated meeting in the date range and all its attendees, whatever the network shows */
    const meetings = nodes.filter((n) => n.kind === "Meeting" && n.lo && meetingShown(n.id))
      .sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.id < b.id ? -1 : 1));
    const first = new Map();
    meetings.forEach((m) => (m.attendees || []).forEach((a) => {
      if (byId.has(a) && !first.has(a)) first.set(a, m.lo);
    }));
    const rows = [...first.keys()].sort((a, b) =>
      first.get(a) < first.get(b) ? -1 : first.get(a) > first.get(b) ? 1 : byId.get(a).label.localeCompare(byId.get(b).label));
    const main = tl.parentNode;
    const W = Math.max(640, main.clientWidth), left = 190, right = 40, top = 46, rowH = 28;
    const H = Math.max(main.clientHeight - 4, top + rows.length * rowH + 30);
    tl.setAttribute("viewBox", `0 0 ${W} ${H}`);
    tl.setAttribute("preserveAspectRatio", "xMinYMin meet");
    tl.style.height = H + "px";
    if (!meetings.length || !rows.length) {
      svg("text", { x: W / 2, y: 100, "text-anchor": "middle", class: "tl-empty" }, tl).textContent =
        "No dated meetings for these filters.";
      return;
    }
    let t0 = day(meetings[0].lo), t1 = Math.max(...meetings.map((m) => day(m.hi)));
    if (t1 - t0 < 30 * 864e5) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
    const pad = (t1 - t0) * 0.04;
    t0 -= pad; t1 += pad;
    const x = (t) => left + (t - t0) / (t1 - t0) * (W - left - right);
    const rowY = new Map(rows.map((id, i) => [id, top + i * rowH + rowH / 2]));
    rows.forEach((id) => {
      const y = rowY.get(id);
      svg("line", { x1: left, x2: W - right, y1: y, y2: y, class: "tl-row" }, tl);
      const t = svg("text", { x: left - 8, y: y + 4, "text-anchor": "end", class: "tl-label" }, tl);
      t.textContent = byId.get(id).label;
    });
    svg("line", { x1: left, x2: W - right, y1: top - 8, y2: top - 8, class: "tl-axis" }, tl);
    ticks(t0, t1).forEach(([t, text]) => {
      svg("line", { x1: x(t), x2: x(t), y1: top - 12, y2: top - 4, class: "tl-axis" }, tl);
      svg("text", { x: x(t), y: top - 16, "text-anchor": "middle", class: "tl-tick" }, tl).textContent = text;
    });
    meetings.forEach((m) => {
      const ys = (m.attendees || []).filter((a) => rowY.has(a)).map((a) => rowY.get(a));
      if (!ys.length) return;
      const color = data.statusColors[m.status] || "#555";
      const lo = day(m.lo), hi = day(m.hi) + 864e5;
      const mid = x((lo + hi) / 2);
      const g = svg("g", { class: "tl-meeting", "data-id": m.id, tabindex: "0", role: "button" }, tl);
      if (x(hi) - x(lo) > 4) {
        svg("rect", { x: x(lo), y: Math.min(...ys) - 8, width: x(hi) - x(lo), height: Math.max(...ys) - Math.min(...ys) + 16,
                      fill: color, "fill-opacity": 0.12, rx: 3 }, g);
      }
      svg("line", { x1: mid, x2: mid, y1: Math.min(...ys), y2: Math.max(...ys), stroke: color, "stroke-width": 3 }, g);
      ys.forEach((y) => svg("circle", { cx: mid, cy: y, r: 5.5, fill: color, stroke: "#fff", "stroke-width": 1.5 }, g));
      const who = (m.attendees || []).map((a) => byId.get(a) ? byId.get(a).label : a).join(", ");
      svg("title", {}, g).textContent = `${m.label} (${m.status || "?"}): ${who}`;
      g.classList.toggle("selected", m.id === state.selected);
      g.addEventListener("click", () => select(m.id));
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") select(m.id); });
    });
  }
  function ticks(t0, t1) {
    const out = [];
    const a = new Date(t0), years = (t1 - t0) / (365.25 * 864e5);
    if (years > 3) {
      const step = Math.ceil(years / 10);
      for (let y = a.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y += step) out.push([Date.UTC(y, 0, 1), String(y)]);
    } else {
      const months = Math.max(1, Math.ceil(years * 12 / 10));
      let y = a.getUTCFullYear(), mo = a.getUTCMonth() + 1;
      for (; Date.UTC(y, mo, 1) <= t1; mo += months) {
        const t = Date.UTC(y, mo, 1), d = new Date(t);
        out.push([t, `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`]);
      }
    }
    return out;
  }

  /* ---------- details ---------- */
  const details = document.getElementById("details");
  function link(id, text, parent) {
    const a = html("a", text, parent);
    a.setAttribute("data-id", id);
    a.setAttribute("role", "button");
    a.tabIndex = 0;
    a.addEventListener("click", () => select(id));
    return a;
  }
  function list(title, items, parent) {
    if (!items || !items.length) return null;
    html("h3", title, parent);
    const ul = html("ul", null, parent);
    items.forEach((it) => html("li", it, ul));
    return ul;
  }
  function meetingLine(m, self) {
    const others = (m.attendees || []).filter((a) => a !== self).map((a) => byId.get(a) ? byId.get(a).label : a);
    return `${m.label}${m.status ? " [" + m.status + "]" : ""}${others.length ? " with " + others.join(", ") : ""}`;
  }
  function showDetails() {
    while (details.firstChild) details.removeChild(details.firstChild);
    const n = state.selected && byId.get(state.selected);
    if (!n) { html("p", "Nothing selected.", details, "hint"); return; }
    html("h2", n.kind === "Meeting" ? (n.names && n.names[0]) || n.label : n.label, details);
    html("p", n.kind + (n.status ? " · " + n.status : ""), details, "kind");
    if (n.kind === "Meeting") {
      const facts = [];
      if (n.start) facts.push("Date: " + n.start + (n.end ? " – " + n.end : ""));
      if (n.location) facts.push("Place: " + n.location);
      if (n.duration) facts.push("Duration: " + n.duration);
      list("Facts", facts, details);
      if (n.attendees && n.attendees.length) {
        html("h3", "Attendees", details);
        const ul = html("ul", null, details);
        n.attendees.forEach((a) => link(a, byId.get(a) ? byId.get(a).label : a, html("li", null, ul)));
      }
    } else {
      list("Also called", n.names, details);
      list("Titles", n.titles, details);
      list("Affiliation", n.affiliations, details);
      list("Nationality", n.nationalities, details);
      const met = (tiesOf.get(n.id) || []).filter((e) => e.k === "met")
        .sort((a, b) => b.w - a.w || (labelOf(a.s === n.id ? a.t : a.s) < labelOf(b.s === n.id ? b.t : b.s) ? -1 : 1));
      if (met.length) {
        html("h3", "Met", details);
        const ul = html("ul", null, details);
        met.forEach((e) => {
          const other = e.s === n.id ? e.t : e.s;
          const li = html("li", null, ul);
          link(other, labelOf(other), li);
          const when = e.first ? `, ${e.first}${e.last !== e.first ? " – " + e.last : ""}` : "";
          li.appendChild(document.createTextNode(` (${e.w} meeting${e.w > 1 ? "s" : ""}${when})`));
        });
      }
      const ms = (meetingsOf.get(n.id) || []).map((id) => byId.get(id))
        .sort((a, b) => ((a.lo || "~") < (b.lo || "~") ? -1 : 1));
      if (ms.length) {
        html("h3", "Meetings", details);
        const ul = html("ul", null, details);
        ms.forEach((m) => link(m.id, meetingLine(m, n.id), html("li", null, ul)));
      }
    }
    if (n.quotes && n.quotes.length) {
      html("h3", "Quoted", details);
      n.quotes.forEach((q) => html("q", q, details));
    }
    if (n.sentences && n.sentences.length) {
      html("h3", "Source sentences", details);
      n.sentences.forEach((s) => html("blockquote", s, details, "sentence"));
    }
    list("Articles", n.articles, details);
    html("p", n.id, details, "hint");
  }

  /* ---------- controls ---------- */
  function select(id) {
    state.selected = id;
    render();
  }
  function render() {
    computeVisible();
    if (state.view === "network") drawNetwork();
    if (state.view === "timeline") drawTimeline();
    showDetails();
    document.getElementById("count").textContent = `${state.visible.size} of ${nodes.length} nodes`;
  }
  function setView(view) {
    state.view = view;
    net.classList.toggle("hidden", view !== "network");
    tl.classList.toggle("hidden", view !== "timeline");
    document.getElementById("tab-network").setAttribute("aria-selected", String(view === "network"));
    document.getElementById("tab-timeline").setAttribute("aria-selected", String(view === "timeline"));
    if (view === "network") cy.resize();
    render();
  }
  const plural = { Person: "People", Country: "Countries" };
  const kindBox = document.getElementById("kind-filters");
  data.kinds.forEach((kind) => {
    const label = html("label", null, kindBox, "check");
    const box = html("input", null, label);
    box.type = "checkbox";
    box.checked = state.kinds.has(kind);
    box.id = "filter-" + kind;
    box.addEventListener("change", () => {
      if (box.checked) state.kinds.add(kind); else state.kinds.delete(kind);
      render();
    });
    const sw = html("span", null, label, "swatch " + kind);
    sw.style.background = kind === "Person" ? data.communityColors[0] : data.colors[kind];
    const count = nodes.filter((n) => n.kind === kind).length;
    label.appendChild(document.createTextNode(`${plural[kind] || kind + "s"} (${count})`));
  });
  document.getElementById("community-note").textContent = (data.communities
    ? `People are coloured by community (${data.communities} group${data.communities > 1 ? "s" : ""} of three or more who met; grey: none).`
    : "People are grey: no group of three or more met.") +
    (data.shown.length > 1 ? " Few people met one another, so organizations and countries are shown too." : "");
  const statusBox = document.getElementById("status-legend");
  data.statuses.forEach(([status, color]) => {
    const row = html("div", null, statusBox);
    html("span", null, row, "swatch Meeting").style.background = color;
    row.appendChild(document.createTextNode(status));
  });
  const from = document.getElementById("date-from"), to = document.getElementById("date-to");
  if (data.range) {
    [from, to].forEach((input) => { input.min = data.range[0]; input.max = data.range[1]; });
  }
  ["input", "change"].forEach((type) => {
    from.addEventListener(type, () => { state.from = from.value; render(); });
    to.addEventListener(type, () => { state.to = to.value; render(); });
  });
  const undated = document.getElementById("undated");
  undated.addEventListener("change", () => { state.undated = undated.checked; render(); });
  const isolated = document.getElementById("isolated");
  isolated.addEventListener("change", () => { state.isolated = isolated.checked; render(); });
  const search = document.getElementById("search");
  search.addEventListener("input", () => { state.query = search.value.trim(); render(); });
  search.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" || !state.query) return;
    const hit = nodes.filter((n) => matches(n))
      .sort((a, b) => (state.visible.has(b.id) - state.visible.has(a.id)) || (state.degree.get(b.id) || 0) - (state.degree.get(a.id) || 0))[0];
    if (!hit) return;
    if (!state.visible.has(hit.id)) { state.kinds.add(hit.kind); state.isolated = isolated.checked = true;
      document.getElementById("filter-" + hit.kind).checked = true; }
    select(hit.id);
    if (state.view === "network") cy.animate({ center: { eles: cy.getElementById(hit.id) }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  });
  document.getElementById("reset").addEventListener("click", () => {
    state.kinds = new Set(data.shown); state.from = state.to = state.query = ""; state.undated = true;
    state.isolated = false; state.selected = null;
    from.value = to.value = search.value = ""; undated.checked = true; isolated.checked = false;
    data.kinds.forEach((k) => { document.getElementById("filter-" + k).checked = state.kinds.has(k); });
    render(); fit();
  });
  document.getElementById("tab-network").addEventListener("click", () => setView("network"));
  document.getElementById("tab-timeline").addEventListener("click", () => setView("timeline"));
  window.addEventListener("resize", () => { cy.resize(); refresh(); });

  /* for tests and the browser console: the Cytoscape instance and the page's own actions */
  window.kgViz = { cy, select, state };
  computeVisible();
  fit();
  lastZoom = cy.zoom();
  setView(state.view);
})();
