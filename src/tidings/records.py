"""Typed records at tidings' boundaries: the story that goes in, the PLOVER event that comes out.

Field names follow the PLOVER 2.0 data-field chapter where it names a field;
tidings' additions (``claim``, ``aux_mode``, ``date_precision``, ``materiel``...) are
documented in docs/record-schema.md. ``Event.to_dict()`` is the one serialisation:
key order is fixed, so the same input gives byte-identical JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClaimStatus = Literal["asserted", "alleged", "denied", "contested"]
AuxMode = Literal["historical", "future", "hypothetical", "negation"]
DatePrecision = Literal["day", "week", "month", "year", "story", "unknown"]

CLAIM_STATUSES: tuple[str, ...] = ("asserted", "alleged", "denied", "contested")
AUX_MODES: tuple[str, ...] = ("historical", "future", "hypothetical", "negation")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "story", "unknown")


def date_or_text(value: Any) -> dt.date | str | None:
    """A story's or a filter's date value as given: None when missing, a date for a date or datetime, else the
    stripped text, which each caller parses with its own rule (a story date is ISO; a filter also takes YYYY-MM)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return str(value).strip()


@dataclass(frozen=True)
class Story:
    """One news story. ``date`` is the publication date (ISO ``YYYY-MM-DD``) or None."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Entity:
    """An actor or recipient: PLOVER's entity object.

    ``code`` is ISO 3166 alpha-3 (plus PLOVER's KOS/PSE/HKG exceptions) or one of
    IGO/UNO/EUR/NGO/ISM/IMG/MNC; None when the country cannot be resolved.
    ``start``/``end`` are character offsets of ``entity_text`` in the story.
    """

    code: str | None
    sector: str | None
    entity_text: str
    start: int | None = None
    end: int | None = None
    identifier_id: str | None = None
    identifier_text: str | None = None
    other_sectors: list[str] = field(default_factory=list)
    office: str | None = None

    def key(self) -> tuple[str | None, str | None]:
        return (self.code, self.sector)


@dataclass
class Claim:
    """Who puts an event forward and how (see docs/claims.md)."""

    status: ClaimStatus = "asserted"
    by: list[Entity] = field(default_factory=list)
    denied_by: list[Entity] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)


@dataclass
class Location:
    """PLOVER's location object (geonames field names) plus the offsets of the place name."""

    extracted_place: str
    resolved_place: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = None
    country_code: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    resolution: int | None = None  # 5 sub-city, 4 city, 3 district, 2 province, 1 country
    start: int | None = None
    end: int | None = None


@dataclass
class Materiel:
    """What changes hands or is used: ``category`` is one of knowledge/materiel.json's categories."""

    text: str
    category: str
    quantity: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class TextInfo:
    """Where the evidence sentence sits in the story (character offsets into the story text)."""

    sequence: int
    start: int
    end: int


@dataclass
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass
class Event:
    """One PLOVER 2.0 event record."""

    id: str
    story_id: str
    date: str | None  # None only when the story has no publication date and the text none
    event: str
    actor: list[Entity]
    recipient: list[Entity]
    event_text: str
    event_text_start: int
    event_text_end: int
    text: str
    text_info: TextInfo
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_code: int = 0
    event_scale: float = 0.0
    date_precision: DatePrecision = "story"
    date_text: str | None = None
    aux_mode: AuxMode | None = None
    # A cooperative event reported as future is coded AGREE (manual, AGREE); what was
    # planned is kept here, e.g. planned_event="CONSULT", planned_mode="visit".
    planned_event: str | None = None
    planned_mode: str | None = None
    claim: Claim = field(default_factory=Claim)
    event_loc: Location | None = None
    materiel: list[Materiel] = field(default_factory=list)
    size: Size | None = None
    confidence: float = 0.5
    coder: dict[str, str] = field(default_factory=dict)
    cite_info: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False, separators=(",", ":"))
