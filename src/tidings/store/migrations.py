"""Numbered schema migrations. The ``migrations`` table records which ones a file has.

A migration is applied once, inside the same transaction that records it, so a
file is never left half-upgraded. Append new migrations; never edit an applied one.
The schema is documented in docs/store.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE stories (
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        date DATE,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        text VARCHAR NOT NULL,
        n_events INTEGER NOT NULL
    )""",
    # Only the sentences that carry evidence for an event are kept: the story text has the rest.
    """CREATE TABLE sentences (
        story_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        PRIMARY KEY (story_id, seq)
    )""",
    # Flat columns serve the filters; ``record`` is the exact PLOVER JSON served on output.
    """CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        story_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        date DATE,
        date_precision VARCHAR,
        event VARCHAR NOT NULL,
        mode VARCHAR,
        quad_code TINYINT NOT NULL,
        status VARCHAR NOT NULL,
        aux_mode VARCHAR,
        actor_codes VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        actor_keys VARCHAR[] NOT NULL,
        recipient_keys VARCHAR[] NOT NULL,
        by_codes VARCHAR[] NOT NULL,
        denied_codes VARCHAR[] NOT NULL,
        place VARCHAR,
        place_country VARCHAR,
        place_name VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        materiel VARCHAR[] NOT NULL,
        confidence DOUBLE NOT NULL,
        source VARCHAR,
        sentence VARCHAR NOT NULL,
        block VARCHAR NOT NULL,
        cluster_id VARCHAR,
        record VARCHAR NOT NULL
    )""",
    """CREATE TABLE clusters (
        id VARCHAR PRIMARY KEY,
        block VARCHAR NOT NULL,
        event VARCHAR NOT NULL,
        mode VARCHAR,
        aux_mode VARCHAR,
        date_first DATE,
        date_last DATE,
        actor_codes VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        place VARCHAR,
        place_name VARCHAR,
        materiel VARCHAR[] NOT NULL,
        mentions INTEGER NOT NULL,
        stories INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        status VARCHAR NOT NULL,
        by_codes VARCHAR[] NOT NULL,
        denied_codes VARCHAR[] NOT NULL,
        first_event VARCHAR NOT NULL
    )""",
    # Stories (or input lines) that could not be coded; replaced when the same story is retried.
    """CREATE TABLE errors (
        story_id VARCHAR,
        path VARCHAR,
        line INTEGER,
        code VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        message VARCHAR NOT NULL
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _V1),)

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL
)"""


def current_version(con) -> int:
    row = con.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchall()[0]
    return int(row[0])


def pending(con, migrations: tuple[Migration, ...] | list[Migration]) -> list[Migration]:
    have = current_version(con)
    return [m for m in sorted(migrations, key=lambda m: m.version) if m.version > have]


def apply(con, migrations: tuple[Migration, ...] | list[Migration]) -> list[int]:
    """Apply pending migrations, each in its own transaction; returns the versions applied."""
    con.execute(MIGRATIONS_TABLE)
    done: list[int] = []
    for mig in pending(con, migrations):
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in mig.statements:
                con.execute(stmt)
            con.execute("INSERT INTO migrations VALUES (?, ?)", [mig.version, mig.name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        done.append(mig.version)
    return done
