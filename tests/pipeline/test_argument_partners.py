"""argument_partners.py: the party a reaction answers when the parse names it in another clause."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Japan scrambled fighter jets after Russian bombers flew near Hokkaido.", ("MOBILIZE", ("JPN",), ("RUS",))),
    ("Kuwait put its forces on high alert on Wednesday, hours after Iraqi militiamen fired two rockets across "
     "the frontier.", ("MOBILIZE", ("KWT",), ("IRQ",))),
    # a force sent around the island answers its sender too (alarm_provokers; the newer golds code it so)
    ("Taiwan put its forces on high alert after China sent dozens of warships around the island for drills.",
     ("MOBILIZE", ("TWN",), ("CHN",))),
    # an act aimed at a third party, a weapons test or a missile into the sea answer no one
    ("Poland scrambled fighter jets on Sunday after Russia launched a massive drone attack on western Ukraine.",
     ("MOBILIZE", ("POL",), ())),
    ("India placed its armed forces on high alert on Wednesday after Pakistan test-fired a ballistic missile.",
     ("MOBILIZE", ("IND",), ())),
    ("South Korea put its troops on alert after North Korea fired missiles into the sea.", ("MOBILIZE", ("KOR",), ())),
])
def test_an_alert_answers_an_intrusion_named_after_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Seoul demanded an apology on Monday after North Korean soldiers briefly crossed the military demarcation line.",
     ("REQUEST", ("KOR",), ("PRK",))),
    ("Ghana cancelled a planned visit by its foreign minister after Burkina Faso's junta expelled three Ghanaian "
     "diplomats.", ("REJECT", ("GHA",), ("BFA",))),
    # a provoking act with no coded doer is the country's where it happened
    ("Norway halted development aid on Friday after the military seized power in Niger.", ("SANCTION", ("NOR",), ("NER",))),
])
def test_a_reaction_answers_the_provoker_named_after_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Philippine coast guard dispatched two cutters on Tuesday to shadow Chinese maritime militia boats that had "
     "massed near Sabina Shoal.", ("MOBILIZE", ("PHL",), ("CHN",))),
    ("Manila put its air force on alert to track Chinese survey ships near Reed Bank.", ("MOBILIZE", ("PHL",), ("CHN",))),
    ("Beijing sent coast guard ships to drive off Philippine vessels near Scarborough Shoal.",
     ("MOBILIZE", ("CHN",), ("PHL",))),
    # a purpose shared by a coordinated move
    ("Taiwan deployed warships and put missile units on alert to monitor a Chinese aircraft carrier group.",
     ("MOBILIZE", ("TWN",), ("CHN",))),
    ("The Royal Navy sent a frigate to keep watch on two Russian warships passing through the English Channel.",
     ("MOBILIZE", ("GBR",), ("RUS",))),
    # an act to push back at home is no force watched (the older gold: no recipient)
    ("Russia has deployed around 50,000 troops to the Kursk region to push back the Ukrainian incursion.",
     ("MOBILIZE", ("RUS",), ())),
])
def test_a_force_sent_to_watch_another_is_aimed_at_its_owner(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)
