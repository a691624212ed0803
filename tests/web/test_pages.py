"""The pages (web/pages.py + static JS) in headless Chromium against the real server.

Debian's /usr/bin/chromium driven by Playwright; skipped when either is missing. One
browser for the session; each test checks that its page logs no console error and
fetches nothing from another host. Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .stories import KNOWN, XSS_TEXT, XSS_TITLE

sync_api = pytest.importorskip("playwright.sync_api")
expect, sync_playwright = sync_api.expect, sync_api.sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page plus what went wrong on it: console errors, uncaught exceptions, foreign requests."""

    def __init__(self, page, base: str) -> None:
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", self._request)

    def _request(self, request) -> None:
        url = request.url
        if not (url.startswith(self.base) or url.startswith("data:") or url.startswith("about:")):
            self.foreign.append(url)

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path, wait_until="networkidle")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.foreign == [], self.foreign


@pytest.fixture()
def page(browser, live_server) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watched = Watched(context.new_page(), live_server.url)
    watched.page.set_default_timeout(15_000)
    yield watched
    context.close()


# In the page: the drawn edges (ends, marker), node ids, and every overlap between node
# circles and labels (a label may not cover another node's circle or label).
_DRAWING = """() => {
  const svg = document.querySelector("#network svg");
  const edges = Array.from(svg.querySelectorAll("path.edge")).map((p) => {
    const ref = (p.getAttribute("marker-end") || "").match(/^url\\(#(.+)\\)$/);
    const marker = ref ? svg.querySelector(`marker[id="${ref[1]}"] path`) : null;
    const colour = (x) => x && getComputedStyle(x)[x === p ? "stroke" : "fill"];
    return { source: p.dataset.source, target: p.dataset.target,
             marker: Boolean(marker) && colour(marker) === colour(p) };
  });
  const boxes = [];
  for (const g of svg.querySelectorAll(".node")) {
    const id = g.dataset.id;
    const c = g.querySelector("circle").getBBox();
    const t = g.querySelector("text").getBBox();
    boxes.push({ id, kind: "circle", b: c }, { id, kind: "label", b: t });
  }
  const overlaps = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]; const b = boxes[j];
      if (a.id === b.id) continue;
      const ox = Math.min(a.b.x + a.b.width, b.b.x + b.b.width) - Math.max(a.b.x, b.b.x);
      const oy = Math.min(a.b.y + a.b.height, b.b.y + b.b.height) - Math.max(a.b.y, b.b.y);
      if (ox > 0.5 && oy > 0.5) overlaps.push(`${a.id} ${a.kind} / ${b.id} ${b.kind}`);
    }
  }
  return { edges, nodes: Array.from(svg.querySelectorAll(".node")).map((g) => g.dataset.id), overlaps };
}"""


def test_overview_draws_the_chart_dyads_and_disputed_claims(page):
    page.goto("/")
    p = page.page
    p.wait_for_selector("#chart svg rect")
    assert p.locator("#chart svg rect").count() >= 3
    assert p.locator("#types svg rect").count() >= 3
    assert p.locator("#dyads tbody tr").count() >= 2
    assert "contested" in p.locator("#disputed").inner_text()
    assert int(p.locator(".kpi-value").first.inner_text().replace(",", "")) >= 2
    page.shot("overview")
    page.assert_clean()


def test_events_filter_changes_the_table(page):
    page.goto("/events")
    p = page.page
    p.wait_for_selector("#events tbody tr")
    everything = p.locator("#events tbody tr").count()
    assert everything >= 3
    p.select_option("select[name=type]", "AID")
    p.fill("input[name=actor]", "PRK")
    p.click("#filters button[type=submit]")
    expect(p.locator("#events tbody tr")).to_have_count(1)
    row = p.locator("#events tbody tr").first
    assert "AID" in row.inner_text() and "contested" in row.inner_text()
    assert "type=AID" in p.url and "actor=PRK" in p.url
    page.shot("events-filtered")
    # the row links to its evidence in the story
    row.locator("a").click()
    p.wait_for_selector("#story-text mark")
    assert p.url.endswith(f"/stories/{KNOWN.id}#ev-web-known-aid")
    assert p.locator("#ev-web-known-aid").is_visible()
    page.assert_clean()


