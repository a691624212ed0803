"""The published JSON Schema (2020-12) of a tidings PLOVER record, and validation against it.

The schema is built from the record dataclasses (``tidings.records``) and the PLOVER
ontology (``knowledge/plover.json``) and committed as ``data/event.schema.json`` so
users can validate records without tidings; a test checks the two agree.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from . import plover
from .errors import ValidationError
from .records import AUX_MODES, CLAIM_STATUSES, DATE_PRECISIONS

SCHEMA_ID = "https://github.com/tidings-project/tidings/blob/main/src/tidings/data/event.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
ENTITY_CODE = "^[A-Z]{3}$"
ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _obj(props: dict[str, Any], required: list[str], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


_OFFSET = {"type": "integer", "minimum": 0}
_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_OPT_OFFSET = {"type": ["integer", "null"], "minimum": 0}


def build_schema() -> dict[str, Any]:
    """The record schema as a dict (what ``data/event.schema.json`` holds)."""
    types = list(plover.event_types())
    all_modes = sorted({m for t in types for m in plover.modes(t)})
    entity = _obj(
        {
            "code": {"type": ["string", "null"], "pattern": ENTITY_CODE,
                     "description": "ISO 3166 alpha-3 country, or IGO/UNO/EUR/NGO/ISM/IMG/MNC; null if unresolved"},
            "sector": {"type": ["string", "null"], "pattern": ENTITY_CODE,
                       "description": "PLOVER sector code (GOV, MIL, REB, CVL...)"},
            "entity_text": _STR,
            "start": _OPT_OFFSET,
            "end": _OPT_OFFSET,
            "identifier_id": _OPT_STR,
            "identifier_text": _OPT_STR,
            "other_sectors": {"type": "array", "items": {"type": "string", "pattern": ENTITY_CODE}},
            "office": _OPT_STR,
        },
        ["code", "sector", "entity_text", "start", "end"],
        "An actor or recipient; start/end are character offsets of entity_text in the story",
    )
    location = _obj(
        {
            "extracted_place": _STR,
            "resolved_place": _OPT_STR,
            "geonameid": {"type": ["integer", "null"]},
            "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
            "lon": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
            "city": _OPT_STR,
            "province": _OPT_STR,
            "country": _OPT_STR,
            "country_code": _OPT_STR,
            "feature_class": _OPT_STR,
            "feature_code": _OPT_STR,
            "resolution": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
            "start": _OPT_OFFSET,
            "end": _OPT_OFFSET,
        },
        ["extracted_place"],
        "Where the event happened (geonames field names)",
    )
    materiel = _obj(
        {"text": _STR, "category": _STR, "quantity": {"type": ["number", "null"]},
         "start": _OPT_OFFSET, "end": _OPT_OFFSET},
        ["text", "category"],
        "What changes hands or is used",
    )
    claim = _obj(
        {
            "status": {"enum": list(CLAIM_STATUSES)},
            "by": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
            "denied_by": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
            "cues": {"type": "array", "items": _STR},
        },
        ["status", "by", "denied_by", "cues"],
        "Who puts the event forward: asserted, alleged (by), denied (by), contested",
    )
    props: dict[str, Any] = {
        "id": {"type": "string", "minLength": 1},
        "story_id": {"type": "string"},
        "date": {"type": ["string", "null"], "pattern": ISO_DATE},
        "event": {"enum": types},
        "actor": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
        "recipient": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
        "event_text": _STR,
        "event_text_start": _OFFSET,
        "event_text_end": _OFFSET,
        "text": _STR,
        "text_info": _obj({"sequence": _OFFSET, "start": _OFFSET, "end": _OFFSET},
                          ["sequence", "start", "end"], "The evidence sentence's place in the story"),
        "mode": {"enum": [*all_modes, None]},
        "context": {"type": "array", "items": {"enum": list(plover.contexts())}, "uniqueItems": True},
        "quad_code": {"enum": sorted({plover.quad_code(t) for t in types})},
        "event_scale": {"type": "number", "minimum": -10, "maximum": 10},
        "date_precision": {"enum": list(DATE_PRECISIONS)},
        "date_text": _OPT_STR,
        "aux_mode": {"enum": [*AUX_MODES, None]},
        "planned_event": {"enum": [*types, None]},
        "planned_mode": {"enum": [*all_modes, None]},
        "claim": {"$ref": "#/$defs/claim"},
        "event_loc": _nullable({"$ref": "#/$defs/location"}),
        "materiel": {"type": "array", "items": {"$ref": "#/$defs/materiel"}},
        "size": _nullable(_obj(
            {k: {"type": ["integer", "null"], "minimum": 0} for k in ("dead", "injured", "arrested")},
            [], "Casualty and arrest counts")),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "coder": {"type": "object", "additionalProperties": _STR},
        "cite_info": {"type": ["object", "null"], "additionalProperties": _STR},
    }
    # a mode must belong to its event type: one rule per type that has modes
    per_type = [
        {"if": {"properties": {"event": {"const": t}}},
         "then": {"properties": {"mode": {"enum": [*plover.modes(t), None]}}}}
        for t in types
    ]
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "tidings PLOVER 2.0 event record",
        "description": "One event coded by tidings; see docs/record-schema.md",
        "type": "object",
        "properties": props,
        "required": [k for k in props if k not in ("planned_event", "planned_mode")],
        "additionalProperties": False,
        "allOf": per_type,
        "$defs": {"entity": entity, "location": location, "materiel": materiel, "claim": claim},
    }


def schema_json() -> str:
    """The schema as the committed file's text (stable key order, two-space indent)."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


@cache
def schema() -> dict[str, Any]:
    """The published schema, read from ``tidings/data/event.schema.json``."""
    with resources.files("tidings.data").joinpath("event.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def validate(record: dict[str, Any]) -> None:
    """Raise ``ValidationError`` naming the JSON path of the first problem; return None if valid."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:
        return
    first = errors[0]
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path)
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    raise ValidationError(f"record {record.get('id', '?') if isinstance(record, dict) else '?'}: "
                          f"{path}: {first.message}{more}")


def is_valid(record: dict[str, Any]) -> bool:
    return not any(True for _ in _validator().iter_errors(record))
