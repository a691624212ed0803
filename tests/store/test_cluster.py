"""Merging reports of the same real-world event into clusters (rule in tidings.store.cluster)."""

from __future__ import annotations

from tidings.store import Store, store_coded
from tidings.store.cluster import WINDOW_DAYS, recluster_all, rollup_status

from .conftest import make_event, make_story


def _clusters(st):
    return st.query_dicts(
        "SELECT id, event, mentions, stories, sources, status, by_codes, denied_codes, "
        "date_first, date_last, place FROM clusters ORDER BY date_first, id")


def _members(st):
    return {eid: cid for eid, cid in st.query("SELECT id, cluster_id FROM events")}


def test_the_same_event_from_three_outlets_is_one_cluster(db_path):
    with Store.open(db_path) as st:
        for i, outlet in enumerate(("wire", "daily", "herald")):
            sid = f"s{i}"
            store_coded(st, [(make_story(sid, source=outlet), [
                make_event(f"e{i}", sid, place="Kharkiv", geonameid=706483, country="UA",
                           date=f"2024-05-0{2 + i % 2}")])])
        clusters = _clusters(st)
        assert len(clusters) == 1
        c = clusters[0]
        assert (c["mentions"], c["stories"], c["sources"]) == (3, 3, 3)
        assert len(set(_members(st).values())) == 1


def test_two_strikes_on_the_same_day_in_different_cities_are_two_clusters(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a"), [make_event("ea", "a", place="Kharkiv", geonameid=706483, country="UA")]),
            (make_story("b"), [make_event("eb", "b", place="Odesa", geonameid=698740, country="UA")]),
        ])
        assert len(_clusters(st)) == 2


def test_a_report_without_a_place_joins_the_report_with_one(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a"), [make_event("ea", "a", place="Kharkiv", geonameid=706483, country="UA")]),
            (make_story("b", source="daily"), [make_event("eb", "b")]),
        ])
        assert [c["mentions"] for c in _clusters(st)] == [2]


def test_reports_further_apart_than_the_window_are_different_events(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a"), [make_event("ea", "a", date="2024-05-01")]),
            (make_story("b"), [make_event("eb", "b", date=f"2024-05-{2 + WINDOW_DAYS:02d}")]),
        ])
        assert len(_clusters(st)) == 2


def test_different_materiel_keeps_reports_apart_and_shared_materiel_merges(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a"), [make_event("ea", "a", event="AID", materiel=("missiles",))]),
            (make_story("b"), [make_event("eb", "b", event="AID", materiel=("grain",))]),
            (make_story("c"), [make_event("ec", "c", event="AID", materiel=("missiles", "drones"))]),
        ])
        assert sorted(c["mentions"] for c in _clusters(st)) == [1, 2]


def test_different_actor_sets_event_types_or_aux_modes_are_never_merged(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a"), [make_event("ea", "a")]),
            (make_story("b"), [make_event("eb", "b", actor=("BLR",))]),
            (make_story("c"), [make_event("ec", "c", event="THREATEN")]),
            (make_story("d"), [make_event("ed", "d", aux_mode="future")]),
        ])
        assert len(_clusters(st)) == 4


def test_claim_status_rolls_up_across_stories_to_contested_with_who_says_what(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a", source="wire"), [make_event(
                "ea", "a", event="AID", actor=("IRN",), recipient=("RUS",), status="alleged",
                by=("USA", "GBR"), materiel=("missiles",))]),
            (make_story("b", source="daily"), [make_event(
                "eb", "b", event="AID", actor=("IRN",), recipient=("RUS",), status="denied",
                denied_by=("IRN",), date="2024-05-03")]),
        ])
        [c] = _clusters(st)
        assert c["status"] == "contested"
        assert c["by_codes"] == ["GBR", "USA"]
        assert c["denied_codes"] == ["IRN"]


def test_rollup_status_rules():
    assert rollup_status(["asserted", "asserted"], []) == "asserted"
    assert rollup_status(["alleged", "alleged"], []) == "alleged"
    assert rollup_status(["alleged", "asserted"], []) == "asserted"
    assert rollup_status(["denied"], ["IRN"]) == "denied"
    assert rollup_status(["alleged", "denied"], ["IRN"]) == "contested"
    assert rollup_status(["asserted", "contested"], ["IRN"]) == "contested"


def _reports():
    out = []
    for i in range(12):
        sid = f"s{i:02d}"
        out.append((make_story(sid, source=("wire", "daily", "herald")[i % 3]), [
            make_event(f"e{i:02d}", sid, date=f"2024-05-{1 + (i * 2) % 9:02d}",
                       place=("Kharkiv", "Odesa", None)[i % 3],
                       geonameid=(706483, 698740, None)[i % 3], country="UA"),
        ]))
    return out


def test_clusters_do_not_depend_on_ingest_order(tmp_path):
    reports = _reports()
    results = []
    for name, order in (("fwd", reports), ("rev", reports[::-1]), ("mixed", reports[5:] + reports[:5])):
        with Store.open(tmp_path / f"{name}.duckdb") as st:
            for item in order:  # one story per batch: the most incremental case
                store_coded(st, [item])
            results.append((
                st.query("SELECT * FROM clusters ORDER BY id"),
                st.query("SELECT id, cluster_id FROM events ORDER BY id"),
            ))
    assert results[0] == results[1] == results[2]


def test_recluster_all_reproduces_the_incremental_clusters(db_path):
    with Store.open(db_path) as st:
        for item in _reports():
            store_coded(st, [item])
        before = st.query("SELECT * FROM clusters ORDER BY id")
        with st.transaction() as con:
            recluster_all(con)
        assert st.query("SELECT * FROM clusters ORDER BY id") == before


def test_replacing_a_story_removes_its_reports_from_their_clusters(db_path):
    with Store.open(db_path) as st:
        store_coded(st, [(make_story("a"), [make_event("ea", "a")]),
                         (make_story("b"), [make_event("eb", "b")])])
        assert [c["mentions"] for c in _clusters(st)] == [2]
        store_coded(st, [(make_story("b", text="Changed."), [make_event("eb2", "b", event="PROTEST")])])
        assert sorted((c["event"], c["mentions"]) for c in _clusters(st)) == [("ASSAULT", 1), ("PROTEST", 1)]
