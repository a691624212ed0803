"""Flattening stories and PLOVER records into the store's rows (see docs/store.md, "Schema")."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any
from urllib.parse import urlsplit

from ..records import Entity, Event, Story

STORY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("content_hash", "VARCHAR"), ("date", "DATE"), ("title", "VARCHAR"),
    ("url", "VARCHAR"), ("source", "VARCHAR"), ("text", "VARCHAR"), ("n_events", "INTEGER"),
)
SENTENCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("story_id", "VARCHAR"), ("seq", "INTEGER"), ("start_char", "INTEGER"),
    ("end_char", "INTEGER"), ("text", "VARCHAR"),
)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("story_id", "VARCHAR"), ("ord", "INTEGER"), ("date", "DATE"),
    ("date_precision", "VARCHAR"), ("event", "VARCHAR"), ("mode", "VARCHAR"),
    ("quad_code", "TINYINT"), ("status", "VARCHAR"), ("aux_mode", "VARCHAR"),
    ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"),
    ("actor_keys", "VARCHAR[]"), ("recipient_keys", "VARCHAR[]"),
    ("by_codes", "VARCHAR[]"), ("denied_codes", "VARCHAR[]"),
    ("place", "VARCHAR"), ("place_country", "VARCHAR"), ("place_name", "VARCHAR"),
    ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("materiel", "VARCHAR[]"), ("confidence", "DOUBLE"),
    ("source", "VARCHAR"), ("sentence", "VARCHAR"), ("block", "VARCHAR"), ("record", "VARCHAR"),
)


def content_hash(story: Story) -> str:
    """What decides "same story": every field the coder sees or copies into records."""
    payload = json.dumps(
        [story.text, story.date, story.title, story.url, story.source], ensure_ascii=False
    )
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()


def story_source(story: Story) -> str:
    """The outlet a story counts for when counting sources: its source, else its URL's host."""
    if story.source and story.source.strip():
        return story.source.strip()
    if story.url:
        host = urlsplit(story.url).hostname or ""
        if host:
            return host.removeprefix("www.").casefold()
    return "story:" + story.id


def parse_day(value: str | None) -> dt.date | None:
    """An event or story date as a day; month/year precision dates fall on their first day."""
    if not value:
        return None
    text = str(value).strip()
    for cut, fill in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return dt.date.fromisoformat(text[:cut] + fill)
        except ValueError:
            continue
    return None


def story_row(story: Story, n_events: int) -> dict[str, Any]:
    return {
        "id": story.id, "content_hash": content_hash(story), "date": parse_day(story.date),
        "title": story.title, "url": story.url, "source": story.source, "text": story.text,
        "n_events": n_events,
    }


def _codes(entities: list[Entity]) -> list[str]:
    return sorted({e.code for e in entities if e.code})


def _keys(entities: list[Entity]) -> list[str]:
    return sorted({f"{e.code}{e.sector}" for e in entities if e.code and e.sector})


def place_of(ev: Event) -> tuple[str | None, str | None, str | None]:
    """(place key below country level, country code, display name) of an event's location.

    The key is what clustering compares: a geonames id when resolved, else the place
    name folded; a country-level location has no key, only its country.
    """
    loc = ev.event_loc
    if loc is None:
        return None, None, None
    name = loc.resolved_place or loc.extracted_place or None
    country = loc.country_code or None
    if loc.resolution == 1:
        return None, country, name
    if loc.geonameid is not None:
        return f"g{loc.geonameid}", country, name
    return (name.casefold() if name else None), country, name


def event_row(ev: Event, ordinal: int, source: str, block: str) -> dict[str, Any]:
    place, country, name = place_of(ev)
    loc = ev.event_loc
    return {
        "id": ev.id, "story_id": ev.story_id, "ord": ordinal, "date": parse_day(ev.date),
        "date_precision": ev.date_precision, "event": ev.event, "mode": ev.mode,
        "quad_code": int(ev.quad_code), "status": ev.claim.status, "aux_mode": ev.aux_mode,
        "actor_codes": _codes(ev.actor), "recipient_codes": _codes(ev.recipient),
        "actor_keys": _keys(ev.actor), "recipient_keys": _keys(ev.recipient),
        "by_codes": _codes(ev.claim.by), "denied_codes": _codes(ev.claim.denied_by),
        "place": place, "place_country": country, "place_name": name,
        "lat": float(loc.lat) if loc is not None and loc.lat is not None else None,
        "lon": float(loc.lon) if loc is not None and loc.lon is not None else None,
        "materiel": sorted({m.category for m in ev.materiel if m.category}),
        "confidence": float(ev.confidence), "source": source, "sentence": ev.text,
        "block": block, "record": ev.to_json(),
    }


def sentence_rows(story_id: str, events: list[Event]) -> list[dict[str, Any]]:
    seen: dict[int, dict[str, Any]] = {}
    for ev in events:
        ti = ev.text_info
        seen.setdefault(ti.sequence, {
            "story_id": story_id, "seq": ti.sequence, "start_char": ti.start,
            "end_char": ti.end, "text": ev.text,
        })
    return [seen[k] for k in sorted(seen)]
