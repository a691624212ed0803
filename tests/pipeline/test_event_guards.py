"""Clause guards of the events stage (event_guards): a tensed verb the parser joins to a purpose
infinitive is the main clause's second act, not part of the purpose. Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-05-06"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Qatar's prime minister flew to Tehran on Monday to meet Iranian officials and accused Israel of "
     "undermining the talks.", ("ACCUSE", ("QAT",), ("ISR",))),
    ("Indonesia's foreign minister travelled to Canberra to see her Australian counterpart and criticised "
     "Washington for cutting aid to the Pacific.", ("ACCUSE", ("IDN",), ("USA",))),
])
def test_a_tensed_verb_joined_to_a_purpose_is_asserted(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_the_purpose_itself_stays_an_intention(coder):
    # "to meet Iranian officials" is the visit's purpose, not a second CONSULT
    found = dyads(coder, "Qatar's prime minister flew to Tehran on Monday to meet Iranian officials.")
    assert [d for d in found if d[0] == "CONSULT"] == [("CONSULT", ("QAT",), ("IRN",))], found



def test_a_participle_set_off_after_a_purpose_is_the_main_clauses(coder):
    # ", firing water cannon at ...": how the police went about it, not part of what the marchers wanted
    found = dyads(coder, "Bangladeshi police detained dozens of garment workers marching on Dhaka to demand higher "
                         "wages, firing water cannon at crowds near the Gazipur factories, witnesses said.")
    assert any(d[0] == "ASSAULT" and d[1] == ("BGD",) for d in found), found


@pytest.mark.parametrize("text, expected", [
    ("The Houthis said on Monday they were ready to accept a truce if Saudi Arabia lifted its blockade of Hodeidah.",
     ("AGREE", ("YEM",), ("SAU",))),
    ("Azerbaijan's army said it was prepared to observe a ceasefire if Armenian forces withdrew from the heights.",
     ("CONCEDE", ("AZE",), ("ARM",))),
])
def test_an_offer_under_a_condition_is_aimed_at_the_conditions_party(coder, text, expected):
    found = dyads(coder, text)
    assert expected in found
    assert len([f for f in found if f[1] == expected[1]]) == 1  # (the condition stays the other side's, hypothetical)
