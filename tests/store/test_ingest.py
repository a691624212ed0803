"""Ingest with the real coder: idempotence, replacement, the errors table, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings.errors import InputError
from tidings.records import Story
from tidings.store import Store, events, ingest

from .conftest import corpus, write_jsonl

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("stories", "sentences", "events", "clusters", "errors")


def _rows(db) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: what "the same store" means."""
    with Store.open(db, read_only=True) as st:
        return {t: sorted(st.query(f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def test_ingest_stores_stories_events_and_evidence_sentences(coder, db_path):
    stories = corpus(8)
    expected = {r.story.id: [e.id for e in r.events] for r in coder.code_stories(stories)}
    report = ingest(db_path, stories, coder=coder)
    assert (report.stories_seen, report.stories_new, report.errors) == (8, 8, [])
    assert report.events_added == sum(map(len, expected.values())) > 0
    with Store.open(db_path) as st:
        for sid, ids in expected.items():
            assert [e["id"] for e in st.story(sid)["events"]] == ids
        sentences = st.query("SELECT story_id, seq, text FROM sentences ORDER BY story_id, seq")
    cited = {(e.story_id, e.text_info.sequence, e.text)
             for r in coder.code_stories(stories) for e in r.events}
    assert sorted(cited) == sentences


def test_reingesting_the_same_corpus_adds_no_rows(coder, db_path):
    stories = corpus(10)
    ingest(db_path, stories, coder=coder)
    before = _rows(db_path)
    report = ingest(db_path, stories, coder=coder)
    assert (report.stories_new, report.stories_skipped, report.events_added) == (0, 10, 0)
    assert _rows(db_path) == before


def test_a_changed_story_replaces_its_old_events(coder, db_path):
    ingest(db_path, [Story(id="x", text="Iran accused Israel of attacking a convoy.", date="2024-03-01")],
           coder=coder)
    old = {e["id"] for e in events(db_path)["items"]}
    changed = Story(id="x", text="Russia attacked Ukraine overnight.", date="2024-03-01")
    report = ingest(db_path, [changed], coder=coder)
    assert report.stories_replaced == 1
    now = events(db_path)["items"]
    assert {e["story_id"] for e in now} <= {"x"}
    assert not old & {e["id"] for e in now}
    assert [e.id for e in coder.code_stories([changed]).__next__().events] == [e["id"] for e in now]


def test_bad_inputs_are_recorded_in_the_errors_table_and_the_batch_goes_on(coder, db_path, tmp_path):
    src = tmp_path / "mixed.jsonl"
    good = corpus(3)
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": good[0].id, "text": good[0].text, "date": good[0].date}) + "\n")
        fh.write('{"id": "broken", "text": \n')
        fh.write(json.dumps({"id": "fr", "text": "Le gouvernement a annoncé mardi une nouvelle "
                             "réforme des retraites, critiquée par les syndicats."}) + "\n")
        for s in good[1:]:
            fh.write(json.dumps({"id": s.id, "text": s.text, "date": s.date}) + "\n")
    report = ingest(db_path, [src, tmp_path / "missing.jsonl"], coder=coder)
    assert report.stories_new == 3
    with Store.open(db_path) as st:
        errors = st.query("SELECT story_id, path, line, code, kind FROM errors ORDER BY code, line")
    assert (None, str(src), 2, "T001", "InputError") in errors
    assert ("fr", None, None, "T002", "LanguageError") in errors
    assert any(p == str(tmp_path / "missing.jsonl") for _, p, *_ in errors)
    assert len(errors) == 3
    before = _rows(db_path)
    ingest(db_path, [src, tmp_path / "missing.jsonl"], coder=coder)
    assert _rows(db_path) == before  # errors replaced, not duplicated


def test_on_error_fail_raises_the_input_error(coder, db_path, tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "text": "Iran accused Israel."}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        ingest(db_path, [src], coder=coder, on_error="fail")
    assert info.value.line == 2


def test_ingest_reads_folders_with_text_files_and_feeds(coder, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Egypt accused Ethiopia of filling the dam without an agreement.",
                                  encoding="utf-8")
    (folder / "news.rss").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
        <item><guid>wire-1</guid><title>Talks</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
        <description>Japan met South Korea in Tokyo to talk about trade in chips.</description></item>
        </channel></rss>""", encoding="utf-8")
    report = ingest(db_path, [folder], coder=coder)
    assert report.stories_new == 2
    with Store.open(db_path) as st:
        got = st.story("wire-1")
    assert got["date"] == "2024-03-05" and got["source"] == "Test Wire"


@pytest.mark.slow
def test_two_workers_store_the_same_rows_as_one(coder, tmp_path):
    stories = corpus(40)
    ingest(tmp_path / "one.duckdb", stories, coder=coder, batch_size=8)
    ingest(tmp_path / "two.duckdb", stories, coder=coder, batch_size=8, workers=2)
    assert _rows(tmp_path / "one.duckdb") == _rows(tmp_path / "two.duckdb")


def _start_ingest(src: Path, db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "tidings.cli", "ingest", str(src), "--db", str(db), "--batch-size", "6"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
    )


@pytest.mark.slow
def test_kill_9_at_several_points_then_resume_gives_the_rows_of_an_uninterrupted_ingest(coder, tmp_path):
    stories = corpus(300)
    src = write_jsonl(tmp_path / "corpus.jsonl", stories)
    reference = tmp_path / "reference.duckdb"
    ingest(reference, [src], coder=coder, batch_size=6)
    crashed = tmp_path / "crashed.duckdb"
    # (batches committed before the kill, extra delay): before the first commit, right
    # after a commit, and part-way through coding or writing a later batch
    kill_points = [(0, 0.0), (1, 0.0), (3, 0.05), (6, 0.2), (10, 0.11)]
    kills = 0
    for commits, delay in kill_points:
        proc = _start_ingest(src, crashed)
        seen = 0
        while seen < commits:
            line = proc.stderr.readline()
            if not line:
                break
            seen += "committed" in line
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        proc.stderr.close()
    assert kills >= 3
    final = _start_ingest(src, crashed)
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err
    assert _rows(crashed) == _rows(reference)
