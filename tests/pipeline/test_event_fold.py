"""Folding (event_fold.py): a meeting told twice in one sentence, once as a visit and once as an
undirected meeting of the same parties, is one visit; two separate meetings stay two."""

from __future__ import annotations

import pytest


def consults(coder, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(sorted({a.code for a in e.actor if a.code})), tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04") if e.event == "CONSULT")


@pytest.mark.parametrize(("text", "visit"), [
    ("Spanish Prime Minister Pedro Sanchez visited Rabat on Wednesday, where he met Moroccan Prime Minister "
     "Aziz Akhannouch to discuss migration.", (("ESP",), ("MAR",))),
    ("Qatar's emir received Lebanese President Joseph Aoun in Doha on Sunday, and the two leaders discussed "
     "support for the Lebanese army.", (("LBN",), ("QAT",))),
])
def test_a_meeting_verb_inside_the_visit_is_the_visit(coder, text, visit):
    assert consults(coder, text) == [visit], consults(coder, text)


def test_two_meetings_with_different_leaders_stay_two(coder):
    found = consults(coder, "Lula met Xi in Beijing on Monday and met Modi in New Delhi on Friday.")
    assert len(found) == 2, found
