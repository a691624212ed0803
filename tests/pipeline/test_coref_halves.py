"""The halves of a divided country (tidings.pipeline.coref_halves): "the North" after North Korea
was named is Pyongyang, "the South" is Seoul once both Koreas are named; a bare compass word is
never a city (the gazetteer)."""

from __future__ import annotations

import pytest

from tidings.pipeline.gazetteer import gazetteer

from ..conftest import code, entity_codes, find_event
from .test_actors import run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2026-02-10": run(stage, coder.nlp, text, date)


def _codes(ms, text):
    return [m.code for m in ms if m.text == text]


CASES_THE_NORTH_OR_THE_SOUTH_IS_THE_HALF_THE_STORY_MEANS = [
    pytest.param(
        "North Korea tested a cruise missile on Monday. Seoul urged the North to resume talks.",
        "the North", "PRK", id="the_north_after_north_korea_is_pyongyang"),
    pytest.param(
        "South Korea's navy said the North had fired shells into the sea near Baengnyeong.",
        "the North", "PRK", id="the_north_after_only_south_korea_is_pyongyang"),
    pytest.param(
        "North Korea said on Sunday the South had sent balloons across the border.",
        "the South", "KOR", id="the_south_after_north_korea_alone_is_seoul"),
]


@pytest.mark.parametrize(("text", "phrase", "code"),
                         CASES_THE_NORTH_OR_THE_SOUTH_IS_THE_HALF_THE_STORY_MEANS)
def test_the_north_or_the_south_is_the_half_the_story_means(actors, text, phrase, code):
    ms = actors(text)
    assert _codes(ms, phrase) == [code]


def test_the_north_s_role_takes_pyongyang(actors):
    ms = actors("North Korea launched a rocket overnight. The North's foreign ministry called the drills a threat.")
    assert "PRK" in {m.code for m in ms if "ministry" in m.text}


def test_the_south_needs_north_korea_named_first(actors):
    ms = actors("North Korea and South Korea traded warnings. The South said it would resume broadcasts.")
    assert _codes(ms, "The South") == ["KOR"]
    alone = actors("South Korea held a drill. The South of the peninsula saw heavy rain. The South voted.")
    assert not [m for m in alone if m.text.startswith("The South")]


def test_the_north_without_north_korea_is_nobody(actors):
    ms = actors("Floods hit Vietnam on Monday. Officials in the North said 40 people had died.")
    assert not [m for m in ms if m.text.endswith("North")]


@pytest.mark.parametrize("word", ["North", "South", "East", "West", "Centre"])
def test_a_compass_word_is_no_city(word):
    assert gazetteer().resolve(word) is None


def test_threat_by_the_north_is_coded_for_pyongyang(coder):
    events = code(coder, "North Korea fired artillery into the sea near the border on Friday. "
                         "Kim Yo Jong said the North would strike any South Korean warship that entered its waters.",
                  date="2025-12-05")
    threat = find_event(events, "THREATEN")
    assert entity_codes(threat.actor) == ("PRK",)
    assert entity_codes(threat.recipient) == ("KOR",)