def test_invalid_filter_shows_the_api_error_not_a_crash(page):
    page.goto("/events?actor=no+such+actor")
    p = page.page
    p.wait_for_selector("#error:not([hidden])")
    assert "not an actor code" in p.locator("#error").inner_text()
    assert [e for e in page.errors if "422" not in e] == []  # the failed fetch itself is logged by Chromium


def test_story_page_highlights_actor_recipient_and_trigger_spans(page):
    page.goto(f"/stories/{KNOWN.id}")
    p = page.page
    p.wait_for_selector("#story-text mark.hl-trigger")
    assert p.locator("#story-title").inner_text() == KNOWN.title
    assert p.locator("#story-text").inner_text() == KNOWN.text
    triggers = p.locator("#story-text mark.hl-trigger").all_inner_texts()
    assert {"accused", "sending", "imposed sanctions"} <= set(triggers)
    assert "South Korea" in p.locator("#story-text mark.hl-actor").all_inner_texts()
    assert "Russia" in p.locator("#story-text mark.hl-recipient").all_inner_texts()
    assert p.locator(".event-card").count() == 3
    p.hover("#ev-web-known-sanction")
    assert p.locator("#story-text mark.focus").all_inner_texts() == ["Japan", "imposed sanctions", "North Korean"]
    page.shot("story")
    page.assert_clean()


def test_untrusted_markup_in_a_story_shows_literally_and_never_runs(page):
    page.goto("/stories/web-xss")
    p = page.page
    expect(p.locator("#story-text")).not_to_be_empty()
    assert p.evaluate("window.__pwned") is None
    assert p.locator("#story-title").inner_text() == XSS_TITLE
    assert p.locator("#story-text").inner_text() == XSS_TEXT
    assert p.locator("#story-text img, #story-text script, #story-title script").count() == 0
    assert p.title().startswith(XSS_TITLE)
    page.assert_clean()


def test_network_draws_nodes_and_dashes_disputed_edges(page):
    page.goto("/network")
    p = page.page
    p.wait_for_selector("#network svg .node")
    all_nodes = p.locator("#network svg .node").count()
    assert all_nodes >= 4
    contested = p.locator("#network path.edge[data-status=contested]")
    assert contested.count() >= 1 and contested.first.get_attribute("stroke-dasharray")
    asserted = p.locator("#network path.edge[data-status=asserted]")
    assert asserted.count() >= 1 and asserted.first.get_attribute("stroke-dasharray") is None
    drawing = p.evaluate(_DRAWING)
    # every edge ends in an arrowhead marker that exists, coloured like its edge
    assert drawing["edges"] and all(e["marker"] for e in drawing["edges"]), drawing["edges"]
    # only actors with an edge are drawn (the test store has actors without any)
    endpoints = {x for e in drawing["edges"] for x in (e["source"], e["target"])}
    assert set(drawing["nodes"]) == endpoints
    assert "without an edge not drawn" in p.locator("#summary").inner_text()
    # no label overlaps another label or another actor's circle, no two circles overlap
    assert drawing["overlaps"] == [], drawing["overlaps"]
    # the edge's tooltip names type, count, status
    title = p.locator("#network path.edge[data-source=PRK][data-target=RUS] title").first.text_content()
    assert "PRK → RUS: AID" in title and "1 report" in title and "status: contested" in title
    page.shot("network")
    # arms transfers: AID with materiel only
    p.select_option("#filters select[name=type]", "AID")
    p.select_option("#filters select[name=materiel]", "any")
    p.click("#filters button[type=submit]")
    expect(p.locator("#network .node")).not_to_have_count(all_nodes)
    assert {"PRK", "RUS"} <= set(p.locator("#network .node text").all_text_contents())
    titles = p.locator("#network path.edge title").all_text_contents()
    assert titles and all(": AID " in t and "materiel:" in t for t in titles)
    page.assert_clean()


