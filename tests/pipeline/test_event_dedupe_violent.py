"""Two coordinated violent verbs, each with a victim of its own, are two attacks on one dyad; a shared object, a
pronoun pointing back, or a toll or gain of the first attack keep one (event_dedupe.coordinated_measures).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _assaults(coder, text: str) -> int:
    return sum(1 for e in code(coder, text, date=DATE) if e.event == "ASSAULT")


@pytest.mark.parametrize("text", [
    "Israeli drones struck a car near Tyre and bombed a house in the village of Kfar Kila on Sunday, the Lebanese "
    "health ministry said.",
    "Bandits kidnapped 20 schoolchildren in Nigeria's Kebbi state and ambushed a police patrol sent to rescue them, "
    "the state governor said on Tuesday.",
])
def test_two_violent_verbs_with_victims_of_their_own_are_two_attacks(coder, text):
    assert _assaults(coder, text) == 2


@pytest.mark.parametrize("text", [
    "Russian forces shelled and bombed the city of Kherson overnight, the regional governor said.",
    "Gang members set fire to a police station in Port-au-Prince and killed two officers overnight, police said.",
    "Suspected jihadists ambushed an army convoy near Djibo and burned its trucks, security sources said.",
])
def test_a_shared_victim_a_toll_or_a_pronoun_keep_one_attack(coder, text):
    assert _assaults(coder, text) == 1
