"""Round 12 (args): actors far from the trigger in long sentences: a weapon's launch ground named by its
holder ("fired from Houthi-controlled territory"), military units named by their trade ("its drone operators")
(argument_places.py, knowledge/agents.json). Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Greek-owned bulk carrier was hit by two missiles fired from Houthi-controlled territory in Yemen on Monday.",
     ("ASSAULT", ("YEM",), ("GRC",))),
    ("A Liberian-flagged tanker was struck by a drone launched from Houthi-held territory off the coast.",
     ("ASSAULT", ("YEM",), ("LBR",))),
])
def test_weapon_launched_from_held_ground_is_the_holders(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found



@pytest.mark.parametrize(("text", "dyad"), [
    ("Ukraine's army said its drone operators had destroyed a Russian air defence system near Tokmak.",
     ("ASSAULT", ("UKR",), ("RUS",))),
    ("The 47th Mechanised Brigade of Ukraine's armed forces said on Friday that its drone operators had destroyed "
     "two Russian ammunition depots near the occupied town of Tokmak.", ("ASSAULT", ("UKR",), ("RUS",))),
])
def test_drone_operators_are_soldiers_not_a_firm(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found
