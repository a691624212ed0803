"""A count of acts named with a word that is also a work's name ('a series of airstrikes') is the acts, not a work
about them (pipeline/event_nominal_parts._told_history). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text", [
    "Israel carried out a series of airstrikes on Hezbollah positions in the Bekaa Valley on Saturday.",
    "Israel launched a series of airstrikes on Hezbollah positions in the Bekaa Valley on Saturday.",
])
def test_a_series_of_strikes_is_the_strikes(coder, text):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert ("ASSAULT", ("ISR",), ("LBN",)) in found


def test_a_series_about_an_invasion_is_history(coder):
    assert not code(coder, "Netflix released a series about the American invasion of Iraq.")
