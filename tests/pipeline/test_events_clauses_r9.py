"""Clause structure and the actor of events in complex sentences (events round 9): unnamed armed actors,
main clauses the parser reads as reduced relatives, acts a work of fiction tells, participle accusations,
"X wants Y to V", mediators. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text, expected", [
    # "armed / masked / unidentified" people are violent agents of the scene's country, like "gunmen"
    ("Armed men killed nine soldiers in an ambush on a patrol in Mali's Segou region, the army said on Friday.",
     ("ASSAULT", ("MLI",), ("MLI",))),
    ("Masked men torched a polling station and beat two election officials in Haiti's Artibonite department.",
     ("ASSAULT", ("HTI",), ("HTI",))),
    # a main clause read as a reduced relative before a trailing attribution ("militants killed ..., sources said")
    ("Islamist militants killed at least 40 villagers in northern Nigeria, local officials said.",
     ("ASSAULT", ("NGA",), ("NGA",))),
])
def test_unnamed_armed_actors_take_the_scene(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "A film about armed men who attacked a village in Burkina Faso won the top prize in Venice.",
    "A novel about the militants who killed 50 soldiers in Mali topped the French best-seller list.",
    "Armed men in military uniforms were seen near the border with Chad, residents said.",
    "Militants killed in the raid included two commanders, the Pakistani army said.",
])
def test_no_event_from_told_or_passive_armed_people(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "ASSAULT"]
