"""The store commands: thin adapters that print what the API returns and map errors to exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.store import Store, events

from ..store.conftest import corpus, write_jsonl


@pytest.fixture(scope="module")
def ingested(coder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli-store")
    src = write_jsonl(tmp / "stories.jsonl", corpus(16))
    db = tmp / "cli.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db, src


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_ingest_reports_what_it_stored_and_is_idempotent(ingested):
    db, src = ingested
    result = run("ingest", str(src), "--db", str(db), "--quiet")
    assert result.exit_code == 0
    assert "16 stories seen, 0 new" in result.stderr and "16 unchanged" in result.stderr


def test_events_jsonl_prints_the_records_the_api_returns(ingested):
    db, _ = ingested
    result = run("events", "--db", str(db), "--format", "jsonl", "--limit", "5", "--type", "ACCUSE")
    assert result.exit_code == 0
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed == events(db, limit=5, type="ACCUSE")["items"]


def test_events_csv_and_table_formats(ingested):
    db, _ = ingested
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", str(db), "--format", "csv").stdout)))
    assert rows and {"id", "date", "event", "actor", "status", "text"} <= set(rows[0])
    table = run("events", "--db", str(db), "--limit", "3").stdout
    assert "events" in table and "evidence" in table


def test_unknown_filter_values_exit_2_listing_valid_values(ingested):
    db, _ = ingested
    result = run("events", "--db", str(db), "--type", "BOMBING")
    assert result.exit_code == 2
    assert "T010" in result.stderr and "ASSAULT" in result.stderr
    assert run("events", "--db", str(db), "--since", "yesterday").exit_code == 2


def test_dyads_claims_and_stats(ingested):
    db, _ = ingested
    dy = list(csv.DictReader(io.StringIO(run("dyads", "--db", str(db), "--format", "csv",
                                             "--interval", "month").stdout)))
    assert dy and set(dy[0]) == {"actor", "recipient", "period", "quad_code", "count", "clusters"}
    assert run("claims", "--db", str(db), "--format", "jsonl").exit_code == 0
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats["stories"] == 16 and stats["events"] == events(db)["total"]


def test_export_writes_the_file(ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "e.jsonl"
    result = run("export", "--db", str(db), "--format", "plover-jsonl", "--out", str(out))
    assert result.exit_code == 0, (result.output, result.exception)
    assert len(out.read_text(encoding="utf-8").splitlines()) == events(db)["total"]


def test_a_locked_store_exits_4_with_a_clear_message(tmp_path):
    db = tmp_path / "locked.duckdb"
    Store.open(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(db)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run("stats", "--db", str(db))
        assert result.exit_code == 4
        assert "T020" in result.stderr and "locked" in result.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_corrupt_store_file_exits_4_and_stays_as_it_was(tmp_path):
    db = tmp_path / "corrupt.duckdb"
    db.write_bytes(b"\x00garbage" * 64)
    result = run("ingest", str(tmp_path / "none.jsonl"), "--db", str(db))
    assert result.exit_code == 4 and "not a valid DuckDB" in result.stderr
    assert db.read_bytes() == b"\x00garbage" * 64
