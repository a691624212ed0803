"""Forces moved to a home region told as bordering another country are aimed at that neighbour
(argument_places.border_recipient), as "to the border with X" is; not for attacks there."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Armenia moved additional troops to the Syunik province bordering Azerbaijan, the defence ministry said.",
     ("MOBILIZE", ("ARM",), ("AZE",))),
    ("Iran deployed extra border units in Sistan-Baluchestan province, which borders Pakistan, on Tuesday.",
     ("MOBILIZE", ("IRN",), ("PAK",))),
])
def test_a_deployment_to_a_region_bordering_x_is_aimed_at_x(coder, text, dyad):
    assert dyad in dyads(coder, text)
