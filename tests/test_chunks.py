"""Long stories are coded in chunks whose offsets, sentence numbers and ids stay story-relative."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.chunks import split_text

FILLER = "The weather was calm and the markets were quiet for most of the afternoon. "
EVENT = "Poland accused Belarus of pushing migrants across the border.\n\n"


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=3000), limit=st.integers(20, 400))
def test_chunks_cover_the_text_exactly_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    starts = [s for s, _ in pieces]
    assert starts == sorted(starts) and starts[0] == 0
    for start, piece in pieces:
        assert text[start : start + len(piece)] == piece


def test_chunks_prefer_paragraph_boundaries():
    text = ("A" * 60 + ". " + "B" * 30 + "\n\n") * 10
    pieces = split_text(text, 250)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def _long_story(paragraphs: int, every: int) -> str:
    parts = []
    for i in range(paragraphs):
        parts.append(FILLER * 12 + "\n\n")
        if i % every == every // 2:
            parts.append(EVENT)
    return "".join(parts)


def test_long_story_events_have_story_relative_offsets_and_unique_ids(coder):
    from tidings.coder import MAX_CHUNK_CHARS

    text = _long_story(300, 60)
    assert len(text) > 2 * MAX_CHUNK_CHARS
    events = coder.code(text, story_id="long", date="2024-01-01")
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert len(accusations) == 5
    for ev in events:
        assert text[ev.event_text_start : ev.event_text_end] == ev.event_text
        assert text[ev.text_info.start : ev.text_info.end] == ev.text
        for ent in ev.actor + ev.recipient:
            assert text[ent.start : ent.end] == ent.entity_text
    assert len({e.id for e in events}) == len(events)
    sequences = [e.text_info.sequence for e in accusations]
    assert sequences == sorted(sequences) and len(set(sequences)) == 5


@pytest.mark.slow
def test_one_megabyte_story_is_coded_in_bounded_memory():
    script = textwrap.dedent(f"""
        import resource, tidings
        text = ({FILLER!r} * 12 + "\\n\\n") * 1120
        events = tidings.code(text, story_id="mb", date="2024-01-01")
        print(len(text), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    size, peak_mb = map(int, out.stdout.split())
    assert size >= 1_000_000
    assert peak_mb < 1200, f"peak RSS {peak_mb} MB"
