"""Merging reports of the same real-world event into clusters (rule in tidings.store.cluster)."""

from __future__ import annotations

import random

from tidings.store import Store, store_coded
from tidings.store.cluster import DAY_SLACK, WINDOW_DAYS, recluster_all, rollup_status

from .conftest import make_event, make_story

KHARKIV = {"place": "Kharkiv", "geonameid": 706483, "country": "UKR"}
ODESA = {"place": "Odesa", "geonameid": 698740, "country": "UKR"}


def _clusters(st):
    return st.query_dicts(
        "SELECT id, event, mentions, stories, sources, status, actor_codes, recipient_codes, "
        "by_codes, denied_codes, date_first, date_last, place FROM clusters ORDER BY date_first, id")


def _sizes(st) -> list[int]:
    return sorted(c["mentions"] for c in _clusters(st))


def _store(st, *events):
    store_coded(st, [(make_story(e.story_id, source=f"outlet-{e.story_id}"), [e]) for e in events])


def test_the_same_event_from_three_outlets_is_one_cluster(db_path):
    with Store.open(db_path) as st:
        for i, outlet in enumerate(("wire", "daily", "herald")):
            sid = f"s{i}"
            store_coded(st, [(make_story(sid, source=outlet), [
                make_event(f"e{i}", sid, date=f"2024-05-0{2 + i % 2}", **KHARKIV)])])
        [c] = _clusters(st)
        assert (c["mentions"], c["stories"], c["sources"]) == (3, 3, 3)
        assert len({cid for _, cid in st.query("SELECT id, cluster_id FROM events")}) == 1


def test_two_strikes_on_the_same_day_in_different_cities_are_two_clusters(db_path):
    with Store.open(db_path) as st:
        _store(st, make_event("ea", "a", **KHARKIV), make_event("eb", "b", **ODESA))
        assert _sizes(st) == [1, 1]


def test_a_report_without_a_place_joins_one_city_but_never_bridges_two(db_path):
    with Store.open(db_path) as st:
        _store(st, make_event("ea", "a", **KHARKIV), make_event("eb", "b"))
        assert _sizes(st) == [2]
        _store(st, make_event("ec", "c", **ODESA))
        assert _sizes(st) == [1, 2]


def test_reports_with_overlapping_actors_or_a_missing_recipient_are_merged(db_path):
    with Store.open(db_path) as st:
        _store(st,
               make_event("e1", "s1", event="ACCUSE", actor=("USA", "GBR"), recipient=("IRN",)),
               make_event("e2", "s2", event="ACCUSE", actor=("USA",), recipient=("IRN",)),
               make_event("e3", "s3", event="ACCUSE", actor=("GBR",), recipient=()))
        [c] = _clusters(st)
        assert (c["mentions"], c["actor_codes"], c["recipient_codes"]) == (3, ["GBR", "USA"], ["IRN"])


def test_disjoint_actors_event_types_or_aux_modes_are_never_merged(db_path):
    with Store.open(db_path) as st:
        _store(st, make_event("ea", "a"), make_event("eb", "b", actor=("BLR",)),
               make_event("ec", "c", event="THREATEN"), make_event("ed", "d", aux_mode="future"))
        assert _sizes(st) == [1, 1, 1, 1]


def test_date_slack_depends_on_whether_the_date_was_read_from_the_text(db_path):
    with Store.open(db_path) as st:
        _store(st, make_event("e1", "s1", date="2024-05-01"),
               make_event("e2", "s2", date=f"2024-05-{1 + DAY_SLACK:02d}"),
               make_event("e3", "s3", date=f"2024-05-{2 + DAY_SLACK:02d}"))
        assert _sizes(st) == [1, 2]
    with Store.open(db_path.with_name("story-dates.duckdb")) as st:
        _store(st, make_event("e1", "s1", date="2024-05-01", precision="story"),
               make_event("e2", "s2", date=f"2024-05-{1 + WINDOW_DAYS:02d}", precision="story"),
               make_event("e3", "s3", date=f"2024-05-{2 + WINDOW_DAYS:02d}", precision="story"))
        assert _sizes(st) == [1, 2]


