"""The REST API (web/api.py) over HTTP against a real server and a real DuckDB store."""

from __future__ import annotations

import pytest

from .conftest import TOKEN, assert_error_shape
from .stories import KNOWN, XSS_TEXT


# -- events ---------------------------------------------------------------------------------
def test_events_lists_records_with_total(client):
    body = client.get("/api/v1/events").json()
    assert body["total"] >= 3 and len(body["items"]) == min(body["total"], 100)
    ids = {e["id"] for e in body["items"]}
    assert {"web-known-accuse", "web-known-aid", "web-known-sanction"} <= ids
    first = body["items"][0]
    for key in ("id", "story_id", "date", "event", "actor", "recipient", "claim", "text", "cluster_id"):
        assert key in first


def test_events_filters_by_type_actor_status_and_text(client):
    aid = client.get("/api/v1/events", params={"type": "AID", "actor": "PRK"}).json()
    assert [e["id"] for e in aid["items"]] == ["web-known-aid"] and aid["total"] == 1
    contested = client.get("/api/v1/events", params={"status": "contested"}).json()
    assert "web-known-aid" in {e["id"] for e in contested["items"]}
    assert all(e["claim"]["status"] == "contested" for e in contested["items"])
    text = client.get("/api/v1/events", params={"q": "shipping firms"}).json()
    assert [e["id"] for e in text["items"]] == ["web-known-sanction"]
    window = client.get("/api/v1/events", params={"since": "2024-09-12", "until": "2024-09-12"}).json()
    assert window["total"] >= 3 and all(e["date"] == "2024-09-12" for e in window["items"])


def test_events_paginates_with_limit_and_offset(client):
    total = client.get("/api/v1/events").json()["total"]
    page1 = client.get("/api/v1/events", params={"limit": 2, "offset": 0}).json()
    page2 = client.get("/api/v1/events", params={"limit": 2, "offset": 2}).json()
    assert page1["total"] == page2["total"] == total
    assert len(page1["items"]) == 2 and page1["limit"] == 2 and page2["offset"] == 2
    assert not {e["id"] for e in page1["items"]} & {e["id"] for e in page2["items"]}


