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


_LAZY = {
    "code_paths": "parallel",
    "code_items": "parallel",
    "iter_stories": "readers",
    "read_stories": "readers",
    "InputFailure": "readers",
    "validate": "schema",
}


def __getattr__(name: str):
    # Evaluation lives in tidings.evaluate (a function of the same name as its module
    # cannot be exported here: importing the module rebinds the name). Readers, workers
    # and the schema pull in more libraries than coding
    # needs; import them on first use so `import tidings` stays fast.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tidings' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Claim", "Coder", "CoderConfig", "Entity", "Event", "Location", "Materiel", "Story",
    "StoryResult", "TidingsError", "code", "code_stories", "default_coder", "make_story",
    "__version__", "code_paths", "code_items", "iter_stories", "read_stories", "InputFailure",
    "validate",
]
