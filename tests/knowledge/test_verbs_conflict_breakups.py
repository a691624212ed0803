"""Police or gendarmes breaking up a blockade, a barricade or an occupation restrict the protesters (COERCE restrict,
as breaking up a rally does); engineers breaking up an ice blockage do nothing to anyone."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "actor"), [
    ("Turkish riot police broke up a blockade of the Bosphorus Bridge by taxi drivers on Monday.", ("TUR",)),
    ("French gendarmes broke up a farmers' barricade on the A6 motorway south of Paris overnight.", ("FRA",)),
    ("Bangladeshi police broke up an occupation of the university administration building by students in Dhaka.",
     ("BGD",)),
])
def test_broken_up_blockade_is_a_restriction(coder, text, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert ("COERCE", actor) in found, found


def test_ice_blockage_broken_up_is_no_event(coder):
    assert not code(coder, "Engineers broke up the ice blockage on the river near the dam.", date=DATE)
