"""event_subjects: the 'for V-ing' reason of a penalising verb is done by the verb's object, also with a date
phrase between them (the verb's 'on Thursday' is no penalised party), and a purchase a penalty is for is its
grounds, not trade coded. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, act", [
    pytest.param("Canada sanctioned four Iranian firms on Tuesday for shipping drone parts to Russia.",
                 ("AID", ("IRN",), ("RUS",)), id="sanctioned-on-a-day"),
    pytest.param("Japan blacklisted two Chinese companies on Friday for supplying machine tools to Russia's army.",
                 ("AID", ("CHN",), ("RUS",)), id="blacklisted-on-a-day"),
])
def test_a_penalised_object_does_the_reason(coder, text, act):
    found = dyads(coder, text)
    assert act in found, found


@pytest.mark.parametrize("text", [
    pytest.param("Washington sanctioned three Chinese refineries on Monday for buying Iranian crude oil.", id="buying"),
    pytest.param("Washington fined two Indian shipping firms on Monday for purchasing Russian oil.", id="purchasing"),
])
def test_a_purchase_a_penalty_is_for_is_no_trade(coder, text):
    found = dyads(coder, text)
    assert not any(d[0] == "COOPERATE" for d in found), found
    assert any(d[0] == "SANCTION" for d in found), found
