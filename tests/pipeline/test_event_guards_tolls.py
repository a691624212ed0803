"""A relative clause that tells an incident's toll, hung by the parser on the place or
thing of the incident noun's phrase, is no second event (the attack noun is coded itself; a blast or a crash is
nobody's act)."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def test_toll_relative_on_the_attacked_place_is_the_attack_once(coder):
    text = "The Russian attack on Kyiv, which killed 12 people, was the deadliest since July, Ukraine's emergency service said."
    events = code(coder, text)
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events] == [
        ("ASSAULT", ("RUS",), ("UKR",))]


def test_toll_relative_of_an_explosion_is_no_attack(coder):
    text = "The explosion at the Iranian port, which killed 57 people, was caused by a chemical fire, officials said."
    assert not code(coder, text)


def test_toll_relative_of_a_crash_lends_the_airliner_no_act(coder):
    text = "The crash of the Azerbaijani airliner, which killed 38 people, shocked the country, officials said."
    assert not [e for e in code(coder, text) if e.event == "ASSAULT"]


def test_a_party_in_a_phrase_of_no_incident_still_kills(coder):
    text = "The leader of the Somali militia, which killed 20 Kenyan villagers last week, was arrested in Nairobi."
    events = code(coder, text)
    assert ("ASSAULT", ("SOM",), ("KEN",)) in [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events]


def test_inverted_condition_of_a_threat_is_no_event_and_names_the_threatened(coder):
    text = "Were Israel to attack again, Iran would respond with a far stronger barrage, Araghchi said."
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events] == [
        ("THREATEN", ("IRN",), ("ISR",))]


def test_inverted_condition_outside_a_threat_stays_hypothetical(coder):
    text = "Were Russia to attack Estonia, NATO would invoke Article 5, Rutte said."
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), e.aux_mode) for e in events] == [("ASSAULT", ("RUS",), "hypothetical")]
