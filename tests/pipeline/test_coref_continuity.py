"""A sentence-opening "he" continues the previous subject (tidings.pipeline.coref_continuity)."""

from __future__ import annotations

from ..conftest import code, entity_codes, find_event


def test_a_sentence_opening_he_continues_the_previous_subject(coder):
    events = code(coder, "U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone on Tuesday. "
                         "He urged him to agree to a ceasefire in Ukraine within two weeks.", date="2026-08-12")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("USA",) and entity_codes(req.recipient) == ("RUS",)


def test_a_sentence_opening_it_is_the_previous_main_subject_not_the_reported_one(coder):
    events = code(coder, "China's foreign ministry said on Monday that Philippine vessels had intruded into Chinese "
                         "waters. It urged Manila to stop its provocations.", date="2026-08-11")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("CHN",) and entity_codes(req.recipient) == ("PHL",)
