"""A judged act noun read as a verb under a naming verb (pipeline/label_objects.py, r23 types): 'called North
Korea's missile launch a grave provocation' accuses the launch's owner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, actor, recipient", [
    ("Tokyo called North Korea's ballistic missile launch a grave threat to regional peace.", "JPN", "PRK"),
    ("Taipei called China's large-scale military drills a reckless provocation.", "TWN", "CHN"),
])
def test_a_judged_noun_read_as_a_verb_is_the_labelled_object(coder, text, actor, recipient):
    accuses = [e for e in code(coder, text, date="2026-11-27") if e.event == "ACCUSE"]
    assert accuses and {a.code for a in accuses[0].actor} == {actor}
    assert recipient in {r.code for r in accuses[0].recipient}


def test_a_naming_verb_with_its_own_clause_is_left_alone(coder):
    events = code(coder, "Analysts called the summit a success for both sides.", date="2026-11-27")
    assert not any(e.event == "ACCUSE" for e in events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Syria's foreign ministry called the Israeli strikes a blatant violation of its sovereignty.", "SYR", "ISR"),
    ("Beijing termed the Dutch export curbs a hostile act.", "CHN", "NLD"),
])
def test_labels_on_judged_strikes_and_terms_accuse(coder, text, actor, recipient):
    accuses = [e for e in code(coder, text, date="2026-11-27") if e.event == "ACCUSE"]
    assert accuses and {a.code for a in accuses[0].actor} == {actor}
    assert recipient in {r.code for r in accuses[0].recipient}
