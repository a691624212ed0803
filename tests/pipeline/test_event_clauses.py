"""Clause shapes of long sentences (pipeline/event_clauses.py): side-clause words that name no event. Sentences
written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "The junta arrested the head of the electoral commission and dissolved the national assembly in Niamey, steps "
    "the African Union said threatened the transition.",
    "Russia massed troops on the border with Ukraine, a move that threatened the fragile truce, NATO said.",
])
def test_a_summed_up_step_that_threatens_something_is_no_threat(coder, text):
    assert not any(e.event == "THREATEN" for e in code(coder, text))


@pytest.mark.parametrize("text", [
    "Asian shares rose on Monday on hopes of a truce between Thailand and Cambodia.",
    "The rouble firmed on speculation of a prisoner exchange between Russia and the United States.",
])
def test_hoped_for_noun_is_no_event(coder, text):
    assert code(coder, text) == []


def test_sentence_after_conviction_is_one_verdict(coder):
    events = code(coder, "A Minsk court sentenced a Polish journalist to eight years in prison on Tuesday after "
                         "convicting him of espionage.")
    assert [e.event for e in events] == ["SANCTION"]


def test_second_participle_of_a_sanction_spells_it_out(coder):
    events = code(coder, "Britain imposed sanctions on Tuesday on three Georgian officials, freezing their assets and "
                         "barring British banks from dealing with them.")
    assert [e.event for e in events] == ["SANCTION"]
