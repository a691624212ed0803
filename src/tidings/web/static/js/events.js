/* /events: a filterable, paginated table; each row links to its evidence in the story. */
"use strict";

(() => {
  const { el, clear, $, filteredList, eventBadge, statusBadge, entityCodes, storyLink } = T;

  function render(items) {
    const body = clear($("events").querySelector("tbody"));
    for (const ev of items) {
      const claim = ev.claim || {};
      const evidence = ev.text && ev.text.length > 160 ? `${ev.text.slice(0, 157)}…` : (ev.text || "");
      body.appendChild(el("tr", { "data-event": ev.id },
        el("td", { class: "nowrap" }, ev.date || "—"),
        el("td", null, eventBadge(ev)),
        el("td", { title: T.entityText(ev.actor) }, entityCodes(ev.actor)),
        el("td", { title: T.entityText(ev.recipient) }, entityCodes(ev.recipient)),
        el("td", null, statusBadge(claim.status), ev.aux_mode ? el("span", { class: "aux" }, ev.aux_mode) : null),
        el("td", { class: "evidence-cell" }, el("a", { href: storyLink(ev), title: "Open the story at this event" }, evidence)),
        el("td", { class: "num" }, typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : "")));
    }
  }

  filteredList({ endpoint: "/api/v1/events", limit: 50, noun: "events", render }).catch(T.showError);
})();
