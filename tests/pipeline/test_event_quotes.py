"""Quoted speech told twice (event_quotes). Stories written for these tests."""

from __future__ import annotations

from tests.conftest import code

DATE = "2026-11-27"


def _events(coder, text: str):
    return code(coder, text, date=DATE)


def test_a_quote_restating_the_paraphrase_beside_it_is_one_event(coder):
    text = ("Macron urged Iran to release two detained French teachers. \"I call on Tehran to free Cecile and "
            "Jacques without delay,\" he told reporters in Paris.")
    assert [e.event for e in _events(coder, text)].count("REQUEST") == 1


def test_a_quoted_act_alone_stays(coder):
    text = "\"I call on Tehran to free the two French teachers without delay,\" Macron told reporters in Paris."
    assert "REQUEST" in [e.event for e in _events(coder, text)]


def test_a_quote_with_other_parties_is_its_own_event(coder):
    text = ("Macron urged Iran to release two detained French teachers. \"I also call on Algeria to free Boualem "
            "Sansal,\" he said.")
    requests = [e for e in _events(coder, text) if e.event == "REQUEST"]
    assert {tuple(sorted(m.code for m in e.recipient if m.code)) for e in requests} >= {("IRN",), ("DZA",)}
