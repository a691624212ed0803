"""An attack noun whose doers are named only as uncoded armed people on the noun itself ('a militant attack', 'a gang
offensive', 'a rebel attack') is done for the scene's country, as the same people's verbs are ('Militants attacked a
police post in Pakistan'); without a coded place there is no event, and unarmed modifiers change nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "actor"), [
    ("A militant attack on a police post in Pakistan's Khyber Pakhtunkhwa province killed six officers on Monday.",
     ("PAK",)),
    ("Haitian police repulsed a gang offensive on the Petion-Ville district of Port-au-Prince on Monday.", ("HTI",)),
    ("A rebel attack on a town in northern Mali killed 12 soldiers on Monday.", ("MLI",)),
    ("Nigerian troops beat back a bandit raid on a village in Zamfara state on Sunday.", ("NGA",)),
])
def test_armed_modifier_attack_is_the_scene_countrys(coder, text, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert ("ASSAULT", actor) in found, found


@pytest.mark.parametrize("text", [
    "A terrorist attack remains the greatest worry for organisers of the Paris games, officials said.",
    "The gang leader's verbal assault on rival rappers in Lagos went viral on Monday.",
])
def test_no_armed_attack_without_a_scene_or_an_armed_doer(coder, text):
    assert not [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT"]
