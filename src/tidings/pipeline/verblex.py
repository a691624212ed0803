"""The trigger lexicon of the events stage, loaded once from knowledge/verbs.json and nouns.json (+ user files).

The file format is described in its own ``_about`` key and in docs/plover-decisions.md.
Word classes ("weapons", "troops", ...) are expanded to lemma sets here, once, so the
per-token work of the stage is a dict lookup plus a few set intersections.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import plover
from ..errors import DictionaryError

TRIGGER_KEYS = frozenset({
    "type", "mode", "prt", "prep", "obj", "notobj", "subj", "notsubj", "rprep", "norecip", "sym",
    "swap", "parties", "conf", "poss_recipient", "need_recipient", "need_trigger_verb", "clause",
    "of_actor", "from_actor", "material_actor", "need_content", "need_infinitive",
})
DEFAULT_CONF = 0.75


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None = None
    needs: tuple[str, ...] = ()  # child lemmas that must all be present (particle / preposition)
    obj: frozenset[str] | None = None
    notobj: frozenset[str] = frozenset()
    subj: frozenset[str] | None = None
    notsubj: frozenset[str] = frozenset()
    rprep: tuple[str, ...] = ()
    norecip: bool = False
    sym: bool = False
    swap: bool = False
    parties: int = 1
    conf: float = DEFAULT_CONF
    poss_recipient: bool = False
    need_recipient: bool = False
    need_trigger_verb: bool = False
    clause: bool = False  # needs a that-clause; its subject is the recipient ("charged that X ...")
    of_actor: bool = False  # noun whose "of" phrase is the actor ("the withdrawal of US troops")
    from_actor: bool = False  # noun whose "from" phrase is the actor ("missile transfers from Iran")
    material_actor: bool = False  # the owner of the thing is the actor ("received Iranian missiles")
    need_content: bool = False  # only when the complement names a mode ("warned that X would attack")
    need_infinitive: bool = False  # only with a to-infinitive for the addressee ("told Kyiv to withdraw")


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    embedding: dict[str, str] = field(default_factory=dict)
    opinion: frozenset[str] = frozenset()
    opinion_subjects: frozenset[str] = frozenset()
    sports_cues: frozenset[str] = frozenset()  # one is enough: "wicket", "midfielder"
    sports_weak_cues: frozenset[str] = frozenset()  # two needed: "Olympic" + "medal"
    content_modes: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    instruments: dict[str, str] = field(default_factory=dict)
    mobilize_objects: list[tuple[frozenset[str], str]] = field(default_factory=list)
    instrument_verbs: frozenset[str] = frozenset()
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    joint_project_verbs: frozenset[str] = frozenset()
    domestic_agents: frozenset[str] = frozenset()


@cache
def _bundled() -> dict[str, Any]:
    """verbs.json with the nominal triggers of nouns.json: two files so each stays readable and editable. Read
    once (the model's hyphen verbs, the lexicon and the argument stages all read it): callers must not change it."""
    knowledge = resources.files("tidings.knowledge")
    with knowledge.joinpath("verbs.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    with knowledge.joinpath("nouns.json").open(encoding="utf-8") as fh:
        data["nouns"] = json.load(fh)["nouns"]
    return data


def _expand(words: list[str], classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """Class names stand for their members and for themselves: "naval" is a class and an adjective."""
    out: set[str] = set()
    for w in words:
        out |= classes.get(w, frozenset()) | {w.lower()}
    return frozenset(out)


def _trigger(raw: Any, classes: dict[str, frozenset[str]], type_rprep: dict[str, list[str]],
             where: str) -> Trigger:
    if isinstance(raw, str):
        etype, _, mode = raw.partition(":")
        raw = {"type": etype, "mode": mode or None}
    if not isinstance(raw, dict):
        raise DictionaryError(f"{where}: a trigger is 'TYPE', 'TYPE:mode' or an object, not {raw!r}")
    unknown = sorted(set(raw) - TRIGGER_KEYS)
    if unknown:
        raise DictionaryError(f"{where}: unknown trigger key(s) {unknown}; valid: {sorted(TRIGGER_KEYS)}")
    etype = raw.get("type")
    if etype not in plover.event_types():
        raise DictionaryError(f"{where}: {etype!r} is not a PLOVER event type; valid: {list(plover.event_types())}")
    mode = raw.get("mode")
    if mode is not None and mode not in plover.modes(etype):
        raise DictionaryError(f"{where}: {mode!r} is not a mode of {etype}; valid: {list(plover.modes(etype))}")
    needs = tuple(str(raw[k]).lower() for k in ("prt", "prep") if raw.get(k))
    rprep = raw.get("rprep")
    return Trigger(
        type=etype,
        mode=mode,
        needs=needs,
        obj=_expand(raw["obj"], classes) if raw.get("obj") else None,
        notobj=_expand(raw.get("notobj", []), classes),
        subj=_expand(raw["subj"], classes) if raw.get("subj") else None,
        notsubj=_expand(raw.get("notsubj", []), classes),
        rprep=tuple(rprep if rprep is not None else type_rprep.get(etype, [])),
        norecip=bool(raw.get("norecip", False)),
        sym=bool(raw.get("sym", False)),
        swap=bool(raw.get("swap", False)),
        parties=int(raw.get("parties", 1)),
        conf=float(raw.get("conf", DEFAULT_CONF)),
        poss_recipient=bool(raw.get("poss_recipient", False)),
        need_recipient=bool(raw.get("need_recipient", False)),
        need_trigger_verb=bool(raw.get("need_trigger_verb", False)),
        clause=bool(raw.get("clause", False)),
        of_actor=bool(raw.get("of_actor", False)),
        from_actor=bool(raw.get("from_actor", False)),
        material_actor=bool(raw.get("material_actor", False)),
        need_content=bool(raw.get("need_content", False)),
        need_infinitive=bool(raw.get("need_infinitive", False)),
    )


def _read_user_file(path: Path) -> dict[str, Any] | None:
    """A user verb file is a JSON object with "verbs" and/or "nouns"; other files belong to other stages."""
    if path.suffix.lower() != ".json":
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DictionaryError(f"cannot read dictionary: {exc.strerror}", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"invalid JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    if not isinstance(data, dict) or not ({"verbs", "nouns"} & set(data)):
        return None
    return data


def load_lexicon(user_files: list[Path] | tuple[Path, ...] = ()) -> Lexicon:
    """Bundled lexicon with user entries tried first (same lemma: user triggers precede ours)."""
    sources: list[tuple[str, dict[str, Any]]] = []
    for p in user_files:
        data = _read_user_file(Path(p))
        if data is not None:
            sources.append((str(p), data))
    sources.append(("knowledge/verbs.json+nouns.json", _bundled()))
    base = sources[-1][1]
    classes: dict[str, frozenset[str]] = {}
    for _, data in reversed(sources):
        for name, words in data.get("classes", {}).items():
            classes[name] = classes.get(name, frozenset()) | frozenset(w.lower() for w in words)
    type_rprep = dict(base.get("type_rprep", {}))
    lex = Lexicon()
    for where, data in sources:
        for table, target in (("verbs", lex.verbs), ("nouns", lex.nouns)):
            entries = data.get(table, {})
            if not isinstance(entries, dict):
                raise DictionaryError(f"{table!r} must map lemmas to trigger lists", path=where)
            for lemma, raws in entries.items():
                if not isinstance(raws, list):
                    raise DictionaryError(f"{table}.{lemma}: expected a list of triggers", path=where)
                target.setdefault(lemma.lower(), []).extend(
                    _trigger(r, classes, type_rprep, f"{where}: {table}.{lemma}") for r in raws
                )
    merged: dict[str, Any] = {}
    for _, data in reversed(sources):
        for key in ("light_verbs", "opinion", "opinion_subjects", "sports_cues", "sports_weak_cues", "instrument_verbs",
                    "joint_project_verbs", "domestic_agents"):
            merged.setdefault(key, set()).update(w.lower() for w in data.get(key, []))
        for key in ("embedding", "assault_instruments", "mobilize_objects", "lemma_fixes"):
            merged.setdefault(key, {}).update(data.get(key, {}))
        for etype, modes in data.get("content_modes", {}).items():
            merged.setdefault("content_modes", {}).setdefault(etype, {}).update(modes)
    lex.light_verbs = frozenset(merged["light_verbs"])
    lex.opinion = frozenset(merged["opinion"])
    lex.opinion_subjects = frozenset(merged["opinion_subjects"])
    lex.sports_cues = frozenset(merged["sports_cues"])
    lex.sports_weak_cues = frozenset(merged["sports_weak_cues"])
    lex.instrument_verbs = frozenset(merged["instrument_verbs"])
    lex.lemma_fixes = dict(merged["lemma_fixes"])
    lex.joint_project_verbs = frozenset(merged["joint_project_verbs"])
    lex.domestic_agents = frozenset(merged["domestic_agents"])
    lex.embedding = dict(merged["embedding"])
    lex.instruments = dict(merged["assault_instruments"])
    lex.content_modes = {
        etype: [(mode, _expand(words, classes)) for mode, words in modes.items()]
        for etype, modes in merged.get("content_modes", {}).items()
    }
    lex.mobilize_objects = [
        (classes.get(cls, frozenset({cls})), mode) for cls, mode in merged["mobilize_objects"].items()
    ]
    return lex
