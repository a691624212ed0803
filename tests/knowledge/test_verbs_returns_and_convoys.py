"""Round 22 (missed events): migrants returned or sent back by a state are deported (verbs.json 'return', 'send
back': COERCE deport to their country); a convoy, column or fleet carries what its "of" phrase names ("a convoy of
aid trucks" is aid: argument_words.CARRIER_HEADS), and so do trucks "loaded with" it (event_verb_hits, LADEN_PARTICIPLES); diplomatic ties or
relations broken with a state are a SANCTION without "off" (verbs.json 'break'). Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Mauritania returned 140 Malian migrants to Bamako on a chartered bus on Tuesday.", ("MRT",), ("MLI",)),
    ("Libya sent back 300 Nigerien migrants across the desert border on Saturday.", ("LBY",), ("NER",)),
])
def test_migrants_returned_by_a_state_are_deported(coder, text, actor, recipient):
    events = code(coder, text)
    assert [(e.event, e.mode, entity_codes(e.actor), entity_codes(e.recipient)) for e in events] == [
        ("COERCE", "deport", actor, recipient)], [(e.event, e.mode) for e in events]


def test_returned_bodies_of_migrants_stay_a_release(coder):
    events = code(coder, "Spain returned the bodies of nine Moroccan migrants to Rabat on Friday.")
    assert [e.event for e in events] == ["RETREAT"], [(e.event, e.mode) for e in events]


def test_migrants_returning_home_are_no_event(coder):
    assert code(coder, "Thousands of Afghan migrants returned home from Iran last week.") == []


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Kuwait sent a convoy of 40 relief trucks to Lebanon on Wednesday.", ("KWT",), ("LBN",)),
    ("Morocco dispatched a convoy of humanitarian lorries to Gaza via Egypt on Monday.", ("MAR",), ("PSE",)),
])
def test_a_convoy_of_aid_trucks_is_aid(coder, text, actor, recipient):
    events = code(coder, text)
    aid = [e for e in events if e.event == "AID"]
    assert aid and entity_codes(aid[0].actor) == actor and entity_codes(aid[0].recipient) == recipient, \
        [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events]


def test_trucks_loaded_with_food_carry_aid(coder):
    events = code(coder, "Oman sent a convoy of 30 trucks loaded with food and medicine to Yemen on Thursday.")
    aid = [e for e in events if e.event == "AID"]
    assert aid and entity_codes(aid[0].actor) == ("OMN",) and entity_codes(aid[0].recipient) == ("YEM",), \
        [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text", [
    "Bolivia broke diplomatic relations with Israel on Tuesday over the war in Gaza.",
    "Bolivia's government voted on Tuesday to break diplomatic ties with Israel.",
])
def test_broken_relations_are_a_sanction_without_off(coder, text):
    events = code(coder, text)
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events if e.event == "SANCTION"] == [
        ("SANCTION", ("BOL",), ("ISR",))], [(e.event, entity_codes(e.actor)) for e in events]


def test_a_broken_truce_is_no_sanction(coder):
    events = code(coder, "Kyiv said Moscow broke the Easter truce within hours.")
    assert not any(e.event == "SANCTION" for e in events), [e.event for e in events]
