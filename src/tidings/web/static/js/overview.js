/* /: totals, events over time by quad class (stacked SVG bars), events by type, top dyads,
   recent disputed claims. Reads /api/v1/overview and /api/v1/meta. */
"use strict";

(() => {
  const { el, svg, clear, $, api, showError, fillFilterMenus, formatNumber, statusBadge, claimText, QUAD_LABELS } = T;
  const QUADS = [1, 2, 3, 4];

  function kpis(stats) {
    const box = clear($("kpis"));
    const first = stats.date_first;
    const last = stats.date_last;
    const items = [
      ["stories", stats.stories], ["events", stats.events], ["merged reports", stats.clusters],
      ["dates", first ? `${first} – ${last || "?"}` : "—"],
    ];
    for (const [label, value] of items) {
      if (value === undefined || value === null) continue;
      box.appendChild(el("div", { class: "kpi" },
        el("div", { class: "kpi-value" }, typeof value === "number" ? formatNumber(value) : value),
        el("div", { class: "kpi-label" }, label)));
    }
  }

  function niceMax(n) {
    if (n <= 5) return 5;
    const step = 10 ** Math.floor(Math.log10(n));
    return Math.ceil(n / step) * step;
  }

  function stackedBars(container, series) {
    clear(container);
    if (!series.length) { container.appendChild(el("p", { class: "muted" }, "No events in the store yet.")); return; }
    const W = 900; const H = 260; const L = 44; const B = 36; const R = 8; const TOP = 10;
    const totals = series.map((s) => QUADS.reduce((a, q) => a + (s.counts[q] || 0), 0));
    const max = niceMax(Math.max(1, ...totals));
    const slot = (W - L - R) / series.length;
    const bar = Math.max(2, Math.min(40, slot * 0.8));
    const y = (v) => TOP + (H - TOP - B) * (1 - v / max);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "bars", "aria-hidden": "true" });
    for (const v of [0, max / 2, max]) {
      chart.appendChild(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "gridline" }));
      chart.appendChild(svg("text", { x: L - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, formatNumber(v)));
    }
    const labelEvery = Math.ceil(series.length / 12);
    series.forEach((s, i) => {
      const x = L + i * slot + (slot - bar) / 2;
      let base = 0;
      const group = svg("g", { class: "bar" });
      for (const q of QUADS) {
        const n = s.counts[q] || 0;
        if (!n) continue;
        group.appendChild(svg("rect", { x, width: bar, y: y(base + n), height: y(base) - y(base + n), class: `quad-fill-${q}` },
          svg("title", null, `${s.period}: ${formatNumber(n)} ${QUAD_LABELS[q]}`)));
        base += n;
      }
      chart.appendChild(group);
      if (i % labelEvery === 0) {
        chart.appendChild(svg("text", { x: x + bar / 2, y: H - B + 16, class: "tick", "text-anchor": "middle" }, s.period));
      }
    });
    container.appendChild(chart);
  }

  function legend(container) {
    clear(container);
    for (const q of QUADS) container.appendChild(el("span", { class: `key quad-key-${q}` }, QUAD_LABELS[q]));
  }

  function typeBars(container, byType, meta) {
    clear(container);
    const rows = Object.entries(byType || {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (!rows.length) { container.appendChild(el("p", { class: "muted" }, "No events yet.")); return; }
    const W = 420; const row = 22; const L = 96; const H = rows.length * row + 4;
    const max = Math.max(...rows.map((r) => r[1]));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "hbars" });
    rows.forEach(([type, n], i) => {
      const w = Math.max(1, (W - L - 60) * (n / max));
      const link = svg("a", { href: `/events?type=${encodeURIComponent(type)}` },
        svg("text", { x: L - 6, y: i * row + 15, class: "tick", "text-anchor": "end" }, type),
        svg("rect", { x: L, y: i * row + 4, width: w, height: row - 8, class: `quad-fill-${T.quadOf(type, meta)}` },
          svg("title", null, `${type}: ${formatNumber(n)}`)),
        svg("text", { x: L + w + 6, y: i * row + 15, class: "tick" }, formatNumber(n)));
      chart.appendChild(link);
    });
    container.appendChild(chart);
  }

  function sparkline(series) {
    const W = 120; const H = 24;
    const max = Math.max(1, ...series.map((s) => s.count));
    const step = series.length > 1 ? W / (series.length - 1) : 0;
    const pts = series.map((s, i) => `${(i * step).toFixed(1)},${(H - 2 - (H - 4) * (s.count / max)).toFixed(1)}`);
    const line = series.length > 1
      ? svg("polyline", { points: pts.join(" "), class: "spark" })
      : svg("circle", { cx: W / 2, cy: H / 2, r: 3, class: "spark-dot" });
    return svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, "aria-hidden": "true" }, line);
  }

  function dyads(rows) {
    const body = clear($("dyads").querySelector("tbody"));
    if (!rows.length) body.appendChild(el("tr", null, el("td", { colspan: 4, class: "muted" }, "No dyads yet.")));
    for (const d of rows) {
      const href = `/events?actor=${encodeURIComponent(d.actor)}&recipient=${encodeURIComponent(d.recipient)}`;
      body.appendChild(el("tr", null,
        el("td", null, el("a", { href }, d.actor)), el("td", null, d.recipient),
        el("td", { class: "num" }, formatNumber(d.total)), el("td", null, sparkline(d.series))));
    }
  }

  function disputed(rows) {
    const body = clear($("disputed").querySelector("tbody"));
    if (!rows.length) body.appendChild(el("tr", null, el("td", { colspan: 7, class: "muted" }, "No disputed claims.")));
    for (const c of rows) {
      const code = (v) => (Array.isArray(v) ? claimText(v) : (v || "—"));
      body.appendChild(el("tr", null,
        el("td", { class: "nowrap" }, el("a", { href: T.storyLink(c) }, c.date || "—")), el("td", null, c.event || "?"),
        el("td", null, code(c.actor)), el("td", null, code(c.recipient)), el("td", null, statusBadge(c.status)),
        el("td", null, code(c.by)), el("td", null, code(c.denied_by))));
    }
  }

  async function load(meta) {
    const form = $("chart-form");
    const params = T.formParams(form);
    try {
      const data = await api(`/api/v1/overview?${params}`);
      showError(null);
      kpis(data.stats || {});
      stackedBars($("chart"), data.series);
      typeBars($("types"), (data.stats || {}).by_type || (data.stats || {}).types, meta);
      dyads(data.top_dyads);
      disputed(data.disputed_claims);
    } catch (err) {
      showError(err);
    }
  }

  (async () => {
    legend($("chart-legend"));
    const form = $("chart-form");
    const meta = await fillFilterMenus(form);
    form.addEventListener("change", () => load(meta));
    await load(meta);
  })().catch(showError);
})();
