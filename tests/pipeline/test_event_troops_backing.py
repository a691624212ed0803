"""Troops sent to back a party (pipeline/event_troops.backs_a_party, r23 types): the party helped may be the subject
the parser hangs on the helped clause's object ('to help the junta fight jihadists'), and 'to shore up' a
government backs it as 'to prop up' does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "Russia flew hundreds of soldiers into Burkina Faso to help the junta fight insurgents, diplomats said.",
    "Rwanda dispatched troops to shore up the government of Mozambique in Cabo Delgado.",
])
def test_troops_sent_to_back_a_party_are_aid(coder, text):
    events = {e.event for e in code(coder, text, date="2026-11-27")}
    assert "AID" in events and "MOBILIZE" not in events


def test_troops_sent_to_guard_a_border_stay_a_mobilisation(coder):
    events = {e.event for e in code(coder, "Poland sent 10,000 troops to its border with Belarus to stop migrants "
                                          "crossing.", date="2026-11-27")}
    assert "MOBILIZE" in events and "AID" not in events
