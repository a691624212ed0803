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


@pytest.mark.parametrize("text, expected", [
    ("North Korea's Kim Yo Jong warned Seoul of a catastrophe if it resumed loudspeaker broadcasts along the border, "
     "in a statement carried by state media on Sunday.", ("PRK", "KOR")),
    ("Russia's foreign ministry spokeswoman Maria Zakharova warned Washington of a disaster if it went ahead with "
     "supplying long-range missiles to Kyiv, calling the plan reckless.", ("RUS", "USA")),
])
def test_a_state_warning_a_party_of_disaster_if_it_acts_threatens_it(coder, text, expected):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert ("THREATEN", (expected[0],), (expected[1],)) in found


@pytest.mark.parametrize("text", [
    "The International Monetary Fund warned Pakistan of a default unless Islamabad secured new financing before June, "
    "according to a staff report.",
    "The World Food Programme warned of famine in parts of Sudan's Darfur region if aid convoys could not reach El "
    "Fasher within weeks.",
])
def test_an_agencys_warning_of_a_condition_is_a_forecast(coder, text):
    assert "THREATEN" not in [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text", [
    "Egypt and Kenya look forward to expanding trade in tea and cotton, the two foreign ministries said.",
    "Lula said Brazil looked forward to closer cooperation with Indonesia on biofuels.",
])
def test_looking_forward_to_cooperation_is_no_event(coder, text):
    assert not [e for e in code(coder, text) if e.event in ("COOPERATE", "SUPPORT")]
