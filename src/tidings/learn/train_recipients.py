"""Training data and training of the learned recipient chooser (docs/learned.md, "Recipients").

Labels come from the gold event a rule event aligns to (same type, actor codes overlapping, as the
evaluator pairs them): a slot is positive when its code is among the gold recipient codes, NONE when the
gold recipient is empty. Events whose aligned gold events disagree on the recipient are left out (which
of them the event stands for is unknown without sentence positions).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .recips_features import NONE, Slot, slots, story_info


@dataclass
class EventExample:
    """One rule event with its slots and their gold labels."""

    story: str
    group: str  # the training file: folds split by it
    event: str
    slots: list[Slot]
    labels: list[bool]
    gold: frozenset[str]
    rule: frozenset[str]
    cand: Any = None  # the rule event (training-time only)
    final: frozenset[str] | None = None  # its recipient after the later stages (None: dropped)


def label_events(gold_story: Any, ctx: Any, group: str) -> list[EventExample]:
    """The labelled slots of each rule event of one story that aligns to a gold event."""
    out: list[EventExample] = []
    info = story_info(ctx)
    for cand in ctx.candidates:
        actors = frozenset(m.code for m in cand.actor if m.code)
        matches = [g for g in gold_story.events
                   if g.event == cand.event and (actors & g.actor or (not actors and not g.actor))]
        recips = {g.recipient for g in matches}
        if len(recips) != 1:
            continue
        gold = next(iter(recips))
        found = slots(ctx, cand, info)
        labels = [(not gold) if s.code == NONE else s.code in gold for s in found]
        out.append(EventExample(gold_story.id, group, cand.event, found, labels, gold,
                                frozenset(m.code for m in cand.recipient if m.code), cand))
    return out


def collect(pairs: Iterable[tuple[Any, Any, str]]) -> Iterator[EventExample]:
    """Labelled events of (gold story, rule context, file name) triples."""
    for gold_story, ctx, group in pairs:
        if ctx is not None:
            yield from label_events(gold_story, ctx, group)


def examples(events: Sequence[EventExample]) -> list[tuple[list[str], str]]:
    """(features, "1"/"0") for each slot of each event, in a fixed order."""
    return [(s.features, "1" if y else "0") for e in events for s, y in zip(e.slots, e.labels, strict=True)]


# Thresholds the stage reads from the model file (chosen by 5-fold cross-validation on the training files,
# docs/learned.md): fill an empty recipient at p >= FILL; replace the rules' recipient only when the model's
# best is at least REPLACE and the rules' own at most KEEP_BELOW (out of reach: replacing was never right
# often enough in cross-validation, where the hand-tuned rules are nearly always right)
FILL = 0.5
REPLACE = 1.01
KEEP_BELOW = 0.0
EPOCHS = 300
L2 = 1e-3


def train(files: Sequence[Any], coder: Any = None) -> Any:
    """The recipient model fitted on the labelled rule events of ``files`` (non-sealed gold only)."""
    from .harness import contexts
    from .linear import train as fit

    def triples() -> Iterator[tuple[Any, Any, str]]:
        for gold, ctx in contexts(files, coder):
            yield gold, ctx, gold.id.split("/", 1)[0]

    events = list(collect(triples()))
    return fit(examples(events), epochs=EPOCHS, l2=L2,
               meta={"component": "recipients", "events": len(events),
                     "thresholds": {"fill": FILL, "replace": REPLACE, "keep_below": KEEP_BELOW}})
