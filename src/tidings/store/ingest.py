"""``ingest``: code stories and store stories, evidence sentences, events and clusters.

Transaction boundaries (why a ``kill -9`` at any moment loses nothing): stories are
coded in batches and each batch is written in ONE transaction — story rows, their
sentences, events, errors and the re-clustering of the blocks they touch. A story
counts as stored only once its batch committed; on the next run every stored story
(same id and content hash) is skipped and the rest are coded again. Coding is
deterministic, so a resumed ingest ends with exactly the rows of an uninterrupted one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import InputError, TidingsError
from ..readers import InputFailure
from ..records import Event, Story
from . import cluster
from . import rows as R
from .db import Store, insert_rows, opened
from .inputs import iter_inputs

ON_ERROR = ("skip", "fail")
DEFAULT_BATCH = 64

ERROR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("story_id", "VARCHAR"), ("path", "VARCHAR"), ("line", "INTEGER"), ("code", "VARCHAR"),
    ("kind", "VARCHAR"), ("message", "VARCHAR"),
)


@dataclass
class IngestReport:
    stories_seen: int = 0
    stories_new: int = 0
    stories_skipped: int = 0
    stories_replaced: int = 0
    events_added: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Coded:
    story: Story
    events: list[Event]
    error: dict[str, Any] | None = None


def _error_info(exc: BaseException, story_id: str | None = None) -> dict[str, Any]:
    if isinstance(exc, TidingsError):
        return {"story_id": story_id, "path": exc.path, "line": exc.line, "code": exc.code,
                "kind": type(exc).__name__, "message": exc.message}
    return {"story_id": story_id, "path": None, "line": None, "code": "T000",
            "kind": type(exc).__name__, "message": str(exc) or type(exc).__name__}


# -- coding (in this process or in worker processes) --------------------------------------
def _code_batch(coder, stories: list[Story]) -> list[_Coded]:
    out = []
    for res in coder.code_stories(stories):
        err = _error_info(res.error, res.story.id) if res.error is not None else None
        out.append(_Coded(res.story, res.events, err))
    return out


_WORKER_CODER = None


def _worker_init(config) -> None:
    global _WORKER_CODER
    from ..coder import Coder

    _WORKER_CODER = Coder(config)


def _worker_code(stories: list[Story]) -> list[_Coded]:
    return _code_batch(_WORKER_CODER, stories)


def _coded_batches(batches: Iterator[list[Story]], coder, workers: int) -> Iterator[list[_Coded]]:
    if workers <= 1:
        for batch in batches:
            yield _code_batch(coder, batch) if batch else []
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent holds DuckDB's threads and locks
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"),
                             initializer=_worker_init, initargs=(coder.config,)) as pool:
        inflight = []
        for batch in batches:
            inflight.append(pool.submit(_worker_code, batch))
            if len(inflight) >= 2 * workers:
                yield inflight.pop(0).result()
        for fut in inflight:
            yield fut.result()


# -- writing ------------------------------------------------------------------------------
def _write_batch(store: Store, coded: list[_Coded], failures: list[dict[str, Any]],
                 known: dict[str, str], report: IngestReport) -> None:
    ok = [c for c in coded if c.error is None]
    bad = [c for c in coded if c.error is not None]
    story_rows, sentence_rows, event_rows = [], [], []
    for c in ok:
        story_rows.append(R.story_row(c.story, len(c.events)))
        sentence_rows.extend(R.sentence_rows(c.story.id, c.events))
        source = R.story_source(c.story)
        for i, ev in enumerate(c.events):
            event_rows.append(R.event_row(ev, i, source, cluster.block_key(ev.event, ev.aux_mode)))
    errors = [c.error for c in bad] + failures
    ok_ids = [c.story.id for c in ok]
    with store.transaction() as con:
        # Which of these are stored already, asked inside the transaction (another thread
        # of this process may have stored one since ``known`` was read). Only those have
        # old rows to delete: the scans of the events table are skipped for new stories.
        stored = [r[0] for r in con.execute(
            "SELECT id FROM stories WHERE list_contains($ids, id) ORDER BY id", {"ids": ok_ids}
        ).fetchall()] if ok_ids else []
        dirty = cluster.clusters_around(con, stored)  # clusters that change when old reports go
        if stored:
            for table, col in (("events", "story_id"), ("sentences", "story_id"), ("stories", "id")):
                con.execute(f"DELETE FROM {table} WHERE list_contains($ids, {col})", {"ids": stored})
        err_ids = ok_ids + [e["story_id"] for e in errors if e["story_id"]]
        if err_ids:
            con.execute("DELETE FROM errors WHERE list_contains($ids, story_id)", {"ids": err_ids})
        places = [f"{e['path']}:{e['line']}" for e in errors if not e["story_id"]]
        if places:
            con.execute(
                "DELETE FROM errors WHERE story_id IS NULL AND "
                "list_contains($p, coalesce(path, 'None') || ':' || coalesce(CAST(line AS VARCHAR), 'None'))",
                {"p": places},
            )
        insert_rows(con, "stories", R.STORY_COLUMNS, story_rows)
        insert_rows(con, "sentences", R.SENTENCE_COLUMNS, sentence_rows)
        insert_rows(con, "events", R.EVENT_COLUMNS, event_rows)
        insert_rows(con, "errors", ERROR_COLUMNS, errors)
        cluster.update(con, [r["id"] for r in event_rows], dirty)
    # only now, after COMMIT, do these stories count as stored
    replaced = set(stored)
    for c in ok:
        if c.story.id in replaced:
            report.stories_replaced += 1
        else:
            report.stories_new += 1
        known[c.story.id] = R.content_hash(c.story)
    report.events_added += len(event_rows)
    report.errors.extend(errors)


def store_coded(
    store: Store | str | os.PathLike[str],
    coded: Iterable[tuple[Story, list[Event]]],
) -> IngestReport:
    """Store stories that were already coded (``(story, events)`` pairs) in one transaction.

    For records coded elsewhere (another process, a REST client) and for tests that need
    exact events. A story already stored with the same content is replaced all the same.
    """
    report = IngestReport()
    latest: dict[str, _Coded] = {}
    for story, evs in coded:
        report.stories_seen += 1
        latest.pop(story.id, None)  # the same story given twice: the last version wins
        latest[story.id] = _Coded(story, list(evs))
    items = list(latest.values())
    with opened(store) as st:
        known = dict(st.query("SELECT id, content_hash FROM stories"))
        if items:
            _write_batch(st, items, [], known, report)
    return report


class _Progress:
    """A rich progress bar on stderr: stories/s and events found."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("ingest", total=None)
        self.start = time.monotonic()
        self.bar.start()

    def __call__(self, report: IngestReport) -> None:
        rate = report.stories_seen / max(1e-9, time.monotonic() - self.start)
        self.bar.update(self.task, description=(
            f"{report.stories_seen} stories ({rate:.1f}/s), {report.stories_new} new, "
            f"{report.stories_skipped} unchanged, {report.events_added} events, "
            f"{len(report.errors)} errors"))

    def close(self) -> None:
        self.bar.stop()


