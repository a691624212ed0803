"""Reading the store: events, one event, one story, dyads, claims, the actor network, stats.

Each function returns plain records (dicts and lists, JSON-ready); the ones that return
rows also take ``as_frame=True`` for a pandas DataFrame.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import cache
from typing import Any

from ..errors import FilterError, NotFoundError
from ..records import CLAIM_STATUSES
from .cluster import rollup_status
from .db import Store, opened
from .filters import choice, where

SORTS = {
    "date": "e.date ASC NULLS LAST, e.story_id, e.ord",
    "-date": "e.date DESC NULLS LAST, e.story_id, e.ord",
    "confidence": "e.confidence DESC, e.date ASC NULLS LAST, e.story_id, e.ord",
    "id": "e.id",
}
# the columns each order needs: all a filtered page carries through its sort
SORT_COLUMNS = {"date": "date, story_id, ord", "-date": "date, story_id, ord",
                "confidence": "confidence, date, story_id, ord", "id": "id"}
INTERVALS = ("week", "month")
CLAIM_STATUSES_SHOWN = ("alleged", "contested", "denied")

StoreLike = Store | str | os.PathLike[str]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _frame(rows: list[dict[str, Any]], as_frame: bool):
    if not as_frame:
        return rows
    import pandas as pd

    return pd.DataFrame(rows)


def _record(record: str, cluster_id: str | None) -> dict[str, Any]:
    out = json.loads(record)
    out["cluster_id"] = cluster_id
    return out


def _limit(limit: int | None, offset: int) -> tuple[int | None, int]:
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise FilterError(f"limit {limit!r} must be a whole number >= 0")
    if not isinstance(offset, int) or offset < 0:
        raise FilterError(f"offset {offset!r} must be a whole number >= 0")
    return limit, offset


def events(
    store: StoreLike,
    *,
    limit: int | None = 100,
    offset: int = 0,
    sort: str = "date",
    as_frame: bool = False,
    **filters: Any,
) -> dict[str, Any]:
    """Events matching the filters: ``{"items": [PLOVER record + cluster_id], "total": N}``."""
    if sort not in SORTS:
        raise FilterError(f"unknown sort {sort!r}; valid: {', '.join(SORTS)}")
    limit, offset = _limit(limit, offset)
    w, params = where(filters)
    page = "" if limit is None else " LIMIT $limit OFFSET $offset"
    p = dict(params, **({"limit": limit, "offset": offset} if limit is not None else {}))
    with opened(store, read_only=True) as st, st.snapshot():
        # Late materialisation: sort only row ids, then fetch the ~100 records by row id;
        # carrying the record JSON through the sort costs several times more.
        if not w:  # the count of a whole table is free; a second scan is not needed
            total = st.query("SELECT count(*) FROM events")[0][0]
            rids = [r[0] for r in st.query(f"SELECT e.rowid FROM events e ORDER BY {SORTS[sort]}{page}", p)]
        else:  # one scan of the filter columns serves both the count and the page
            got = st.query(
                f"WITH f AS MATERIALIZED (SELECT e.rowid AS rid, {SORT_COLUMNS[sort]} FROM events e {w}) "
                f"SELECT (SELECT count(*) FROM f), rid FROM f e ORDER BY {SORTS[sort]}{page}", p)
            total = got[0][0] if got else st.query(f"SELECT count(*) FROM events e {w}", params)[0][0]
            rids = [r[1] for r in got]
        got = {rid: (rec, cid) for rid, rec, cid in st.query(
            "SELECT rowid, record, cluster_id FROM events WHERE rowid IN (SELECT unnest($rids))",
            {"rids": rids})} if rids else {}
    rows = [got[rid] for rid in rids]
    items = [_record(r, c) for r, c in rows]
    return {"items": _frame(items, as_frame), "total": int(total)}


def event(store: StoreLike, id: str) -> dict[str, Any]:
    """One event record (+ ``cluster_id``) by id; ``NotFoundError`` if absent."""
    with opened(store, read_only=True) as st:
        rows = st.query("SELECT record, cluster_id FROM events WHERE id = $id", {"id": id})
    if not rows:
        raise NotFoundError(f"no event with id {id!r}")
    return _record(*rows[0])


def story(store: StoreLike, id: str) -> dict[str, Any]:
    """One stored story with its events in story order; ``NotFoundError`` if absent."""
    with opened(store, read_only=True) as st, st.snapshot():
        rows = st.query_dicts(
            "SELECT id, text, date, title, url, source FROM stories WHERE id = $id", {"id": id}
        )
        if not rows:
            raise NotFoundError(f"no story with id {id!r}")
        evs = st.query("SELECT record, cluster_id FROM events WHERE story_id = $id ORDER BY ord", {"id": id})
    out = {k: _iso(v) for k, v in rows[0].items()}
    out["events"] = [_record(r, c) for r, c in evs]
    return out


def dyads(store: StoreLike, *, interval: str = "week", as_frame: bool = False, **filters: Any):
    """Event counts per (actor code, recipient code, period, quad class), for time series.

    An event with several actor or recipient codes counts once for each pair. ``count``
    counts event reports; ``clusters`` counts distinct merged events. Weeks start on Monday.
    """
    if interval not in INTERVALS:
        raise FilterError(f"unknown interval {interval!r}; valid: {', '.join(INTERVALS)}")
    w, params = where(filters)
    w = (w + " AND " if w else "WHERE ") + "e.date IS NOT NULL"
    sql = f"""
        WITH f AS (SELECT e.date, e.quad_code, e.cluster_id, e.actor_codes, e.recipient_codes
                   FROM events e {w}),
             a AS (SELECT unnest(actor_codes) AS actor, recipient_codes, date, quad_code, cluster_id FROM f),
             ar AS (SELECT actor, unnest(recipient_codes) AS recipient, date, quad_code, cluster_id FROM a)
        SELECT actor, recipient, CAST(date_trunc($interval, date) AS DATE) AS period,
               quad_code, count(*) AS count, count(DISTINCT cluster_id) AS clusters
        FROM ar GROUP BY ALL ORDER BY period, actor, recipient, quad_code"""
    with opened(store, read_only=True) as st:
        rows = st.query_dicts(sql, dict(params, interval=interval))
    out = [{**r, "period": _iso(r["period"]), "quad_code": int(r["quad_code"])} for r in rows]
    return _frame(out, as_frame)


def _claim_clusters(filters: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """FROM/WHERE of the merged events that ``claims`` lists, and its parameters."""
    filters = dict(filters)
    statuses = choice("claim status", filters.pop("status", None), CLAIM_STATUSES, upper=False)
    statuses = statuses or list(CLAIM_STATUSES_SHOWN)
    w, params = where(filters)
    sql = f"""FROM clusters c
        JOIN (SELECT DISTINCT e.cluster_id FROM events e {w}) m ON c.id = m.cluster_id
        WHERE c.status IN (SELECT unnest($statuses))"""
    return sql, dict(params, statuses=statuses)


def count_claims(store: StoreLike, **filters: Any) -> int:
    """How many merged events ``claims`` lists for these filters (one cheap count)."""
    sql, p = _claim_clusters(filters)
    with opened(store, read_only=True) as st:
        return int(st.query(f"SELECT count(*) {sql}", p)[0][0])


def claims(
    store: StoreLike,
    *,
    limit: int | None = None,
    offset: int = 0,
    as_frame: bool = False,
    **filters: Any,
):
    """Merged events whose claim status is not plain fact, with who says what.

    Filters select the member reports; ``status`` filters the cluster's rolled-up
    status (default: alleged, contested, denied). Each item lists its ``reports``:
    each report's story, status, who alleges and who denies, and the evidence sentence.
    """
    sql, p = _claim_clusters(filters)
    limit, offset = _limit(limit, offset)
    page = ("" if limit is None else " LIMIT $limit") + (" OFFSET $offset" if offset else "")
    p = dict(p, **({"limit": limit} if limit is not None else {}), **({"offset": offset} if offset else {}))
    with opened(store, read_only=True) as st, st.snapshot():
        clusters = st.query_dicts(f"SELECT c.* {sql} ORDER BY c.date_first NULLS LAST, c.id{page}", p)
        ids = [c["id"] for c in clusters]
        reports = st.query_dicts(
            """SELECT cluster_id, id, story_id, date, status, by_codes, denied_codes, source,
                      sentence, record
               FROM events WHERE list_contains($ids, cluster_id)
               ORDER BY date NULLS LAST, story_id, ord""",
            {"ids": ids},
        ) if ids else []
    per: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        claim = json.loads(r["record"])["claim"]
        per.setdefault(r["cluster_id"], []).append({
            "event_id": r["id"], "story_id": r["story_id"], "date": _iso(r["date"]),
            "source": r["source"], "status": r["status"], "by": r["by_codes"],
            "denied_by": r["denied_codes"],
            "by_text": [e["entity_text"] for e in claim["by"]],
            "denied_by_text": [e["entity_text"] for e in claim["denied_by"]],
            "cues": claim["cues"], "text": r["sentence"],
        })
    out = []
    for c in clusters:
        out.append({
            "cluster_id": c["id"], "event": c["event"], "mode": c["mode"], "aux_mode": c["aux_mode"],
            "actor": c["actor_codes"], "recipient": c["recipient_codes"], "status": c["status"],
            "by": c["by_codes"], "denied_by": c["denied_codes"],
            "date_first": _iso(c["date_first"]), "date_last": _iso(c["date_last"]),
            "place": c["place_name"], "materiel": c["materiel"],
            "stories": c["stories"], "mentions": c["mentions"], "sources": c["sources"],
            "reports": per.get(c["id"], []),
        })
    return _frame(out, as_frame)


@cache
def label(code: str) -> str:
    """A readable name for an actor code: the country's name, or PLOVER's meaning of the code."""
    from .. import plover

    nonstate = plover.nonstate_codes()
    if code in nonstate:
        return str(plover.ontology()["nonstate_codes"][code])
    try:
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
    except (ImportError, LookupError, KeyError):
        country = None
    special = {"KOS": "Kosovo", "PSE": "Palestine", "HKG": "Hong Kong"}
    if country is not None:
        return str(getattr(country, "common_name", None) or country.name)
    return special.get(code, code)


def network(store: StoreLike, **filters: Any) -> dict[str, Any]:
    """The actor network: nodes are actor codes, edges (actor -> recipient, event type)
    with report counts, merged-event counts, rolled-up claim status and materiel."""
    w, params = where(filters)
    sql = f"""
        WITH f AS (SELECT e.event, e.status, e.denied_codes, e.materiel, e.cluster_id,
                          e.actor_codes, e.recipient_codes FROM events e {w}),
             a AS (SELECT unnest(actor_codes) AS source, * EXCLUDE (actor_codes) FROM f),
             ar AS (SELECT source, unnest(recipient_codes) AS target, * EXCLUDE (recipient_codes, source) FROM a)
        SELECT source, target, event, count(*) AS count, count(DISTINCT cluster_id) AS clusters,
               list_sort(list_distinct(list(status))) AS statuses,
               list_sort(list_distinct(flatten(list(denied_codes)))) AS denied,
               list_sort(list_distinct(flatten(list(materiel)))) AS materiel
        FROM ar GROUP BY ALL ORDER BY source, target, event"""
    with opened(store, read_only=True) as st, st.snapshot():
        rows = st.query_dicts(sql, params)
        node_rows = st.query(
            f"""WITH f AS (SELECT list_distinct(list_concat(e.actor_codes, e.recipient_codes)) AS codes
                           FROM events e {w})
                SELECT code, count(*) FROM (SELECT unnest(codes) AS code FROM f)
                GROUP BY code ORDER BY code""",
            params,
        )
    edges = [{
        "source": r["source"], "target": r["target"], "event": r["event"], "count": int(r["count"]),
        "clusters": int(r["clusters"]), "status": rollup_status(r["statuses"], r["denied"]),
        "materiel": r["materiel"],
    } for r in rows]
    nodes = [{"id": code, "label": label(code), "events": int(n)} for code, n in node_rows]
    return {"nodes": nodes, "edges": edges}


def stats(store: StoreLike) -> dict[str, Any]:
    """Counts by event type, quad class and claim status; stories, events, clusters, dates."""
    with opened(store, read_only=True) as st, st.snapshot():
        one = st.query(
            """SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events),
                      (SELECT count(*) FROM clusters), (SELECT count(*) FROM errors),
                      (SELECT min(date) FROM events), (SELECT max(date) FROM events),
                      (SELECT coalesce(max(version), 0) FROM migrations)"""
        )[0]

        def counts(col: str) -> dict[str, int]:
            rows = st.query(f"SELECT {col}, count(*) FROM events GROUP BY 1 ORDER BY 1")
            return {str(k): int(n) for k, n in rows}

        by_type, by_quad, by_status = counts("event"), counts("quad_code"), counts("status")
        path = st.path
    return {
        "path": path, "stories": int(one[0]), "events": int(one[1]), "clusters": int(one[2]),
        "errors": int(one[3]), "date_first": _iso(one[4]), "date_last": _iso(one[5]),
        "by_type": by_type, "by_quad": by_quad, "by_status": by_status, "schema_version": int(one[6]),
    }
