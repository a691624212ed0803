"""The story tidings was started from (../shared/seeds) must code sensibly.

The story is read from ../shared at test time, never copied into the project; the
test skips cleanly where ../shared is absent. Story date 2024-09-10 is a Tuesday.
"""

from __future__ import annotations

import pytest

SEED_DATE = "2024-09-10"


@pytest.fixture(scope="module")
def seed_events(coder, shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed story in ../shared/seeds")
    text = seeds[0].read_text(encoding="utf-8")
    return coder.code(text, story_id="seed", date=SEED_DATE)


def codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


def find(events, event, actor=None, recipient=None):
    out = []
    for e in events:
        if e.event != event:
            continue
        if actor and not (set(actor) & codes(e.actor)):
            continue
        if recipient and not (set(recipient) & codes(e.recipient)):
            continue
        out.append(e)
    return out


def test_us_and_uk_accusation_of_iran_is_one_event_with_both_accusers(seed_events):
    hits = [e for e in find(seed_events, "ACCUSE", {"USA"}, {"IRN"}) if {"USA", "GBR"} <= codes(e.actor)]
    assert hits, "expected ACCUSE by USA+GBR against IRN"
    assert hits[0].claim.status == "asserted"


def test_iranian_missile_transfer_to_russia_is_contested(seed_events):
    hits = find(seed_events, "AID", {"IRN"}, {"RUS"})
    contested = [e for e in hits if e.claim.status == "contested"]
    assert contested, f"expected a contested AID IRN->RUS, got {[e.claim.status for e in hits]}"
    ev = contested[0]
    assert codes(ev.claim.by) & {"USA", "GBR"}
    assert "IRN" in codes(ev.claim.denied_by)


def test_planned_visit_to_kyiv_is_future_and_dated_wednesday(seed_events):
    planned = [
        e for e in seed_events
        if e.aux_mode == "future" and (e.planned_event == "CONSULT" or e.event == "CONSULT")
        and codes(e.actor) & {"USA", "GBR"}
    ]
    assert any(e.date == "2024-09-11" for e in planned), [(e.event, e.date, e.text[:60]) for e in planned]


def test_white_house_meeting_is_future_and_dated_friday(seed_events):
    planned = [
        e for e in seed_events
        if e.aux_mode == "future" and (e.planned_event == "CONSULT" or e.event == "CONSULT")
    ]
    assert any(e.date == "2024-09-13" for e in planned), [(e.event, e.date, e.text[:60]) for e in planned]


def test_ukrainian_drone_attack_on_russia(seed_events):
    assert find(seed_events, "ASSAULT", {"UKR"}, {"RUS"})


def test_north_korean_shipments_to_russia(seed_events):
    assert find(seed_events, "AID", {"PRK"}, {"RUS"})


def test_chinese_weapons_withheld_are_negated_and_technology_sales_coded(seed_events):
    china = [e for e in seed_events if "CHN" in codes(e.actor) and "RUS" in codes(e.recipient)]
    assert any(e.aux_mode == "negation" for e in china), [(e.event, e.aux_mode) for e in china]
    assert any(e.aux_mode is None and e.event in ("AID", "COOPERATE") for e in china)
