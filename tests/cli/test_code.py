"""`tidings code`, `tidings schema`, `tidings evaluate` as a user runs them: real processes, real pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tidings.cli", *args], input=stdin, capture_output=True,
                          timeout=300)


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "bad.jsonl").write_bytes(
        b'{"id": "good", "text": "Chile recalled its ambassador from Israel on Monday."}\n'
        b'{"id": "broken", \n'
        b'{"id": "fr", "text": "Le gouvernement fran\xc3\xa7ais a annonc\xc3\xa9 lundi de nouvelles sanctions."}\n'
    )
    (folder / "bytes.txt").write_bytes(b"Peru met Chile.\xff\n")
    return [str(DATA / "stories_small.jsonl"), str(folder)]


def test_stdout_is_only_jsonl_events_and_the_summary_goes_to_stderr(mixed_inputs):
    done = run("code", *mixed_inputs, "--date", "2024-05-01")
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines, done.stderr.decode()
    records = [json.loads(line) for line in lines]
    assert all("event" in r and "actor" in r for r in records)
    assert {r["story_id"] for r in records} <= {"fx-1", "fx-2", "fx-3", "fx-5", "good"}
    assert next(r for r in records if r["story_id"] == "fx-3")["date"] == "2024-05-01"
    err = done.stderr.decode("utf-8")
    assert "bad.jsonl:2" in err and "bytes.txt:1" in err and "'fr'" in err
    assert "2 inputs unreadable" in err and "1 skipped as not English" in err
    assert done.returncode == 2


def test_on_error_fail_stops_at_the_first_bad_input_with_exit_2(mixed_inputs):
    done = run("code", "--on-error", "fail", *mixed_inputs)
    assert done.returncode == 2
    assert "bad.jsonl:2" in done.stderr.decode() and "malformed JSON" in done.stderr.decode()


def test_clean_input_exits_0_and_output_is_byte_identical_across_runs_and_workers():
    first = run("code", str(DATA / "stories_small.jsonl"), str(DATA / "plain_story.txt"))
    second = run("code", "--workers", "2", str(DATA / "stories_small.jsonl"), str(DATA / "plain_story.txt"))
    assert first.returncode == 0 and second.returncode == 0, first.stderr.decode()
    assert first.stdout == second.stdout and first.stdout


def test_stdin_text_and_table_format():
    done = run("code", "--format", "table", "--date", "2024-02-12", "-",
               stdin=b"Poland accused Belarus of pushing migrants across the border.\n")
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0
    for column in ("date", "type", "actor", "recipient", "claim", "trigger", "sentence"):
        assert column in out
    assert "ACCUSE" in out and "POL" in out and "2024-02-12" in out


def test_no_path_reads_jsonl_from_stdin():
    done = run("code", stdin=b'{"id": "in-1", "text": "Japan met South Korea in Tokyo.", "date": "2024-01-09"}\n')
    assert done.returncode == 0
    assert {json.loads(line)["story_id"] for line in done.stdout.decode().splitlines()} == {"in-1"}


def test_missing_dictionary_and_bad_date_are_input_errors():
    done = run("code", "--dictionary", "/no/such/dict.json", str(DATA / "plain_story.txt"))
    assert done.returncode == 2 and "/no/such/dict.json" in done.stderr.decode()
    done = run("code", "--date", "05/01/2024", str(DATA / "plain_story.txt"))
    assert done.returncode == 2 and "--date" in done.stderr.decode()
    assert done.stdout == b""


def test_schema_command_prints_the_published_schema():
    done = run("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert schema["$schema"].endswith("2020-12/schema") and "claim" in schema["properties"]


def test_evaluate_command_prints_json_and_table():
    as_json = run("evaluate", str(DATA / "gold_small.jsonl"), "--format", "json")
    assert as_json.returncode == 0, as_json.stderr.decode()
    report = json.loads(as_json.stdout)
    assert report["stories"] == 6 and "micro" in report
    table = run("evaluate", str(DATA / "gold_small.jsonl"))
    assert table.returncode == 0 and b"micro" in table.stdout and b"dyad accuracy" in table.stdout


def test_evaluate_with_a_missing_gold_file_exits_2():
    done = run("evaluate", "/no/such/gold.jsonl")
    assert done.returncode == 2 and "/no/such/gold.jsonl" in done.stderr.decode()
