"""Pairs of a story (coref_pairs): "both sides" after a sentence naming one country's forces."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a government and its own army are one side: the pair is the story's two countries
        ("Israeli jets struck Hamas positions in Gaza overnight and Hamas fired rockets at Ashkelon. || Israel's "
         "security cabinet said the army would respond forcefully to any further attack. || Egypt urged both sides "
         "to exercise restraint and preserve the ceasefire.", ("ISR", "PSE")),
        ("Indian troops shelled Pakistani posts along the Line of Control on Tuesday, and Pakistan fired back. || "
         "Pakistan's prime minister said the army had been ordered to respond to any violation. || The United "
         "Nations called on both sides to step back and resume dialogue.", ("IND", "PAK")),
        ("Thai and Cambodian forces exchanged artillery fire along the border on Friday. || Cambodia's defence "
         "ministry said its troops had repelled an incursion near the Preah Vihear temple. || Malaysia urged both "
         "sides to agree to an immediate ceasefire.", ("KHM", "THA")),
        # two forces of one country, one outside the state, stay the civil war's two sides
        ("Sudan's army and the Rapid Support Forces clashed again in Omdurman on Sunday. || The United States "
         "called on both sides to allow aid into the city.", ("SDN",)),
    ],
)
def test_both_sides_are_not_a_government_and_its_own_army(coder, text, pair):
    events = [e for e in code(coder, text.replace(" || ", "\n\n")) if e.event == "REQUEST"]
    assert events and entity_codes(events[-1].recipient) == pair
