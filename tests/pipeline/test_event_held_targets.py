"""A hostile act held until / unless another party acts is aimed at that party (event_held_targets.held_until_party):
a penalty kept in place until a party changes course, found when no other country was named."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ghana suspended all imports of poultry on Monday until Brazil lifts its own ban on Ghanaian cocoa.",
     ("SANCTION", ("GHA",), ("BRA",))),
    ("Morocco recalled its ambassador on Friday until Spain clarifies its position on the dispute, the ministry said.",
     ("SANCTION", ("MAR",), ("ESP",))),
    ("The EU froze 2 billion euros in grants until Poland restores the independence of its courts.",
     ("SANCTION", ("EUR",), ("POL",))),
])
def test_a_penalty_held_until_a_party_acts_is_aimed_at_it(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_penalty_held_until_a_thing_happens_names_no_party(coder):
    found = dyads(coder, "Serbia suspended all arms exports until the end of the year, the defence ministry said.")
    assert ("SANCTION", ("SRB",), ()) in found or not any(d[0] == "SANCTION" and d[2] for d in found)
