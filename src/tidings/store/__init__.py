"""The tidings event store: a DuckDB file of stories, evidence sentences, PLOVER events
and merged-event clusters, with ingest, queries and exports (docs/store.md).

>>> from tidings import store
>>> with store.Store.open("tidings.duckdb") as st:          # doctest: +SKIP
...     store.ingest(st, ["stories/"])
...     store.events(st, actor="IRN", type="ACCUSE")

Every function takes an open ``Store`` or a path; ``Store`` has the same names as methods.
"""

from __future__ import annotations

from .db import DEFAULT_PATH, Store
from .ingest import IngestReport, ingest, store_coded
from .query import claims, count_claims, dyads, event, events, network, stats, story


def export(store, format: str, out, **filters):
    """Write the store (or the filtered events) to ``out`` in ``format`` (see ``exports.FORMATS``)."""
    from .exports import export as _export

    return _export(store, format, out, **filters)


__all__ = [
    "DEFAULT_PATH", "IngestReport", "Store", "claims", "count_claims", "dyads", "event", "events", "export",
    "ingest", "network", "stats", "store_coded", "story",
]
