"""Possessed crowds (tidings.pipeline.people_possessives), round 11: "his supporters", "their
followers" are a civilian crowd of the country their owner's pronoun stands for."""

from __future__ import annotations

from ..conftest import code, entity_codes, find_event
from .test_actors import by_text, run


def test_his_supporters_are_a_crowd_of_the_leader_s_country(coder):
    ms = run(coder.stages[0], coder.nlp, "Bangladeshi police detained an opposition leader in Dhaka, and his "
             "supporters clashed with officers outside the court.", "2025-03-02")
    m = by_text(ms, "supporters")
    assert (m.kind, m.code, m.sector) == ("agent", "BGD", "CVL")


def test_followers_protesting_a_leader_s_arrest_are_a_protest_at_home(coder):
    events = code(coder, "Ugandan soldiers arrested opposition figure Kizza Besigye in Kampala, and his "
                         "followers marched to the army barracks on Tuesday.", date="2025-02-18")
    protest = find_event(events, "PROTEST")
    assert entity_codes(protest.actor) == ("UGA",)


def test_supporters_owned_by_a_country_stay_unmade(coder):
    ms = run(coder.stages[0], coder.nlp, "Moscow warned Kyiv's Western supporters against sending troops.",
             "2025-03-02")
    assert not [m for m in ms if m.text == "supporters" and m.code is None]


def test_a_ship_s_crew_is_no_party_s(coder):
    ms = run(coder.stages[0], coder.nlp, "Houthi fighters boarded the Eternity Star on Sunday and held its crew.",
             "2025-07-08")
    assert not [m for m in ms if m.text == "its"]
    assert by_text(ms, "crew").code is None


def test_its_cargo_in_a_reported_joined_act_is_the_reporter_s(coder):
    events = code(coder, "Vietnam said Chinese ships had rammed a fishing boat and seized its catch near the Paracels.",
                  date="2025-07-08")
    seize = [e for e in events if e.event == "COERCE"]
    assert seize and entity_codes(seize[0].recipient) == ("VNM",)


def test_its_in_the_reason_of_a_judgement_is_the_judged_partys(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient))
             for e in code(coder, "Ghana criticised Togo on Monday over its closure of the border at Aflao.",
                           date="2025-03-02")]
    assert ("ACCUSE", ("GHA",), ("TGO",)) in found, found
    assert not any(a == ("GHA",) and e != "ACCUSE" for e, a, _ in found), found


def test_its_in_the_reason_of_a_protest_made_to_a_party_is_that_partys(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient))
             for e in code(coder, "Seoul protested to Tokyo over its deployment of destroyers near the Dokdo "
                                  "islets.", date="2025-03-02")]
    assert any(e == "MOBILIZE" and a == ("JPN",) for e, a, _ in found), found


def test_its_in_the_reason_of_a_penalty_is_the_penalised_partys(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient))
             for e in code(coder, "Britain imposed fresh sanctions on North Korea for its supply of artillery "
                                  "shells to Russia.", date="2025-03-02")]
    assert ("AID", ("PRK",), ("RUS",)) in found, found
    assert not any(e == "AID" and a == ("GBR",) for e, a, _ in found), found
