"""agents.json: the words for a state's governing body stand for that state where the sentence names it."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("The African Union suspended Gabon from all its activities on Thursday, a day after army officers seized power "
     "in Libreville, and called on the new military rulers to restore constitutional order within six months.",
     ("REQUEST", ("IGO",), ("GAB",))),
    ("The European Union froze part of its assistance to Georgia on Tuesday and called on the government to repeal "
     "the foreign agents law.", ("REQUEST", ("EUR",), ("GEO",))),
    ("Sudan's military rulers expelled two Kenyan diplomats on Wednesday, accusing Nairobi of hosting a rival "
     "administration.", ("SANCTION", ("SDN",), ("KEN",))),
])
def test_a_governing_body_word_is_the_state_named_with_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)
