"""Opening store files: creation, and a clear StoreError for every path that cannot be a store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import duckdb
import pytest

from tidings.errors import StoreError
from tidings.store import Store


def test_open_creates_a_store_with_its_schema_and_migration_record(db_path):
    with Store.open(db_path) as st:
        tables = {r[0] for r in st.query("SELECT table_name FROM information_schema.tables")}
        assert {"stories", "sentences", "events", "clusters", "errors", "migrations"} <= tables
        assert st.query("SELECT version, name FROM migrations") == [(1, "initial schema")]
        assert st.version == 1


def test_reopening_an_existing_store_applies_nothing_twice(db_path):
    Store.open(db_path).close()
    with Store.open(db_path) as st:
        assert st.query("SELECT count(*) FROM migrations") == [(1,)]


def test_a_store_locked_by_another_process_raises_store_error(db_path):
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db_path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked"):
            Store.open(db_path)
        with pytest.raises(StoreError, match="locked"):
            Store.open(db_path, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_corrupt_file_raises_store_error_and_is_left_untouched(tmp_path):
    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(b"this is not a database\n" * 100)
    before = bad.read_bytes()
    with pytest.raises(StoreError, match="not a valid DuckDB") as info:
        Store.open(bad)
    assert str(bad) in str(info.value)
    assert bad.read_bytes() == before


def test_a_folder_path_raises_store_error(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_a_location_that_cannot_be_written_raises_store_error_and_leaves_nothing():
    # /sys refuses new files even to root
    target = "/sys/tidings-store-test.duckdb"
    if not os.path.isdir("/sys"):
        pytest.skip("no /sys on this system")
    with pytest.raises(StoreError):
        Store.open(target)
    assert not os.path.exists(target)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permission bits")
def test_a_read_only_folder_raises_store_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Store.open(ro / "x.duckdb")
        assert not (ro / "x.duckdb").exists()
    finally:
        ro.chmod(0o755)


def test_a_missing_parent_folder_raises_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nope" / "x.duckdb")


def test_a_duckdb_file_of_another_application_is_refused(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a tidings store"):
        Store.open(other)


def test_read_only_open_of_a_missing_file_raises_store_error(db_path):
    with pytest.raises(StoreError, match="no store file"):
        Store.open(db_path, read_only=True)
    assert not db_path.exists()


def test_a_read_only_store_refuses_writes(db_path):
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as st:
        assert st.read_only
        with pytest.raises(StoreError, match="read-only"):
            with st.transaction():
                pass
