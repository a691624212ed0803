"""Training of the learned type model: each rule candidate of the training gold, labelled with the type
the evaluator would credit it with, or NONE.

Features are read where the stage runs (after ``patterns``); labels from what the rest of the pipeline makes
of the candidate (later stages retype some, e.g. a future meeting becomes AGREE, and drop others). Labels
follow the evaluator's matching (``tidings.evaluate``): within a story, gold events are matched greedily to
the final candidates of their type. A matched candidate is right as the rules leave it: its label is its rule
type. An unmatched one the later stages did not retype takes the type of an unmatched gold event it aligns
with (actor codes overlap; recipient codes overlap or both are empty; the first such event in gold order),
and NONE when there is none: it is a spurious event. Candidates the later stages drop or retype without
being credited are left out (what the stage would do to them is moot or confounded).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import plover
from ..evaluate import GoldEvent
from .harness import codes, contexts, finish, fold_of, learning_coder
from .linear import LinearModel
from .linear import train as train_linear
from .types_features import story_features

if TYPE_CHECKING:
    from ..coder import Coder
    from ..pipeline.base import Candidate

NONE = "NONE"
EVENT_TYPES = frozenset(plover.event_types())
MODEL_NAME = "types"
# training settings (changing one changes the shipped weights: re-run scripts/train_models.py types)
EPOCHS = 300
L2 = 3e-4
LR = 0.05
MIN_COUNT = 2
# weights below this move no decision of the thresholds: left out (a third of the file, a third of the time)
MIN_WEIGHT = 0.01
# NONE and re-typed labels are rare on the hand-tuned training files: weight them up so the model sees them
NONE_WEIGHT = 2.0
CHANGE_WEIGHT = 2.0


@dataclass
class Example:
    story: str
    rule: str
    label: str
    features: list[str]
    where: str = ""  # the trigger word and its sentence (to read what the model does; not a feature)


def labels(rules: Sequence[str], cands: Sequence[Candidate], final: Sequence[Candidate],
           gold: Sequence[GoldEvent]) -> list[str | None]:
    """The label of each candidate (see the module doc); ``rules``: their types where the stage runs,
    ``final``: the candidates the pipeline ends with. None: left out of training."""
    preds = [(c.event, codes(c.actor), codes(c.recipient)) for c in final]
    used = [False] * len(preds)
    matched_gold = [False] * len(gold)
    for gi, g in enumerate(gold):
        best, best_overlap = None, -1
        for i, (ev, act, rcp) in enumerate(preds):
            if used[i] or ev != g.event:
                continue
            overlap = len(act & g.actor) + len(rcp & g.recipient)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used[best] = True
            matched_gold[gi] = True
    credited = {id(c) for c, u in zip(final, used, strict=True) if u}
    kept = {id(c) for c in final}
    out: list[str | None] = []
    for rule, c in zip(rules, cands, strict=True):
        if id(c) in credited:
            out.append(rule)
            continue
        if id(c) not in kept or c.event != rule:
            out.append(None)
            continue
        act, rcp = codes(c.actor), codes(c.recipient)
        label = NONE
        for gi, g in enumerate(gold):
            if matched_gold[gi] or not act & g.actor:
                continue
            if (rcp & g.recipient) or (not rcp and not g.recipient):
                label = g.event
                break
        out.append(label)
    return out


def examples(files: Iterable[str | Path], coder: Coder | None = None, *,
             with_text: bool = False) -> Iterator[Example]:
    """One example per rule candidate of the gold ``files`` (features after the stage the learned one follows)."""
    coder = coder if coder is not None else learning_coder()
    for gold, ctx in contexts(files, coder, stop_after="patterns"):
        if not ctx.candidates:
            continue
        cands = list(ctx.candidates)
        rules = [c.event for c in cands]
        feats = story_features(ctx)
        finish(ctx, coder, after="patterns")
        final = [c for c in ctx.candidates if c.confidence >= coder.config.min_confidence and c.event in EVENT_TYPES]
        sents = ctx.sents
        for c, rule, label, f in zip(cands, rules, labels(rules, cands, final, gold.events), feats, strict=True):
            if label is not None:
                where = f"{ctx.doc[c.trigger].text} | {sents[c.sent_index].text}" if with_text else ""
                yield Example(story=gold.id, rule=rule, label=label, features=f, where=where)


def fit(data: Sequence[Example]) -> LinearModel:
    weights = [NONE_WEIGHT if e.label == NONE else CHANGE_WEIGHT if e.label != e.rule else 1.0 for e in data]
    return train_linear([(e.features, e.label) for e in data], epochs=EPOCHS, l2=L2, lr=LR, min_count=MIN_COUNT,
                        min_weight=MIN_WEIGHT,
                        sample_weights=weights, meta={"component": MODEL_NAME})


def train(files: Sequence[Path], coder: Coder | None = None) -> LinearModel:
    """The model shipped as ``knowledge/models/types.json``."""
    return fit(list(examples(files, coder)))


def cross_validate(data: Sequence[Example], folds: int = 5) -> list[tuple[Example, dict[str, float]]]:
    """Each example with the probabilities of a model trained on the other folds (folds by story)."""
    out: list[tuple[Example, dict[str, float]]] = []
    fold = [fold_of(e.story, folds) for e in data]
    for k in range(folds):
        model = fit([e for e, f in zip(data, fold, strict=True) if f != k])
        out.extend((e, model.proba(e.features)) for e, f in zip(data, fold, strict=True) if f == k)
    return out