def test_clicking_an_actor_focuses_the_network_on_it_and_back(page):
    page.goto("/network")
    p = page.page
    p.wait_for_selector("#network svg .node")
    everything = p.locator("#network path.edge").count()
    assert p.locator("#network-focus").is_hidden()
    p.click("#network .node[data-id=PRK]")
    expect(p.locator("#network-focus")).to_be_visible()
    assert "focus=PRK" in p.url and "PRK" in p.locator("#network-focus").inner_text()
    expect(p.locator("#network .node.focus")).to_have_count(1)
    edges = p.locator("#network path.edge")
    ends = [(edges.nth(i).get_attribute("data-source"), edges.nth(i).get_attribute("data-target"))
            for i in range(edges.count())]
    # both directions: KOR -> PRK (accuse), PRK -> RUS (aid), JPN -> PRK (sanction)
    assert ends and all("PRK" in pair for pair in ends)
    assert {("KOR", "PRK"), ("PRK", "RUS"), ("JPN", "PRK")} <= set(ends)
    assert len(ends) < everything
    assert p.evaluate(_DRAWING)["overlaps"] == []
    page.shot("network-focus")
    # the way back: the button, and the browser's Back button
    p.click("#network-all")
    expect(p.locator("#network path.edge")).to_have_count(everything)
    assert "focus=" not in p.url and p.locator("#network-focus").is_hidden()
    p.go_back()
    expect(p.locator("#network .node.focus")).to_have_count(1)
    assert "focus=PRK" in p.url
    p.go_back()
    expect(p.locator("#network path.edge")).to_have_count(everything)
    # keyboard: an actor is a focusable button
    p.focus("#network .node[data-id=JPN]")
    p.keyboard.press("Enter")
    expect(p.locator("#network .node.focus[data-id=JPN]")).to_have_count(1)
    assert "focus=JPN" in p.url
    page.assert_clean()


def test_network_layout_is_deterministic(page):
    page.goto("/network")
    p = page.page
    p.wait_for_selector("#network svg .node")
    first = p.locator("#network svg").inner_html()
    p.reload(wait_until="networkidle")
    p.wait_for_selector("#network svg .node")
    assert p.locator("#network svg").inner_html() == first
    page.assert_clean()


def test_claims_page_shows_who_alleges_and_who_denies(page):
    page.goto("/claims")
    p = page.page
    p.wait_for_selector("#claims tbody tr")
    row = p.locator("#claims tbody tr", has_text="KOR").first
    text = row.inner_text()
    assert "KOR" in text and "PRK" in text and "contested" in text
    page.shot("claims")
    page.assert_clean()


def test_code_page_codes_a_pasted_story(page):
    page.goto("/code")
    p = page.page
    text = "Poland accused Belarus on Friday of pushing migrants across the border."
    assert not p.locator("#code-result").is_visible()  # nothing to show before coding
    p.fill("#code-text", text)
    p.fill("input[name=date]", "2024-05-10")
    p.click("#code-submit")
    p.wait_for_selector("#code-result:not([hidden]) .event-card", timeout=60_000)
    assert p.locator("#story-text").inner_text() == text
    assert "Poland" in p.locator("#story-text mark.hl-actor").all_inner_texts()
    assert p.locator("#story-text mark.hl-trigger").count() >= 1
    assert "event(s) coded" in p.locator("#code-status").inner_text()
    page.shot("code")
    page.assert_clean()


def test_code_page_shows_pasted_markup_as_text(page):
    page.goto("/code")
    p = page.page
    p.fill("#code-text", XSS_TEXT)
    p.fill("input[name=title]", XSS_TITLE)
    p.click("#code-submit")
    p.wait_for_selector("#code-result:not([hidden])", timeout=60_000)
    assert p.locator("#story-text").inner_text() == XSS_TEXT
    assert p.locator("#result-title").inner_text() == XSS_TITLE
    assert p.evaluate("window.__pwned") is None
    page.assert_clean()


def test_api_docs_render_offline(page):
    page.goto("/docs")
    p = page.page
    p.wait_for_selector(".swagger-ui .opblock")
    assert p.locator(".swagger-ui .opblock").count() >= 10
    assert "/api/v1/events" in p.locator(".swagger-ui").inner_text()
    page.assert_clean()
