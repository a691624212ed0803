"""Travel bans re-typed by event_retype_options.own_people_or_travel. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text, expected", [
    ("The EU banned eight Georgian officials from travelling to the bloc.", ("SANCTION", ("EUR",), ("GEO",))),
    ("Iran banned the former president from travelling abroad.", ("COERCE", ("IRN",), ("IRN",))),
])
def test_travel_ban_on_foreigners_is_a_sanction_on_ones_own_people_a_restriction(coder, text, expected):
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)] == [expected]