def ingest(
    store: Store | str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str] | Story] | str | os.PathLike[str] | Story,
    *,
    coder=None,
    workers: int = 1,
    on_error: str = "skip",
    progress: bool | Callable[[IngestReport], None] = False,
    batch_size: int = DEFAULT_BATCH,
    default_date: str | None = None,
) -> IngestReport:
    """Code ``inputs`` (paths: files, folders, JSONL, HTML, RSS/Atom; or ``Story`` objects)
    into the store. Idempotent; resumable after a crash (see the module docstring).

    ``on_error="skip"`` records a bad story or input in the ``errors`` table and goes on;
    ``"fail"`` raises it (batches committed before it stay stored). A story that is not
    English is skipped and recorded as a ``LanguageError`` either way. ``default_date``
    is the publication date of stories that carry none.
    """
    if on_error not in ON_ERROR:
        raise InputError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
    if workers < 1 or batch_size < 1:
        raise InputError("workers and batch_size must be at least 1")
    if isinstance(inputs, (str, os.PathLike, Story)):
        inputs = [inputs]
    if coder is None:
        from .. import default_coder

        coder = default_coder()
    report = IngestReport()
    started = time.monotonic()
    bar = _Progress() if progress is True else None
    tick = bar if bar is not None else (progress if callable(progress) else None)
    with opened(store) as st:
        known = dict(st.query("SELECT id, content_hash FROM stories"))
        pending_failures: list[dict[str, Any]] = []

        def batches() -> Iterator[list[Story]]:
            batch: list[Story] = []
            ids: set[str] = set()
            queued_hash: dict[str, str] = {}
            for item in iter_inputs(inputs, default_date=default_date):
                if isinstance(item, InputFailure):
                    if on_error == "fail" and not item.is_warning:
                        raise item.error
                    pending_failures.append(_error_info(item.error, item.story_id))
                    continue
                report.stories_seen += 1
                h = R.content_hash(item)
                if known.get(item.id) == h or queued_hash.get(item.id) == h:
                    report.stories_skipped += 1
                    continue
                if item.id in ids:  # the same id changed within one run: keep order, flush first
                    yield batch
                    batch, ids = [], set()
                batch.append(item)
                ids.add(item.id)
                queued_hash[item.id] = h
                if len(batch) >= batch_size:
                    yield batch
                    batch, ids = [], set()
            yield batch

        try:
            for coded in _coded_batches(batches(), coder, workers):
                if on_error == "fail":
                    for c in coded:
                        if c.error is not None:
                            raise InputError(f"story {c.story.id!r} failed: {c.error['message']}")
                failures, pending_failures[:] = list(pending_failures), []
                if coded or failures:
                    _write_batch(st, coded, failures, known, report)
                if tick is not None:
                    tick(report)
        finally:
            if bar is not None:
                bar.close()
    report.seconds = round(time.monotonic() - started, 3)
    return report
