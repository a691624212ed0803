"""event_nominal_frames: a verb of going on with an act ("proceeded with", "carried on with", "went ahead
with") does the act noun it holds, like a light verb; "on" after a state verb still holds its act."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("etype", "text", "actor"), [
    ("ASSAULT", "Israeli authorities proceeded with the demolition of 12 Palestinian homes in East Jerusalem on "
                "Tuesday, residents said.", "ISR"),
    ("ASSAULT", "Russia carried on with its bombardment of Kharkiv overnight, the regional governor said.", "RUS"),
    ("SANCTION", "The European Union went ahead with sanctions on Russian gas on Monday.", "EUR"),
    ("PROTEST", "Nurses in Kenya have been on strike since Monday, the union said.", "KEN"),
])
def test_onward_verb_does_the_act_noun_it_holds(coder, etype, text, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert any(t == etype and actor in a for t, a in found), found


@pytest.mark.parametrize("text", [
    "The carmaker went ahead with its plans for a new battery plant in Hungary on Monday.",
    "The bank proceeded with the sale of its Italian unit despite objections from investors.",
])
def test_onward_verb_with_a_plain_noun_codes_nothing(coder, text):
    assert not code(coder, text, date=DATE)
