"""An act noun held by 'receive' is done to the receiver, by whoever sent it (event_nominal UNDERGO_VERBS).
Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chile received a request from Peru to extradite the former minister.", ("REQUEST", ("PER",), ("CHL",))),
    ("Bolivia received a visit from the Argentine foreign minister.", ("CONSULT", ("ARG",), ("BOL",))),
    ("Lima had received offers of help from Chile and Ecuador after the floods.", ("AGREE", ("CHL", "ECU"), ("PER",))),
])
def test_receiver_of_an_act_noun_is_its_recipient_and_the_sender_its_actor(coder, text, dyad):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-20")]
    assert dyad in found
