"""'army unit' is a military role noun (knowledge/agents.json), as 'military unit': unnamed army units in a place of a
coded country act for that country. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "verb", "country"), [
    ("Tuareg rebels freed two Malian soldiers on Sunday, after army units pulled out of the town of Kidal, a "
     "spokesman for the rebel alliance said.", "pulled", "MLI"),
    ("Residents said army units shelled villages near the Sudanese town of Kadugli on Monday, killing six "
     "civilians.", "shelled", "SDN"),
    ("Local officials said army units had arrested 14 suspected militants in the Pakistani district of Bajaur "
     "overnight.", "arrested", "PAK"),
])
def test_army_units_act_for_the_scenes_country(coder, text, verb, country):
    assert any(e.event_text == verb and entity_codes(e.actor) == (country,) for e in code(coder, text))
