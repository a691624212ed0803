"""The claim-cue file (knowledge/claim_cues.json) as frozen word sets, built once per Coder.

Split from ``tidings.pipeline.modality`` (which re-exports ``Cues``, ``ModeCues`` and
``load_cues``); the modality and attribution walks read these sets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DictionaryError


def _fs(values: Any, where: str) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DictionaryError(f"{where} must be a list of strings")
    return frozenset(v.lower() for v in values)


def _map(values: Any, where: str) -> dict[str, str]:
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise DictionaryError(f"{where} must map strings to strings")
    return {k.lower(): v.lower() for k, v in values.items()}


@dataclass(frozen=True)
class ModeCues:
    """Cue sets for one auxiliary mode (unused keys stay empty)."""

    neg_children: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    marks: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    governor_particles: dict[str, str] = field(default_factory=dict)
    adverb_governors: dict[str, frozenset[str]] = field(default_factory=dict)
    object_governors: frozenset[str] = frozenset()
    object_governor_particles: dict[str, str] = field(default_factory=dict)
    prepositions: frozenset[str] = frozenset()
    noun_modifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cues:
    """Everything in claim_cues.json, as frozensets (built once per Coder)."""

    negation: ModeCues
    future: ModeCues
    hypothetical: ModeCues
    would_report_verbs: frozenset[str]
    transparent: frozenset[str]
    time_texts: tuple[str, ...]
    time_heads: frozenset[str]
    min_years_before: int
    era_texts: tuple[str, ...]
    era_preps: frozenset[str]
    ago_units: frozenset[str]
    anniversary_nouns: frozenset[str]
    anniversary_verbs: frozenset[str]
    recall_verbs: frozenset[str]
    habitual_heads: frozenset[str]
    schedule_days: frozenset[str]
    conditional_nouns: frozenset[str]
    yet_heads: frozenset[str]
    obligation_heads: frozenset[str]
    mandative_verbs: frozenset[str]
    assertive_mandatives: frozenset[str]
    be_to_purpose_subjects: frozenset[str]
    be_to_idioms: frozenset[str]
    claims: dict[str, frozenset[str]]
    future_to_agree: frozenset[str]
    future_to_concede: frozenset[str]
    readiness_cues: frozenset[str]
    announced_acts: frozenset[str]
    # PLOVER type of an announced own act -> THREATEN mode ("ASSAULT" -> "violence")
    self_threat_modes: dict[str, str]
    confidence: dict[str, float]
    # word forms the lemmatizer gets wrong ("hopes" -> "hop"): form -> lemma
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    # occasions a meeting or trip is "for": their old date dates the meeting ("met Xi for a summit in 2019")
    purpose_nouns: frozenset[str] = frozenset()
    min_months_before: int = 18
    # agreements a time phrase names as a framework ("under a 2023 pact"): their year is not the act's
    framework_nouns: frozenset[str] = frozenset()
    framework_preps: frozenset[str] = frozenset()
    # nouns carrying an event noun as content ("sanctions package"); what occasions an act ("at X's request")
    content_heads: frozenset[str] = frozenset()
    prior_causes: frozenset[str] = frozenset()
    # adjectives whose "to" phrase is an act offered, not done ("remained open to talks")
    open_heads: frozenset[str] = frozenset()
    # verbs that convene or call the act they are merged with ("called a general strike for Monday")
    convening_verbs: frozenset[str] = frozenset()
    # verbs whose planning sense needs "to" / "for" ("is set to"): with their own event noun they do it ("set fire")
    deed_verbs: frozenset[str] = frozenset()


def load_cues(path: str | Path | None = None) -> Cues:
    """Read a claim-cue file (default: the packaged knowledge/claim_cues.json)."""
    if path is None:
        return _default_cues()
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise DictionaryError(f"cannot read claim cues: {exc}", path=where) from None
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"invalid JSON: {exc.msg}", path=where, line=exc.lineno) from None
    return _build(data, where)


@cache
def _default_cues() -> Cues:
    ref = resources.files("tidings.knowledge").joinpath("claim_cues.json")
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"invalid JSON: {exc.msg}", path=str(ref), line=exc.lineno) from None
    return _build(data, str(ref))


# ModeCues word-set fields, per mode: field name -> key in claim_cues.json
_MODE_SETS: dict[str, dict[str, str]] = {
    "negation": {"neg_children": "neg_children", "determiners": "determiners", "pronouns": "pronouns",
                 "governors": "governors", "object_governors": "object_governors",
                 "prepositions": "prepositions"},
    "future": {"modals": "modals", "governors": "governors", "object_governors": "object_governors",
               "noun_modifiers": "noun_modifiers"},
    "hypothetical": {"modals": "modals", "marks": "conditional_marks", "governors": "governors",
                     "object_governors": "object_governors", "noun_modifiers": "noun_modifiers"},
}
_MODE_MAPS = {"negation": ("governor_particles", "object_governor_particles")}
# Cues fields that are plain word sets: field name -> (section, key)
_SETS: dict[str, tuple[str, str]] = {
    "would_report_verbs": ("future", "report_verbs_for_would"),
    "transparent": ("future", "transparent_heads"),
    "time_heads": ("future", "time_heads"),
    "era_preps": ("historical", "era_prepositions"),
    "ago_units": ("historical", "ago_units"),
    "anniversary_nouns": ("historical", "anniversary_nouns"),
    "anniversary_verbs": ("historical", "anniversary_verbs"),
    "recall_verbs": ("historical", "recall_verbs"),
    "habitual_heads": ("historical", "habitual_heads"),
    "schedule_days": ("future", "schedule_days"),
    "conditional_nouns": ("hypothetical", "conditional_nouns"),
    "yet_heads": ("negation", "yet_heads"),
    "obligation_heads": ("hypothetical", "obligation_heads"),
    "mandative_verbs": ("hypothetical", "mandative_verbs"),
    "assertive_mandatives": ("hypothetical", "assertive_mandatives"),
    "be_to_purpose_subjects": ("future", "be_to_purpose_subjects"),
    "be_to_idioms": ("future", "be_to_idioms"),
    "future_to_agree": ("recode", "future_to_agree"),
    "future_to_concede": ("recode", "future_to_concede"),
    "readiness_cues": ("recode", "readiness_cues"),
    "announced_acts": ("recode", "announced_acts"),
}


def _build(data: dict[str, Any], where: str) -> Cues:
    def words(section: str, key: str) -> frozenset[str]:
        return _fs(data[section][key], f"{where}: {section}.{key}")

    try:
        modes = {}
        for mode, fields in _MODE_SETS.items():
            kw: dict[str, Any] = {f: words(mode, k) for f, k in fields.items()}
            for key in _MODE_MAPS.get(mode, ()):
                kw[key] = _map(data[mode][key], f"{where}: {mode}.{key}")
            modes[mode] = kw
        modes["negation"]["adverb_governors"] = {
            k.lower(): _fs(v, f"{where}: negation.adverb_governors.{k}")
            for k, v in data["negation"]["adverb_governors"].items()
        }
        sets = {f: words(section, key) for f, (section, key) in _SETS.items()}
        # recode lists hold PLOVER type names, which are upper case
        sets["future_to_agree"] = frozenset(data["recode"]["future_to_agree"])
        sets["future_to_concede"] = frozenset(data["recode"]["future_to_concede"])
        sets["announced_acts"] = frozenset(data["recode"]["announced_acts"])
        threat_modes = _map(data["recode"]["self_threat_modes"], f"{where}: recode.self_threat_modes")
        cues = Cues(
            negation=ModeCues(**modes["negation"]),
            future=ModeCues(**modes["future"]),
            hypothetical=ModeCues(**modes["hypothetical"]),
            time_texts=tuple(sorted(words("future", "time_texts"))),
            min_years_before=int(data["historical"]["min_years_before"]),
            era_texts=tuple(sorted(words("historical", "era_texts"))),
            claims={k: _fs(v, f"{where}: claims.{k}") for k, v in data["claims"].items() if not k.startswith("_")},
            confidence={k: float(v) for k, v in data["confidence"].items() if not k.startswith("_")},
            lemma_fixes={k: v for k, v in _map(data.get("lemma_fixes", {}), f"{where}: lemma_fixes").items()
                         if not k.startswith("_")},
            self_threat_modes={k.upper(): v for k, v in threat_modes.items() if not k.startswith("_")},
            # optional (added later): older cue files without the key still load
            purpose_nouns=_fs(data["historical"].get("purpose_nouns", []), f"{where}: historical.purpose_nouns"),
            min_months_before=int(data["historical"].get("min_months_before", 18)),
            framework_nouns=_fs(data["historical"].get("framework_nouns", []), f"{where}: historical.framework_nouns"),
            framework_preps=_fs(data["historical"].get("framework_prepositions", []),
                                f"{where}: historical.framework_prepositions"),
            content_heads=_fs(data["future"].get("content_heads", []), f"{where}: future.content_heads"),
            prior_causes=_fs(data["future"].get("prior_causes", []), f"{where}: future.prior_causes"),
            open_heads=_fs(data["hypothetical"].get("open_heads", []), f"{where}: hypothetical.open_heads"),
            convening_verbs=_fs(data["future"].get("convening_verbs", []), f"{where}: future.convening_verbs"),
            deed_verbs=_fs(data["future"].get("deed_verbs", []), f"{where}: future.deed_verbs"),
            **sets,
        )
    except KeyError as exc:
        raise DictionaryError(f"missing key {exc.args[0]!r}", path=where) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError(f"bad value: {exc}", path=where) from None
    return cues
