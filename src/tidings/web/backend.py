"""What the web layer asks of the store and the coder, in one place.

Routes stay thin: they validate the request and call one ``Backend`` method. The
backend only calls the store's public API (``tidings.store``), never DuckDB.
"""

from __future__ import annotations

import json
import os
import threading
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

from .. import plover
from ..errors import StoreError
from ..records import CLAIM_STATUSES, Story
from .cache import ResponseCache

# Span roles, in the order a segment covered by several is styled (first wins).
SPAN_ROLES = ("trigger", "actor", "recipient", "source", "denier")
# Claim statuses the overview lists as disputed: anything not plainly asserted.
_DISPUTED = ("alleged", "contested", "denied")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def spans(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Character spans to highlight in the story text, one per (start, end, role), sorted.

    ``events`` lists the event ids that share a span, so the page can link both ways.
    """
    found: dict[tuple[int, int, str], list[str]] = {}

    def add(start: Any, end: Any, role: str, event_id: str) -> None:
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            return
        ids = found.setdefault((start, end, role), [])
        if event_id not in ids:
            ids.append(event_id)

    for ev in events:
        eid = ev.get("id", "")
        add(ev.get("event_text_start"), ev.get("event_text_end"), "trigger", eid)
        for role, entities in (("actor", ev.get("actor")), ("recipient", ev.get("recipient"))):
            for ent in entities or ():
                add(ent.get("start"), ent.get("end"), role, eid)
        claim = ev.get("claim") or {}
        for role, key in (("source", "by"), ("denier", "denied_by")):
            for ent in claim.get(key) or ():
                add(ent.get("start"), ent.get("end"), role, eid)
    order = {r: i for i, r in enumerate(SPAN_ROLES)}
    return [
        {"start": s, "end": e, "role": r, "events": sorted(ids)}
        for (s, e, r), ids in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1], order[kv[0][2]]))
    ]


def meta() -> dict[str, Any]:
    """The vocabularies the pages' filter menus offer (from the PLOVER ontology file)."""
    types = plover.event_types()
    return {
        "event_types": [
            {"code": t, "quad_code": plover.quad_code(t), "modes": list(plover.modes(t))} for t in types
        ],
        "quad_classes": [{"code": k, "label": v} for k, v in sorted(QUAD_NAMES.items())],
        "claim_statuses": list(CLAIM_STATUSES),
        "contexts": list(plover.contexts()),
        "materiel_categories": materiel_categories(),
    }


@cache
def materiel_categories() -> list[str]:
    """The materiel categories in the knowledge file (users may add their own there)."""
    with resources.files("tidings.knowledge").joinpath("materiel.json").open(encoding="utf-8") as fh:
        return list(json.load(fh).get("categories", {}))


class Backend:
    """Holds the open store and the coder for one app. Thread-safe: the store locks itself."""

    def __init__(self, db_path: str | os.PathLike[str], *, coder: Any = None, read_only: bool = False,
                 cache_entries: int = 512) -> None:
        from ..store import Store

        self.db_path = str(db_path)
        self.read_only = read_only
        self.store = Store.open(self.db_path, read_only=read_only)
        self.cache = ResponseCache(max_entries=cache_entries)
        self._coder = coder
        self._coder_lock = threading.Lock()
        # One story at a time through the coder: its pipeline objects are not meant to be
        # shared by threads, and coding is CPU-bound anyway (the GIL would serialise it).
        self._coding = threading.Lock()

    def close(self) -> None:
        self.store.close()

    @property
    def coder(self) -> Any:
        # The model loads on first use, not at start-up: a server that only answers
        # queries never pays for it.
        if self._coder is None:
            with self._coder_lock:
                if self._coder is None:
                    import tidings

                    self._coder = tidings.default_coder()
        return self._coder

    # -- reads --------------------------------------------------------------------------
    def events(self, filters: dict[str, Any], *, limit: int, offset: int, sort: str) -> dict[str, Any]:
        page = self.store.events(**filters, limit=limit, offset=offset, sort=sort)
        return {"items": page["items"], "total": page["total"], "limit": limit, "offset": offset}

    def event(self, event_id: str) -> dict[str, Any]:
        return self.store.event(event_id)

    def story(self, story_id: str) -> dict[str, Any]:
        data = dict(self.store.story(story_id))
        data["spans"] = spans(data.get("events") or [])
        return data

    def stats(self) -> dict[str, Any]:
        return _public_stats(self.store.stats())

    def network(self, filters: dict[str, Any], *, materiel: str | None = None,
                max_edges: int | None = None, focus: str | None = None) -> dict[str, Any]:
        graph = self.store.network(**filters)
        nodes, edges = list(graph.get("nodes", [])), list(graph.get("edges", []))
        if materiel:
            edges = [e for e in edges if _has_materiel(e.get("materiel"), materiel)]
        if focus:
            # One actor's own ties, both directions (the actor filter keeps only one).
            edges = [e for e in edges if focus in (e["source"], e["target"])]
        total_edges = len(edges)
        if max_edges is not None and len(edges) > max_edges:
            # The strongest ties; a drawing of 20,000 edges shows nothing.
            keep = sorted(edges, key=lambda e: (-int(e.get("count") or 0), e["source"], e["target"], e["event"]))
            edges = sorted(keep[:max_edges], key=lambda e: (e["source"], e["target"], e["event"]))
        if materiel or focus or len(edges) < total_edges:
            used = {e["source"] for e in edges} | {e["target"] for e in edges}
            nodes = [n for n in nodes if n["id"] in used]
        return {"nodes": nodes, "edges": edges, "edges_total": total_edges}

    def dyads(self, filters: dict[str, Any], *, interval: str) -> dict[str, Any]:
        rows = self.store.dyads(interval=interval, **filters)
        return {"interval": interval, "items": group_dyads(rows)}

    def claims(self, filters: dict[str, Any], *, limit: int, offset: int) -> dict[str, Any]:
        items = list(self.store.claims(**filters, limit=limit, offset=offset))
        total = self.store.count_claims(**filters)
        return {"items": items, "total": total, "more": offset + len(items) < total,
                "limit": limit, "offset": offset}

    def overview(self, filters: dict[str, Any], *, interval: str) -> dict[str, Any]:
        rows = self.store.dyads(interval=interval, **filters)
        series: dict[str, dict[int, int]] = defaultdict(lambda: {1: 0, 2: 0, 3: 0, 4: 0})
        for r in rows:
            quad = int(r.get("quad_code") or 0)
            if quad in (1, 2, 3, 4):
                series[str(r["period"])][quad] += int(r["count"])
        # The latest disputed reports: an events query (fast), not every merged claim.
        disputed_filters = dict(filters)
        disputed_filters.setdefault("status", ",".join(_DISPUTED))
        recent = self.store.events(**disputed_filters, limit=12, offset=0, sort="-date")["items"]
        disputed = [_claim_row(ev) for ev in recent]
        return {
            "interval": interval,
            "stats": _public_stats(self.store.stats()),
            "series": [
                {"period": p, "counts": {str(q): n for q, n in sorted(c.items())}}
                for p, c in sorted(series.items())
            ],
            "top_dyads": group_dyads(rows)[:15],
            "disputed_claims": disputed[:12],
        }

    # -- coding and writes ---------------------------------------------------------------
    def code(self, text: str, *, date: str | None, title: str | None) -> dict[str, Any]:
        from ..coder import make_story

        story = make_story(text, date=date, title=title)
        coder = self.coder
        with self._coding:
            coded = coder.code(story.text, story_id=story.id, date=story.date, title=story.title)
        events = [e.to_dict() for e in coded]
        return {
            "story": {"id": story.id, "date": story.date, "title": story.title, "text": story.text},
            "events": events,
            "spans": spans(events),
        }

    def ingest(self, stories: list[Story]) -> dict[str, Any]:
        if self.read_only:
            raise StoreError("the server opened the store read-only; writes are off", path=self.db_path)
        coder = self.coder
        try:
            with self._coding:
                report = self.store.ingest(stories, coder=coder)
        finally:
            self.cache.clear()  # even a failed ingest may have committed earlier batches
        data = report.to_dict()
        data.pop("seconds", None)  # timing varies run to run; the answer should not
        return data


def _codes(entities: list[dict[str, Any]] | None) -> list[str]:
    return list(dict.fromkeys(e.get("code") or e.get("entity_text") or "?" for e in entities or ()))


def _claim_row(ev: dict[str, Any]) -> dict[str, Any]:
    claim = ev.get("claim") or {}
    return {"id": ev["id"], "story_id": ev["story_id"], "date": ev.get("date"), "event": ev["event"],
            "actor": _codes(ev.get("actor")), "recipient": _codes(ev.get("recipient")),
            "status": claim.get("status"), "by": _codes(claim.get("by")),
            "denied_by": _codes(claim.get("denied_by"))}


def _public_stats(stats: dict[str, Any]) -> dict[str, Any]:
    # The store's file path is the server's business, not a client's.
    return {k: v for k, v in stats.items() if k != "path"}


def _has_materiel(value: Any, wanted: str) -> bool:
    """``wanted``: "any", or categories separated by commas (one of them must be there)."""
    if not value:
        return False
    if wanted == "any":
        return True
    allowed = {w.strip() for w in wanted.split(",") if w.strip()}
    items = value if isinstance(value, list) else [value]
    return any((item.get("category") if isinstance(item, dict) else item) in allowed for item in items)


def group_dyads(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat (actor, recipient, period, quad, count) rows -> one time series per dyad, busiest first."""
    grouped: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(dict)
    for r in rows:
        key = (str(r.get("actor") or "?"), str(r.get("recipient") or "?"))
        period = grouped[key].setdefault(str(r["period"]), {"1": 0, "2": 0, "3": 0, "4": 0})
        quad = str(r.get("quad_code") or 0)
        period[quad] = period.get(quad, 0) + int(r["count"])
    out = []
    for (actor, recipient), periods in grouped.items():
        series = [{"period": p, "counts": c, "count": sum(c.values())} for p, c in sorted(periods.items())]
        out.append({"actor": actor, "recipient": recipient, "total": sum(s["count"] for s in series),
                    "series": series})
    out.sort(key=lambda d: (-d["total"], d["actor"], d["recipient"]))
    return out
