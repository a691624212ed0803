/* /network: actors as nodes, events as edges, drawn in SVG. The layout is a fixed number of
   force-directed steps started from a circle in id order: no randomness, so the same data
   always gives the same picture. Alleged, denied and contested edges are dashed. */
"use strict";

(() => {
  const { el, svg, clear, $, api, showError, fillFilterMenus, formParams, formFromUrl, formatNumber, QUAD_LABELS } = T;
  const MAX_NODES = 60;
  const W = 960; const H = 620;
  const STATUS_DASH = { asserted: null, alleged: "7 5", contested: "2 4", denied: "10 4 2 4" };

  function layout(nodes, edges) {
    const n = nodes.length;
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, n);
      return { x: W / 2 + (W / 2 - 80) * Math.cos(a), y: H / 2 + (H / 2 - 60) * Math.sin(a) };
    });
    if (n < 3) return pos;
    const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
    const k = Math.sqrt((W * H) / n) * 0.5;
    let temperature = W / 8;
    const steps = 250;
    for (let step = 0; step < steps; step += 1) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          let dx = pos[i].x - pos[j].x; let dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
          const f = (k * k) / d;
          disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
          disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x; const dy = pos[a].y - pos[b].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (d * d) / k;
        disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
        disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
      }
      for (let i = 0; i < n; i += 1) {
        // A weak pull to the centre keeps unconnected actors on the canvas.
        disp[i].x += (W / 2 - pos[i].x) * 0.02 * k / 10;
        disp[i].y += (H / 2 - pos[i].y) * 0.02 * k / 10;
        const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
        const move = Math.min(d, temperature);
        pos[i].x = Math.min(W - 40, Math.max(40, pos[i].x + (disp[i].x / d) * move));
        pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + (disp[i].y / d) * move));
      }
      temperature *= 0.975;
    }
    return pos;
  }

  function draw(graph, meta) {
    const box = clear($("network"));
    const nodesAll = graph.nodes.slice().sort((a, b) => (b.events || 0) - (a.events || 0) || (a.id < b.id ? -1 : 1));
    const nodes = nodesAll.slice(0, MAX_NODES).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const keep = new Set(nodes.map((node) => node.id));
    const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    $("summary").textContent = `${formatNumber(graph.nodes.length)} actors, ${formatNumber(graph.edges.length)} edges`
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
    formFromUrl(form);
    legend();
    const load = async () => {
      const params = formParams(form);
      history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
      try {
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