def test_events_sorts_newest_first_on_request(client):
    dates = [e["date"] for e in client.get("/api/v1/events", params={"sort": "-date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)


def test_same_query_gives_byte_identical_answers(client):
    a = client.get("/api/v1/events", params={"sort": "date"}).content
    b = client.get("/api/v1/events", params={"sort": "date"}).content
    assert a == b


@pytest.mark.parametrize(
    ("params", "status", "needle"),
    [
        ({"type": "BOMBARD"}, 422, "ACCUSE"),  # lists the valid types
        ({"status": "rumoured"}, 422, "contested"),
        ({"since": "2024-13-45"}, 422, "YYYY-MM-DD"),
        ({"actor": "not a code!"}, 422, "actor"),
        ({"sort": "random"}, 422, "-date"),
        ({"limit": 0}, 422, "limit"),
        ({"limit": 100000}, 422, "limit"),
        ({"offset": -1}, 422, "offset"),
        ({"since": "2024-12-01", "until": "2024-01-01"}, 422, "after"),
    ],
)
def test_invalid_filters_answer_422_in_the_error_shape(client, params, status, needle):
    body = assert_error_shape(client.get("/api/v1/events", params=params), status)
    assert needle in body["error"]


def test_one_event_by_id_and_unknown_id_is_404(client):
    ev = client.get("/api/v1/events/web-known-aid").json()
    assert ev["event"] == "AID" and ev["claim"]["status"] == "contested"
    assert [m["category"] for m in ev["materiel"]] == ["artillery_ammunition"]
    assert "no event" in assert_error_shape(client.get("/api/v1/events/nope-123"), 404)["error"]


# -- stories --------------------------------------------------------------------------------
def test_story_has_text_events_and_sorted_spans(client):
    story = client.get(f"/api/v1/stories/{KNOWN.id}").json()
    assert story["text"] == KNOWN.text and story["title"] == KNOWN.title
    assert [e["id"] for e in story["events"]] == ["web-known-accuse", "web-known-aid", "web-known-sanction"]
    spans = story["spans"]
    assert spans == sorted(spans, key=lambda s: (s["start"], -s["end"]))
    by_role = {(KNOWN.text[s["start"]:s["end"]], s["role"]) for s in spans}
    assert {("South Korea", "actor"), ("North Korea", "recipient"), ("accused", "trigger"),
            ("sending", "trigger"), ("Russia", "recipient"), ("South Korea", "source"),
            ("imposed sanctions", "trigger")} <= by_role
    accused = next(s for s in spans if s["role"] == "trigger" and KNOWN.text[s["start"]:s["end"]] == "accused")
    assert accused["events"] == ["web-known-accuse"]


def test_story_ids_may_hold_slashes_and_spaces(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    sid = "feeds/example wire/2024-06-01?x=1"
    r = client.post("/api/v1/stories", json={"id": sid, "text": "Oman hosted talks.", "date": "2024-06-01"},
                    headers=auth)
    assert r.status_code == 201
    from urllib.parse import quote

    assert client.get(f"/api/v1/stories/{quote(sid, safe='/')}").json()["id"] == sid
    assert client.get(f"/stories/{quote(sid, safe='/')}").status_code == 200


def test_unknown_story_is_404(client):
    assert_error_shape(client.get("/api/v1/stories/no-such-story"), 404)


def test_story_with_markup_comes_back_verbatim(client):
    story = client.get("/api/v1/stories/web-xss").json()
    assert story["text"] == XSS_TEXT and "<script>" in story["title"]


# -- network, dyads, claims, overview -----------------------------------------------------
def test_network_has_nodes_and_edges_with_status_and_materiel(client):
    graph = client.get("/api/v1/network").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert {"KOR", "PRK", "RUS", "JPN"} <= ids
    aid = next(e for e in graph["edges"] if e["event"] == "AID" and e["source"] == "PRK")
    assert aid["target"] == "RUS" and aid["status"] == "contested" and aid["materiel"] == ["artillery_ammunition"]


def test_network_max_edges_keeps_the_strongest_ties_and_their_actors(client):
    full = client.get("/api/v1/network").json()
    one = client.get("/api/v1/network", params={"max_edges": 1}).json()
    assert len(one["edges"]) == 1 and one["edges_total"] == len(full["edges"]) > 1
    top = max(e["count"] for e in full["edges"])
    assert one["edges"][0]["count"] == top
    assert {n["id"] for n in one["nodes"]} == {one["edges"][0]["source"], one["edges"][0]["target"]}


def test_network_materiel_filter_keeps_only_transfers_with_materiel(client):
    graph = client.get("/api/v1/network", params={"type": "AID", "materiel": "any"}).json()
    assert graph["edges"] and all(e["materiel"] for e in graph["edges"])
    assert {n["id"] for n in graph["nodes"]} == {x for e in graph["edges"] for x in (e["source"], e["target"])}
    none = client.get("/api/v1/network", params={"materiel": "nuclear-submarines"}).json()
    assert none == {"nodes": [], "edges": [], "edges_total": 0}
    listed = client.get("/api/v1/network", params={"materiel": "drone,artillery_ammunition"}).json()
    assert [(e["source"], e["target"]) for e in listed["edges"] if e["event"] == "AID"][:1] == [("PRK", "RUS")]


def test_network_focus_keeps_one_actors_edges_in_both_directions(client):
    full = client.get("/api/v1/network").json()
    graph = client.get("/api/v1/network", params={"focus": "prk"}).json()
    expected = [e for e in full["edges"] if "PRK" in (e["source"], e["target"])]
    assert graph["edges"] == expected and graph["edges_total"] == len(expected)
    assert {(e["source"], e["target"]) for e in graph["edges"]} >= {("KOR", "PRK"), ("PRK", "RUS"), ("JPN", "PRK")}
    assert {n["id"] for n in graph["nodes"]} == {x for e in expected for x in (e["source"], e["target"])}
    # actor= keeps only PRK's own actions; focus= also what others do to it
    as_actor = client.get("/api/v1/network", params={"actor": "PRK"}).json()
    assert all(e["source"] == "PRK" for e in as_actor["edges"]) and len(as_actor["edges"]) < len(expected)
    combined = client.get("/api/v1/network", params={"focus": "PRK", "type": "AID", "max_edges": 1}).json()
    assert [(e["source"], e["target"], e["event"]) for e in combined["edges"]] == [("PRK", "RUS", "AID")]
    assert client.get("/api/v1/network", params={"focus": "XYZ"}).json()["edges"] == []
    assert_error_shape(client.get("/api/v1/network", params={"focus": "PRK,KOR"}), 422)


def test_dyads_are_time_series_per_dyad(client):
    body = client.get("/api/v1/dyads", params={"interval": "month"}).json()
    assert body["interval"] == "month"
    kor = next(d for d in body["items"] if d["actor"] == "KOR" and d["recipient"] == "PRK")
    assert kor["series"][0]["period"] == "2024-09-01" and kor["total"] >= 1
    assert_error_shape(client.get("/api/v1/dyads", params={"interval": "year"}), 422)


def test_claims_list_who_alleges_and_who_denies(client):
    body = client.get("/api/v1/claims").json()
    claim = next(c for c in body["items"] if c["event"] == "AID" and c["actor"] == ["PRK"])
    assert claim["status"] == "contested" and claim["by"] == ["KOR"] and claim["denied_by"] == ["PRK"]
    assert claim["reports"][0]["story_id"] == KNOWN.id
    only_denied = client.get("/api/v1/claims", params={"status": "denied"}).json()
    assert all(c["status"] == "denied" for c in only_denied["items"])


def test_claims_pages_carry_the_total_and_a_more_flag(client):
    everything = client.get("/api/v1/claims").json()
    assert everything["more"] is False and everything["total"] == len(everything["items"]) >= 1
    first = client.get("/api/v1/claims", params={"limit": 1}).json()
    assert first["items"] == everything["items"][:1]
    assert first["total"] == everything["total"]
    assert first["more"] is (everything["total"] > 1)
    if everything["total"] > 1:
        second = client.get("/api/v1/claims", params={"limit": 1, "offset": 1}).json()
        assert second["items"] == everything["items"][1:2] and second["total"] == everything["total"]


def test_overview_and_stats_summarise_the_store_without_server_paths(client):
    stats = client.get("/api/v1/stats").json()
    assert stats["stories"] >= 2 and stats["events"] >= 3 and "path" not in stats
    overview = client.get("/api/v1/overview").json()
    assert overview["stats"] == stats
    sept = next(s for s in overview["series"] if s["period"] == "2024-09-01")
    assert sept["counts"]["2"] >= 1 and sept["counts"]["4"] >= 1
    disputed = overview["disputed_claims"]
    assert any(c["event"] == "AID" and c["by"] == ["KOR"] for c in disputed)
    assert all(c["status"] in ("alleged", "contested", "denied") for c in disputed)
    assert [c["date"] for c in disputed] == sorted((c["date"] for c in disputed), reverse=True)
    assert overview["top_dyads"]


def test_meta_lists_the_vocabularies(client):
    meta = client.get("/api/v1/meta").json()
    assert len(meta["event_types"]) == 16 and "contested" in meta["claim_statuses"]
    assert "missile" in meta["materiel_categories"]


# -- coding and writing --------------------------------------------------------------------
def test_code_returns_events_and_spans_without_storing(client):
    before = client.get("/api/v1/stats").json()["events"]
    text = "France accused Italy on Monday of blocking the rescue ship."
    body = client.post("/api/v1/code", json={"text": text, "date": "2024-06-03", "title": "T"}).json()
    assert body["story"]["text"] == text and body["story"]["date"] == "2024-06-03"
    assert any(e["event"] == "ACCUSE" for e in body["events"])
    assert any(text[s["start"]:s["end"]] == "France" and s["role"] == "actor" for s in body["spans"])
    assert client.get("/api/v1/stats").json()["events"] == before


def test_concurrent_code_requests_all_answer_the_same(live_server):
    from concurrent.futures import ThreadPoolExecutor

    payload = {"text": "Turkey accused Greece on Sunday of violating its airspace over the Aegean.",
               "date": "2024-04-07"}

    def ask(_):
        with live_server.client() as c:
            r = c.post("/api/v1/code", json=payload)
            return r.status_code, r.content

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(ask, range(6)))
    assert {status for status, _ in answers} == {200}
    assert len({body for _, body in answers}) == 1  # byte-identical


@pytest.mark.parametrize(
    ("payload", "status"),
    [({"text": "Oslo said.", "date": "yesterday"}, 400), ({"date": "2024-01-01"}, 422), ({"text": ""}, 422)],
)
def test_code_rejects_bad_input_in_the_error_shape(client, payload, status):
    assert_error_shape(client.post("/api/v1/code", json=payload), status)


def test_posting_stories_needs_the_token(client):
    story = {"id": "web-post-1", "text": "Chile recalled its ambassador from Venezuela.", "date": "2024-07-01"}
    assert_error_shape(client.post("/api/v1/stories", json=story), 401)
    wrong = {"Authorization": "Bearer not-the-token"}
    assert_error_shape(client.post("/api/v1/stories", json=story, headers=wrong), 401)
    assert_error_shape(client.get("/api/v1/stories/web-post-1"), 404)


def test_posting_stories_with_the_token_stores_them(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = client.get("/api/v1/stats").json()["stories"]  # now cached until the next write
    body = {"stories": [
        {"id": "web-post-2", "text": "Kenya accused Uganda of seizing fishing boats on Lake Victoria.",
         "date": "2024-08-05", "title": "Lake dispute"},
        {"id": "web-post-3", "text": "Peru thanked Brazil for sending firefighters.", "date": "2024-08-06"},
    ]}
    r = client.post("/api/v1/stories", json=body, headers=auth)
    assert r.status_code == 201
    report = r.json()
    assert report["stories_seen"] == 2 and report["stories_new"] == 2 and "seconds" not in report
    stored = client.get("/api/v1/stories/web-post-2").json()
    assert stored["title"] == "Lake dispute"
    assert client.get("/api/v1/stats").json()["stories"] == before + 2  # the write emptied the cache
    # the same story again is recognised, not stored twice
    again = client.post("/api/v1/stories", json=body["stories"][0], headers=auth).json()
    assert again["stories_new"] == 0


# -- the HTTP layer ----------------------------------------------------------------------------
def test_openapi_document_describes_the_api(client):
    doc = client.get("/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/stories/{story_id}",
                 "/api/v1/network", "/api/v1/dyads", "/api/v1/claims", "/api/v1/code", "/api/v1/stories"):
        assert path in doc["paths"], path
    params = {p["name"] for p in doc["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "type", "status", "since", "until", "q", "limit", "offset", "sort"} <= params


def test_docs_page_uses_only_local_assets(client):
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html and "http://" not in html and "https://" not in html
    asset = client.get("/docs-assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000


def test_pages_are_served_as_html_shells(client):
    for path in ("/", "/events", "/network", "/claims", "/code", f"/stories/{KNOWN.id}"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "<script src=\"/static/js/common.js\"></script>" in r.text
    # the story id is never written into the page (the script reads it from the URL)
    assert "web-xss" not in client.get("/stories/web-xss").text
