/* /network: actors as nodes, events as edges, drawn in SVG. The layout is a fixed number of
   force-directed steps started from a circle in id order: no randomness, so the same data
   always gives the same picture. Alleged, denied and contested edges are dashed. */
"use strict";

(() => {
  const { el, svg, clear, $, api, showError, fillFilterMenus, formParams, formFromUrl, formatNumber, QUAD_LABELS } = T;
  const MAX_NODES = 60;
  const MAX_EDGES = 400;
  const W = 960; const H = 620;
  const STATUS_DASH = { asserted: null, alleged: "7 5", contested: "2 4", denied: "10 4 2 4" };

  /* Fruchterman-Reingold over the connected actors, then scaled to fill the canvas; actors
     with no edge among those shown sit in a row along the bottom. */
  function layout(nodes, edges) {
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target)])
      .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
    const linked = new Set(links.flat());
    const inGraph = nodes.map((_, i) => i).filter((i) => linked.has(i));
    const alone = nodes.map((_, i) => i).filter((i) => !linked.has(i));
    const pos = nodes.map(() => ({ x: W / 2, y: H / 2 }));
    const n = inGraph.length;
    inGraph.forEach((i, j) => {
      const a = (2 * Math.PI * j) / Math.max(1, n);
      pos[i] = { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) };
    });
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.5;
    let temperature = W / 8;
    for (let step = 0; step < 250 && n > 2; step += 1) {
      const disp = new Map(inGraph.map((i) => [i, { x: 0, y: 0 }]));
      for (let x = 0; x < n; x += 1) {
        for (let y = x + 1; y < n; y += 1) {
          const i = inGraph[x]; const j = inGraph[y];
          let dx = pos[i].x - pos[j].x; let dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (x - y); dy = 0.01; d = Math.hypot(dx, dy); }
          const f = (k * k) / d;
          disp.get(i).x += (dx / d) * f; disp.get(i).y += (dy / d) * f;
          disp.get(j).x -= (dx / d) * f; disp.get(j).y -= (dy / d) * f;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x; const dy = pos[a].y - pos[b].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (d * d) / k;
        disp.get(a).x -= (dx / d) * f; disp.get(a).y -= (dy / d) * f;
        disp.get(b).x += (dx / d) * f; disp.get(b).y += (dy / d) * f;
      }
      for (const i of inGraph) {
        const v = disp.get(i);
        // A weak pull to the centre keeps separate components from drifting apart.
        v.x += (W / 2 - pos[i].x) * 0.05; v.y += (H / 2 - pos[i].y) * 0.05;
        const d = Math.max(0.01, Math.hypot(v.x, v.y));
        const move = Math.min(d, temperature);
        pos[i].x += (v.x / d) * move; pos[i].y += (v.y / d) * move;
      }
      temperature *= 0.975;
    }
    const bottom = alone.length ? H - 70 : H - 30;
    if (n) {
      const xs = inGraph.map((i) => pos[i].x); const ys = inGraph.map((i) => pos[i].y);
      const x0 = Math.min(...xs); const x1 = Math.max(...xs); const y0 = Math.min(...ys); const y1 = Math.max(...ys);
      // One scale for both axes (no distortion), centred; a tiny graph is not blown up.
      const sx = x1 > x0 ? (W - 100) / (x1 - x0) : Infinity;
      const sy = y1 > y0 ? (bottom - 50) / (y1 - y0) : Infinity;
      const scale = Math.min(sx, sy, 3);
      const cx = (x0 + x1) / 2; const cy = (y0 + y1) / 2;
      for (const i of inGraph) {
        const sc = Number.isFinite(scale) ? scale : 1;
        pos[i] = { x: W / 2 + (pos[i].x - cx) * sc, y: (bottom + 20) / 2 + (pos[i].y - cy) * sc };
      }
    }
    alone.forEach((i, j) => {
      pos[i] = { x: 50 + ((W - 100) * (j + 0.5)) / alone.length, y: H - 30 };
    });
    return pos;
  }

  function draw(graph, meta) {
    const box = clear($("network"));
    const nodesAll = graph.nodes.slice().sort((a, b) => (b.events || 0) - (a.events || 0) || (a.id < b.id ? -1 : 1));
    const nodes = nodesAll.slice(0, MAX_NODES).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const keep = new Set(nodes.map((node) => node.id));
    const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const total = graph.edges_total ?? graph.edges.length;
    $("summary").textContent = `${formatNumber(graph.nodes.length)} actors, ${formatNumber(graph.edges.length)} edges`
      + (total > graph.edges.length ? ` (the strongest of ${formatNumber(total)})` : "")
      + (graph.nodes.length > MAX_NODES ? ` · showing the ${MAX_NODES} busiest actors` : "");
    if (!nodes.length) { box.appendChild(el("p", { class: "muted" }, "No events match these filters.")); return; }
    const pos = layout(nodes, edges);
    const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
    const maxCount = Math.max(1, ...edges.map((e) => e.count || 1));
    const maxEvents = Math.max(1, ...nodes.map((node) => node.events || 1));
    const eventsOf = new Map(nodes.map((node) => [node.id, node.events || 0]));
    const radius = (count) => 6 + 14 * Math.sqrt(count / maxEvents);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "graph", role: "img", "aria-label": "Actor network" });
    const defs = svg("defs");
    for (const q of [0, 1, 2, 3, 4]) {
      defs.appendChild(svg("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
        svg("path", { d: "M0,0 L10,5 L0,10 z", class: `quad-fill-${q}` })));
    }
    root.appendChild(defs);
    // Parallel edges between one pair (several event types) fan out as curves.
    const seen = new Map();
    const edgeLayer = svg("g", { class: "edges" });
    for (const e of edges) {
      const a = at.get(e.source); const b = at.get(e.target);
      const pairKey = [e.source, e.target].sort().join("|");
      const nth = seen.get(pairKey) || 0;
      seen.set(pairKey, nth + 1);
      const quad = T.quadOf(e.event, meta);
      const dx = b.x - a.x; const dy = b.y - a.y; const len = Math.max(1, Math.hypot(dx, dy));
      const bend = (e.source === e.target) ? 40 : 18 * (nth + 1) * (nth % 2 ? -1 : 1);
      const r = radius(eventsOf.get(e.target) || 0);
      const ex = b.x - (dx / len) * (r + 2); const ey = b.y - (dy / len) * (r + 2);
      const mx = (a.x + b.x) / 2 - (dy / len) * bend; const my = (a.y + b.y) / 2 + (dx / len) * bend;
      const status = e.status || "asserted";
      const materiel = Array.isArray(e.materiel) ? e.materiel.map((m) => (typeof m === "string" ? m : m.category || m.text)).join(", ") : (e.materiel || "");
      const path = svg("path", {
        d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
        class: `edge quad-stroke-${quad} edge-${status}`,
        "stroke-width": (1 + 4 * Math.sqrt((e.count || 1) / maxCount)).toFixed(2),
        "stroke-dasharray": STATUS_DASH[status] || null,
        "marker-end": `url(#arrow-${quad})`,
        "data-status": status,
      }, svg("title", null, `${e.source} → ${e.target}: ${e.event} ×${e.count || 1} (${status})${materiel ? `; materiel: ${materiel}` : ""}`));
      const link = svg("a", { href: `/events?actor=${encodeURIComponent(e.source)}&recipient=${encodeURIComponent(e.target)}&type=${encodeURIComponent(e.event)}` }, path);
      edgeLayer.appendChild(link);
    }
    root.appendChild(edgeLayer);
    const nodeLayer = svg("g", { class: "nodes" });
    nodes.forEach((node, i) => {
      const p = pos[i];
      const r = radius(node.events || 0);
      nodeLayer.appendChild(svg("a", { href: `/events?actor=${encodeURIComponent(node.id)}` },
        svg("g", { class: "node", "data-id": node.id },
          svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
          svg("text", { x: p.x.toFixed(1), y: (p.y - r - 4).toFixed(1), "text-anchor": "middle" }, node.id),
          svg("title", null, `${node.label || node.id}: ${formatNumber(node.events || 0)} events`))));
    });
    root.appendChild(nodeLayer);
    box.appendChild(root);
  }

  function legend() {
    const box = clear($("network-legend"));
    for (const q of [1, 2, 3, 4]) box.appendChild(el("span", { class: `key quad-key-${q}` }, QUAD_LABELS[q]));
    for (const [status, dash] of Object.entries(STATUS_DASH)) {
      box.appendChild(el("span", { class: "key" },
        svg("svg", { width: 36, height: 10, "aria-hidden": "true" },
          svg("line", { x1: 0, y1: 5, x2: 36, y2: 5, class: "legend-line", "stroke-dasharray": dash })), ` ${status}`));
    }
  }

  (async () => {
    const form = $("filters");
    const meta = await fillFilterMenus(form);
    const materiel = form.querySelector("select[name=materiel]");
    for (const c of meta.materiel_categories || []) materiel.appendChild(el("option", { value: c }, c.replace(/_/g, " ")));
    formFromUrl(form);
    legend();
    const load = async () => {
      const params = formParams(form);
      history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
      try {
        params.set("max_edges", String(MAX_EDGES));
        const graph = await api(`/api/v1/network?${params}`);
        showError(null);
        draw(graph, meta);
      } catch (err) {
        showError(err);
      }
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
    form.addEventListener("reset", () => setTimeout(load, 0));
    await load();
  })().catch(showError);
})();
