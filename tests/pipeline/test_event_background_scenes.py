"""Side nouns and clauses that name no event in long sentences (pipeline/event_background.py and the rules it
works with): the act a show of force is to deter, a state's own security meeting, a readiness demonstrated, what
a crowd's participle demands and what a plot aims at. Each keeps its event where the clause is reported news.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text, kept", [
    ("Two U.S. B-52 bombers flew over the Korean peninsula on Sunday in a show of force aimed at deterring North "
     "Korea from conducting a seventh nuclear test.", False),
    ("North Korea conducted a seventh nuclear test on Sunday, the South Korean military said.", True),
])
def test_the_act_a_show_of_force_is_to_deter_is_not_done(coder, text, kept):
    events = code(coder, text, date=DATE)
    assert any(e.event == "MOBILIZE" and "PRK" in {a.code for a in e.actor} for e in events) is kept


@pytest.mark.parametrize("text, consult", [
    ("Taiwan's President Lai Ching-te convened an emergency security meeting on Monday morning after Chinese "
     "warships began drills around the island.", False),
    ("Japanese Prime Minister Shigeru Ishiba chaired a cabinet meeting on Tuesday to discuss the missile launch.",
     False),
    ("The Arab League held an emergency security meeting in Cairo on Sunday with foreign ministers of member "
     "states.", True),
])
def test_a_states_own_security_meeting_consults_no_one(coder, text, consult):
    assert ("CONSULT" in types(coder, text)) is consult


def test_demonstrating_readiness_is_no_protest(coder):
    found = types(coder, "North Korean leader Kim Jong Un oversaw artillery drills near the western sea border on "
                         "Saturday to demonstrate the army's readiness to retaliate against any provocation.")
    assert "PROTEST" not in found


def test_what_a_crowds_participle_demands_is_the_protests_content(coder):
    found = types(coder, "Thousands of Serbian students marched through central Belgrade on Saturday, protesting "
                         "against corruption and demanding the resignation of the government.")
    assert found == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Venezuela's interior ministry said on Tuesday that security forces had arrested three Colombian nationals "
    "suspected of plotting to assassinate President Nicolas Maduro.",
    "Burkinabe police foiled a plot to assassinate the country's president on Sunday, the security minister said.",
    "Iran conspired to kill a dissident journalist in New York, U.S. prosecutors said.",
])
def test_what_a_plot_aims_at_is_not_done(coder, text):
    assert "ASSAULT" not in types(coder, text)


def test_a_such_noun_points_back_at_the_sentences_act(coder):
    events = code(coder, "Slovak Prime Minister Robert Fico travelled to Moscow on Friday for talks with President "
                         "Vladimir Putin, the first such visit by an EU leader in months.", date=DATE)
    assert [(e.event, tuple(a.code for a in e.actor)) for e in events] == [("CONSULT", ("SVK",))]
