"""A state's ally named by relation (tidings.pipeline.coref_allies)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event


@pytest.mark.parametrize(("text", "actor", "ally"), [
    ("North Korean artillery shelled a South Korean border island on Tuesday, wounding two marines.\n\n"
     "Washington condemned the shelling and said it stood ready to defend its ally.", "USA", "KOR"),
    ("Azerbaijani troops seized two villages inside Armenia's Syunik province overnight, Armenian officials said.\n\n"
     "France summoned Azerbaijan's ambassador and pledged to support its partner in the region.", "FRA", "ARM"),
    ("Venezuelan troops massed near the Essequibo border on Monday, according to Guyanese officials.\n\n"
     "Britain sent a warship to the Guyanese coast and vowed to stand by its Commonwealth ally.", "GBR", "GUY"),
])
def test_its_ally_is_the_party_the_previous_act_was_done_to(coder, text, actor, ally):
    ev = find_event(code(coder, text, date="2025-04-08"), "AGREE")
    assert entity_codes(ev.actor) == (actor,) and entity_codes(ev.recipient) == (ally,)
