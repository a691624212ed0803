"""An act a party is held responsible for was done by the one held (event_nominal_owner._accused_actor): "X holds Y
responsible for the attack" makes Y the attack's alleged doer, not X."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kyiv held Moscow responsible for the missile attack on a children's hospital in Ukraine.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("Islamabad holds Kabul responsible for the bombing of a Pakistani army convoy, officials said.",
     ("ASSAULT", ("AFG",), ("PAK",))),
])
def test_the_party_held_responsible_did_the_act(coder, text, dyad):
    assert dyad in dyads(coder, text)
