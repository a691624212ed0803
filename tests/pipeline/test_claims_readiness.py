"""Offers and threats a party declares about itself, through the full coder, on wire-style sentences written
for these tests: a readiness named by an adjective's 'to' phrase ('open to talks'), the partner such an
offer is made to, and own threats against whoever tries something."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2025-04-02"


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Venezuela's foreign minister said on Wednesday that Caracas remained open to talks with Washington on "
     "deportation flights, despite the new sanctions on its oil sector.", {"VEN"}, {"USA"}),
    ("The Kremlin said President Vladimir Putin was open to a meeting with Ukrainian President Volodymyr "
     "Zelenskiy once a settlement was ready to be signed.", {"RUS"}, {"UKR"}),
])
def test_open_to_talks_is_an_offer_made_to_the_partner(coder, text, actor, recipient):
    evs = [e for e in code(coder, text, date=DATE) if e.event == "AGREE"]
    assert evs, [(e.event, _codes(e.actor)) for e in code(coder, text, date=DATE)]
    ev = evs[0]
    assert (_codes(ev.actor), _codes(ev.recipient), ev.aux_mode) == (actor, recipient, None)


def test_opened_talks_is_no_offer(coder):
    text = "Venezuela opened talks with the United States on Wednesday on the return of deportation flights."
    evs = code(coder, text, date=DATE)
    assert not any(e.event == "AGREE" for e in evs), [(e.event, e.aux_mode) for e in evs]
