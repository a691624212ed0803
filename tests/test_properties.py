"""Arbitrary text never breaks the coder: no exception, valid records, offsets that point into the text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.schema import validate

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces that have broken coders before: news words, control characters, NUL, emoji,
# right-to-left text, lone surrogates, only punctuation, one enormous token.
_PIECES = st.sampled_from([
    "France accused Russia of attacking Ukraine.", "Iran denied it.", " ", "\n\n", "\t", "\x00", "\x1b[31m",
    "\u200f\u0627\u0644\u0639\u0631\u0627\u0642 \u202e", "\U0001f4a3\U0001f1fa\U0001f1e6", "\ud800", "\udfff",
    "...!!!???", "--", "\u00a0", "Mr.", "U.S.", "x" * 5000, "Kyiv", "Hamas", "'s", "\u0301", "\r\n", "\ufeff",
    "The UN Security Council met on Monday.", "Troops shelled the town, killing 12.",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(_PIECES, max_size=12).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=10).map(" ".join),
)


def _check_offsets(text: str, record: dict) -> None:
    assert text[record["event_text_start"] : record["event_text_end"]] == record["event_text"]
    info = record["text_info"]
    assert text[info["start"] : info["end"]] == record["text"]
    for ent in (*record["actor"], *record["recipient"], *record["claim"]["by"], *record["claim"]["denied_by"]):
        if ent["start"] is not None:
            assert text[ent["start"] : ent["end"]] == ent["entity_text"]


def _prepared(text: str) -> str:
    # the coder replaces lone surrogates one-for-one (spaCy cannot tokenise them)
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


@SETTINGS
@given(text=TEXTS)
def test_any_text_codes_into_valid_records_with_true_offsets(coder, text):
    events = coder.code(text, story_id="prop", date="2024-01-01")
    for ev in events:
        record = json.loads(ev.to_json())
        validate(record)
        _check_offsets(_prepared(text), record)


@SETTINGS
@given(text=TEXTS)
def test_coding_is_deterministic(coder, text):
    first = [e.to_json() for e in coder.code(text, story_id="det", date="2024-01-01")]
    second = [e.to_json() for e in coder.code(text, story_id="det", date="2024-01-01")]
    assert first == second
