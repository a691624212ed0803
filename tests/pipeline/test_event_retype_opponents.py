"""A state's possible violence told by its own opposition is that opposition's forecast, not the state's threat
(round 22, stories: event_retype.opponent_voice, read by event_context.retyped and the claims stage)."""

from __future__ import annotations

from ..conftest import code


def _types(coder, text):
    return [e.event for e in code(coder, text, date="2026-03-01")]


def test_opposition_forecast_of_state_force_is_no_threat(coder):
    text = ("The government could use force against protesters in Yerevan, Armenian opposition leader "
            "Ishkhan Saghatelyan said.")
    assert "THREATEN" not in _types(coder, text)


def test_state_announcing_its_own_possible_force_still_threatens(coder):
    text = "Armenia's defence minister said Armenia could use force to defend its border villages."
    assert "THREATEN" in _types(coder, text)
