/* /stories/{id}: the story text with actor, recipient and trigger spans highlighted, its events beside it. */
"use strict";

(async () => {
  const { $, api, showError, renderStory, spanLegend } = T;
  // Everything after /stories/ is the id: ids from feeds or files may hold slashes.
  const id = decodeURIComponent(location.pathname.slice("/stories/".length));
  try {
    const story = await api(`/api/v1/stories/${encodeURIComponent(id)}`);
    $("story-title").textContent = story.title || story.id;
    document.title = `${story.title || story.id} · tidings`;
    const meta = [story.date, story.source, story.id].filter(Boolean).join(" · ");
    $("story-meta").textContent = meta;
    if (story.url && /^https?:\/\//i.test(story.url)) {
      $("story-meta").appendChild(document.createTextNode(" · "));
      $("story-meta").appendChild(T.el("a", { href: story.url, rel: "noopener noreferrer nofollow" }, "original"));
    }
    spanLegend($("span-legend"));
    const events = story.events || [];
    $("event-count").textContent = `(${events.length})`;
    renderStory($("story-text"), $("story-events"), story.text || "", events, story.spans || []);
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) { target.scrollIntoView({ block: "center" }); target.classList.add("target"); target.focus(); }
    }
  } catch (err) {
    showError(err);
  }
})();
