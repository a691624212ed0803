"""Coding a stream of stories in one process or in worker processes, output in input order.

``code_items`` takes what ``readers.iter_stories`` yields (stories and input failures)
and yields, in the same order, a ``StoryResult`` per story and the failures unchanged.
With ``workers > 1`` each worker process builds its own ``Coder`` once (pool
initializer; forked from a parent that has loaded the model when that is safe, else
spawned) and codes chunks of stories; at most ``2 * workers`` chunks are in flight,
so memory stays bounded on an endless stdin. ``code_paths`` is the one-call version.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any

from . import errors
from .coder import Coder, CoderConfig, StoryResult
from .readers import InputFailure, OnError, iter_stories
from .records import Event, Story

Item = Story | InputFailure
Outcome = StoryResult | InputFailure
# Stories per task sent to a worker: big enough to amortise pickling, small enough to balance.
CHUNK_STORIES = 32


def code_paths(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    on_error: OnError = "skip",
    workers: int = 1,
    config: CoderConfig | None = None,
    check_language: bool = True,
    batch_size: int = 16,
) -> Iterator[Outcome]:
    """Read and code files/folders/``-``; yields ``StoryResult``s and ``InputFailure``s in order.

    ``date``: publication date for stories without one. ``on_error="fail"`` raises the
    first ``InputError`` (coding errors are still reported in ``StoryResult.error``).
    """
    stories = iter_stories(paths, on_error=on_error, default_date=date, check_language=check_language)
    return code_items(stories, workers=workers, config=config, batch_size=batch_size)


def code_items(
    items: Iterable[Item],
    *,
    workers: int = 1,
    config: CoderConfig | None = None,
    coder: Coder | None = None,
    batch_size: int = 16,
    chunk_stories: int = CHUNK_STORIES,
) -> Iterator[Outcome]:
    """Code every ``Story`` in ``items``; pass ``InputFailure``s through; keep the order."""
    if workers < 1:
        raise errors.InputError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        if coder is None:
            coder = _local_coder(config)
        yield from _code_serial(items, coder, batch_size)
        return
    yield from _code_pool(items, workers, config, batch_size, chunk_stories)


def _local_coder(config: CoderConfig | None) -> Coder:
    if config is None or config == CoderConfig():
        from . import default_coder

        return default_coder()
    return Coder(config)


def _code_serial(items: Iterable[Item], coder: Coder, batch_size: int) -> Iterator[Outcome]:
    # Failures wait in a queue until every story read before them has been coded.
    queue: deque[Item] = deque()

    def stories() -> Iterator[Story]:
        for item in items:
            queue.append(item)
            if isinstance(item, Story):
                yield item

    def flush_failures() -> Iterator[InputFailure]:
        while queue and isinstance(queue[0], InputFailure):
            yield queue.popleft()  # type: ignore[misc]

    for result in coder.code_stories(stories(), batch_size=batch_size):
        yield from flush_failures()
        queue.popleft()  # the story this result belongs to
        yield result
    yield from flush_failures()


# -- worker processes ---------------------------------------------------------------------
_WORKER_CODER: Coder | None = None
_WORKER_INIT_ERROR: tuple | None = None


def _init_worker(config: CoderConfig | None) -> None:
    # An initializer that raises makes the Pool respawn workers forever; keep the error
    # and hand it back with the first task instead.
    global _WORKER_CODER, _WORKER_INIT_ERROR
    try:
        _WORKER_CODER = Coder(config)
    except Exception as exc:
        _WORKER_INIT_ERROR = _portable(exc)


def _work(stories: list[Story], batch_size: int) -> list[tuple[list[Event], tuple | None]]:
    if _WORKER_CODER is None:
        return [([], ("__init__", *(_WORKER_INIT_ERROR or ("RuntimeError", "no coder", None, None))))]
    out: list[tuple[list[Event], tuple | None]] = []
    for result in _WORKER_CODER.code_stories(stories, batch_size=batch_size):
        out.append((result.events, _portable(result.error)))
    return out


def _portable(exc: Exception | None) -> tuple | None:
    # TidingsError's keyword-only constructor does not survive pickling; send its parts.
    if exc is None:
        return None
    if isinstance(exc, errors.TidingsError):
        return (type(exc).__name__, exc.message, exc.path, exc.line)
    return (type(exc).__name__, str(exc), None, None)


def _rebuild(parts: tuple | None) -> Exception | None:
    if parts is None:
        return None
    name, message, path, line = parts
    cls: Any = getattr(errors, name, None)
    if isinstance(cls, type) and issubclass(cls, errors.TidingsError):
        return cls(message, path=path, line=line)
    return RuntimeError(f"{name}: {message}")


def _start_method() -> str:
    """``fork`` when it is safe (Linux, no other Python threads), else ``spawn``.

    Forking a process whose other threads hold locks can deadlock the child; a process
    with only its main thread (the CLI, a script) forks safely and its workers start at
    once. ``TIDINGS_START_METHOD`` overrides the choice.
    """
    chosen = os.environ.get("TIDINGS_START_METHOD")
    if chosen:
        if chosen not in mp.get_all_start_methods():
            raise errors.InputError(f"TIDINGS_START_METHOD={chosen!r}: use one of {mp.get_all_start_methods()}")
        return chosen
    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _code_pool(
    items: Iterable[Item], workers: int, config: CoderConfig | None, batch_size: int, chunk_stories: int
) -> Iterator[Outcome]:
    ctx = mp.get_context(_start_method())
    if ctx.get_start_method() == "fork":
        # load the model once here; forked workers share its pages instead of each loading it
        from .nlp import load_model

        load_model()
    source = iter(items)
    in_flight: deque[tuple[list[Item], Future | None]] = deque()
    # ProcessPoolExecutor, not Pool: a worker that dies breaks the pool with an error
    # instead of leaving its task waiting forever.
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(config,)) as pool:
        while True:
            while len(in_flight) < 2 * workers:
                chunk = list(islice(source, chunk_stories))
                if not chunk:
                    break
                stories = [it for it in chunk if isinstance(it, Story)]
                in_flight.append((chunk, pool.submit(_work, stories, batch_size) if stories else None))
            if not in_flight:
                break
            chunk, pending = in_flight.popleft()
            try:
                got = pending.result() if pending is not None else []
            except BrokenProcessPool:
                first = next((it.id for it in chunk if isinstance(it, Story)), "?")
                raise errors.WorkerError(
                    f"a worker process died while coding the {len(chunk)} inputs from story {first!r} on "
                    "(killed or out of memory?); run with --workers 1 to find the story"
                ) from None
            if got and got[0][1] is not None and got[0][1][0] == "__init__":
                raise _rebuild(got[0][1][1:]) or RuntimeError("worker failed to start")
            coded = iter(got)
            for item in chunk:
                if isinstance(item, InputFailure):
                    yield item
                    continue
                events, err = next(coded)
                yield StoryResult(item, events, error=_rebuild(err))
