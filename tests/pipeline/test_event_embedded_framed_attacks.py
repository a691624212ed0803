"""The subject of a verb of fleeing or sheltering undergoes the attack its 'in / during'
phrase names; it is not the attack's doer (event_embedded.framed_attack)."""

from __future__ import annotations

from tests.conftest import code


def test_residents_fleeing_during_fighting_fight_no_one(coder):
    text = "During the fighting, tens of thousands of residents fled their homes in El Fasher, the U.N. said."
    assert not [e for e in code(coder, text, date="2026-11-24") if e.event == "ASSAULT"]


def test_troops_killing_during_a_raid_still_attack(coder):
    text = "During a raid on Jenin, Israeli troops killed three Palestinians, the health ministry said."
    assert [e.event for e in code(coder, text, date="2026-11-24")] == ["ASSAULT"]
