"""Attacks told with the weapon as the subject and no doer (pipeline/event_weapon_scenes.py): the attack is
coded with no actor and the scene's country as the one hit; a weapon in a time clause, a described weapon and
non-weapon subjects add nothing. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def assaults(coder, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    return [(entity_codes(e.actor), entity_codes(e.recipient), e.mode) for e in code(coder, text)
            if e.event == "ASSAULT"]


@pytest.mark.parametrize(("text", "recipient", "mode"), [
    ("A car bomb killed nine people near a market in Mogadishu on Thursday, a police officer said.",
     "SOM", "explosives"),
    ("A roadside bomb hit a police van in Pakistan's Khyber district on Monday, killing three officers.",
     "PAK", "explosives"),
    ("An airstrike killed 11 people at a fuel station in northern Yemen on Friday, residents said.", "YEM", "aerial"),
    ("A blast ripped through a crowded bus station in the Afghan city of Herat on Sunday.", "AFG", "explosives"),
    ("A bomb exploded outside a court building in Quetta on Wednesday, wounding six people.", "PAK", "explosives"),
])
def test_doerless_weapon_attack_hits_the_scene(coder, text, recipient, mode):
    assert ((), (recipient,), mode) in assaults(coder, text)


@pytest.mark.parametrize("text", [
    "Lithuania closed its embassy in Kabul on Tuesday, days after a car bomb killed four guards in the city.",
    "Tensions exploded in Nairobi after the disputed vote.",
    "An ammunition depot exploded in Ukraine's Zhytomyr region on Friday.",
])
def test_time_clauses_and_non_weapon_subjects_add_no_doerless_attack(coder, text):
    assert not [a for a in assaults(coder, text) if not a[0]]
