"""The offence a verdict names is the charge, no event of the story (event_verdicts): the court's SANCTION stays,
the punished act (a donation, a payment, a slap) is not coded; acts outside a verdict's 'of / for' phrase stay."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event


@pytest.mark.parametrize("text", [
    "A court in Minsk sentenced a Lithuanian citizen to six years in prison after finding her guilty of "
    "sending money to a Ukrainian volunteer battalion.",
    "A Russian court convicted the Frenchman of giving medical supplies to Ukrainian soldiers.",
    "A court in Yekaterinburg sentenced the dual national to 12 years for donating 50 dollars to a Ukrainian charity.",
])
def test_offence_of_a_verdict_is_no_event(coder, text):
    events = code(coder, text)
    assert [e.event for e in events] == ["SANCTION"], [(e.event, e.event_text) for e in events]


def test_act_thanked_for_stays(coder):
    e = find_event(code(coder, "Kyiv thanked Tokyo for sending generators to Ukrainian cities."), "AID")
    assert entity_codes(e.actor) == ("JPN",)
