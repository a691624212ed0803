"""A threat keeps a compatriot on the other side of a domestic conflict (tidings.pipeline.event_candidate)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event


@pytest.mark.parametrize(("text", "country"), [
    ("The leader of the M23 rebels threatened to march on Kinshasa unless President Felix Tshisekedi agreed to direct "
     "talks.", "COD"),
    ("Myanmar's junta threatened to punish the Arakan Army for attacking military bases in Rakhine state.", "MMR"),
])
def test_a_threat_against_the_other_side_at_home_keeps_its_target(coder, text, country):
    ev = find_event(code(coder, text, date="2025-03-02"), "THREATEN")
    assert entity_codes(ev.actor) == (country,) and entity_codes(ev.recipient) == (country,)


def test_a_threat_still_drops_its_own_country(coder):
    ev = find_event(code(coder, "Netanyahu warned that Israel would resume fighting in Gaza if the hostages were not "
                                "freed.", date="2025-03-02"), "THREATEN")
    assert entity_codes(ev.actor) == ("ISR",) and entity_codes(ev.recipient) == ()


@pytest.mark.parametrize(("text", "country"), [
    ("Azerbaijan offered on Monday to resume gas deliveries to the breakaway region of Nagorno-Karabakh.", "AZE"),
    ("Cyprus offered to reopen two crossing points with the breakaway Turkish Cypriot north.", "CYP"),
])
def test_an_offer_to_a_breakaway_region_keeps_the_home_country(coder, text, country):
    ev = find_event(code(coder, text, date="2026-02-02"), "AGREE")
    assert entity_codes(ev.actor) == (country,) and entity_codes(ev.recipient) == (country,)
