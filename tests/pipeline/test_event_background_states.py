"""States and long stretches told as background are no discrete act (event_background.standing_state); the
acts that set up the state, and a run of acts reported as the news, stay events. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text, etype", [
    ("Farmers near the Lebanese town of Khiam replanted tobacco fields on Monday after months of Israeli shelling of "
     "the border villages, the local cooperative said.", "ASSAULT"),
    ("Fuel queues returned to Sanaa on Sunday amid a campaign of U.S. air strikes on Houthi ports, traders said, "
     "as the price of petrol doubled in a week.", "ASSAULT"),
    ("Haiti's transitional council named a new police chief on Thursday, nearly three years into a wave of gang "
     "attacks on the capital's neighbourhoods.", "ASSAULT"),
    ("Shipping through the Bab el-Mandeb rose in October for the first time since a campaign of Houthi attacks on "
     "tankers began, a maritime data firm said.", "ASSAULT"),
])
def test_a_long_stretch_or_run_of_acts_in_a_background_phrase_is_no_event(coder, text, etype):
    assert etype not in _types(coder, text)


@pytest.mark.parametrize("text, etype", [
    ("Bakeries in Khan Younis ran out of flour on Wednesday because of a blockade that has lasted more than a "
     "year, the municipality said.", "COERCE"),
    ("The truce between Israel and Hezbollah has largely held since last November, a Lebanese army officer said "
     "on Monday as engineers cleared unexploded shells in Nabatieh.", "RETREAT"),
    ("Since Russia has occupied the Zaporizhzhia plant for more than three years, inspectors said on Tuesday, "
     "spare parts have been hard to obtain.", "ASSAULT"),
    ("Residents of Kharkiv queued for water on Monday while Russian forces have shelled the city's pumping stations "
     "for weeks, the mayor said.", "ASSAULT"),
])
def test_a_state_that_lasts_or_is_held_is_no_event(coder, text, etype):
    assert etype not in _types(coder, text)


@pytest.mark.parametrize("text, etype", [
    ("Russia launched a wave of drones at Ukrainian gas facilities in the Poltava region overnight, Ukraine's "
     "energy ministry said on Thursday.", "ASSAULT"),
    ("Israeli troops occupied three hilltops inside the buffer zone in southern Syria on Tuesday, residents said, "
     "setting up checkpoints on the road to Quneitra.", "ASSAULT"),
    ("Pakistani troops shelled Afghan border posts overnight in retaliation for an Afghan attack on a Pakistani "
     "checkpoint, the military said on Sunday.", "ASSAULT"),
])
def test_the_act_itself_stays_an_event(coder, text, etype):
    assert etype in _types(coder, text)
