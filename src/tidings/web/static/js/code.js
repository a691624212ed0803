/* /code: paste a story, code it via POST /api/v1/code, show its events and spans. */
"use strict";

(() => {
  const { $, api, showError, renderStory, spanLegend } = T;
  const form = $("code-form");
  const EXAMPLE = {
    title: "Ministers trade charges over border shelling",
    date: "2024-10-02",
    text: "Armenia accused Azerbaijan on Tuesday of shelling villages near the border town of Jermuk, "
      + "the defence ministry in Yerevan said. Baku denied the claim and said its forces had only returned fire.\n\n"
      + "The European Union called on both sides to show restraint. France pledged humanitarian aid to the displaced families, "
      + "and its foreign minister is expected to visit the region next week.",
  };

  $("example").addEventListener("click", () => {
    form.elements.title.value = EXAMPLE.title;
    form.elements.date.value = EXAMPLE.date;
    form.elements.text.value = EXAMPLE.text;
  });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = form.elements.text.value;
    if (!text.trim()) { showError(new Error("Paste a story first.")); return; }
    const button = $("code-submit");
    button.disabled = true;
    $("code-status").textContent = "coding…";
    try {
      const payload = { text, title: form.elements.title.value || null, date: form.elements.date.value || null };
      const result = await api("/api/v1/code", { json: payload });
      showError(null);
      $("code-result").hidden = false;
      $("result-title").textContent = result.story.title || "Highlighted text";
      spanLegend($("span-legend"));
      $("event-count").textContent = `(${result.events.length})`;
      renderStory($("story-text"), $("story-events"), result.story.text, result.events, result.spans);
      $("code-status").textContent = `${result.events.length} event(s) coded`;
    } catch (err) {
      showError(err);
      $("code-status").textContent = "";
    } finally {
      button.disabled = false;
    }
  });
})();
