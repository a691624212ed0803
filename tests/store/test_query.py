"""Queries over a store of hand-built events: events, event, story, dyads, claims, network, stats."""

from __future__ import annotations

import pytest

from tidings.errors import NotFoundError
from tidings.store import (
    Store,
    claims,
    count_claims,
    dyads,
    event,
    events,
    network,
    stats,
    store_coded,
    story,
)

from .conftest import make_event, make_story


@pytest.fixture
def st(db_path):
    with Store.open(db_path) as store:
        store_coded(store, [
            (make_story("s1", source="wire", date="2024-05-02"), [
                make_event("e1", "s1", date="2024-05-02", text="Russian missiles hit Kharkiv."),
                make_event("e2", "s1", event="ACCUSE", actor=("UKR",), recipient=("RUS",),
                           date="2024-05-02", text="Kyiv blamed Moscow for the strike."),
            ]),
            (make_story("s2", source="daily", date="2024-05-03"), [
                make_event("e3", "s2", date="2024-05-03", text="Missiles struck Kharkiv again."),
            ]),
            (make_story("s3", source="herald", date="2024-06-20"), [
                make_event("e4", "s3", event="AID", actor=("IRN",), recipient=("RUS",), date="2024-06-20",
                           status="alleged", by=("USA", "GBR"), materiel=("missiles",),
                           text="Washington and London said Tehran shipped missiles to Russia."),
            ]),
            (make_story("s4", source="wire", date="2024-06-21"), [
                make_event("e5", "s4", event="AID", actor=("IRN",), recipient=("RUS",), date="2024-06-21",
                           status="denied", denied_by=("IRN",), materiel=("missiles",),
                           text="Tehran denied sending any missiles to Moscow."),
            ]),
        ])
        yield store


def _ids(result):
    return [r["id"] for r in result["items"]]


def test_events_returns_plover_records_with_cluster_ids_in_date_order(st):
    got = events(st)
    assert got["total"] == 5
    assert _ids(got) == ["e1", "e2", "e3", "e4", "e5"]
    first = got["items"][0]
    assert first["event"] == "ASSAULT" and first["actor"][0]["code"] == "RUS"
    assert first["cluster_id"].startswith("clu-")
    assert got["items"][0]["cluster_id"] == got["items"][2]["cluster_id"]


def test_events_filters_combine(st):
    assert _ids(events(st, actor="IRN")) == ["e4", "e5"]
    assert _ids(events(st, recipient="rus", type="accuse")) == ["e2"]
    assert _ids(events(st, status="alleged")) == ["e4"]
    assert _ids(events(st, status=["alleged", "denied"])) == ["e4", "e5"]
    assert _ids(events(st, since="2024-05-03", until="2024-06-20")) == ["e3", "e4"]
    assert _ids(events(st, since="2024-06")) == ["e4", "e5"]
    assert _ids(events(st, text="kharkiv MISSILES")) == ["e1", "e3"]
    assert _ids(events(st, text="100%")) == []


def test_events_pages_with_limit_offset_and_sorts(st):
    page = events(st, limit=2, offset=2)
    assert _ids(page) == ["e3", "e4"] and page["total"] == 5
    assert _ids(events(st, sort="-date", limit=1)) == ["e5"]
    assert _ids(events(st, sort="id", actor="IRN")) == ["e4", "e5"]
    assert _ids(events(st, sort="confidence", type="ASSAULT")) == ["e1", "e3"]
    assert events(st, actor="RUS", offset=10) == {"items": [], "total": 2}
    assert events(st, limit=None)["total"] == 5 and len(events(st, limit=None)["items"]) == 5


def test_events_as_frame_gives_a_dataframe(st):
    frame = events(st, as_frame=True)["items"]
    assert list(frame["id"]) == ["e1", "e2", "e3", "e4", "e5"]


def test_event_returns_one_record_or_not_found(st):
    assert event(st, "e4")["claim"]["by"][0]["code"] == "USA"
    with pytest.raises(NotFoundError, match="nope"):
        event(st, "nope")


def test_story_returns_the_story_with_its_events_in_order(st):
    got = story(st, "s1")
    assert set(got) == {"id", "text", "date", "title", "url", "source", "events"}
    assert got["date"] == "2024-05-02" and got["source"] == "wire"
    assert [e["id"] for e in got["events"]] == ["e1", "e2"]
    with pytest.raises(NotFoundError):
        story(st, "missing")


def test_dyads_count_reports_and_merged_events_per_period(st):
    weekly = dyads(st, interval="week")
    assert {"actor": "RUS", "recipient": "UKR", "period": "2024-04-29", "quad_code": 4,
            "count": 2, "clusters": 1} in weekly
    monthly = dyads(st, interval="month", actor="IRN")
    assert monthly == [{"actor": "IRN", "recipient": "RUS", "period": "2024-06-01", "quad_code": 2,
                        "count": 2, "clusters": 1}]


def test_claims_lists_contested_events_with_who_says_what(st):
    [c] = claims(st)
    assert c["event"] == "AID" and c["status"] == "contested"
    assert c["by"] == ["GBR", "USA"] and c["denied_by"] == ["IRN"]
    assert (c["stories"], c["mentions"], c["sources"]) == (2, 2, 2)
    assert [(r["story_id"], r["status"]) for r in c["reports"]] == [("s3", "alleged"), ("s4", "denied")]
    assert sorted(c["event"] for c in claims(st, status="asserted")) == ["ACCUSE", "ASSAULT"]
    assert claims(st, actor="UKR") == []


def test_claims_page_by_offset_and_count_matches_the_listing(st):
    asserted = claims(st, status="asserted")
    assert count_claims(st, status="asserted") == len(asserted) == 2
    assert claims(st, status="asserted", limit=1, offset=1) == asserted[1:]
    assert count_claims(st) == 1 and count_claims(st, actor="UKR") == 0


def test_network_has_actor_nodes_and_typed_edges_with_status_and_materiel(st):
    net = network(st)
    nodes = {n["id"]: n for n in net["nodes"]}
    assert set(nodes) == {"IRN", "RUS", "UKR"}
    assert nodes["RUS"]["events"] == 5 and nodes["IRN"]["label"] == "Iran"
    aid = next(e for e in net["edges"] if e["event"] == "AID")
    assert (aid["source"], aid["target"], aid["count"], aid["status"], aid["materiel"]) == (
        "IRN", "RUS", 2, "contested", ["missiles"])


def test_stats_counts_by_type_quad_and_status(st):
    got = stats(st)
    assert (got["stories"], got["events"], got["clusters"]) == (4, 5, 3)
    assert got["by_type"] == {"ACCUSE": 1, "AID": 2, "ASSAULT": 2}
    assert got["by_status"] == {"alleged": 1, "asserted": 3, "denied": 1}
    assert (got["date_first"], got["date_last"]) == ("2024-05-02", "2024-06-21")


def test_functions_accept_a_path_as_well_as_an_open_store(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [(make_story("s1"), [make_event("e1", "s1")])])
    assert events(str(db_path))["total"] == 1
    with Store.open(db_path) as st:
        assert st.events(actor="RUS")["total"] == 1
        assert st.stats()["events"] == 1
