"""Opening a DuckDB store file: create, migrate, and turn DuckDB's errors into ``StoreError``.

One ``Store`` holds one DuckDB connection. DuckDB lets one process write a file at a
time; a second writer gets an IOException, which becomes a ``StoreError`` naming the
file. A lock serialises use of the connection across threads (the web server's).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from . import migrations as _migrations

DEFAULT_PATH = "tidings.duckdb"


def _duckdb():
    import duckdb  # heavy-ish import, only when a store is opened

    return duckdb


def _explain(exc: Exception, path: str) -> str:
    text = str(exc)
    low = text.lower()
    if "lock" in low:
        return f"the store is locked by another process (close it or wait): {text}"
    if "not a valid duckdb" in low or "corrupt" in low or "checksum" in low:
        return f"not a valid DuckDB store file (corrupt or another format): {text}"
    if "is a directory" in low:
        return "the path is a folder, not a store file"
    if "read-only" in low or "permission" in low or "read only" in low:
        return f"cannot write here (read-only location or file): {text}"
    return text


class Store:
    """An open tidings event store. Use ``Store.open(path)``; close it or use ``with``."""

    def __init__(self, con, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self.lock = threading.RLock()

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] = DEFAULT_PATH,
        *,
        read_only: bool = False,
        migrations: Sequence[_migrations.Migration] | None = None,
    ) -> Store:
        """Open (and create, and upgrade) a store file. ``StoreError`` when that is not possible."""
        duckdb = _duckdb()
        spath = str(path)
        p = Path(spath)
        if p.is_dir():
            raise StoreError("the path is a folder, not a store file", path=spath)
        existed = p.exists()
        if read_only and not existed:
            raise StoreError("no store file here (open it read-write once to create it)", path=spath)
        if not existed and not p.parent.exists():
            raise StoreError(f"folder {str(p.parent)!r} does not exist", path=spath)
        if not existed and not os.access(p.parent, os.W_OK):
            raise StoreError("cannot create the store: the folder is read-only", path=spath)
        if existed and not read_only and not os.access(p, os.W_OK):
            raise StoreError("the store file is read-only (open it with read_only=True)", path=spath)
        try:
            con = duckdb.connect(spath, read_only=read_only)
        except duckdb.Error as exc:
            if not existed:
                _remove_new_file(p)
            raise StoreError(_explain(exc, spath), path=spath) from None
        store = cls(con, spath, read_only)
        try:
            store._prepare(list(migrations) if migrations is not None else list(_migrations.MIGRATIONS))
        except StoreError:
            con.close()
            if not existed:
                _remove_new_file(p)
            raise
        except duckdb.Error as exc:
            con.close()
            if not existed:
                _remove_new_file(p)
            raise StoreError(_explain(exc, spath), path=spath) from None
        return store

    def _prepare(self, migrations: list[_migrations.Migration]) -> None:
        tables = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()}
        if tables and "migrations" not in tables:
            raise StoreError(
                "this DuckDB file is not a tidings store (no migrations table); "
                f"it has tables: {', '.join(sorted(tables))}",
                path=self.path,
            )
        if self.read_only:
            if "migrations" not in tables or _migrations.pending(self.con, migrations):
                raise StoreError(
                    "the store needs an upgrade; open it read-write once to apply migrations",
                    path=self.path,
                )
            return
        _migrations.apply(self.con, migrations)

    # -- lifecycle --------------------------------------------------------------------
    def close(self) -> None:
        with self.lock:
            if self.con is not None:
                self.con.close()
                self.con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        with self.lock:
            return _migrations.current_version(self.con)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction: all of it is committed, or none of it."""
        if self.read_only:
            raise StoreError("the store is open read-only", path=self.path)
        with self.lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                yield self.con
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[Any]:
        """Several reads that must see the same data (a count and a page): one transaction."""
        with self.lock:
            self._execute("BEGIN TRANSACTION", ())
            try:
                yield self.con
            finally:
                self.con.execute("ROLLBACK")

    def _execute(self, sql: str, params: Sequence[Any] | dict[str, Any]):
        duckdb = _duckdb()
        if self.con is None:
            raise StoreError("the store is closed", path=self.path)
        try:
            return self.con.execute(sql, params if isinstance(params, dict) else list(params))
        except duckdb.IOException as exc:
            raise StoreError(_explain(exc, self.path), path=self.path) from None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple]:
        """Rows of a parameterised query (``$name`` with a dict, ``?`` with a sequence)."""
        with self.lock:
            return self._execute(sql, params).fetchall()

    def query_dicts(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self.lock:
            cur = self._execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # -- the API as methods -----------------------------------------------------------
    def ingest(self, inputs, **kw):
        from .ingest import ingest

        return ingest(self, inputs, **kw)

    def events(self, **filters):
        from .query import events

        return events(self, **filters)

    def event(self, id: str) -> dict[str, Any]:
        from .query import event

        return event(self, id)

    def story(self, id: str) -> dict[str, Any]:
        from .query import story

        return story(self, id)

    def dyads(self, **kw):
        from .query import dyads

        return dyads(self, **kw)

    def claims(self, **kw):
        from .query import claims

        return claims(self, **kw)

    def count_claims(self, **filters) -> int:
        from .query import count_claims

        return count_claims(self, **filters)

    def network(self, **kw):
        from .query import network

        return network(self, **kw)

    def stats(self) -> dict[str, Any]:
        from .query import stats

        return stats(self)

    def export(self, format: str, out, **filters):
        from .exports import export

        return export(self, format, out, **filters)


def _remove_new_file(p: Path) -> None:
    # A file we created a moment ago and could not initialise: leave nothing behind.
    for candidate in (p, p.with_name(p.name + ".wal")):
        try:
            candidate.unlink()
        except OSError:
            pass


@contextmanager
def opened(store: Store | str | os.PathLike[str], *, read_only: bool = False) -> Iterator[Store]:
    """Use an open ``Store`` as is, or open (and afterwards close) one from a path."""
    if isinstance(store, Store):
        yield store
        return
    s = Store.open(store, read_only=read_only)
    try:
        yield s
    finally:
        s.close()


def insert_rows(con, table: str, columns: Sequence[tuple[str, str]], rows: list[dict[str, Any]]) -> None:
    """Insert many rows in one statement: a list of structs unnested server-side.

    Far faster than ``executemany`` (one round trip); the casts pin column types even
    when a whole batch has NULL in a column. ``table`` and ``columns`` are our own
    identifiers, never user input; values travel as one bound parameter.
    """
    if not rows:
        return
    names = ", ".join(name for name, _ in columns)
    casts = ", ".join(f"s.{name}::{sqltype}" for name, sqltype in columns)
    con.execute(
        f"INSERT INTO {table} ({names}) SELECT {casts} FROM (SELECT unnest($rows) AS s)",
        {"rows": rows},
    )
