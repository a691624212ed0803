"""PLOVER 2.0 ontology facts, loaded once from knowledge/plover.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def ontology() -> dict[str, Any]:
    with resources.files("tidings.knowledge").joinpath("plover.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def event_types() -> tuple[str, ...]:
    return tuple(ontology()["event_types"])


def modes(event_type: str) -> tuple[str, ...]:
    return tuple(ontology()["event_types"][event_type]["modes"])


def contexts() -> tuple[str, ...]:
    return tuple(ontology()["contexts"])


def sectors() -> tuple[str, ...]:
    return tuple(ontology()["sectors"])


def nonstate_codes() -> tuple[str, ...]:
    return tuple(ontology()["nonstate_codes"])


def quad_code(event_type: str) -> int:
    return int(ontology()["event_types"][event_type]["quad_code"])


def requires_recipient(event_type: str) -> bool:
    return bool(ontology()["event_types"][event_type]["requires_recipient"])


def event_scale(event_type: str, mode: str | None = None) -> float:
    spec = ontology()["event_types"][event_type]
    if mode and mode in spec["modes"]:
        return float(spec["modes"][mode])
    return float(spec["score"])
