"""Merging reports: events that describe the same real-world event share a ``cluster_id``.

The rule (docs/store.md, "Merging reports"), in two steps:

1. **Links.** Two reports are linked when they have the same PLOVER event type and
   the same aux_mode (a planned visit is not the visit), and
   - dates: both known and at most ``DAY_SLACK`` day apart when both were read from
     the text (``date_precision`` day; "overnight" straddles midnight), at most
     ``WINDOW_DAYS`` apart otherwise (a publication date trails the event);
   - actors: the actor code sets overlap or one is empty, the same for recipients,
     and at least one code is shared;
   - place: no two different known sub-country places, no two different countries;
   - materiel: the categories overlap, or either side names none or only generic
     ones (knowledge/materiel.json ``generic_categories``: "missiles" may be the
     "ballistic missiles" of another report).
   Linked reports form connected components.
2. **Split.** A component is cut into clusters by one pass in (date, event id)
   order: a report joins the first cluster it is compatible with (the rules above
   against everything the cluster has gathered so far, the date against the
   cluster's first report, with the slack of step 1) or starts a new one. This stops chains (daily strikes on
   one city linking a whole month) and placeless reports bridging two cities.

Both steps depend only on which reports are stored, never on the order they came in,
so the clusters are the same whatever the ingest order. Incremental: an ingest batch
re-clusters only the components its new (or removed) reports touch. A cluster's id
is a hash of its first report (by date, then id).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from .db import insert_rows

WINDOW_DAYS = 3
DAY_SLACK = 1

CLUSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("block", "VARCHAR"), ("event", "VARCHAR"), ("mode", "VARCHAR"),
    ("aux_mode", "VARCHAR"), ("date_first", "DATE"), ("date_last", "DATE"),
    ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"), ("place", "VARCHAR"),
    ("place_name", "VARCHAR"), ("materiel", "VARCHAR[]"), ("mentions", "INTEGER"),
    ("stories", "INTEGER"), ("sources", "INTEGER"), ("status", "VARCHAR"),
    ("by_codes", "VARCHAR[]"), ("denied_codes", "VARCHAR[]"), ("first_event", "VARCHAR"),
)

_FIELDS = (
    "id", "date", "date_precision", "place", "place_country", "place_name", "materiel",
    "story_id", "source", "status", "by_codes", "denied_codes", "event", "mode", "aux_mode",
    "actor_codes", "recipient_codes", "block", "cluster_id",
)


def block_key(event: str, aux_mode: str | None) -> str:
    """Reports can only be the same event within one block: event type and aux_mode."""
    return f"{event}|{aux_mode or ''}"


@cache
def generic_materiel() -> frozenset[str]:
    with resources.files("tidings.knowledge").joinpath("materiel.json").open(encoding="utf-8") as fh:
        return frozenset(json.load(fh).get("generic_categories", ()))


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


# -- the rule ------------------------------------------------------------------------------
def _roles_match(a1: set | list, a2: set | list, r1: set | list, r2: set | list) -> bool:
    share_a = bool(set(a1) & set(a2))
    share_r = bool(set(r1) & set(r2))
    if a1 and a2 and not share_a:
        return False
    if r1 and r2 and not share_r:
        return False
    return share_a or share_r


def _materiel_match(m1: set | list, m2: set | list) -> bool:
    if not m1 or not m2 or set(m1) & set(m2):
        return True
    generic = generic_materiel()
    return set(m1) <= generic or set(m2) <= generic


def _place_match(p1, c1, p2, c2) -> bool:
    return not ((p1 and p2 and p1 != p2) or (c1 and c2 and c1 != c2))


def _dated(ev: dict[str, Any]) -> bool:
    return ev["date"] is not None and bool(ev["actor_codes"] or ev["recipient_codes"])


def linked(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Step 1 of the rule: could these two reports be of the same event?"""
    if a["block"] != b["block"] or not (_dated(a) and _dated(b)):
        return False
    both_read = a["date_precision"] == "day" and b["date_precision"] == "day"
    if abs((a["date"] - b["date"]).days) > (DAY_SLACK if both_read else WINDOW_DAYS):
        return False
    return (
        _roles_match(a["actor_codes"], b["actor_codes"], a["recipient_codes"], b["recipient_codes"])
        and _place_match(a["place"], a["place_country"], b["place"], b["place_country"])
        and _materiel_match(a["materiel"], b["materiel"])
    )