def test_daily_strikes_on_one_city_do_not_chain_into_one_cluster(db_path):
    with Store.open(db_path) as st:
        _store(st, *(make_event(f"e{d:02d}", f"s{d:02d}", date=f"2024-05-{d:02d}", **KHARKIV)
                     for d in range(1, 13)))
        clusters = _clusters(st)
        assert len(clusters) >= 12 // (WINDOW_DAYS + 1)
        assert all((c["date_last"] - c["date_first"]).days <= WINDOW_DAYS for c in clusters)


def test_materiel_must_agree_unless_one_side_is_generic(db_path):
    with Store.open(db_path) as st:
        _store(st,
               make_event("e1", "s1", event="AID", materiel=("ballistic_missile",)),
               make_event("e2", "s2", event="AID", materiel=("humanitarian_goods",)),
               make_event("e3", "s3", event="AID", materiel=("missile",)))
        assert _sizes(st) == [1, 2]


def test_claim_status_rolls_up_across_stories_to_contested_with_who_says_what(db_path):
    with Store.open(db_path) as st:
        _store(st,
               make_event("ea", "a", event="AID", actor=("IRN",), recipient=("RUS",), status="alleged",
                          by=("USA", "GBR"), materiel=("missile",)),
               make_event("eb", "b", event="AID", actor=("IRN",), recipient=("RUS",), status="denied",
                          denied_by=("IRN",), date="2024-05-03", precision="story"))
        [c] = _clusters(st)
        assert (c["status"], c["by_codes"], c["denied_codes"]) == ("contested", ["GBR", "USA"], ["IRN"])


def test_rollup_status_rules():
    assert rollup_status(["asserted", "asserted"], []) == "asserted"
    assert rollup_status(["alleged", "alleged"], []) == "alleged"
    assert rollup_status(["alleged", "asserted"], []) == "asserted"
    assert rollup_status(["denied"], ["IRN"]) == "denied"
    assert rollup_status(["alleged", "denied"], ["IRN"]) == "contested"
    assert rollup_status(["asserted", "contested"], ["IRN"]) == "contested"


def _reports(n: int = 60, seed: int = 7):
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        sid = f"s{i:03d}"
        place = rnd.choice([KHARKIV, ODESA, {}, {"country": "UKR"}])
        out.append((make_story(sid, source=rnd.choice(["wire", "daily", "herald"])), [make_event(
            f"e{i:03d}", sid, event=rnd.choice(["ASSAULT", "ASSAULT", "ACCUSE"]),
            actor=tuple(rnd.sample(["RUS", "BLR"], rnd.randint(1, 2))),
            recipient=rnd.choice([("UKR",), ()]), date=f"2024-05-{rnd.randint(1, 20):02d}",
            precision=rnd.choice(["day", "story"]), **place)]))
    return out


def _snapshot(st):
    return (st.query("SELECT * FROM clusters ORDER BY id"),
            st.query("SELECT id, cluster_id FROM events ORDER BY id"))


def test_clusters_do_not_depend_on_ingest_order_and_equal_a_rebuild(tmp_path):
    reports = _reports()
    results = []
    for k in range(4):
        order = list(reports)
        random.Random(k).shuffle(order)
        with Store.open(tmp_path / f"order{k}.duckdb") as st:
            for start in range(0, len(order), 1 + k * 3):  # batches of 1, 4, 7, 10 stories
                store_coded(st, order[start:start + 1 + k * 3])
            snap = _snapshot(st)
            with st.transaction() as con:
                recluster_all(con)
            assert _snapshot(st) == snap
            results.append(snap)
    assert all(r == results[0] for r in results)
    assert 1 < len(results[0][0]) < len(reports)


def test_replacing_reports_gives_the_clusters_of_a_fresh_store(tmp_path):
    reports = _reports(40, seed=3)
    changed = [(make_story(s.id, text="Changed."), [make_event(e.id + "x", s.id, event="PROTEST")])
               for s, (e,) in reports[::3]]
    with Store.open(tmp_path / "a.duckdb") as st:
        for item in reports:
            store_coded(st, [item])
        for item in changed:
            store_coded(st, [item])
        incremental = _snapshot(st)
    keep = {s.id: (s, evs) for s, evs in reports}
    keep.update({s.id: (s, evs) for s, evs in changed})
    with Store.open(tmp_path / "b.duckdb") as st:
        store_coded(st, list(keep.values()))
        assert _snapshot(st) == incremental
