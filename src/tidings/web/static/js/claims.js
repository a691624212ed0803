/* /claims: who alleges what, who denies it, across stories. */
"use strict";

(() => {
  const { el, clear, $, filteredList, statusBadge, claimText } = T;

  function codes(value) {
    if (!value) return "—";
    if (Array.isArray(value)) return value.length ? claimText(value) : "—";
    return String(value);
  }

  function eventLink(c) {
    const params = new URLSearchParams();
    if (c.event) params.set("type", c.event);
    const actor = Array.isArray(c.actor) ? c.actor[0] : c.actor;
    const recipient = Array.isArray(c.recipient) ? c.recipient[0] : c.recipient;
    if (actor && typeof actor === "string") params.set("actor", actor);
    if (recipient && typeof recipient === "string") params.set("recipient", recipient);
    return `/events?${params}`;
  }

  /* Each report of the claim: its story (linked), its status, who alleges, who denies, the sentence. */
  function reports(c) {
    const list = c.reports || [];
    if (!list.length) return null;
    return el("details", { class: "reports" }, el("summary", null, `${list.length} report(s)`),
      el("ul", null, list.map((r) => el("li", null,
        el("a", { href: `/stories/${encodeURIComponent(r.story_id)}#ev-${encodeURIComponent(r.event_id)}` }, r.date || r.story_id),
        " ", statusBadge(r.status),
        (r.by_text || []).length ? ` alleged by ${r.by_text.join(", ")}` : "",
        (r.denied_by_text || []).length ? ` · denied by ${r.denied_by_text.join(", ")}` : "",
        el("blockquote", { class: "evidence" }, r.text || "")))));
  }

  function dates(c) {
    if (!c.date_first) return "—";
    return c.date_last && c.date_last !== c.date_first ? `${c.date_first} – ${c.date_last}` : c.date_first;
  }

  function render(items) {
    const body = clear($("claims").querySelector("tbody"));
    for (const c of items) {
      body.appendChild(el("tr", null,
        el("td", { class: "nowrap" }, dates(c)),
        el("td", null, el("a", { href: eventLink(c), class: "badge" }, c.event || "?")),
        el("td", null, codes(c.actor)),
        el("td", null, codes(c.recipient)),
        el("td", null, statusBadge(c.status)),
        el("td", null, codes(c.by)),
        el("td", null, codes(c.denied_by)),
        el("td", { class: "num" }, Array.isArray(c.stories) ? c.stories.length : (c.stories ?? "")),
        el("td", { class: "num" }, c.mentions ?? "")));
      const more = reports(c);
      if (more) body.appendChild(el("tr", { class: "reports-row" }, el("td", { colspan: 9 }, more)));
    }
  }

  filteredList({ endpoint: "/api/v1/claims", limit: 50, noun: "claims", render }).catch(T.showError);
})();
