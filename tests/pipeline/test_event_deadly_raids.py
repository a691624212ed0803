"""A raid whose own participle kills or shoots is an armed raid (ASSAULT), not a search and seizure; a raid that
detains stays COERCE seize."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "actor"), [
    ("Malian soldiers and Russian mercenaries raided the village of Moura in central Mali, killing dozens of men, "
     "Human Rights Watch said.", ("MLI", "RUS")),
    ("Burkinabe troops raided a Fulani hamlet near Djibo on Saturday, shooting at least 12 villagers, survivors said.",
     ("BFA",)),
    ("Nigerian police stormed a hideout of kidnappers in Kaduna, killing four suspects and freeing two hostages.",
     ("NGA",)),
])
def test_raid_that_kills_is_an_assault(coder, text, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert ("ASSAULT", actor) in found, found
    assert not any(t == "COERCE" for t, _ in found), found


def test_raid_that_detains_stays_a_seizure(coder):
    text = "Israeli forces raided the West Bank city of Nablus overnight and detained dozens of Palestinians."
    assert any(e.event == "COERCE" for e in code(coder, text, date=DATE))
