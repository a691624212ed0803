"""knowledge/verbs.json 'launch': a missile launched at no coded target is a weapons show of force (MOBILIZE
'weapons', as a missile fired into the sea or test-fired); at a target it stays ASSAULT; a satellite launch is
no event. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("North Korea launched a short-range ballistic missile on Tuesday, Japan's defence ministry said.",
                 ("MOBILIZE", ("PRK",), ()), id="no-target"),
    pytest.param("Iran launched a ballistic missile at an American base in Iraq on Tuesday.",
                 ("ASSAULT", ("IRN",), ("USA",)), id="at-a-target"),
])
def test_a_missile_launch_without_a_target_is_a_show_of_force(coder, text, expected):
    found = dyads(coder, text)
    assert expected in found, found


def test_a_satellite_launch_is_no_event(coder):
    assert dyads(coder, "India launched a weather satellite on a rocket from Sriharikota on Tuesday.") == []
