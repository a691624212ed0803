"""Coding a stream in worker processes gives the same output, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.coder import StoryResult
from tidings.errors import InputError
from tidings.parallel import code_items, code_paths
from tidings.readers import InputFailure, iter_stories
from tidings.records import Story

DATA = Path(__file__).parent / "data"


def _inputs(tmp_path: Path) -> list[Path]:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "good", "text": "Chile recalled its ambassador from Israel."}\n{oops\n')
    return [DATA / "stories_small.jsonl", bad, DATA / "plain_story.txt", tmp_path / "missing.txt",
            DATA / "gold_small.jsonl"]


def _render(outcomes) -> list[str]:
    out = []
    for item in outcomes:
        if isinstance(item, InputFailure):
            out.append(f"FAIL {item}")
        else:
            assert isinstance(item, StoryResult)
            out.append(f"STORY {item.story.id} {item.error}")
            out.extend(ev.to_json() for ev in item.events)
    return out


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_workers_give_identical_output_in_input_order(tmp_path, coder, monkeypatch, start_method):
    monkeypatch.setenv("TIDINGS_START_METHOD", start_method)
    paths = _inputs(tmp_path)
    serial = _render(code_items(iter_stories(paths), coder=coder))
    parallel = _render(code_paths(paths, workers=2))
    assert serial == parallel
    assert sum(line.startswith("FAIL") for line in serial) == 2
    assert sum(line.startswith("STORY") for line in serial) == 13


def test_small_chunks_keep_order_across_many_tasks(coder):
    stories = [Story(id=f"s{i}", text=f"Story {i}: Peru accused Bolivia of smuggling.", date="2024-01-01")
               for i in range(9)]
    got = [r.story.id for r in code_items(stories, workers=2, chunk_stories=2)]
    assert got == [s.id for s in stories]


def test_failures_wait_for_the_stories_before_them(coder):
    items = [Story("a", "Peru met Chile."), InputFailure(InputError("bad", path="x")), Story("b", "Fine.")]
    got = list(code_items(items, coder=coder))
    assert [type(i).__name__ for i in got] == ["StoryResult", "InputFailure", "StoryResult"]


def test_zero_workers_is_an_input_error():
    with pytest.raises(InputError):
        list(code_items([], workers=0))


def test_a_worker_that_cannot_start_raises_its_error_instead_of_hanging(tmp_path):
    from tidings.coder import CoderConfig
    from tidings.errors import DictionaryError

    bad = tmp_path / "broken.json"
    bad.write_text('{"actors": [', encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        list(code_items([Story("a", "Peru met Chile.")], workers=2, config=CoderConfig(dictionaries=[bad])))
    assert info.value.path == str(bad)


class _Fatal(Story):
    """A story whose unpickling ends the worker process: a stand-in for a worker the OS kills."""

    def __reduce__(self):
        import os

        return (os._exit, (9,))


def test_a_worker_that_dies_raises_worker_error_instead_of_hanging(coder):
    from tidings.errors import WorkerError

    items = [Story("a", "Peru met Chile."), _Fatal("boom", "Peru met Chile.")]
    with pytest.raises(WorkerError, match="worker process died"):
        list(code_items(items, workers=2, chunk_stories=1))
