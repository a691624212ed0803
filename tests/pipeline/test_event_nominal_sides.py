"""Two coded mentions of one country between which a clash or fighting happens are its two sides, the act's doers
(pipeline/event_nominal.py, the symmetric noun's 'between' phrase), also when a toll verb tells the clash
(event_context._merge_linked). Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "country"), [
    ("Clashes between Sudanese soldiers and Rapid Support Forces fighters killed 40 people in the city of El Obeid "
     "on Tuesday, medics said.", "SDN"),
    ("Fighting between the Congolese army and M23 rebels near the town of Sake has killed at least 70 people this "
     "week, the United Nations said.", "COD"),
    ("Skirmishes between Libyan army units and Misrata militiamen wounded a dozen "
     "people in western Tripoli overnight, a hospital official said.", "LBY"),
])
def test_one_countrys_two_sides_do_the_clash(coder, text, country):
    # (event_context._merge_linked: the toll verb takes the clash's symmetric entry; its dead are no third party)
    assaults = [e for e in code(coder, text) if e.event == "ASSAULT"]
    assert assaults and entity_codes(assaults[0].actor) == (country,) and entity_codes(assaults[0].recipient) == ()
