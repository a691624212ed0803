"""A counterfactual 'would have V-ed' threatens no one; the act stays hypothetical (as a
'would have sent' AID does), whoever tells it."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

CASES = [
    ("inverted_negated_condition_told_by_others",
     "Had Washington not intervened, Israel would have struck Iran's oil facilities, two officials said.", ("ISR",), ("IRN",)),
    ("own_side_tells_it",
     "Iran would have attacked Israel again had the United States not brokered a truce, an Iranian official said.",
     ("IRN",), ("ISR",)),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counterfactual_act_is_no_threat(coder, text, actor, recipient):
    events = code(coder, text, date="2026-11-24")
    assert not [e for e in events if e.event == "THREATEN"]
    attack = [e for e in events if e.event == "ASSAULT"]
    assert [(entity_codes(e.actor), entity_codes(e.recipient), e.aux_mode) for e in attack] == [
        (actor, recipient, "hypothetical")]


def test_conditional_own_strike_is_still_a_threat(coder):
    text = "Israel would strike Hezbollah targets across Lebanon if the group did not disarm, Katz said."
    assert [e.event for e in code(coder, text, date="2026-11-24")] == ["THREATEN"]
