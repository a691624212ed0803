"""Merging reports: events that describe the same real-world event share a ``cluster_id``.

The rule (docs/store.md, "Merging reports"):

1. Events are first put in *blocks*: same PLOVER event type, same aux_mode (a planned
   visit is not the visit), same set of actor country codes and same set of recipient
   codes.
2. Inside a block, events are taken in (date, event id) order. An event joins the first
   open cluster that (a) started at most ``WINDOW_DAYS`` days before it, (b) has a
   compatible place: no two different known sub-country places, no two different
   countries, and (c) compatible materiel: when both name materiel, the categories
   overlap. Otherwise it opens a new cluster.
3. Events without a date, and events with no actor, recipient or place at all, are
   clusters of their own (nothing says they are the same event as another).

Because a block is always re-clustered from all its stored events in sorted order, the
result depends only on which events are stored, not on the order they were ingested
in. Incremental: an ingest batch re-clusters only the blocks its events fall in.
Cluster ids are a hash of the block and the cluster's first member, so a cluster keeps
its id unless an earlier report of it arrives later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .db import insert_rows

WINDOW_DAYS = 3

CLUSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("block", "VARCHAR"), ("event", "VARCHAR"), ("mode", "VARCHAR"),
    ("aux_mode", "VARCHAR"), ("date_first", "DATE"), ("date_last", "DATE"),
    ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"), ("place", "VARCHAR"),
    ("place_name", "VARCHAR"), ("materiel", "VARCHAR[]"), ("mentions", "INTEGER"),
    ("stories", "INTEGER"), ("sources", "INTEGER"), ("status", "VARCHAR"),
    ("by_codes", "VARCHAR[]"), ("denied_codes", "VARCHAR[]"), ("first_event", "VARCHAR"),
)

_FIELDS = (
    "id", "date", "place", "place_country", "place_name", "materiel", "story_id", "source",
    "status", "by_codes", "denied_codes", "event", "mode", "aux_mode", "actor_codes",
    "recipient_codes", "block",
)


def block_key(event: str, aux_mode: str | None, actor_codes: list[str], recipient_codes: list[str]) -> str:
    key = "|".join((event, aux_mode or "", ",".join(sorted(actor_codes)), ",".join(sorted(recipient_codes))))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def rollup_status(statuses: Iterable[str], denied_codes: Iterable[str]) -> str:
    """One claim status for a cluster from its reports' statuses.

    Contested when any report is contested, or when some report puts the event
    forward (asserted/alleged) and another denies it; denied when all deny; asserted
    when any report states it as fact; else alleged.
    """
    seen = set(statuses)
    denial = bool(seen & {"denied", "contested"}) or any(True for _ in denied_codes)
    support = bool(seen & {"asserted", "alleged"})
    if "contested" in seen or (denial and support):
        return "contested"
    if denial:
        return "denied"
    if "asserted" in seen:
        return "asserted"
    return "alleged"


class _Open:
    __slots__ = ("start", "place", "country", "materiel", "members")

    def __init__(self, ev: dict[str, Any]) -> None:
        self.start: dt.date = ev["date"]
        self.place = ev["place"]
        self.country = ev["place_country"]
        self.materiel = set(ev["materiel"])
        self.members = [ev]

    def accepts(self, ev: dict[str, Any]) -> bool:
        if (ev["date"] - self.start).days > WINDOW_DAYS:
            return False
        if ev["place"] and self.place and ev["place"] != self.place:
            return False
        if ev["place_country"] and self.country and ev["place_country"] != self.country:
            return False
        mat = ev["materiel"]
        return not (mat and self.materiel and not self.materiel.intersection(mat))

    def add(self, ev: dict[str, Any]) -> None:
        self.members.append(ev)
        self.place = self.place or ev["place"]
        self.country = self.country or ev["place_country"]
        self.materiel.update(ev["materiel"])


def _isolated(ev: dict[str, Any]) -> bool:
    return ev["date"] is None or not (
        ev["actor_codes"] or ev["recipient_codes"] or ev["place"] or ev["place_country"]
    )


def cluster_block(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Partition one block's events into clusters (rule in the module docstring)."""
    ordered = sorted(events, key=lambda e: (e["date"] is None, e["date"] or dt.date.min, e["id"]))
    done: list[list[dict[str, Any]]] = []
    open_: list[_Open] = []
    for ev in ordered:
        if _isolated(ev):
            done.append([ev])
            continue
        # clusters that started too long ago can take nothing more: close them
        still = []
        for c in open_:
            if (ev["date"] - c.start).days > WINDOW_DAYS:
                done.append(c.members)
            else:
                still.append(c)
        open_ = still
        for c in open_:
            if c.accepts(ev):
                c.add(ev)
                break
        else:
            open_.append(_Open(ev))
    done.extend(c.members for c in open_)
    return done


