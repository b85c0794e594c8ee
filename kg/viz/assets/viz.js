/* kg viz: network and meeting timeline of a knowledge graph. No libraries, no network access.
   Data comes from the JSON in <script id="kg-data">; text is always inserted as text, never as HTML. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const nodes = data.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const meetingsOf = new Map();
  const neighbours = new Map();
  const push = (map, key, value) => { if (!map.has(key)) map.set(key, []); map.get(key).push(value); };
  nodes.forEach((n) => {
    if (n.kind !== "Meeting") return;
    (n.attendees || []).forEach((a) => push(meetingsOf, a, n.id));
    if (n.place_id) push(meetingsOf, n.place_id, n.id);
  });
  data.edges.forEach((e) => { push(neighbours, e.s, e.t); push(neighbours, e.t, e.s); });

  const state = { kinds: new Set(data.kinds), from: "", to: "", undated: true, query: "",
                  selected: null, view: data.initial, visible: new Set() };

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

  /* ---------- filters ---------- */
  function inRange(lo, hi) {
    return (!state.to || lo <= state.to) && (!state.from || hi >= state.from);
  }
  function computeVisible() {
    const dated = state.from || state.to;
    const visible = new Set();
    nodes.forEach((n) => {
      if (n.kind !== "Meeting" || !state.kinds.has("Meeting")) return;
      if (n.lo ? inRange(n.lo, n.hi) : (!dated || state.undated)) visible.add(n.id);
    });
    const meetingShown = (id) => {
      const m = byId.get(id);
      return m.lo ? inRange(m.lo, m.hi) : (!dated || state.undated);
    };
    nodes.forEach((n) => {
      if (n.kind === "Meeting" || !state.kinds.has(n.kind)) return;
      if (!dated) { visible.add(n.id); return; }
      const viaMeeting = (meetingsOf.get(n.id) || []).some(meetingShown);
      const published = n.published || [];
      const viaArticle = published.some((d) => inRange(d, d)) || (published.length === 0 && state.undated);
      if (viaMeeting || viaArticle) visible.add(n.id);
    });
    state.visible = visible;
  }
  function matches(n) {
    if (!state.query) return true;
    const q = state.query.toLowerCase();
    return [n.label, ...(n.names || [])].some((s) => s.toLowerCase().includes(q));
  }

  /* ---------- network ---------- */
  const net = document.getElementById("network");
  const viewport = svg("g", { id: "viewport" }, net);
  const edgeLayer = svg("g", { class: "edges" }, viewport);
  const nodeLayer = svg("g", { class: "nodes" }, viewport);
  const edgeEls = data.edges.map((e) => {
    const a = byId.get(e.s), b = byId.get(e.t);
    const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge " + e.kinds.join(" ") }, edgeLayer);
    svg("title", {}, line).textContent = e.kinds.join(", ");
    return { e, line };
  });
  const nodeEls = new Map();
  nodes.forEach((n) => {
    const g = svg("g", { class: "node", transform: `translate(${n.x},${n.y})`, "data-id": n.id,
                         "data-kind": n.kind, tabindex: "0", role: "button" }, nodeLayer);
    const color = data.colors[n.kind];
    if (n.kind === "Meeting") {
      const s = 8;
      svg("rect", { class: "shape", x: -s, y: -s, width: 2 * s, height: 2 * s, transform: "rotate(45)",
                    fill: data.statusColors[n.status] || color }, g);
    } else {
      const r = Math.min(15, 7 + 1.6 * Math.sqrt(n.degree || 0));
      svg("circle", { class: "shape", r, fill: color }, g);
    }
    const label = svg("text", { x: 12, y: 4 }, g);
    label.textContent = n.label;
    svg("title", {}, g).textContent = `${n.label} (${n.kind})`;
    g.addEventListener("click", (ev) => { ev.stopPropagation(); select(n.id); });
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") select(n.id); });
    nodeEls.set(n.id, g);
  });

  let box = null;
  function fit() {
    const shown = nodes.filter((n) => state.visible.has(n.id));
    const list = shown.length ? shown : nodes;
    if (!list.length) { box = [0, 0, 1000, 600]; applyBox(); return; }
    const xs = list.map((n) => n.x), ys = list.map((n) => n.y);
    const pad = 60;
    box = [Math.min(...xs) - pad, Math.min(...ys) - pad,
           Math.max(...xs) - Math.min(...xs) + 2 * pad + 120, Math.max(...ys) - Math.min(...ys) + 2 * pad];
    applyBox();
  }
  function applyBox() { net.setAttribute("viewBox", box.join(" ")); }
  net.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const rect = net.getBoundingClientRect();
    const scale = Math.min(box[2] / rect.width, box[3] / rect.height);
    const k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    const cx = box[0] + (ev.clientX - rect.left) * scale, cy = box[1] + (ev.clientY - rect.top) * scale;
    box = [cx - (cx - box[0]) * k, cy - (cy - box[1]) * k, box[2] * k, box[3] * k];
    applyBox();
  }, { passive: false });
  let drag = null;
  net.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest && ev.target.closest(".node")) return;
    drag = { x: ev.clientX, y: ev.clientY, box: box.slice(), moved: false };
    net.classList.add("panning");
  });
  window.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const rect = net.getBoundingClientRect();
    const scale = Math.max(drag.box[2] / rect.width, drag.box[3] / rect.height);
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    box = [drag.box[0] - dx * scale, drag.box[1] - dy * scale, drag.box[2], drag.box[3]];
    applyBox();
  });
  window.addEventListener("pointerup", () => { net.classList.remove("panning"); setTimeout(() => { drag = null; }, 0); });
  net.addEventListener("click", () => { if (!drag || !drag.moved) select(null); });

  function drawNetwork() {
    const near = new Set(state.selected ? neighbours.get(state.selected) || [] : []);
    nodeEls.forEach((g, id) => {
      const n = byId.get(id);
      g.classList.toggle("hidden", !state.visible.has(id));
      g.classList.toggle("dim", !matches(n));
      g.classList.toggle("selected", id === state.selected);
      g.classList.toggle("neighbour", near.has(id));
    });
    edgeEls.forEach(({ e, line }) => {
      line.classList.toggle("hidden", !(state.visible.has(e.s) && state.visible.has(e.t)));
      line.classList.toggle("dim", !!state.query && !(matches(byId.get(e.s)) && matches(byId.get(e.t))));
    });
  }

  /* ---------- timeline ---------- */
  const tl = document.getElementById("timeline");
  const day = (s) => Date.parse(s + "T00:00:00Z");
  function drawTimeline() {
    while (tl.firstChild) tl.removeChild(tl.firstChild);
    const meetings = nodes.filter((n) => n.kind === "Meeting" && n.lo && state.visible.has(n.id))
      .sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.id < b.id ? -1 : 1));
    const first = new Map();
    meetings.forEach((m) => (m.attendees || []).forEach((a) => {
      if (state.visible.has(a) && !first.has(a)) first.set(a, m.lo);
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
    drawNetwork();
    if (state.view === "timeline") drawTimeline();
    showDetails();
    const total = nodes.length, shown = state.visible.size;
    document.getElementById("count").textContent = `${shown} of ${total} nodes`;
  }
  function setView(view) {
    state.view = view;
    net.classList.toggle("hidden", view !== "network");
    tl.classList.toggle("hidden", view !== "timeline");
    document.getElementById("tab-network").setAttribute("aria-selected", String(view === "network"));
    document.getElementById("tab-timeline").setAttribute("aria-selected", String(view === "timeline"));
    render();
  }
  const kindBox = document.getElementById("kind-filters");
  data.kinds.forEach((kind) => {
    const label = html("label", null, kindBox, "check");
    const box = html("input", null, label);
    box.type = "checkbox";
    box.checked = true;
    box.id = "filter-" + kind;
    box.addEventListener("change", () => {
      if (box.checked) state.kinds.add(kind); else state.kinds.delete(kind);
      render();
    });
    const sw = html("span", null, label, "swatch" + (kind === "Meeting" ? " square" : ""));
    sw.style.background = data.colors[kind];
    const count = nodes.filter((n) => n.kind === kind).length;
    label.appendChild(document.createTextNode(`${kind === "Person" ? "People" : kind === "Country" ? "Countries" : kind + "s"} (${count})`));
  });
  const statusBox = document.getElementById("status-legend");
  data.statuses.forEach(([status, color]) => {
    const row = html("div", null, statusBox);
    html("span", null, row, "swatch square").style.background = color;
    row.appendChild(document.createTextNode(status));
  });
  const from = document.getElementById("date-from"), to = document.getElementById("date-to");
  if (data.range) {
    [from, to].forEach((input) => { input.min = data.range[0]; input.max = data.range[1]; });
  }
  from.addEventListener("input", () => { state.from = from.value; render(); });
  to.addEventListener("input", () => { state.to = to.value; render(); });
  from.addEventListener("change", () => { state.from = from.value; render(); });
  to.addEventListener("change", () => { state.to = to.value; render(); });
  const undated = document.getElementById("undated");
  undated.addEventListener("change", () => { state.undated = undated.checked; render(); });
  const search = document.getElementById("search");
  search.addEventListener("input", () => { state.query = search.value.trim(); render(); });
  document.getElementById("reset").addEventListener("click", () => {
    state.kinds = new Set(data.kinds); state.from = state.to = state.query = ""; state.undated = true;
    from.value = to.value = search.value = ""; undated.checked = true;
    data.kinds.forEach((k) => { document.getElementById("filter-" + k).checked = true; });
    render(); fit();
  });
  document.getElementById("tab-network").addEventListener("click", () => setView("network"));
  document.getElementById("tab-timeline").addEventListener("click", () => setView("timeline"));

  computeVisible();
  fit();
  setView(state.view);
})();
