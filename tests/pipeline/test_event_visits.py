"""'Called on' a party at a place with nothing asked of it is a visit (CONSULT visit), not a REQUEST."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def test_call_paid_on_a_leader_at_a_place_is_a_visit(coder):
    text = "The Serbian president called on Chinese leader Xi Jinping in Beijing on Monday, the Serbian presidency said."
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient), e.mode) for e in code(coder, text)]
    assert found == [("CONSULT", ("SRB",), ("CHN",), "visit")]


@pytest.mark.parametrize("text", [
    "The UN chief called on Israel to allow more aid into Gaza.",
    "Macron called on Putin to end the war, speaking in Paris.",
])
def test_call_on_a_party_to_act_stays_a_request(coder, text):
    assert [e.event for e in code(coder, text)] == ["REQUEST"]
