"""An alert raised for weather, a volcano or an outbreak mobilises no force (event_hazards.hazard_alert, through
event_guards.natural_cause); alerts raised along a border or for forces stay MOBILIZE."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "mobilized"), [
    ("The Indian government raised the alert level for heatwaves across four northern states on Monday as "
     "temperatures in New Delhi climbed above 47 degrees Celsius.", False),
    ("Philippine authorities raised the alert level for the Kanlaon volcano on Tuesday and ordered the evacuation of "
     "villages within six kilometres of the crater, the seismology institute said.", False),
    ("The Democratic Republic of Congo raised its alert over the mpox outbreak in the eastern provinces, the health "
     "ministry in Kinshasa said on Thursday.", False),
    ("South Korea's military raised its alert status and stepped up surveillance along the demilitarised zone on "
     "Tuesday after North Korea blew up road links on its side of the border.", True),
    ("Venezuela placed its armed forces on high alert along the disputed Essequibo frontier on Monday after Guyana "
     "authorised an American oil major to drill in contested waters, state television reported.", True),
    ("Taiwan raised the combat readiness of its forces on Sunday as Chinese warships massed near the island for "
     "large-scale drills, the defence ministry said.", True),
])
def test_alert_for_a_hazard_is_no_mobilization(coder, text, mobilized):
    assert any(e.event == "MOBILIZE" for e in code(coder, text, date="2026-03-02")) == mobilized


@pytest.mark.parametrize("text", [
    "Chile's navy said no tsunami warning had been issued after the quake off Valparaiso.",
    "Indonesia's weather agency issued a tsunami warning for the coast of Sulawesi on Monday.",
])
def test_disaster_warning_threatens_no_one(coder, text):
    assert not [e for e in code(coder, text) if e.event == "THREATEN"]
