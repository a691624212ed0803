"""A protest over an act told as a gerund clause with its own subject is aimed at that subject
(event_held_targets.gerund_doer); a verb's 'from' phrase right after the proposal answered names its author
(event_far_recipients.torn_source)."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("South Korea lodged a protest over Japanese officials visiting a contested war shrine on Tuesday.",
     ("ACCUSE", ("KOR",), ("JPN",))),
    ("Finland protested over Russian military aircraft entering its airspace near Porvoo.",
     ("ACCUSE", ("FIN",), ("RUS",))),
])
def test_a_protest_over_a_clause_names_its_subject(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_proposal_turned_down_from_x_names_x(coder):
    assert ("REJECT", ("SRB",), ("HUN",)) in dyads(coder, "Belgrade turned down a proposal from Budapest on Monday.")
