"""'In what X called ...' (pipeline/event_rules.restated_act_label, event_labels.restated_act_doers): a verdict a
third party puts on the clause's act accuses its doer; a bare name for the act, a label on one's own act and an
accusation already made accuse no one again. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, actor, recipient", [
    ("Pakistani jets bombed camps in Afghanistan's Paktika province, in what the Taliban government called a "
     "flagrant violation of Afghan sovereignty.", "AFG", "PAK"),
    ("Azerbaijani troops shelled Armenian positions near Jermuk, in what Yerevan described as a blatant "
     "provocation.", "ARM", "AZE"),
])
def test_a_third_partys_verdict_on_the_act_accuses_its_doer(coder, text, actor, recipient):
    accuses = [e for e in code(coder, text, date="2026-11-27") if e.event == "ACCUSE"]
    assert [({a.code for a in e.actor}, {r.code for r in e.recipient}) for e in accuses] == [({actor}, {recipient})]


@pytest.mark.parametrize("text", [
    "Russian forces launched a huge drone attack on Lviv, in what Kyiv called the biggest raid of the month.",
    "Israel struck sites in southern Lebanon, in what it called a response to rocket fire.",
    "Beijing accused Manila of ramming a Chinese vessel, in what the foreign ministry called a dangerous provocation.",
])
def test_no_second_accusation_from_a_name_an_own_act_or_a_repeat(coder, text):
    assert len([e for e in code(coder, text, date="2026-11-27") if e.event == "ACCUSE"]) <= (
        1 if "accused" in text else 0)
