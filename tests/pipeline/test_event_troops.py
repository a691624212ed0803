"""event_troops: troops or police sent to serve in a multinational or UN mission back its host (CAMEO 074,
peacekeeping, is AID), while forces moved at home or toward a rival stay a mobilisation."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize("text", [
    "Kenya deployed 400 police officers to Haiti on Tuesday to join the multinational mission, officials said.",
    "Kenya flew another 200 police officers to Haiti on Friday as part of the UN-backed security mission.",
])
def test_forces_sent_to_serve_in_a_mission_aid_its_host(coder, text):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date=DATE)]
    assert any(t == "AID" for t, _ in found) and not any(t == "MOBILIZE" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "Russia sent troops to the border with Finland on Monday to join drills, officials said.",
    "Peru's interior ministry flew 1,200 police officers to the southern region of Puno on Wednesday.",
    "Kenyan police officers deployed under a U.N.-backed mission began patrols in Port-au-Prince on Tuesday.",
])
def test_forces_moved_without_a_mission_stay_a_mobilisation(coder, text):
    assert any(e.event == "MOBILIZE" for e in code(coder, text, date=DATE))


@pytest.mark.parametrize(("text", "recipient"), [
    ("Sudan dispatched additional troops to northern Chad, officials said.", ("TCD",)),
    ("Turkey sent more soldiers into northern Iraq on Sunday, the defence ministry said.", ("IRQ",)),
])
def test_troops_sent_into_a_region_of_a_country_move_against_it(coder, text, recipient):
    found = [(e.event, entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert ("MOBILIZE", recipient) in found, found
