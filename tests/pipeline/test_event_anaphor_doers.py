"""A side clause whose subject refers back ("the junta", "the office", "they", "it") takes the coded party named
before it in the sentence (event_anaphor_doers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _dyads(coder, text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event, tuple(sorted(a.code for a in e.actor if a.code)), tuple(sorted(r.code for r in e.recipient
                                                                                      if r.code)))
            for e in code(coder, text, date=DATE)}


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Philippines demanded on Tuesday that China withdraw its coast guard vessels from Scarborough Shoal, a day "
     "after they fired water cannon at two Philippine fishing boats.", ("ASSAULT", ("CHN",), ("PHL",))),
    ("Mali's junta expelled the head of the United Nations human rights office in Bamako on Tuesday, days after the "
     "office criticised an army operation in the centre of the country.", ("ACCUSE", ("UNO",), ())),
])
def test_a_side_clause_subject_that_refers_back_is_the_party_named_before(coder, text, dyad):
    assert dyad in _dyads(coder, text)


def test_a_pronoun_never_takes_a_noun_of_its_own_clause(coder):
    text = "Analysts said the talks would resume next week after they had stalled over prisoner exchanges."
    assert not _dyads(coder, text)
