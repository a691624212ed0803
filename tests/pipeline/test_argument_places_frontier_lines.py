"""argument_places.frontier_side: a named frontier line (knowledge/frontier_lines.json) that is no 'border'
word still names the side across it for a move to or along it, or for fire across it."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-09-18"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("New Delhi rushed two more infantry brigades to the Line of Actual Control in Arunachal Pradesh on Monday, army "
     "officers said.", ("MOBILIZE", ("IND",), ("CHN",))),
    ("The People's Liberation Army moved rocket launchers closer to the LAC near Demchok last week, according to "
     "satellite images.", ("MOBILIZE", ("CHN",), ("IND",))),
    ("Islamabad ordered its ground forces onto high alert along the Line of Control late on Tuesday.",
     ("MOBILIZE", ("PAK",), ("IND",))),
    ("Seoul placed its western front divisions on maximum readiness along the demilitarized zone overnight.",
     ("MOBILIZE", ("KOR",), ("PRK",))),
    ("Pyongyang stationed new artillery batteries near the Military Demarcation Line, the South's military said.",
     ("MOBILIZE", ("PRK",), ("KOR",))),
    ("Yerevan sent reinforcements to the line of contact with Azerbaijan in the Syunik province on Thursday.",
     ("MOBILIZE", ("ARM",), ("AZE",))),
])
def test_a_move_to_a_named_frontier_line_is_aimed_across_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_fire_across_a_named_line_hits_the_other_side(coder):
    text = "Pakistani troops fired mortar rounds across the Line of Control into the Uri sector on Friday."
    assert ("ASSAULT", ("PAK",), ("IND",)) in dyads(coder, text), dyads(coder, text)


def test_a_line_the_actor_is_no_side_of_names_no_party(coder):
    text = "Spanish peacekeepers with the UN force stepped up patrols along the Blue Line on Wednesday."
    assert not any(d[2] for d in dyads(coder, text) if d[0] == "MOBILIZE"), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Chinese coast guard cutter sideswiped a Filipino supply boat off Ayungin Shoal early on Monday.",
     ("ASSAULT", ("CHN",), ("PHL",))),
    ("Beijing sent four coast guard ships into the waters around the Diaoyu Islands on Saturday.",
     ("MOBILIZE", ("CHN",), ("JPN",))),
    ("Moscow deployed coastal defence missiles to the southern Kurils this week.", ("MOBILIZE", ("RUS",), ("JPN",))),
    ("Caracas moved an armoured battalion toward the Essequibo on Tuesday.", ("MOBILIZE", ("VEN",), ("GUY",))),
])
def test_a_move_or_attack_at_a_contested_place_is_aimed_at_the_other_claimant(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_contested_place_the_actor_does_not_claim_names_no_party(coder):
    text = "An Australian surveillance plane flew over Scarborough Shoal on Tuesday during a joint patrol."
    assert not any(d[2] for d in dyads(coder, text) if d[0] == "MOBILIZE"), dyads(coder, text)
