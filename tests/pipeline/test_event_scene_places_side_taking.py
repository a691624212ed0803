"""The side an act is done "in solidarity with / in support of" is no party the act is done to
(event_scene_places.drop_grounds), also where the parser hangs the side's "with" on the verb."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chile suspended all arms purchases from Israel in solidarity with the people of Gaza, its president said.",
     ("SANCTION", ("CHL",), ("ISR",))),
    ("Malaysia cut shipping links with Israel in solidarity with the Palestinian people on Wednesday.",
     ("SANCTION", ("MYS",), ("ISR",))),
])
def test_the_side_taken_is_no_recipient(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_standing_in_solidarity_keeps_the_side_it_supports(coder):
    found = dyads(coder, "Guinea and Chad said they stood in full solidarity with Bamako after the attack.")
    assert any(d[0] == "SUPPORT" and d[2] == ("MLI",) for d in found)
