"""Fire inside an exercise, or at a practice target, is the exercise (MOBILIZE; COOPERATE when joint), not an
ASSAULT; fire at a coded party during drills stays an ASSAULT."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("Philippine and Japanese warships sank a decommissioned frigate with anti-ship missiles during joint live-fire "
     "drills off Luzon on Wednesday, the Philippine navy said.", "COOPERATE", ("JPN", "PHL")),
    ("Taiwanese artillery units pounded target buoys off Kinmen during an annual exercise on Monday.",
     "MOBILIZE", ("TWN",)),
    ("South Korean and U.S. fighter jets bombed a mock enemy airfield as part of combined air drills near the "
     "border, Seoul's Joint Chiefs of Staff said on Thursday.", "COOPERATE", ("KOR", "USA")),
    ("Indian navy destroyers struck a decommissioned cargo ship with BrahMos cruise missiles in the Arabian Sea on Friday, "
     "officials said.", "MOBILIZE", ("IND",)),
    ("Russian warplanes fired cruise missiles at targets in the Barents Sea in an exercise of the Northern Fleet, "
     "the defence ministry in Moscow said.", "MOBILIZE", ("RUS",)),
])
def test_strike_in_an_exercise_is_the_exercise(coder, text, etype, actor):
    found = [(e.event, tuple(sorted(entity_codes(e.actor)))) for e in code(coder, text, date=DATE)]
    assert (etype, actor) in found, found
    assert not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "Israeli jets struck Hezbollah positions in southern Lebanon during a military exercise that Israel's army held "
    "along the frontier, Lebanon's army said.",
    "Chinese warships fired on Taiwanese coast guard vessels during large-scale drills around the island, Taipei "
    "said on Saturday.",
    "Russian forces shelled the Ukrainian city of Kherson on Sunday. Moscow said its forces had struck only military "
    "targets.",
])
def test_fire_at_a_coded_party_during_drills_stays_an_assault(coder, text):
    assert any(e.event == "ASSAULT" for e in code(coder, text, date=DATE))
