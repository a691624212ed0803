"""Routine notices that read like acts between parties (event_advisories): a travel advisory to a state's own people
and producers setting their own oil output are no events; warnings to another side's people stay threats."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event


@pytest.mark.parametrize("text", [
    "South Korea warned its citizens against travelling to Cambodia after a spate of kidnappings near Phnom Penh.",
    "Canada's foreign ministry advised Canadian nationals against all travel to northern Mali on Tuesday.",
    "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels per day in July.",
    "Saudi Arabia and Russia agreed to extend their voluntary crude production cuts until the end of March.",
])
def test_routine_notice_is_no_event(coder, text):
    assert not code(coder, text), text


@pytest.mark.parametrize("text,actor,recipient", [
    ("Hezbollah warned Israeli residents of border towns to leave their homes.", ("LBN",), ("ISR",)),
    ("Iran warned the United States against sending more warships to the Gulf.", ("IRN",), ("USA",)),
])
def test_warning_to_another_side_stays_a_threat(coder, text, actor, recipient):
    e = find_event(code(coder, text), "THREATEN")
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient
