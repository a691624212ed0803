"""Plots told as background (tidings.pipeline.event_background._past_plan): a plan told in the past perfect, or a
suspects' plan told in the past progressive, names an act that did not happen."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "Police in Mombasa said the three men had been planning attacks on churches in the city.",
    "Prosecutors said the cell had planned to bomb a military parade in Bamako.",
    "The suspects were planning to attack a border post in Tillaberi, the Nigerien army said.",
])
def test_past_plan_is_no_event(coder, text):
    assert not [e for e in code(coder, text) if e.event == "ASSAULT"]


def test_present_plan_keeps_its_future_act(coder):
    events = code(coder, "Russia is planning to deploy more troops to Belarus next year, Minsk said.")
    assert [e.event for e in events] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Tokyo postponed the trade talks because of the Chinese premier's visit to Moscow.",
    "The vote in parliament was delayed due to the Turkish president's trip to Baku.",
])
def test_meeting_given_as_a_reason_is_no_event(coder, text):
    assert not [e for e in code(coder, text) if e.event == "CONSULT"]


def test_summit_a_trip_is_for_is_no_meeting_of_its_own(coder):
    events = code(coder, "Vietnamese President Luong Cuong will travel to Peru next month for the APEC summit.")
    assert [e.event for e in events] == ["AGREE"]
    assert [m.code for m in events[0].actor] == ["VNM"]
