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
