"""Coding long stories in pieces: split at paragraph boundaries, shift offsets back.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the text, so a
story longer than ``limit`` characters is coded as consecutive chunks. The chunks
concatenate to exactly the story text, so an offset in a chunk plus the chunk's start
is an offset in the story.
"""

from __future__ import annotations

import hashlib

from .records import Entity, Event

# A cut this far into the window at least; earlier boundaries would make tiny chunks.
_MIN_CUT_FRACTION = 4


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(start, piece)`` pairs covering ``text`` exactly; each piece at most ``limit`` chars.

    Cuts prefer a blank line, then a line break, then a sentence end, then a space.
    """
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    floor = max(1, limit // _MIN_CUT_FRACTION)
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at >= floor:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def shift_events(events: list[Event], offset: int, sentence_base: int) -> None:
    """Make chunk-relative offsets and sentence numbers story-relative (in place).

    Event ids hash chunk-relative positions, so ids of later chunks are re-derived
    from the chunk's start to stay unique within the story.
    """
    if offset == 0 and sentence_base == 0:
        return
    for ev in events:
        ev.event_text_start += offset
        ev.event_text_end += offset
        ev.text_info.start += offset
        ev.text_info.end += offset
        ev.text_info.sequence += sentence_base
        for ent in (*ev.actor, *ev.recipient, *ev.claim.by, *ev.claim.denied_by):
            _shift_span(ent, offset)
        if ev.event_loc is not None:
            _shift_span(ev.event_loc, offset)
        for item in ev.materiel:
            _shift_span(item, offset)
        ev.id = "tid-" + hashlib.sha1(f"{ev.id}@{offset}".encode()).hexdigest()[:16]


def _shift_span(obj: Entity | object, offset: int) -> None:
    if getattr(obj, "start", None) is not None:
        obj.start += offset  # type: ignore[attr-defined]
    if getattr(obj, "end", None) is not None:
        obj.end += offset  # type: ignore[attr-defined]
