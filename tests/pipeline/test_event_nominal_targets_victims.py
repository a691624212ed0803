"""event_nominal_targets.harmed_in_it: an attack noun in the "in" phrase of a passive harm verb hits the victims."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-08-20"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Five Syrian conscripts were killed in a Turkish drone strike near Manbij late on Monday.",
     ("ASSAULT", ("TUR",), ("SYR",))),
    ("A power substation in the Chernihiv region was destroyed in a Russian glide bomb attack on Friday.",
     ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_the_harmed_subject_of_a_passive_names_the_attacks_target(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_the_attackers_own_casualties_name_no_target(coder):
    got = dyads(coder, "Three Sudanese soldiers were wounded in a Sudanese army artillery barrage on Saturday.")
    assert all(d[2] == () for d in got if d[0] == "ASSAULT"), got
