"""event_threat_targets.py: whom a threat answers when its words name the act, not the party."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Pakistani jets struck hideouts in Afghanistan's Paktika province overnight, Afghan Taliban officials said "
     "on Tuesday, warning that the attack would not go unanswered.", ("THREATEN", ("AFG",), ("PAK",))),
    ("Israeli jets struck a building in Beirut's southern suburbs, and Hezbollah warned that the attack would not "
     "go unanswered.", ("THREATEN", ("LBN",), ("ISR",))),
])
def test_a_threat_over_the_attack_named_again_answers_its_doer(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_any_noun_party_still_named(coder):
    got = dyads(coder, "Taiwan's defence minister warned that its forces would repel any Chinese attempt to seize "
                       "its outlying islands.")
    assert any(d[0] == "THREATEN" and d[2] == ("CHN",) for d in got), got
