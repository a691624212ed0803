"""Event words in generic statements (event_generic): habits, dated episodes, what a law requires, ordinary
crime; and the matching sentences that do report the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text", [
    "Chinese warships routinely sail through the Taiwan Strait, which Beijing claims as internal waters.",
    "Belarusian helicopters regularly patrol the forests along the Lithuanian border, the Lithuanian border guard "
    "service says.",
    "Iranian speedboats often harass tankers passing through the Strait of Hormuz, U.S. naval officers say.",
    "Pensioners rally outside the Romanian labour ministry in Bucharest every Wednesday to demand higher "
    "pensions.",
    "Seoul usually protests when Japanese lawmakers visit the Yasukuni shrine.",
])
def test_a_present_habit_reports_no_act(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text, etype", [
    ("Two Chinese warships sailed through the Taiwan Strait on Sunday, Taiwan's defence ministry said.", "MOBILIZE"),
    ("Iranian speedboats harassed a Greek-flagged tanker in the Strait of Hormuz on Tuesday, the U.S. Navy said.",
     "COERCE"),
    ("Russian forces repeatedly shelled the city of Nikopol on Saturday, the regional governor said.", "ASSAULT"),
    ("South Korean and U.S. warships now hold joint drills off Jeju island every month, the South Korean navy said "
     "on Monday.", "COOPERATE"),
])
def test_the_same_act_told_as_done_stays(coder, text, etype):
    assert etype in _types(coder, text)


def test_an_act_noun_dated_by_a_year_in_a_time_phrase_is_a_label(coder):
    text = ("Finland will spend 300 million euros on border fences next year, part of a security plan drawn up "
            "after Russia's 2014 annexation of Crimea, the interior ministry said on Monday.")
    assert _types(coder, text) == []


def test_a_dated_act_named_as_the_content_of_blame_stays(coder):
    text = "Canada on Tuesday blamed Russian military hackers for the 2024 breach of its parliament's email system."
    assert "ACCUSE" in _types(coder, text)
    assert any(t in ("COERCE", "ASSAULT") for t in _types(coder, text))


@pytest.mark.parametrize("text", [
    "The Global Magnitsky Act allows Washington to impose sanctions on foreign officials who abuse human rights.",
    "The Taiwan Relations Act requires the United States to supply Taiwan with defensive weapons.",
])
def test_what_a_law_or_treaty_requires_is_no_act(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text", [
    "Armed robbers attacked a bullion van on a motorway near Johannesburg on Thursday and escaped with cash.",
    "Armed robbers stormed a bank in Nairobi on Friday and killed a security guard, police said.",
])
def test_ordinary_crime_has_no_political_actor(coder, text):
    assert _types(coder, text) == []


def test_a_crime_on_state_forces_stays(coder):
    text = "Poachers shot dead two park rangers and attacked a police patrol in northern Kenya on Tuesday."
    assert "ASSAULT" in _types(coder, text)
