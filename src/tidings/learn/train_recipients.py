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

from .recips_features import NONE, Slot, fill_choice, slots, story_info


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
    cand_recipients: int = 0  # how many recipients the rules gave it, coded or not
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
                                frozenset(m.code for m in cand.recipient if m.code), cand, len(cand.recipient)))
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
FILL = 0.6
# an accuser filled in as the target of the act it accuses another of: only when the model is surer (the rules
# leave "accused Israel of genocide" without a recipient on purpose; docs/learned.md)
FILL_SPEAKER = 0.8
REPLACE = 1.01
KEEP_BELOW = 0.0
EPOCHS = 300
L2 = 1e-3


def train(files: Sequence[Any], coder: Any = None) -> Any:
    """The recipient model fitted on the labelled rule events of ``files`` (non-sealed gold only)."""
    return fit_events(labelled_events(files, coder))


def labelled_events(files: Sequence[Any], coder: Any = None) -> list[EventExample]:
    """The labelled rule events of ``files``, each tagged with its file (the unit of cross-validation)."""
    from .harness import contexts

    return list(collect((gold, ctx, gold.id.split("/", 1)[0]) for gold, ctx in contexts(files, coder)))


def fit_events(events: Sequence[EventExample]) -> Any:
    from .linear import train as fit

    return fit(examples(events), epochs=EPOCHS, l2=L2,
               meta={"component": "recipients", "events": len(events),
                     "thresholds": {"fill": FILL, "fill_speaker": FILL_SPEAKER, "replace": REPLACE,
                                    "keep_below": KEEP_BELOW}})


def cross_validate(events: Sequence[EventExample], thresholds: Sequence[float] = (0.5, 0.6, 0.7),
                   folds: int = 5) -> dict[float, dict[str, int]]:
    """Fills of an empty recipient in ``folds``-fold cross-validation by training file, per threshold (a speaker
    at ``FILL_SPEAKER`` at least, as the stage does): right (the gold recipient), wrong (another one) and lost
    (the gold has none: a right event made wrong)."""
    groups = sorted({e.group for e in events})
    fold = {g: i % folds for i, g in enumerate(groups)}
    out = {t: {"right": 0, "wrong": 0, "lost": 0} for t in thresholds}
    for k in range(folds):
        model = fit_events([e for e in events if fold[e.group] != k])
        for e in events:
            if fold[e.group] != k or e.cand_recipients:
                continue
            probs = [model.proba(s.features).get("1", 0.0) for s in e.slots]
            for t in thresholds:
                i = fill_choice(probs, e.slots, t)
                if i is not None and "speaker" in e.slots[i].features and probs[i] < max(t, FILL_SPEAKER):
                    i = None
                if i is not None:
                    key = "right" if frozenset([e.slots[i].code]) == e.gold else "lost" if not e.gold else "wrong"
                    out[t][key] += 1
    return out


if __name__ == "__main__":  # the cross-validation behind the thresholds (docs/learned.md)
    from .harness import training_files

    for t, counts in cross_validate(labelled_events(training_files())).items():
        print(f"fill p >= {t}: {counts}")
