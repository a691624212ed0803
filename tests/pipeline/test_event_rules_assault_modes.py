"""ASSAULT modes from the instruments (pipeline/event_rules.assault_mode): a crowd-control modifier outranks the
explosive it modifies, the verb 'beat' is a beating whatever it was done with, the attackers' description names
their weapon, and 'air' is an air attack only on an attack noun. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "mode"), [
    ("Riot police threw stun grenades at students outside the university in Belgrade on Tuesday.", "crowd-control"),
    ("Soldiers beat villagers with rifle butts in Myanmar's Sagaing region, witnesses said.", "beat"),
    ("Raiders armed with machetes killed nine farmers in Nigeria's Benue state on Sunday.", "primitive"),
    ("Israeli air strikes killed 12 people in the Gaza Strip on Monday, medics said.", "aerial"),
])
def test_assault_mode_from_the_instrument(coder, text, mode):
    modes = [e.mode for e in code(coder, text) if e.event == "ASSAULT"]
    assert mode in modes, modes


def test_air_bases_are_no_aerial_attack(coder):
    text = "Ukrainian forces hit two Russian air bases in the Saratov region overnight, Kyiv said."
    assert "aerial" not in [e.mode for e in code(coder, text) if e.event == "ASSAULT"]
