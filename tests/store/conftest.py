"""Helpers for store tests: hand-built PLOVER events (exact control over what is clustered)
and a small corpus of stories written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings import plover
from tidings.records import Claim, Entity, Event, Location, Materiel, Story, TextInfo


def entity(code: str, sector: str | None = None, text: str | None = None) -> Entity:
    return Entity(code=code, sector=sector, entity_text=text or code)


def make_event(
    id: str,
    story_id: str,
    *,
    event: str = "ASSAULT",
    actor: tuple[str, ...] = ("RUS",),
    recipient: tuple[str, ...] = ("UKR",),
    date: str | None = "2024-05-02",
    precision: str = "day",
    place: str | None = None,
    geonameid: int | None = None,
    country: str | None = None,
    status: str = "asserted",
    by: tuple[str, ...] = (),
    denied_by: tuple[str, ...] = (),
    materiel: tuple[str, ...] = (),
    mode: str | None = None,
    aux_mode: str | None = None,
    text: str = "Russian forces struck the city overnight.",
) -> Event:
    loc = None
    if place or country:
        loc = Location(extracted_place=place or country or "", resolved_place=place,
                       geonameid=geonameid, country_code=country, resolution=4 if place else 1)
    return Event(
        id=id, story_id=story_id, date=date, event=event,
        actor=[entity(c) for c in actor], recipient=[entity(c) for c in recipient],
        event_text="struck", event_text_start=0, event_text_end=6, text=text,
        text_info=TextInfo(sequence=0, start=0, end=len(text)), mode=mode,
        quad_code=plover.quad_code(event), event_scale=plover.event_scale(event, mode),
        date_precision=precision if date else "unknown", aux_mode=aux_mode,
        claim=Claim(status=status, by=[entity(c) for c in by], denied_by=[entity(c) for c in denied_by]),
        event_loc=loc, materiel=[Materiel(text=m, category=m) for m in materiel],
        coder={"name": "test", "version": "0"},
    )


def make_story(id: str, *, source: str = "wire", date: str = "2024-05-02", text: str | None = None) -> Story:
    return Story(id=id, text=text or f"Story {id} text.", date=date, source=source)


# Short news-style stories written for these tests.
CORPUS_TEXTS = [
    "Iran accused Israel of attacking a fuel convoy near the border on Monday.",
    "Russia attacked Ukraine with missiles and drones overnight, officials in Kyiv said.",
    "France met Germany in Paris to discuss the budget rules of the European Union.",
    "Egypt accused Ethiopia of filling the dam without an agreement.",
    "Japan met South Korea in Tokyo to talk about trade in chips.",
    "Pakistan accused India of shelling villages along the line of control.",
    "Turkey attacked Syria with drones on Sunday, a monitoring group said.",
    "Brazil met Argentina in Brasilia on Friday for talks on a trade deal.",
]


def corpus(n: int, *, start: int = 0) -> list[Story]:
    """``n`` distinct stories: the texts above, with a numbered sentence to make each unique."""
    out = []
    for i in range(start, start + n):
        text = CORPUS_TEXTS[i % len(CORPUS_TEXTS)] + f" The report was number {i} of the day."
        out.append(Story(id=f"c{i:04d}", text=text, date=f"2024-03-{1 + i % 28:02d}",
                         source=("wire", "daily", "herald")[i % 3]))
    return out


def write_jsonl(path: Path, stories: list[Story]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for s in stories:
            fh.write(json.dumps({"id": s.id, "text": s.text, "date": s.date, "source": s.source}) + "\n")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"
