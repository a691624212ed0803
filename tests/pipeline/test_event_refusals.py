"""A person or captive a party says it will / would not hand over or extradite to the side that wants them is a
refusal of that side (event_refusals.negated_acceptance: REJECT yield), not a negated transfer; a troop move
or power not handed to anyone stays the negated act."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event


@pytest.mark.parametrize("text,actor,recipient", [
    ("Venezuela said on Monday it would not hand over the opposition leader to Argentina.", ("VEN",), ("ARG",)),
    ("Hungary will not extradite the former Polish minister to Poland, its foreign minister said.", ("HUN",),
     ("POL",)),
])
def test_refused_handover_is_a_rejection(coder, text, actor, recipient):
    e = find_event(code(coder, text), "REJECT")
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient and e.mode == "yield"


def test_power_not_handed_over_stays_negated(coder):
    events = code(coder, "The junta will not hand over power before the end of the transition.")
    assert "REJECT" not in [e.event for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Armenia broke off negotiations with Azerbaijan on a peace treaty on Friday after a deadly border shooting, "
     "the Armenian foreign ministry said.", ("ARM",), ("AZE",)),
    ("Afghanistan's Taliban broke off talks with Pakistan on Saturday after a deadly border clash, a Taliban "
     "spokesman said.", ("AFG",), ("PAK",)),
    ("Sudan's army broke off the dialogue with the Rapid Support Forces in Jeddah, accusing the paramilitaries of "
     "breaking the truce.", ("SDN",), ()),
    ("Peace negotiations with the Kurdish militants were broken off by Ankara in July, Turkish officials said.",
     ("TUR",), ()),
])
def test_talks_broken_off_are_a_refusal_to_meet(coder, text, actor, recipient):
    events = code(coder, text)
    e = find_event(events, "REJECT")
    assert entity_codes(e.actor) == actor and e.mode == "meet"
    assert set(recipient) <= set(entity_codes(e.recipient))
    assert "SANCTION" not in [x.event for x in events]


@pytest.mark.parametrize("text", [
    "Nicaragua broke off diplomatic ties with Taiwan on Thursday, the foreign ministry said.",
    "Canada suspended trade talks with India on Monday, the trade ministry in Ottawa said.",
])
def test_ties_broken_off_or_talks_suspended_stay_a_sanction(coder, text):
    events = code(coder, text)
    assert "SANCTION" in [e.event for e in events] and "REJECT" not in [e.event for e in events]
