"""Round 22 (missed events): migrants returned or sent back by a state are deported (verbs.json 'return', 'send
back': COERCE deport to their country); a convoy, column or fleet carries what its "of" phrase names ("a convoy of
aid trucks" is aid: argument_words.CARRIER_HEADS). Sentences are our own."""

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
