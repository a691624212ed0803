"""What ``ingest`` reads: ``Story`` objects; paths go to ``tidings.readers`` (files,
folders, JSONL, HTML, stdin) except RSS/Atom feed files, which ``store.feeds`` reads.

Yields stories, and ``InputFailure`` items for inputs that could not be read, so one
bad file never stops an ingest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..readers import InputFailure, iter_stories
from ..records import Story
from . import feeds


def _feeds_in(folder: Path) -> list[Path]:
    # readers takes .jsonl/.txt/.html from a folder; feed files are the ones it leaves
    found = (
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in feeds.FEED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    return sorted((p for p in found if feeds.is_feed(p)), key=lambda p: p.relative_to(folder).as_posix())


def _read_feed(path: Path) -> Iterator[Story | InputFailure]:
    try:
        yield from feeds.iter_feed(path)
    except InputError as exc:
        yield InputFailure(exc)


def iter_inputs(
    inputs: Iterable[str | os.PathLike[str] | Story],
    *,
    default_date: str | None = None,
) -> Iterator[Story | InputFailure]:
    for item in inputs:
        if isinstance(item, Story):
            yield item
            continue
        path = Path(item)
        if str(item) != "-" and path.is_file() and feeds.is_feed(path):
            yield from _read_feed(path)
            continue
        yield from iter_stories([item], default_date=default_date)
        if path.is_dir():
            for feed in _feeds_in(path):
                yield from _read_feed(feed)
