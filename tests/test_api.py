"""The package-level Python API: one call per story, streaming for many, stable output."""

from __future__ import annotations

import tidings
from tidings import Story

TEXT = (
    "Japan and Australia accused China on Monday of harassing Philippine fishing boats. "
    "Beijing rejected the accusation. Polish troops arrived in Lithuania for joint drills."
)


def test_code_returns_events_with_evidence_offsets_into_the_story(coder):
    events = tidings.code(TEXT, story_id="api-1", date="2025-02-04")
    assert events
    for ev in events:
        assert ev.story_id == "api-1"
        assert TEXT[ev.event_text_start : ev.event_text_end] == ev.event_text
        assert TEXT[ev.text_info.start : ev.text_info.end] == ev.text
        for ent in ev.actor + ev.recipient:
            assert TEXT[ent.start : ent.end] == ent.entity_text


def test_same_input_gives_byte_identical_json(coder):
    first = [e.to_json() for e in tidings.code(TEXT, story_id="s", date="2025-02-04")]
    second = [e.to_json() for e in tidings.code(TEXT, story_id="s", date="2025-02-04")]
    assert first == second
    assert len({e for e in first}) == len(first)


def test_code_stories_streams_one_result_per_story_in_order(coder):
    stories = [Story(id=f"s{i}", text=t, date="2025-02-04") for i, t in enumerate([TEXT, "", "  "])]
    results = list(tidings.code_stories(stories))
    assert [r.story.id for r in results] == ["s0", "s1", "s2"]
    assert results[0].events and results[1].events == [] and results[2].events == []
    assert all(r.error is None for r in results)


def test_every_record_validates_against_the_published_schema(coder):
    for ev in tidings.code(TEXT, date="2025-02-04"):
        tidings.validate(ev.to_dict())


def test_lazy_exports_are_the_functions_of_their_modules():
    import tidings.parallel
    import tidings.readers
    import tidings.schema

    assert tidings.code_paths is tidings.parallel.code_paths
    assert tidings.iter_stories is tidings.readers.iter_stories
    assert tidings.validate is tidings.schema.validate
