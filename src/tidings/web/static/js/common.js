/* tidings pages: shared helpers. Story text and titles are untrusted, so every piece of
   data reaches the page through textContent or setAttribute, never through innerHTML. */
"use strict";

const T = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD_LABELS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const ROLE_LABELS = { trigger: "event trigger", actor: "actor", recipient: "recipient", source: "alleged by", denier: "denied by" };
  let metaPromise = null;

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.setAttribute("class", value);
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  /* el("a", {href: url, class: "x"}, "text", child) — strings become text nodes. */
  function el(tag, attrs, ...children) {
    return append(setAttrs(document.createElement(tag), attrs), children);
  }

  function svg(tag, attrs, ...children) {
    return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function $(id) { return document.getElementById(id); }

  /* fetch JSON from the API; a non-2xx answer throws an Error with the API's message. */
  async function api(path, options) {
    const opts = Object.assign({ headers: { Accept: "application/json" } }, options || {});
    if (opts.json !== undefined) {
      opts.method = opts.method || "POST";
      opts.headers = Object.assign({ "Content-Type": "application/json" }, opts.headers);
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    const response = await fetch(path, opts);
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    if (!response.ok) {
      const message = data && data.error ? data.error : `HTTP ${response.status}`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function showError(err) {
    const box = $("error");
    if (!box) return;
    if (!err) { box.hidden = true; box.textContent = ""; return; }
    box.textContent = err.message || String(err);
    box.hidden = false;
  }

  function meta() {
    if (!metaPromise) metaPromise = api("/api/v1/meta");
    return metaPromise;
  }

  /* Fill <select name=type> and <select name=status> in a form from /api/v1/meta. */
  async function fillFilterMenus(form) {
    const m = await meta();
    const typeSelect = form.querySelector("select[name=type]");
    if (typeSelect) for (const t of m.event_types) typeSelect.appendChild(el("option", { value: t.code }, t.code));
    const statusSelect = form.querySelector("select[name=status]");
    if (statusSelect) for (const s of m.claim_statuses) statusSelect.appendChild(el("option", { value: s }, s));
    return m;
  }

  /* The form's non-empty fields as URLSearchParams (checkbox: only when checked). */
  function formParams(form) {
    const params = new URLSearchParams();
    for (const input of form.elements) {
      if (!input.name || input.type === "submit" || input.type === "button" || input.type === "reset") continue;
      if (input.type === "checkbox" && !input.checked) continue;
      const value = (input.value || "").trim();
      if (value) params.set(input.name, value);
    }
    return params;
  }

  /* Put the URL's query values back into the form (so filtered views can be linked). */
  function formFromUrl(form) {
    const params = new URLSearchParams(location.search);
    for (const input of form.elements) {
      if (!input.name || !params.has(input.name)) continue;
      if (input.type === "checkbox") input.checked = params.get(input.name) === input.value;
      else input.value = params.get(input.name);
    }
  }

  function entityText(entities) {
    if (!entities || !entities.length) return "—";
    return entities.map((e) => {
      const code = [e.code, e.sector].filter(Boolean).join(" ");
      return code ? `${e.entity_text} (${code})` : e.entity_text;
    }).join("; ");
  }

  function entityCodes(entities) {
    if (!entities || !entities.length) return "—";
    const codes = entities.map((e) => e.code || e.entity_text || "?");
    return Array.from(new Set(codes)).join(", ");
  }

  function quadOf(eventType, metaData) {
    const found = (metaData ? metaData.event_types : []).find((t) => t.code === eventType);
    return found ? found.quad_code : 0;
  }

  function eventBadge(ev, quad) {
    const label = ev.mode ? `${ev.event} · ${ev.mode}` : ev.event;
    return el("span", { class: `badge quad-${quad || ev.quad_code || 0}`, title: QUAD_LABELS[quad || ev.quad_code] || "" }, label);
  }

  function statusBadge(status) {
    return el("span", { class: `status status-${status || "asserted"}` }, status || "asserted");
  }

  function claimText(list) {
    if (!list || !list.length) return "—";
    return list.map((x) => (typeof x === "string" ? x : (x.code || x.entity_text || "?"))).join(", ");
  }

  function storyLink(ev) {
    return `/stories/${encodeURIComponent(ev.story_id)}#ev-${encodeURIComponent(ev.id)}`;
  }

  /* Render text with highlighted spans. Spans may overlap: the text is cut at every span
     boundary and each piece gets the roles of all spans covering it (one sweep, sorted). */
  function renderHighlighted(container, text, spans) {
    clear(container);
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      cuts.add(Math.max(0, Math.min(text.length, s.start)));
      cuts.add(Math.max(0, Math.min(text.length, s.end)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const bySpanStart = spans.slice().sort((a, b) => a.start - b.start);
    let next = 0;
    let active = [];
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i += 1) {
      const a = points[i];
      const b = points[i + 1];
      active = active.filter((s) => s.end > a);
      while (next < bySpanStart.length && bySpanStart[next].start <= a) {
        if (bySpanStart[next].end > a) active.push(bySpanStart[next]);
        next += 1;
      }
      const piece = text.slice(a, b);
      if (!active.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const roles = Array.from(new Set(active.map((s) => s.role)));
      const ids = Array.from(new Set(active.flatMap((s) => s.events))).sort();
      const mark = el("mark", {
        class: ["hl"].concat(roles.map((r) => `hl-${r}`)).join(" "),
        "data-events": ids.join(" "),
        title: roles.map((r) => ROLE_LABELS[r] || r).join(", "),
      }, piece);
      frag.appendChild(mark);
    }
    container.appendChild(frag);
  }

  function spanLegend(container) {
    clear(container);
    for (const role of ["actor", "trigger", "recipient", "source", "denier"]) {
      container.appendChild(el("span", { class: `key hl hl-${role}` }, ROLE_LABELS[role]));
    }
  }

  function field(label, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
    return el("div", { class: "kv" }, el("span", { class: "k" }, label), el("span", { class: "v" }, value));
  }

  /* One event as a card: type, status, who did what to whom, date, place, evidence. */
  function eventCard(ev) {
    const claim = ev.claim || {};
    const place = ev.event_loc ? (ev.event_loc.resolved_place || ev.event_loc.extracted_place) : null;
    const materiel = (ev.materiel || []).map((m) => `${m.text} (${m.category})`).join(", ");
    const card = el("div", { class: "event-card", id: `ev-${ev.id}`, "data-event": ev.id, tabindex: "0" },
      el("div", { class: "event-head" }, eventBadge(ev), " ", statusBadge(claim.status),
        ev.aux_mode ? el("span", { class: "aux" }, ev.aux_mode) : null),
      el("div", { class: "event-who" }, entityText(ev.actor), el("span", { class: "arrow" }, " → "), entityText(ev.recipient)),
      field("date", ev.date ? `${ev.date} (${ev.date_precision || "?"})` : null),
      field("trigger", ev.event_text),
      field("place", place),
      field("materiel", materiel),
      field("planned", ev.planned_event ? [ev.planned_event, ev.planned_mode].filter(Boolean).join(" · ") : null),
      field("alleged by", claim.by && claim.by.length ? entityText(claim.by) : null),
      field("denied by", claim.denied_by && claim.denied_by.length ? entityText(claim.denied_by) : null),
      field("context", (ev.context || []).join(", ")),
      field("confidence", typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : null),
      el("blockquote", { class: "evidence" }, ev.text || ""));
    return card;
  }

  /* Story text + event list, linked both ways: hovering a card lights up its spans. */
  function renderStory(textBox, listBox, text, events, spans) {
    renderHighlighted(textBox, text, spans);
    clear(listBox);
    if (!events.length) listBox.appendChild(el("p", { class: "muted" }, "No events were coded in this story."));
    for (const ev of events) {
      const card = eventCard(ev);
      const focus = (on) => {
        for (const mark of textBox.querySelectorAll("mark[data-events]")) {
          if (mark.getAttribute("data-events").split(" ").includes(ev.id)) mark.classList.toggle("focus", on);
        }
      };
      card.addEventListener("mouseenter", () => focus(true));
      card.addEventListener("mouseleave", () => focus(false));
      card.addEventListener("focus", () => focus(true));
      card.addEventListener("blur", () => focus(false));
      listBox.appendChild(card);
    }
    textBox.addEventListener("click", (e) => {
      const mark = e.target.closest("mark[data-events]");
      if (!mark) return;
      const first = mark.getAttribute("data-events").split(" ")[0];
      const card = document.getElementById(`ev-${first}`);
      if (card) { card.scrollIntoView({ block: "nearest" }); card.focus(); }
    });
  }

  /* total === null: the API did not count (claims); ``more`` says whether a next page exists. */
  function pager(total, limit, offset, onPage, more) {
    const prev = $("prev");
    const next = $("next");
    const current = Math.floor(offset / limit) + 1;
    if (total === null || total === undefined) {
      $("page-info").textContent = `page ${current}`;
      next.disabled = !more;
    } else {
      $("page-info").textContent = `page ${current} of ${Math.max(1, Math.ceil(total / limit))}`;
      next.disabled = offset + limit >= total;
    }
    prev.disabled = offset <= 0;
    prev.onclick = () => onPage(Math.max(0, offset - limit));
    next.onclick = () => onPage(offset + limit);
  }

  /* A filter form over a paginated API listing; the filters live in the URL. */
  async function filteredList({ endpoint, limit, noun, render }) {
    const form = $("filters");
    await fillFilterMenus(form);
    formFromUrl(form);
    const load = async (offset) => {
      const params = formParams(form);
      params.set("limit", String(limit));
      params.set("offset", String(offset));
      const shown = formParams(form);
      if (offset) shown.set("offset", String(offset));
      history.replaceState(null, "", shown.toString() ? `?${shown}` : location.pathname);
      try {
        const data = await api(`${endpoint}?${params}`);
        showError(null);
        render(data.items);
        const last = offset + data.items.length;
        const counted = data.total === null ? `more than ${formatNumber(last)}` : formatNumber(data.total);
        $("summary").textContent = data.items.length
          ? `${counted} ${noun} · showing ${formatNumber(offset + 1)}–${formatNumber(last)}`
          : `No ${noun} match these filters.`;
        pager(data.total, limit, offset, load, data.more);
      } catch (err) {
        showError(err);
      }
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); load(0); });
    form.addEventListener("reset", () => setTimeout(() => load(0), 0));
    const start = Number(new URLSearchParams(location.search).get("offset") || 0);
    await load(Number.isFinite(start) && start > 0 ? start : 0);
  }

  function formatNumber(n) { return Number(n || 0).toLocaleString("en-US"); }

  return {
    QUAD_LABELS, el, svg, clear, $, api, showError, meta, fillFilterMenus, formParams, formFromUrl,
    entityText, entityCodes, quadOf, eventBadge, statusBadge, claimText, storyLink, renderHighlighted,
    spanLegend, eventCard, renderStory, pager, filteredList, formatNumber,
  };
})();
