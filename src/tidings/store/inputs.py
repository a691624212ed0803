"""What ``ingest`` reads: ``Story`` objects, and paths handed to ``tidings.readers``,
except RSS/Atom feed files, which ``store.feeds`` reads.

Yields stories, and ``Failure`` items for inputs that could not be read, so one bad
file never stops an ingest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..records import Story
from . import feeds


@dataclass
class Failure:
    error: Exception
    story_id: str | None = None


def _read_path(path: Path) -> Iterator[Story]:
    if feeds.is_feed(path):
        yield from feeds.iter_feed(path)
        return
    if path.is_dir():
        files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        feed_files = [f for f in files if feeds.is_feed(f)]
        for f in feed_files:
            yield from feeds.iter_feed(f)
        others = [f for f in files if f not in set(feed_files)]
        if not feed_files:
            yield from _readers([path])
        elif others:
            yield from _readers(others)
        return
    if not path.exists():
        raise InputError("no such file or folder", path=str(path))
    yield from _readers([path])


def _readers(paths: list[Path]) -> Iterator[Story]:
    from ..readers import iter_stories

    yield from iter_stories(paths)


def iter_inputs(inputs: Iterable[str | os.PathLike[str] | Story]) -> Iterator[Story | Failure]:
    for item in inputs:
        if isinstance(item, Story):
            yield item
            continue
        try:
            yield from _read_path(Path(item))
        except (InputError, OSError, UnicodeDecodeError, ValueError) as exc:
            if not isinstance(exc, InputError):
                exc = InputError(str(exc), path=str(item))
            yield Failure(exc)