class _Piece:
    """A cluster being gathered in step 2: what its reports have said so far."""

    __slots__ = ("start", "read", "actors", "recipients", "place", "country", "materiel", "members")

    def __init__(self, ev: dict[str, Any]) -> None:
        self.start: dt.date = ev["date"]
        self.read = ev["date_precision"] == "day"  # every date so far read from the text
        self.actors, self.recipients = set(ev["actor_codes"]), set(ev["recipient_codes"])
        self.place, self.country = ev["place"], ev["place_country"]
        self.materiel = set(ev["materiel"])
        self.members = [ev]

    def accepts(self, ev: dict[str, Any]) -> bool:
        both_read = self.read and ev["date_precision"] == "day"
        return (
            (ev["date"] - self.start).days <= (DAY_SLACK if both_read else WINDOW_DAYS)
            and _roles_match(self.actors, ev["actor_codes"], self.recipients, ev["recipient_codes"])
            and _place_match(self.place, self.country, ev["place"], ev["place_country"])
            and _materiel_match(self.materiel, ev["materiel"])
        )

    def add(self, ev: dict[str, Any]) -> None:
        self.members.append(ev)
        self.read = self.read and ev["date_precision"] == "day"
        self.actors.update(ev["actor_codes"])
        self.recipients.update(ev["recipient_codes"])
        self.place = self.place or ev["place"]
        self.country = self.country or ev["place_country"]
        self.materiel.update(ev["materiel"])


def _order(ev: dict[str, Any]) -> tuple:
    return (ev["date"] is None, ev["date"] or dt.date.min, ev["id"])


