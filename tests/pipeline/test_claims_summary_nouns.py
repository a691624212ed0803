"""Denials told by a summing-up noun or a relative clause on a claim noun (pipeline/claim_links.py,
attribution.py, attribution_denials.py): the denier is the head of the noun phrase in the tail, the
relative on a claim noun answers the claim, the denier's own next act keeps its status, and the label a
denial puts on a claim is no accusation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

DATE = "2026-11-27"


@pytest.mark.parametrize("text, etype, denier", [
    ("The Philippine coast guard said Chinese vessels had fired water cannon at two of its boats near Sabina Shoal "
     "on Saturday, an account the Chinese embassy in Manila rejected as a distortion of the facts.", "ASSAULT", "CHN"),
    ("Israel's military said its aircraft had struck a Hezbollah weapons depot in the village of Khiam on Sunday, an "
     "account Hezbollah's media office disputed, saying the building was a civilian home.", "ASSAULT", "LBN"),
    ("Moscow's account of the incident, which Kyiv rejected as a lie, said Ukrainian special forces had attacked a "
     "power line in the Bryansk region on Tuesday night.", "ASSAULT", "UKR"),
])
def test_an_account_the_other_side_rejects_is_contested(coder, text, etype, denier):
    events = code(coder, text, date=DATE)
    ev = find_event(events, etype)
    assert ev.claim.status == "contested", ev.claim.cues
    assert denier in set(entity_codes(ev.claim.denied_by))
    assert not [e for e in events if e.event in ("ACCUSE", "REJECT")], [(e.event, e.event_text) for e in events]


def test_the_deniers_own_next_act_is_not_contested(coder):
    events = code(coder, "Afghanistan's Taliban administration said on Sunday that Pakistani jets had bombed three "
                         "villages in Khost, an accusation Islamabad rejected while blaming the Taliban for sheltering "
                         "the militants behind a recent wave of attacks.", date=DATE)
    assert find_event(events, "ASSAULT").claim.status == "contested"
    assert find_event(events, "ACCUSE").claim.status == "asserted"


def test_a_charge_closing_the_sentence_is_no_refusal(coder):
    events = code(coder, "Iran executed a man it said was a spy for Israel on Wednesday, despite appeals from rights "
                         "groups who said his confession was extracted under torture, a charge Iranian judiciary "
                         "officials rejected.", date=DATE)
    assert not [e for e in events if e.event == "REJECT"], [(e.event, e.event_text) for e in events]


def test_a_proposal_turned_down_stays_a_refusal(coder):
    events = code(coder, "The Kenyan government rejected on Wednesday a proposal by community leaders in Turkana to "
                         "share revenue from the new oil fields.", date=DATE)
    assert find_event(events, "REJECT").claim.status == "asserted"


@pytest.mark.parametrize("text, etype", [
    ("The Kenyan government offered on Monday to share oil revenue with Turkana county, a proposal community leaders "
     "turned down.", "AGREE"),
    ("Washington proposed a prisoner swap on Friday, a proposal Moscow rejected as unserious.", "REJECT"),
])
def test_the_act_a_proposal_tail_sums_up_is_kept(coder, text, etype):
    events = code(coder, text, date=DATE)
    assert etype in [e.event for e in events], [(e.event, e.event_text) for e in events]


def test_a_report_after_a_closing_charge_does_not_reach_back(coder):
    events = code(coder, "Pakistan accuses Afghanistan of sheltering the militants, a charge Kabul denies, and Pakistani "
                         "jets struck targets in Khost province on Sunday, killing 12 people, Afghan officials said.",
                  date=DATE)
    accuse = find_event(events, "ACCUSE")
    assert accuse.claim.status == "asserted" and not accuse.claim.by
    assert find_event(events, "AID").claim.status == "contested"


def test_a_proposal_turned_down_in_a_relative_is_a_refusal(coder):
    events = code(coder, "Serbia offered to hold talks with Pristina if Kosovo police withdrew from the north, a proposal "
                         "Kosovo Prime Minister Albin Kurti turned down.", date=DATE)
    assert ("REJECT", ("KOS",)) in [(e.event, entity_codes(e.actor)) for e in events]