def _cluster_row(members: list[dict[str, Any]]) -> dict[str, Any]:
    first = members[0]
    dates = [m["date"] for m in members if m["date"] is not None]
    modes = Counter(m["mode"] for m in members if m["mode"])
    mode = min(modes, key=lambda k: (-modes[k], k)) if modes else None
    by = sorted({c for m in members for c in m["by_codes"]})
    denied = sorted({c for m in members for c in m["denied_codes"]})
    return {
        "id": "clu-" + hashlib.sha1(f"{first['block']}|{first['id']}".encode()).hexdigest()[:16],
        "block": first["block"], "event": first["event"], "mode": mode,
        "aux_mode": first["aux_mode"],
        "date_first": min(dates) if dates else None, "date_last": max(dates) if dates else None,
        "actor_codes": list(first["actor_codes"]), "recipient_codes": list(first["recipient_codes"]),
        "place": next((m["place"] for m in members if m["place"]), None),
        "place_name": next((m["place_name"] for m in members if m["place_name"]), None),
        "materiel": sorted({c for m in members for c in m["materiel"]}),
        "mentions": len(members),
        "stories": len({m["story_id"] for m in members}),
        "sources": len({m["source"] for m in members}),
        "status": rollup_status((m["status"] for m in members), denied),
        "by_codes": by, "denied_codes": denied, "first_event": first["id"],
    }


def recluster(con, blocks: Iterable[str]) -> int:
    """Recompute the clusters of ``blocks`` from their stored events; returns clusters written.

    Runs inside the caller's transaction, so events and their clusters commit together.
    """
    wanted = sorted(set(blocks))
    if not wanted:
        return 0
    cur = con.execute(
        f"SELECT {', '.join(_FIELDS)} FROM events WHERE list_contains($blocks, block)",
        {"blocks": wanted},
    )
    by_block: dict[str, list[dict[str, Any]]] = {}
    for row in cur.fetchall():
        ev = dict(zip(_FIELDS, row, strict=True))
        by_block.setdefault(ev["block"], []).append(ev)
    rows: list[dict[str, Any]] = []
    assign: list[dict[str, str]] = []
    for block in wanted:
        for members in cluster_block(by_block.get(block, [])):
            crow = _cluster_row(members)
            rows.append(crow)
            assign.extend({"eid": m["id"], "cid": crow["id"]} for m in members)
    con.execute("DELETE FROM clusters WHERE list_contains($blocks, block)", {"blocks": wanted})
    insert_rows(con, "clusters", CLUSTER_COLUMNS, rows)
    if assign:
        con.execute(
            "UPDATE events SET cluster_id = m.cid FROM (SELECT unnest($rows, recursive := true)) m "
            "WHERE events.id = m.eid",
            {"rows": assign},
        )
    return len(rows)


def recluster_all(con) -> int:
    """Rebuild every cluster (after changing the rule or ``WINDOW_DAYS``)."""
    blocks = [r[0] for r in con.execute("SELECT DISTINCT block FROM events").fetchall()]
    con.execute("DELETE FROM clusters")
    return recluster(con, blocks)
