"""argument_places.compass_places: a compass word's "of" phrase ("east of Taiwan") is where the act happens."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-10-07"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Chinese carrier group staged flight drills northeast of the Philippines' Batanes islands on Sunday.",
     ("MOBILIZE", ("CHN",), ("PHL",))),
    ("Russian bombers flew west of the Norwegian city of Bodo overnight, Oslo said.",
     ("MOBILIZE", ("RUS",), ("NOR",))),
    ("Israeli drones hit a pickup truck south of the Lebanese port city of Sidon on Thursday.",
     ("ASSAULT", ("ISR",), ("LBN",))),
])
def test_a_compass_place_gives_its_country(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_compass_place_at_home_names_no_party(coder):
    text = "Indian troops carried out a training exercise north of New Delhi on Monday."
    assert not any(d[2] for d in dyads(coder, text)), dyads(coder, text)
