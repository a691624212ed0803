"""Another party's act that a speaker says must / should happen is the speaker's REQUEST of that party
(event_retype.demanded_by_speaker); the speaker's own side keeps the act's own reading."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event


@pytest.mark.parametrize("text,actor,recipient,mode", [
    ("Lavrov said Kyiv must withdraw its forces from the Kursk region before any talks.", ("RUS",), ("UKR",), "yield"),
    ("Macron said on Friday that Iran should release the two French teachers it holds.", ("FRA",), ("IRN",), "yield"),
    ("The Armenian prime minister said Azerbaijan must return the prisoners of war.", ("ARM",), ("AZE",), "yield"),
])
def test_must_clause_of_another_party_is_a_request(coder, text, actor, recipient, mode):
    e = find_event(code(coder, text), "REQUEST")
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient
    assert e.mode == mode and e.aux_mode is None


def test_own_side_must_clause_is_no_request(coder):
    events = code(coder, "Putin said Russia must strengthen its air defences along the border.")
    assert not [e for e in events if e.event == "REQUEST"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Kenya's president said Somalia must stop detaining Kenyan truck drivers.", ("KEN",), ("SOM",)),
    ("Netanyahu said Hezbollah must cease firing at northern Israel.", ("ISR",), ("LBN",)),
])
def test_must_stop_clause_of_another_party_is_a_yield_request(coder, text, actor, recipient):
    e = find_event(code(coder, text), "REQUEST")
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient
    assert e.mode == "yield" and e.aux_mode is None
