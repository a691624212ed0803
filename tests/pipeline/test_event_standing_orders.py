"""An order to use force on whoever will do something ('shoot anyone who resists', 'open fire on any protester who',
'shoot looters on sight') is a THREATEN violence of the orderer, not an ASSAULT that happened; an order to strike a
named target stays the orderer's ASSAULT."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "actor"), [
    ("Philippine President Rodrigo Duterte ordered police to shoot anyone who resisted arrest during the anti-drug "
     "campaign, telling officers he would protect them from prosecution.", ("PHL",)),
    ("Kenya's interior minister told police to open fire on any protester who tried to storm a police station.",
     ("KEN",)),
    ("The junta instructed soldiers to shoot looters on sight as unrest spread through the capital Bamako.", ("MLI",)),
    ("Sri Lanka's defence ministry ordered troops to shoot anyone damaging public property, a spokesman said.",
     ("LKA",)),
])
def test_order_to_shoot_whoever_is_a_threat(coder, text, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert ("THREATEN", actor) in found, found
    assert not any(t == "ASSAULT" for t, _ in found), found


def test_order_to_strike_named_targets_stays_an_assault(coder):
    text = "Netanyahu ordered the military to strike Hezbollah targets in southern Lebanon on Sunday."
    assert any(e.event == "ASSAULT" for e in code(coder, text, date=DATE))
