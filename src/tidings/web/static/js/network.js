/* /network: "who does what to whom" as an SVG graph. Actors are nodes (area by events),
   edges are actor -> recipient per event type (arrowheads, width by count, colour by quad
   class, dashed or dotted when alleged, contested or denied; hover for details).

   The layout is deterministic: each connected component gets a force-directed layout
   (repulsion, spring edges, a weak pull to its centre, then collision of node boxes that
   include their labels) started from positions drawn from a PRNG seeded with the
   component's actor codes; components are then packed in rows, biggest first. Same data,
   same picture. Actors with no edge in the current filters are not drawn.

   Clicking an actor focuses the network on it (?focus=CODE: only its own edges, both
   directions); "Show all actors" or the browser's Back button returns. */
"use strict";

(() => {
  const { el, svg, clear, $, api, showError, fillFilterMenus, formParams, formFromUrl, formatNumber, QUAD_LABELS } = T;
  const MAX_NODES = 60;
  const MAX_EDGES = 400;
  const W = 1180; // viewBox width; the card is about this wide, so 1 unit ~ 1 CSS pixel
  const MARGIN = 24;
  const MAX_H = 660; // a component taller than this is squeezed vertically
  const GAP = 36; // between packed components
  const LABEL_H = 15; // label line below a node
  const PAD = 5; // clearance around a node box
  const STATUS_DASH = { asserted: null, alleged: [7, 5], contested: [2, 4], denied: [10, 4, 2, 4] };
  const dashText = (dash, scale) => (dash ? dash.map((d) => +(d * scale).toFixed(1)).join(" ") : null);

  /* -- deterministic randomness ---------------------------------------------------------- */
  function hash(text) { // FNV-1a, 32 bits
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  function prng(seed) { // mulberry32
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* -- graph preparation ------------------------------------------------------------------ */
  const labelWidth = (text) => 7.8 * text.length + 4; // 12px bold; an estimate keeps the layout font-independent

  function components(nodes, adjacency) {
    const seen = new Set();
    const out = [];
    for (const node of nodes) { // nodes are in id order, so components come out in a fixed order
      if (seen.has(node.id)) continue;
      const comp = [];
      const stack = [node.id];
      seen.add(node.id);
      while (stack.length) {
        const id = stack.pop();
        comp.push(id);
        for (const next of adjacency.get(id) || []) if (!seen.has(next)) { seen.add(next); stack.push(next); }
      }
      comp.sort();
      out.push(comp);
    }
    return out;
  }

  /* Push overlapping node boxes apart (each box: the circle plus the label below it),
     along the axis where they overlap least. */
  function collide(items, passes) {
    for (let pass = 0; pass < passes; pass += 1) {
      let moved = false;
      for (let i = 0; i < items.length; i += 1) {
        for (let j = i + 1; j < items.length; j += 1) {
          const a = items[i]; const b = items[j];
          const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
          if (ox <= 0) continue;
          const oy = Math.min(a.y + a.down, b.y + b.down) - Math.max(a.y - a.up, b.y - b.up);
          if (oy <= 0) continue;
          moved = true;
          if (ox < oy) {
            const s = (a.x < b.x || (a.x === b.x && i < j)) ? -1 : 1;
            a.x += (s * ox) / 2; b.x -= (s * ox) / 2;
          } else {
            const s = (a.y < b.y || (a.y === b.y && i < j)) ? -1 : 1;
            a.y += (s * oy) / 2; b.y -= (s * oy) / 2;
          }
        }
      }
      if (!moved) return;
    }
  }

  /* An actor lying on an edge it is not part of reads as a stop on the way: push such
     actors off the segment (and the segment's ends the other way). */
  function clearEdges(items, links, dx, dy) {
    for (const [i, j] of links) {
      const a = items[i]; const b = items[j];
      const vx = b.x - a.x; const vy = b.y - a.y;
      const l2 = vx * vx + vy * vy;
      if (l2 < 1) continue;
      for (let m = 0; m < items.length; m += 1) {
        if (m === i || m === j) continue;
        const c = items[m];
        const t = ((c.x - a.x) * vx + (c.y - a.y) * vy) / l2;
        if (t <= 0.05 || t >= 0.95) continue;
        const px = a.x + t * vx; const py = a.y + t * vy;
        let ox = c.x - px; let oy = c.y - py;
        let d = Math.hypot(ox, oy);
        const clear = Math.max(c.left, c.right) + 10;
        if (d >= clear) continue;
        if (d < 0.01) { ox = -vy; oy = vx; d = Math.sqrt(l2); }
        const f = (clear - d) * 6;
        dx[m] += (ox / d) * f; dy[m] += (oy / d) * f;
        dx[i] -= (ox / d) * f * (1 - t) * 0.5; dy[i] -= (oy / d) * f * (1 - t) * 0.5;
        dx[j] -= (ox / d) * f * t * 0.5; dy[j] -= (oy / d) * f * t * 0.5;
      }
    }
  }

  /* Last touches after turning and squeezing: actors off foreign edges, boxes apart. */
  function settle(items, links) {
    const n = items.length;
    if (n < 3) return;
    const dx = new Float64Array(n); const dy = new Float64Array(n);
    for (let pass = 0; pass < 40; pass += 1) {
      dx.fill(0); dy.fill(0);
      clearEdges(items, links, dx, dy);
      let moved = 0;
      for (let i = 0; i < n; i += 1) {
        const d = Math.hypot(dx[i], dy[i]);
        if (d < 0.5) continue;
        const move = Math.min(d / 6, 4);
        items[i].x += (dx[i] / d) * move; items[i].y += (dy[i] / d) * move;
        moved += 1;
      }
      collide(items, 20);
      if (!moved) break;
    }
    collide(items, 300);
  }

  /* Fruchterman-Reingold over one component, in viewBox units (the ideal edge length is
     set from the node boxes), then collision passes so no two boxes overlap. */
  function layoutComponent(items, links) {
    const n = items.length;
    if (n === 1) { items[0].x = 0; items[0].y = 0; return; }
    const avg = items.reduce((s, it) => s + (it.left + it.right + it.up + it.down) / 4, 0) / n;
    const k = 50 + 1.4 * avg;
    const rand = prng(hash(items.map((it) => it.id).join(",")));
    const spread = k * Math.sqrt(n) * 0.6;
    for (const it of items) {
      const a = rand() * 2 * Math.PI; const d = spread * Math.sqrt(rand());
      it.x = d * Math.cos(a); it.y = d * Math.sin(a);
    }
    const steps = n <= 3 ? 150 : 500;
    let temperature = k * Math.max(1, Math.sqrt(n) / 2);
    const cool = Math.pow(0.5 / temperature, 1 / steps);
    const dx = new Float64Array(n); const dy = new Float64Array(n);
    for (let step = 0; step < steps; step += 1) {
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          let vx = items[i].x - items[j].x; let vy = items[i].y - items[j].y;
          let d2 = vx * vx + vy * vy;
          if (d2 < 0.01) { vx = 0.1 * (i - j); vy = 0.1; d2 = vx * vx + vy * vy; }
          const f = (k * k) / d2; // (k^2 / d) along the unit vector
          dx[i] += vx * f; dy[i] += vy * f; dx[j] -= vx * f; dy[j] -= vy * f;
        }
      }
      for (const [i, j, weight] of links) {
        const vx = items[i].x - items[j].x; const vy = items[i].y - items[j].y;
        const d = Math.max(0.1, Math.hypot(vx, vy));
        const f = (d / k) * weight; // (d^2 / k) along the unit vector
        dx[i] -= vx * f; dy[i] -= vy * f; dx[j] += vx * f; dy[j] += vy * f;
      }
      if (step > steps * 0.3) clearEdges(items, links, dx, dy);
      for (let i = 0; i < n; i += 1) {
        dx[i] -= items[i].x * 0.04; dy[i] -= items[i].y * 0.04; // keep the component round and compact
        const d = Math.hypot(dx[i], dy[i]);
        if (d > 0) {
          const move = Math.min(d, temperature);
          items[i].x += (dx[i] / d) * move; items[i].y += (dy[i] / d) * move;
        }
      }
      temperature *= cool;
      if (step > steps * 0.6) collide(items, 1);
    }
    collide(items, 200);
  }

  /* Turn a component so its long axis is horizontal (principal axis of the positions):
     the card is wide, and a long chain drawn upright would need scrolling. */
  function upright(items) {
    const n = items.length;
    const mx = items.reduce((a, it) => a + it.x, 0) / n; const my = items.reduce((a, it) => a + it.y, 0) / n;
    let sxx = 0; let syy = 0; let sxy = 0;
    for (const it of items) {
      const x = it.x - mx; const y = it.y - my;
      sxx += x * x; syy += y * y; sxy += x * y;
    }
    const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    const c = Math.cos(-angle); const s = Math.sin(-angle);
    for (const it of items) {
      const x = it.x - mx; const y = it.y - my;
      it.x = x * c - y * s; it.y = x * s + y * c;
    }
  }

  /* A node's box: its circle plus its label on one side. */
  function boxFor(it, side) {
    const half = Math.max(it.r, it.lw / 2) + PAD;
    const near = it.r + PAD;
    it.side = side;
    it.left = it.right = half; it.up = it.down = near;
    if (side === "below") it.down = it.r + LABEL_H + PAD;
    else if (side === "above") it.up = it.r + LABEL_H + PAD;
    else {
      it.up = it.down = Math.max(near, LABEL_H / 2 + PAD);
      it.left = it.right = near;
      if (side === "right") it.right = it.r + 4 + it.lw + PAD; else it.left = it.r + 4 + it.lw + PAD;
    }
  }

  /* Each label goes where no edge leaves its node: below, else above, right or left (the
     side with the fewest edges, in that order of preference); the box follows the label. */
  function placeLabels(items, links) {
    const dirs = items.map((it) => (it.loop ? [[0, -1]] : []));
    for (const [i, j] of links) {
      for (const [a, b] of [[i, j], [j, i]]) {
        const vx = items[b].x - items[a].x; const vy = items[b].y - items[a].y;
        const l = Math.max(1, Math.hypot(vx, vy));
        dirs[a].push([vx / l, vy / l]);
      }
    }
    const sides = [["below", 0, 1], ["above", 0, -1], ["right", 1, 0], ["left", -1, 0]];
    items.forEach((it, i) => {
      let best = null;
      for (const [side, sx, sy] of sides) {
        const crowd = dirs[i].reduce((n, [vx, vy]) => n + (vx * sx + vy * sy > 0.5 ? 1 : 0), 0);
        if (!best || crowd < best.crowd) best = { side, crowd };
      }
      boxFor(it, best.side);
    });
  }

  function bounds(items) {
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const it of items) {
      x0 = Math.min(x0, it.x - it.left); x1 = Math.max(x1, it.x + it.right);
      y0 = Math.min(y0, it.y - it.up); y1 = Math.max(y1, it.y + it.down);
    }
    return { x0, y0, x1, y1, w: x1 - x0, h: y1 - y0 };
  }

  /* Lay out every component, then pack them in centred rows, biggest first. Returns
     Map(id -> item with x, y) and the drawing's height. */
  /* One actor's own edges (the focus view) form a star: the actor in the middle, its
     partners on an ellipse around it. Those it acts on sit to the right, those acting on
     it to the left, two-way partners below; labels point outwards. */
  function radial(items, focus, edges) {
    const centre = items.get(focus);
    const out = new Set(); const into = new Set();
    for (const e of edges) {
      if (e.source === focus && e.target !== focus) out.add(e.target);
      if (e.target === focus && e.source !== focus) into.add(e.source);
    }
    const group = (id) => (out.has(id) && into.has(id) ? 1 : out.has(id) ? 0 : 2);
    const partners = Array.from(items.keys()).filter((id) => id !== focus)
      .sort((a, b) => group(a) - group(b) || (a < b ? -1 : a > b ? 1 : 0));
    const m = partners.length;
    const widest = Math.max(...partners.map((id) => items.get(id).r * 2), 24);
    const room = W - 2 * MARGIN;
    const twoRings = m > 40;
    const perRing = twoRings ? Math.ceil(m / 2) : m;
    let ry = Math.max(130 + centre.r, (perRing * (widest + 40)) / (2 * Math.PI * 1.25));
    let rx = Math.min(1.5 * ry, room / 2 - 70);
    if (rx < ry) { ry = rx; }
    const outCount = partners.filter((id) => group(id) === 0).length;
    const step = (2 * Math.PI) / Math.max(1, m);
    const start = -((outCount - 1) / 2) * step; // the "acts on" group centred on the right
    centre.x = 0; centre.y = 0;
    centre.r = Math.max(centre.r, centre.lw / 2 + 5, 24); // its label goes inside, white on the dark circle
    boxFor(centre, "inside");
    partners.forEach((id, i) => {
      const it = items.get(id);
      const a = start + i * step;
      const f = twoRings && i % 2 ? 0.68 : 1;
      it.x = Math.cos(a) * rx * f; it.y = Math.sin(a) * ry * f;
      const cx = Math.cos(a); const cy = Math.sin(a);
      boxFor(it, Math.abs(cx) > 0.55 ? (cx > 0 ? "right" : "left") : (cy > 0 ? "below" : "above"));
    });
    const its = Array.from(items.values());
    collide(its, 300);
    const box = bounds(its);
    const ox = W / 2 - (box.x0 + box.x1) / 2; const oy = MARGIN - box.y0;
    for (const it of its) { it.x += ox; it.y += oy; }
    return { at: items, width: Math.max(W, box.w + 2 * MARGIN), height: Math.max(240, box.h + 2 * MARGIN) };
  }

  function layout(nodes, edges, radius, focus) {
    const items = new Map(nodes.map((node) => {
      const r = radius(node);
      const it = { id: node.id, r, lw: labelWidth(node.id), x: 0, y: 0 };
      boxFor(it, "below");
      return [node.id, it];
    }));
    const adjacency = new Map(nodes.map((node) => [node.id, new Set()]));
    const weights = new Map();
    for (const e of edges) {
      if (e.source === e.target) { items.get(e.source).loop = true; continue; }
      adjacency.get(e.source).add(e.target); adjacency.get(e.target).add(e.source);
      const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
      weights.set(key, (weights.get(key) || 0) + 1);
    }
    if (focus && items.has(focus) && items.size > 2 && edges.every((e) => e.source === focus || e.target === focus)) {
      return radial(items, focus, edges);
    }
    const comps = components(nodes, adjacency).map((ids) => {
      const its = ids.map((id) => items.get(id));
      const index = new Map(ids.map((id, i) => [id, i]));
      const links = [];
      for (const [key, count] of Array.from(weights.entries()).sort()) {
        const [a, b] = key.split("|");
        if (index.has(a) && index.has(b)) links.push([index.get(a), index.get(b), 1 + 0.15 * Math.min(count - 1, 4)]);
      }
      layoutComponent(its, links);
      if (its.length > 1) {
        upright(its);
        placeLabels(its, links);
        collide(its, 300);
      }
      let box = bounds(its);
      const room = W - 2 * MARGIN;
      // Fit to the viewport: squeeze a component wider than the card or taller than
      // MAX_H (never below 60%), then settle collisions again.
      // A big round component is stretched sideways instead, to use the card's width.
      const fx = box.w > room ? room / box.w : (its.length >= 12 ? Math.min(1.5, room / box.w, (1.6 * box.h) / box.w) : 1);
      const fy = box.h > MAX_H ? Math.max(0.6, MAX_H / box.h) : 1;
      if (fx !== 1 || fy < 1) {
        for (const it of its) { it.x *= fx; it.y *= fy; }
        collide(its, 300);
      }
      settle(its, links);
      box = bounds(its);
      return { ids, items: its, box };
    });
    comps.sort((a, b) => b.ids.length - a.ids.length || b.box.w * b.box.h - a.box.w * a.box.h || (a.ids[0] < b.ids[0] ? -1 : 1));
    // Shelf packing: rows as wide as the canvas, each row centred.
    const rows = [];
    let row = null;
    for (const c of comps) {
      if (!row || row.w + GAP + c.box.w > W - 2 * MARGIN) {
        row = { comps: [], w: -GAP, h: 0 };
        rows.push(row);
      }
      row.comps.push(c); row.w += GAP + c.box.w; row.h = Math.max(row.h, c.box.h);
    }
    let y = MARGIN;
    for (const r of rows) {
      let x = Math.max(MARGIN, (W - r.w) / 2);
      for (const c of r.comps) {
        const ox = x - c.box.x0; const oy = y + (r.h - c.box.h) / 2 - c.box.y0;
        for (const it of c.items) { it.x += ox; it.y += oy; }
        x += c.box.w + GAP;
      }
      y += r.h + GAP;
    }
    const height = Math.max(240, y - GAP + MARGIN);
    const width = Math.max(W, ...rows.map((r) => r.w + 2 * MARGIN));
    return { at: items, width, height };
  }

  /* -- drawing ------------------------------------------------------------------------------ */
  const fmt = (v) => v.toFixed(1);

  function materielText(materiel) {
    if (!materiel) return "";
    const list = Array.isArray(materiel) ? materiel : [materiel];
    return list.map((m) => (typeof m === "string" ? m : m.category || m.text || "")).filter(Boolean)
      .map((m) => m.replace(/_/g, " ")).join(", ");
  }

  function edgeTitle(e, quad) {
    const count = e.count || 1;
    const lines = [`${e.source} → ${e.target}: ${e.event} (${QUAD_LABELS[quad] || "other"})`,
      `${formatNumber(count)} report${count === 1 ? "" : "s"}`
        + (e.clusters ? ` · ${formatNumber(e.clusters)} merged event${e.clusters === 1 ? "" : "s"}` : ""),
      `status: ${e.status || "asserted"}`];
    const materiel = materielText(e.materiel);
    if (materiel) lines.push(`materiel: ${materiel}`);
    return lines.join("\n");
  }

  function label(p, text) {
    if (p.side === "above") return svg("text", { x: fmt(p.x), y: fmt(p.y - p.r - 5), "text-anchor": "middle" }, text);
    if (p.side === "right") return svg("text", { x: fmt(p.x + p.r + 4), y: fmt(p.y + 4), "text-anchor": "start" }, text);
    if (p.side === "left") return svg("text", { x: fmt(p.x - p.r - 4), y: fmt(p.y + 4), "text-anchor": "end" }, text);
    if (p.side === "inside") return svg("text", { x: fmt(p.x), y: fmt(p.y + 4), "text-anchor": "middle", class: "inside" }, text);
    return svg("text", { x: fmt(p.x), y: fmt(p.y + p.r + 13), "text-anchor": "middle" }, text);
  }

  function draw(graph, meta, focus, onFocus) {
    const box = clear($("network"));
    // Only actors joined by at least one edge; of those, the busiest MAX_NODES.
    const linked = new Set();
    for (const e of graph.edges) { linked.add(e.source); linked.add(e.target); }
    const candidates = graph.nodes.filter((node) => linked.has(node.id));
    const ranked = candidates.slice().sort((a, b) => (b.events || 0) - (a.events || 0) || (a.id < b.id ? -1 : 1));
    const keep = new Set(ranked.slice(0, MAX_NODES).map((node) => node.id));
    if (focus && linked.has(focus)) keep.add(focus);
    const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const used = new Set();
    for (const e of edges) { used.add(e.source); used.add(e.target); }
    const nodes = candidates.filter((node) => used.has(node.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const total = graph.edges_total ?? graph.edges.length;
    const hiddenActors = graph.nodes.length - nodes.length;
    $("summary").textContent = `${formatNumber(nodes.length)} actors, ${formatNumber(edges.length)} edges`
      + (total > edges.length ? ` (the strongest of ${formatNumber(total)})` : "")
      + (hiddenActors > 0 ? ` · ${formatNumber(hiddenActors)} actor${hiddenActors === 1 ? "" : "s"} without an edge ${candidates.length > MAX_NODES ? "or beyond the busiest " + MAX_NODES + " " : ""}not drawn` : "");
    if (!nodes.length) {
      box.appendChild(el("p", { class: "muted empty" }, graph.nodes.length
        ? "These events have no recipient, so there is no edge to draw." : "No events match these filters."));
      return;
    }

    const maxEvents = Math.max(10, ...nodes.map((node) => node.events || 1));
    const radius = (node) => 6 + 16 * Math.sqrt(Math.max(1, node.events || 1) / maxEvents);
    const maxCount = Math.max(16, ...edges.map((e) => e.count || 1));
    const widthOf = (count) => 2.4 + 5.6 * (Math.log(Math.max(1, count)) / Math.log(maxCount));
    const { at, width, height } = layout(nodes, edges, radius, focus);

    const root = svg("svg", {
      viewBox: `0 0 ${fmt(width)} ${fmt(height)}`, class: `graph${edges.length > 120 ? " dense" : ""}`,
      role: "img", "aria-label": "Actor network",
    });
    const defs = svg("defs");
    root.appendChild(defs);
    const markers = new Map();
    const marker = (quad, size) => { // one arrowhead per quad class and size, base at the path's end
      const id = `arrow-${quad}-${String(size).replace(".", "_")}`;
      if (!markers.has(id)) {
        markers.set(id, true);
        defs.appendChild(svg("marker", {
          id, viewBox: "0 0 10 8", refX: 0.5, refY: 4, markerWidth: size, markerHeight: size * 0.8,
          markerUnits: "userSpaceOnUse", orient: "auto",
        }, svg("path", { d: "M0,0 L10,4 L0,8 z", class: `quad-fill-${quad}` })));
      }
      return { id, length: size };
    };

    // Edges between one pair of actors (both directions, several event types) are spread
    // over curves on either side of the straight line, in one fixed orientation per pair.
    const pairs = new Map();
    for (const e of edges) {
      const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(e);
    }
    const shapes = [];
    for (const [key, list] of pairs) {
      const [lo, hi] = key.split("|");
      list.sort((a, b) => (a.source === lo ? 0 : 1) - (b.source === lo ? 0 : 1) || (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
      const m = list.length;
      const spacing = m > 1 ? Math.min(26, 130 / (m - 1)) : 0;
      list.forEach((e, i) => shapes.push({ e, offset: (i - (m - 1) / 2) * spacing, lo, hi }));
    }
    shapes.sort((a, b) => (b.e.count || 1) - (a.e.count || 1)); // thick edges first, thin ones on top

    const edgeLayer = svg("g", { class: "edges" });
    const edgesOf = new Map(nodes.map((node) => [node.id, []]));
    for (const { e, offset, lo, hi } of shapes) {
      const quad = T.quadOf(e.event, meta);
      const status = e.status || "asserted";
      const w = widthOf(e.count || 1);
      const mk = marker(quad, Math.round((8 + 1.5 * w) * 2) / 2);
      const s = at.get(e.source); const t = at.get(e.target);
      let d;
      if (e.source === e.target) { // a loop above the node
        const a0 = s.x - s.r * 0.6; const a1 = s.x + s.r * 0.6; const y0 = s.y - s.r * 0.8;
        d = `M${fmt(a0)},${fmt(y0)} C${fmt(s.x - 30)},${fmt(s.y - s.r - 40)} ${fmt(s.x + 30)},${fmt(s.y - s.r - 40)} ${fmt(a1 + 2)},${fmt(y0 - 4 - mk.length * 0.6)}`;
      } else {
        const a = at.get(lo); const b = at.get(hi);
        const len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
        const nx = -(b.y - a.y) / len; const ny = (b.x - a.x) / len; // the pair's normal
        const cx = (s.x + t.x) / 2 + nx * offset * 2; const cy = (s.y + t.y) / 2 + ny * offset * 2; // curve apex at offset
        const toward = (from, dist) => {
          const vx = cx - from.x; const vy = cy - from.y; const l = Math.max(1, Math.hypot(vx, vy));
          return { x: from.x + (vx / l) * dist, y: from.y + (vy / l) * dist };
        };
        const p0 = toward(s, s.r + 2);
        const p1 = toward(t, t.r + 3 + mk.length);
        d = offset === 0
          ? `M${fmt(p0.x)},${fmt(p0.y)} L${fmt(p1.x)},${fmt(p1.y)}`
          : `M${fmt(p0.x)},${fmt(p0.y)} Q${fmt(cx)},${fmt(cy)} ${fmt(p1.x)},${fmt(p1.y)}`;
      }
      const dash = dashText(STATUS_DASH[status], Math.max(1, w / 2.5));
      const title = edgeTitle(e, quad);
      const href = `/events?actor=${encodeURIComponent(e.source)}&recipient=${encodeURIComponent(e.target)}&type=${encodeURIComponent(e.event)}`;
      const group = svg("a", { href, class: "edge-link", "data-source": e.source, "data-target": e.target },
        svg("path", { d, class: "edge-hit" }, svg("title", null, title)),
        svg("path", {
          d, class: `edge quad-stroke-${quad} edge-${status}`, "stroke-width": w.toFixed(2),
          "stroke-dasharray": dash, "marker-end": `url(#${mk.id})`, "data-status": status,
          "data-source": e.source, "data-target": e.target, "data-event": e.event, "data-count": e.count || 1,
        }, svg("title", null, title)));
      edgeLayer.appendChild(group);
      edgesOf.get(e.source).push(group);
      if (e.target !== e.source) edgesOf.get(e.target).push(group);
    }
    root.appendChild(edgeLayer);

    const nodeLayer = svg("g", { class: "nodes" });
    const nodeEls = new Map();
    for (const node of nodes) {
      const p = at.get(node.id);
      const isFocus = node.id === focus;
      const n = node.events || 0;
      const g = svg("g", {
        class: `node${isFocus ? " focus" : ""}`, "data-id": node.id, tabindex: "0", role: "button",
        "aria-label": isFocus ? `${node.id}: focused` : `Focus on ${node.id}`,
      },
      svg("circle", { cx: fmt(p.x), cy: fmt(p.y), r: fmt(p.r) }),
      label(p, node.id),
      svg("title", null, `${node.label && node.label !== node.id ? `${node.label} (${node.id})` : node.id}: ${formatNumber(n)} event${n === 1 ? "" : "s"}`
        + (isFocus ? "" : "\nclick to show only its own edges")));
      const pick = () => { if (!isFocus) onFocus(node.id); };
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      // Hovering an actor lights up its edges and partners and dims the rest.
      const light = (on) => {
        root.classList.toggle("dimmed", on);
        g.classList.toggle("hot", on);
        for (const link of edgesOf.get(node.id)) {
          link.classList.toggle("hot", on);
          for (const other of [link.getAttribute("data-source"), link.getAttribute("data-target")]) {
            if (nodeEls.has(other)) nodeEls.get(other).classList.toggle("hot", on);
          }
        }
      };
      g.addEventListener("mouseenter", () => light(true));
      g.addEventListener("mouseleave", () => light(false));
      nodeEls.set(node.id, g);
      nodeLayer.appendChild(g);
    }
    root.appendChild(nodeLayer);
    box.appendChild(root);
  }

  function legend() {
    const box = clear($("network-legend"));
    for (const q of [1, 2, 3, 4]) box.appendChild(el("span", { class: `key quad-key-${q}` }, QUAD_LABELS[q]));
    for (const [status, dash] of Object.entries(STATUS_DASH)) {
      box.appendChild(el("span", { class: "key" },
        svg("svg", { width: 36, height: 10, "aria-hidden": "true" },
          svg("line", { x1: 0, y1: 5, x2: 36, y2: 5, class: "legend-line", "stroke-dasharray": dashText(dash, 1) })), ` ${status}`));
    }
    box.appendChild(el("span", { class: "key legend-note" },
      "arrow: actor → recipient · edge width: reports · circle: events · hover for details, click an actor to focus on it"));
  }

  function focusBar(focus, onFocus) {
    const bar = clear($("network-focus"));
    bar.hidden = !focus;
    if (!focus) return;
    bar.appendChild(el("span", null, "Showing ", el("strong", null, focus), " and the actors it deals with, both directions. "));
    bar.appendChild(el("button", { type: "button", class: "secondary", id: "network-all", onclick: () => onFocus(null) }, "Show all actors"));
    bar.appendChild(el("a", { href: `/events?actor=${encodeURIComponent(focus)}` }, `${focus}'s events as actor`));
    bar.appendChild(el("a", { href: `/events?recipient=${encodeURIComponent(focus)}` }, `as recipient`));
  }

  (async () => {
    const form = $("filters");
    const meta = await fillFilterMenus(form);
    const materiel = form.querySelector("select[name=materiel]");
    for (const c of meta.materiel_categories || []) materiel.appendChild(el("option", { value: c }, c.replace(/_/g, " ")));
    formFromUrl(form);
    legend();
    let focus = new URLSearchParams(location.search).get("focus") || null;
    let load = null;
    const setFocus = (id) => { focus = id; load(true); };
    load = async (push) => {
      const params = formParams(form);
      if (focus) params.set("focus", focus);
      const url = params.toString() ? `?${params}` : location.pathname;
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
      focusBar(focus, setFocus);
      try {
        params.set("max_edges", String(MAX_EDGES));
        const graph = await api(`/api/v1/network?${params}`);
        showError(null);
        draw(graph, meta, focus, setFocus);
      } catch (err) {
        showError(err);
      }
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); load(false); });
    form.addEventListener("reset", () => { focus = null; setTimeout(() => load(false), 0); });
    window.addEventListener("popstate", () => {
      for (const input of form.elements) {
        if (input.name && input.tagName === "SELECT") input.selectedIndex = 0;
        else if (input.name) input.value = "";
      }
      formFromUrl(form);
      focus = new URLSearchParams(location.search).get("focus") || null;
      load(false);
    });
    await load(false);
  })().catch(showError);
})();
