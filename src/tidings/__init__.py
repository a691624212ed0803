"""tidings: news stories in, verifiable PLOVER 2.0 political event records out.

>>> import tidings
>>> events = tidings.code("Iran accused Israel on Monday.", date="2024-09-10")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import cache

from .coder import Coder, CoderConfig, StoryResult, make_story
from .errors import TidingsError
from .records import Claim, Entity, Event, Location, Materiel, Story

__version__ = "0.1.0"


@cache
def default_coder() -> Coder:
    """The shared coder with the bundled knowledge only (loaded on first use)."""
    return Coder()


def code(
    text: str,
    *,
    story_id: str | None = None,
    date: str | dt.date | None = None,
    title: str | None = None,
) -> list[Event]:
    """Code one story; returns its PLOVER events in story order."""
    return default_coder().code(text, story_id=story_id, date=date, title=title)


def code_stories(stories: Iterable[Story], *, batch_size: int = 16) -> Iterator[StoryResult]:
    """Stream many stories through ``nlp.pipe``; one ``StoryResult`` per story, in order."""
    return default_coder().code_stories(stories, batch_size=batch_size)


__all__ = [
    "Claim", "Coder", "CoderConfig", "Entity", "Event", "Location", "Materiel", "Story",
    "StoryResult", "TidingsError", "code", "code_stories", "default_coder", "make_story",
    "__version__",
]
