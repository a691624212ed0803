"""An appeal, promise or protest made in a call or talks with a party is made to that party
(event_held_targets.talk_partner), when it names no party of its own."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("In a telephone call with Pezeshkian on Monday, Macron urged restraint in the Gulf.",
     ("REQUEST", ("FRA",), ("IRN",))),
    ("During talks with Ramaphosa in Pretoria, Modi pledged to expand defence cooperation.",
     ("AGREE", ("IND",), ("ZAF",))),
])
def test_what_is_said_in_talks_is_said_to_the_partner(coder, text, dyad):
    assert dyad in dyads(coder, text)