def components(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Step 1: connected components of the link relation (each sorted by date, id)."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_block: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        if _dated(ev):
            by_block.setdefault(ev["block"], []).append(i)
    for idx in by_block.values():
        idx.sort(key=lambda i: _order(events[i]))
        for pos, i in enumerate(idx):
            for j in idx[pos + 1:]:
                if (events[j]["date"] - events[i]["date"]).days > WINDOW_DAYS:
                    break
                if linked(events[i], events[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, ev in enumerate(events):
        groups.setdefault(find(i), []).append(ev)
    return sorted((sorted(g, key=_order) for g in groups.values()), key=lambda g: _order(g[0]))


def split(component: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Step 2: cut one component (sorted by date, id) into clusters."""
    if len(component) == 1 or not _dated(component[0]):
        return [[ev] for ev in component]
    pieces: list[_Piece] = []
    for ev in component:
        for piece in pieces:
            if piece.accepts(ev):
                piece.add(ev)
                break
        else:
            pieces.append(_Piece(ev))
    return [p.members for p in pieces]


def clusters_of(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [piece for comp in components(events) for piece in split(comp)]


def _cluster_row(members: list[dict[str, Any]]) -> dict[str, Any]:
    first = members[0]
    dates = [m["date"] for m in members if m["date"] is not None]
    modes = Counter(m["mode"] for m in members if m["mode"])
    mode = min(modes, key=lambda k: (-modes[k], k)) if modes else None
    denied = sorted({c for m in members for c in m["denied_codes"]})
    return {
        "id": "clu-" + hashlib.sha1(f"{first['block']}|{first['id']}".encode()).hexdigest()[:16],
        "block": first["block"], "event": first["event"], "mode": mode,
        "aux_mode": first["aux_mode"],
        "date_first": min(dates) if dates else None, "date_last": max(dates) if dates else None,
        "actor_codes": sorted({c for m in members for c in m["actor_codes"]}),
        "recipient_codes": sorted({c for m in members for c in m["recipient_codes"]}),
        "place": next((m["place"] for m in members if m["place"]), None),
        "place_name": next((m["place_name"] for m in members if m["place_name"]), None),
        "materiel": sorted({c for m in members for c in m["materiel"]}),
        "mentions": len(members),
        "stories": len({m["story_id"] for m in members}),
        "sources": len({(m["source"] or "").casefold() for m in members}),
        "status": rollup_status((m["status"] for m in members), denied),
        "by_codes": sorted({c for m in members for c in m["by_codes"]}),
        "denied_codes": denied, "first_event": first["id"],
    }


# -- keeping the clusters table up to date ------------------------------------------------
def _select(con, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = con.execute(f"SELECT {', '.join(_FIELDS)} FROM events WHERE {where}", params).fetchall()
    return [dict(zip(_FIELDS, r, strict=True)) for r in rows]


def _near(con, frontier: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored reports in the same block within the date window of any frontier report."""
    wins = sorted({(e["block"], e["date"]) for e in frontier if _dated(e)})
    if not wins:
        return []
    fields = ", ".join(f"o.{f}" for f in _FIELDS)
    rows = con.execute(
        f"SELECT DISTINCT {fields} FROM events o "
        "JOIN (SELECT unnest($wins, recursive := true)) w "
        "ON o.block = w.block AND o.date BETWEEN w.day - $w AND w.day + $w",
        {"wins": [{"block": b, "day": d} for b, d in wins], "w": WINDOW_DAYS},
    ).fetchall()
    return [dict(zip(_FIELDS, r, strict=True)) for r in rows]


def _closure(con, members: dict[str, dict[str, Any]], seen: set[str]) -> None:
    """Grow ``members`` to whole components: add every stored cluster linked to a member
    (and all its reports), until no new cluster turns up. ``seen`` collects cluster ids."""
    frontier = list(members.values())
    while frontier:
        by_block: dict[str, list[dict[str, Any]]] = {}
        for e in frontier:
            by_block.setdefault(e["block"], []).append(e)
        fresh = sorted({
            c["cluster_id"] for c in _near(con, frontier)
            if c["id"] not in members and c["cluster_id"] and c["cluster_id"] not in seen
            and any(linked(c, f) for f in by_block.get(c["block"], ()))
        })
        if not fresh:
            return
        seen.update(fresh)
        frontier = [e for e in _select(con, "list_contains($cids, cluster_id)", {"cids": fresh})
                    if e["id"] not in members]
        members.update((e["id"], e) for e in frontier)


def clusters_around(con, story_ids: list[str]) -> list[str]:
    """Every cluster in the components of these stories' stored reports: what must be
    re-clustered when the reports go (a report that leaves may have bridged two)."""
    if not story_ids:
        return []
    members = {e["id"]: e for e in _select(con, "list_contains($sids, story_id)", {"sids": story_ids})}
    seen = {e["cluster_id"] for e in members.values() if e["cluster_id"]}
    _closure(con, members, seen)
    return sorted(seen)


def update(con, new_ids: Iterable[str], dirty_clusters: Iterable[str]) -> int:
    """Re-cluster the components around newly stored reports and ``dirty_clusters``
    (from ``clusters_around`` before reports were deleted).

    The whole connected component of each is gathered, so the result is what
    clustering every stored report from scratch would give. Runs in the caller's
    transaction: events and their clusters commit together. Returns cluster rows written.
    """
    new = sorted(set(new_ids))
    seen = set(dirty_clusters)
    members = {e["id"]: e for e in _select(
        con, "list_contains($ids, id) OR list_contains($cids, cluster_id)",
        {"ids": new, "cids": sorted(seen)})}
    _closure(con, members, seen)
    if not members and not seen:
        return 0
    if seen:
        con.execute("DELETE FROM clusters WHERE list_contains($cids, id)", {"cids": sorted(seen)})
    return _write(con, list(members.values()))


def _write(con, members: list[dict[str, Any]]) -> int:
    rows: list[dict[str, Any]] = []
    assign: list[dict[str, str]] = []
    for piece in clusters_of(members):
        row = _cluster_row(piece)
        rows.append(row)
        assign.extend({"eid": m["id"], "cid": row["id"]} for m in piece if m["cluster_id"] != row["id"])
    insert_rows(con, "clusters", CLUSTER_COLUMNS, rows)
    if assign:
        con.execute(
            "UPDATE events SET cluster_id = m.cid FROM (SELECT unnest($rows, recursive := true)) m "
            "WHERE events.id = m.eid",
            {"rows": assign},
        )
    return len(rows)


def recluster_all(con) -> int:
    """Rebuild every cluster from scratch (after changing the rule or its constants)."""
    members = _select(con, "true", {})
    con.execute("DELETE FROM clusters")
    return _write(con, members)
