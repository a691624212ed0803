"""Coordinated prepositions share their object (arguments.prep_objects): "flights to and from Israel" names Israel
for "to" as for "from"."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Jordan suspended all cargo flights to and from Israel on Sunday, the civil aviation authority said.",
     ("SANCTION", ("JOR",), ("ISR",))),
    ("Oman halted shipments of cement to and from Iran after a customs dispute.", ("SANCTION", ("OMN",), ("IRN",))),
])
def test_to_and_from_x_names_x(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_shared_object_keeps_its_list(coder):
    found = dyads(coder, "Peru suspended flights to and from Chile and Bolivia during the dispute.")
    assert any(d[0] == "SANCTION" and set(d[2]) >= {"CHL", "BOL"} for d in found)
