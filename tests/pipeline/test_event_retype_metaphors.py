"""A weapon named as a figure of speech ('using gas as a weapon') is no attack (event_retype.not_an_act); a real
weapon used against people stays ASSAULT. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "Moscow is using grain exports as a weapon against Africa, the French foreign minister said.",
    "Minsk used migrants as a tool to pressure Lithuania, Vilnius said.",
])
def test_a_thing_used_as_a_weapon_is_no_attack(coder, text):
    assert "ASSAULT" not in [e.event for e in code(coder, text)]


def test_tear_gas_used_on_a_crowd_stays_an_attack(coder):
    assert "ASSAULT" in [e.event for e in code(coder, "Riot police used tear gas on protesters in Lima on Friday.")]
