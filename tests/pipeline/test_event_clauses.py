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


@pytest.mark.parametrize(("text", "event", "planned"), [
    # a shipment's or a withdrawal's scheduled start is a plan announced, not an outcome imagined
    ("Qatar said on Tuesday its first shipment of fuel for Gaza would leave Doha on Thursday.", "AGREE", "AID"),
    ("Moscow said the withdrawal of its troops from the Zaporizhzhia plant would begin next month.",
     "CONCEDE", "RETREAT"),
])
def test_a_scheduled_cooperative_act_named_by_a_noun_is_a_plan(coder, text, event, planned):
    events = coder.code(text, date="2025-02-04")
    assert [(e.event, e.planned_event) for e in events] == [(event, planned)], \
        [(e.event, e.planned_event) for e in events]


def test_a_hostile_act_that_would_begin_stays_anticipated(coder):
    events = coder.code("Residents said a Russian assault on the town would begin within days.", date="2025-02-04")
    assert not any(e.event == "ASSAULT" for e in events), [e.event for e in events]
