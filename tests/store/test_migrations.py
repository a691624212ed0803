"""Schema evolution: numbered migrations recorded in the migrations table."""

from __future__ import annotations

import pytest

from tidings.errors import StoreError
from tidings.store import Store, events, store_coded
from tidings.store.migrations import MIGRATIONS, Migration

from .conftest import make_event, make_story

ADD_NOTE = Migration(2, "events get a note column", (
    "ALTER TABLE events ADD COLUMN note VARCHAR",
    "UPDATE events SET note = 'kept'",
))


def test_opening_a_v1_file_with_a_new_migration_upgrades_it_and_keeps_the_data(db_path):
    with Store.open(db_path, migrations=MIGRATIONS[:1]) as st:
        store_coded(st, [(make_story("s1"), [make_event("e1", "s1")])])
        assert st.version == 1
    with Store.open(db_path, migrations=(*MIGRATIONS[:1], ADD_NOTE)) as st:
        assert st.version == 2
        assert st.query("SELECT version, name FROM migrations ORDER BY version") == [
            (1, "initial schema"), (2, "events get a note column")]
        assert st.query("SELECT id, note FROM events") == [("e1", "kept")]
        assert events(st)["total"] == 1


def test_a_migration_that_fails_leaves_the_file_at_its_old_version(db_path):
    Store.open(db_path, migrations=MIGRATIONS[:1]).close()
    broken = Migration(2, "broken", ("ALTER TABLE events ADD COLUMN x VARCHAR", "SELECT * FROM no_such_table"))
    with pytest.raises(StoreError):
        Store.open(db_path, migrations=(*MIGRATIONS[:1], broken))
    with Store.open(db_path, migrations=MIGRATIONS[:1]) as st:
        assert st.version == 1
        cols = {r[0] for r in st.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
        assert "x" not in cols


def test_read_only_open_of_a_file_that_needs_an_upgrade_raises_store_error(db_path):
    Store.open(db_path, migrations=MIGRATIONS[:1]).close()
    with pytest.raises(StoreError, match="upgrade"):
        Store.open(db_path, read_only=True, migrations=(*MIGRATIONS[:1], ADD_NOTE))
