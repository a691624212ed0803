"""Scoring the coder against a gold file (format: docs/evaluation.md).

Within a story each gold event is matched greedily, in gold order, to an unmatched
predicted event of the same type, preferring the one whose actor/recipient codes
overlap the gold codes most (ties: the earlier predicted event). A matched pair is a
true positive for its type; a dyad is correct when type, actor code set and recipient
code set are all equal. Mode, claim status and aux_mode are scored on matched pairs
whose gold event gives them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import plover
from .coder import Coder, make_story
from .errors import InputError
from .records import Event

# Gold keys that are scored only when present (null is a value: "no aux mode").
OPTIONAL_SCORED = ("mode", "claim_status", "aux_mode")


@dataclass
class GoldEvent:
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    scored: dict[str, str | None] = field(default_factory=dict)


@dataclass
class GoldStory:
    id: str
    text: str
    date: str | None
    events: list[GoldEvent]


@dataclass
class _Pred:
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    values: dict[str, str | None]


def read_gold(path: str | Path) -> list[GoldStory]:
    """Parse a gold JSONL file; raises ``InputError`` naming the file and line."""
    where = str(path)
    try:
        raw_lines = Path(path).read_bytes().splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror or exc}", path=where) from None
    out = []
    for lineno, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"malformed gold line: {exc}", path=where, line=lineno) from None
        try:
            out.append(parse_gold_story(obj, default_id=f"{Path(path).stem}-{lineno}"))
        except InputError as exc:
            raise InputError(exc.message, path=where, line=lineno) from None
    return out


def parse_gold_story(obj: Any, *, default_id: str = "gold") -> GoldStory:
    if not isinstance(obj, dict):
        raise InputError("a gold line must be a JSON object")
    if not isinstance(obj.get("text"), str):
        raise InputError("gold story needs a string 'text'")
    events = obj.get("events")
    if not isinstance(events, list):
        raise InputError("gold story needs an 'events' list ([] for a story with no event)")
    return GoldStory(
        id=str(obj.get("id") or default_id),
        text=obj["text"],
        date=obj.get("date"),
        events=[_gold_event(e, i) for i, e in enumerate(events)],
    )


def _gold_event(obj: Any, index: int) -> GoldEvent:
    if not isinstance(obj, dict):
        raise InputError(f"events[{index}] must be an object")
    etype = obj.get("event")
    if etype not in plover.event_types():
        raise InputError(f"events[{index}].event {etype!r} is not a PLOVER event type "
                         f"({', '.join(plover.event_types())})")
    codes = {}
    for key in ("actor", "recipient"):
        value = obj.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"events[{index}].{key} must be a list of entity codes")
        codes[key] = frozenset(value)
    scored = {k: obj[k] for k in OPTIONAL_SCORED if k in obj}
    return GoldEvent(etype, codes["actor"], codes["recipient"], scored)


def evaluate(
    gold: str | Path | Iterable[GoldStory | Mapping[str, Any]],
    *,
    coder: Coder | None = None,
    predictions: Mapping[str, list[Event]] | None = None,
) -> dict[str, Any]:
    """Score the coder (or given ``predictions``: story id -> events) on a gold set.

    Returns a plain dict: per-type and micro precision/recall/F1, dyad accuracy, mode /
    claim status / aux_mode accuracy on matched events, false-event rate on no-event stories.
    """
    stories = read_gold(gold) if isinstance(gold, str | Path) else [
        g if isinstance(g, GoldStory) else parse_gold_story(g, default_id=f"gold-{i + 1}")
        for i, g in enumerate(gold)
    ]
    if predictions is None:
        predictions = _predict(stories, coder)
    score = _Score()
    for story in stories:
        score.add(story, [_pred(e) for e in predictions.get(story.id, [])])
    return score.report(len(stories))


def _predict(stories: list[GoldStory], coder: Coder | None) -> dict[str, list[Event]]:
    if coder is None:
        from . import default_coder

        coder = default_coder()
    docs = [make_story(s.text, story_id=s.id, date=s.date) for s in stories]
    out: dict[str, list[Event]] = {}
    for result in coder.code_stories(docs):
        if result.error is not None:
            raise result.error
        out[result.story.id] = result.events
    return out


def _pred(ev: Event) -> _Pred:
    return _Pred(
        event=ev.event,
        actor=frozenset(e.code for e in ev.actor if e.code),
        recipient=frozenset(e.code for e in ev.recipient if e.code),
        values={"mode": ev.mode, "claim_status": ev.claim.status, "aux_mode": ev.aux_mode},
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    if tp:
        f1: float | None = round(2 * tp / (2 * tp + fp + fn), 4)
    else:
        f1 = 0.0 if fp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn, "precision": p, "recall": r, "f1": f1}


class _Score:
    def __init__(self) -> None:
        self.tp: dict[str, int] = {}
        self.fp: dict[str, int] = {}
        self.fn: dict[str, int] = {}
        self.dyad = 0
        self.gold_events = 0
        self.pred_events = 0
        self.attr = {k: [0, 0] for k in OPTIONAL_SCORED}  # correct, scored
        self.no_event_stories = 0
        self.no_event_with_events = 0
        self.no_event_predicted = 0
        self.misses: list[dict[str, Any]] = []

    def add(self, story: GoldStory, preds: list[_Pred]) -> None:
        self.gold_events += len(story.events)
        self.pred_events += len(preds)
        if not story.events:
            self.no_event_stories += 1
            self.no_event_with_events += bool(preds)
            self.no_event_predicted += len(preds)
        used = [False] * len(preds)
        for g in story.events:
            best, best_overlap = None, -1
            for i, p in enumerate(preds):
                if used[i] or p.event != g.event:
                    continue
                overlap = len(p.actor & g.actor) + len(p.recipient & g.recipient)
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best is None:
                self.fn[g.event] = self.fn.get(g.event, 0) + 1
                self.misses.append({"story": story.id, "missing": g.event,
                                    "actor": sorted(g.actor), "recipient": sorted(g.recipient)})
                continue
            used[best] = True
            p = preds[best]
            self.tp[g.event] = self.tp.get(g.event, 0) + 1
            self.dyad += p.actor == g.actor and p.recipient == g.recipient
            for key, value in g.scored.items():
                self.attr[key][1] += 1
                self.attr[key][0] += p.values[key] == value
        for i, p in enumerate(preds):
            if not used[i]:
                self.fp[p.event] = self.fp.get(p.event, 0) + 1
                self.misses.append({"story": story.id, "spurious": p.event,
                                    "actor": sorted(p.actor), "recipient": sorted(p.recipient)})

    def report(self, n_stories: int) -> dict[str, Any]:
        types = [t for t in plover.event_types() if t in self.tp or t in self.fp or t in self.fn]
        per_type = {t: _prf(self.tp.get(t, 0), self.fp.get(t, 0), self.fn.get(t, 0)) for t in types}
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        return {
            "stories": n_stories,
            "gold_events": self.gold_events,
            "predicted_events": self.pred_events,
            "micro": _prf(tp, fp, fn),
            "per_type": per_type,
            "dyad_accuracy": _ratio(self.dyad, self.gold_events),
            "dyad_accuracy_matched": _ratio(self.dyad, tp),
            **{f"{k}_accuracy": _ratio(c, n) for k, (c, n) in self.attr.items()},
            "scored": {k: n for k, (_, n) in self.attr.items()},
            "no_event_stories": self.no_event_stories,
            "false_event_rate": _ratio(self.no_event_with_events, self.no_event_stories),
            "false_events_per_no_event_story": _ratio(self.no_event_predicted, self.no_event_stories),
            "errors": self.misses,
        }
