"""Training data, labels and cross-validation of the learned trigger model (stage ``learned_triggers``).

Examples: every lexicon trigger word the rules left uncoded in the training files (``uncoded_triggers``),
with the candidate the events machinery builds for each of its lexicon types. Labels come from the
evaluator's matching: a gold event the rules missed is given to the one uncoded word that can carry it
(its lexicon types include the gold type; among several, the one whose built event shares a gold actor
code); words no missed gold event claims are NONE; words a missed event could belong to, but not
uniquely, are left out.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..evaluate import GoldStory, read_gold
from ..pipeline.base import parse
from .harness import refuse_held_out
from .linear import LinearModel
from .linear import train as linear_train
from .triggers_features import TRIGGER_POS, trigger_types

NONE = "NONE"
YES = "EVENT"
# the weight of a coded word read as uncoded, next to 1 for a word the rules left uncoded
# (cross-validation: any weight above 0 made the top of the ranking worse and hit no-event stories, so 0:
# the coded words read as uncoded are a documented experiment, not training data; docs/learned.md)
ABLATED_WEIGHT = 0.0
L2 = 1e-4
Built = tuple[str, frozenset[str], frozenset[str]]  # (type, actor codes, recipient codes)


@dataclass
class Row:
    story: str
    sent: int
    tok: int
    types: list[str]
    built: dict[str, Built] = field(default_factory=dict)  # the type -> event the machinery builds for it
    pairs: dict[str, list[str]] = field(default_factory=dict)  # the type -> that event's features
    label: str | None = NONE
    coded: tuple[int, str] | None = None  # a word the rules coded, read as uncoded: (its start, its type)
    coded_pred: int | None = None  # the index of its event in the rules' output


@dataclass
class StoryData:
    gold: GoldStory
    preds: list[Built]
    rows: list[Row]


class _Recorder:
    """A stage run right after 'patterns' (where ``learned_triggers`` runs): records the uncoded trigger words
    of each story with the events the machinery builds for them and their features; and, with ``ablate``,
    each word the rules did code, read as if they had not (its own event taken out of the rules' output)."""

    name = "record_triggers"

    def __init__(self, events: Any, ablate: bool) -> None:
        self.events = events
        self.ablate = ablate
        self.rows: list[Row] = []

    def _row(self, ctx: Any, i: int, options: list[tuple[str, Any, list[str]]], types: list[str],
             coded: tuple[int, str] | None) -> None:
        row = Row(ctx.story.id, options[0][1].sent_index, i, types, coded=coded)
        for t, c, feats in options:
            row.built[t] = (t, frozenset(m.code for m in c.actor if m.code),
                            frozenset(m.code for m in c.recipient if m.code))
            row.pairs[t] = feats
        self.rows.append(row)

    def __call__(self, ctx: Any) -> None:
        from ..pipeline.learned_triggers import proposals

        lex = self.events.lex
        for i, options in proposals(self.events, ctx):
            self._row(ctx, i, options, sorted({t for t, _, _ in options}), None)
        if not self.ablate:
            return
        p = parse(ctx.doc)
        for c in list(ctx.candidates):
            i = c.trigger
            kind = TRIGGER_POS.get(p.pos[i])
            types = trigger_types(lex, p.lemma[i], kind) if kind else []
            if c.event not in types:
                continue
            others = [x for x in ctx.candidates if x is not c]
            for _, options in proposals(self.events, ctx, [(c.sent_index, i, kind, types)], others):
                self._row(ctx, i, options, types, (ctx.doc[c.trigger_start].idx, c.event))


def collect(files: Iterable[Path], coder: Any, ablate: bool = False) -> list[StoryData]:
    """Code every story of ``files`` with the rules only, recording the uncoded trigger words (and, with
    ``ablate``, the coded ones read as uncoded)."""
    from ..coder import make_story

    events = next(st for st in coder.stages if st.name == "events")
    recorder = _Recorder(events, ablate)
    saved = coder.stages
    k = next(n for n, st in enumerate(saved) if st.name == "patterns")
    coder.stages = [st for st in saved[:k + 1]] + [recorder] + [st for st in saved[k + 1:]
                                                                   if not st.name.startswith("learned_")]
    out: list[StoryData] = []
    try:
        for path in refuse_held_out(files):
            gold = read_gold(path)
            prefix = path.stem + "/"
            stories = [make_story(g.text, story_id=prefix + g.id, date=g.date) for g in gold]
            for g, result in zip(gold, coder.code_stories(stories), strict=True):
                preds = [(e.event, frozenset(a.code for a in e.actor if a.code),
                          frozenset(a.code for a in e.recipient if a.code)) for e in result.events]
                starts = [(e.event_text_start, e.event) for e in result.events]
                rows = [r for r in recorder.rows if r.story == result.story.id]
                recorder.rows = [r for r in recorder.rows if r.story != result.story.id]
                for r in rows:
                    if r.coded is not None:
                        r.coded_pred = starts.index(r.coded) if r.coded in starts else None
                out.append(StoryData(g, preds, [r for r in rows if r.coded is None or r.coded_pred is not None]))
    finally:
        coder.stages = saved
    return out


def _match(gold: GoldStory, preds: Sequence[Built]) -> tuple[int, list[int]]:
    """The evaluator's greedy matching: (true positives, indices of the gold events left unmatched)."""
    used = [False] * len(preds)
    tp, missed = 0, []
    for gi, g in enumerate(gold.events):
        best, best_overlap = None, -1
        for i, p in enumerate(preds):
            if used[i] or p[0] != g.event:
                continue
            overlap = len(p[1] & g.actor) + len(p[2] & g.recipient)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            missed.append(gi)
        else:
            used[best] = True
            tp += 1
    return tp, missed


def label(data: Sequence[StoryData]) -> None:
    """Set each row's label (a type, NONE, or None: left out). A coded word read as uncoded is the type of a
    gold event that its own event, taken out of the rules' output, leaves unmatched (if it builds it)."""
    for sd in data:
        for r in sd.rows:
            r.label = NONE
            if r.coded_pred is not None:
                rest = [q for k, q in enumerate(sd.preds) if k != r.coded_pred]
                _, gone = _match(sd.gold, rest)
                r.label = next((sd.gold.events[gi].event for gi in gone if sd.gold.events[gi].event in r.built), NONE)
        _, missed = _match(sd.gold, sd.preds)
        for gi in missed:
            g = sd.gold.events[gi]
            able = [r for r in sd.rows if r.coded is None and g.event in r.built and r.label in (NONE, None)]
            if len(able) > 1:
                sharing = [r for r in able if r.built[g.event][1] & g.actor]
                if len(sharing) > 1:
                    sharing = [r for r in sharing if r.built[g.event][2] & g.recipient] or sharing
                if len(sharing) != 1:
                    for r in able:
                        r.label = None  # (some word carries it, which one is unclear)
                    continue
                able = sharing
            if able:
                able[0].label = g.event


def examples(data: Sequence[StoryData], coded_weight: float = ABLATED_WEIGHT
             ) -> tuple[list[tuple[list[str], str]], list[float]]:
    """One example per (word, type) event the machinery built: EVENT when the word's label is that type; with
    its weight (``coded_weight`` for the coded words read as uncoded, 0: left out)."""
    out, weights = [], []
    for sd in data:
        for r in sd.rows:
            if r.label is None or (r.coded is not None and not coded_weight):
                continue
            for t, feats in sorted(r.pairs.items()):
                out.append((feats, YES if r.label == t else NONE))
                weights.append(coded_weight if r.coded is not None else 1.0)
    return out, weights


def additions(model: Any, sd: StoryData, threshold: float) -> list[Built]:
    """The events the stage would add to this story at ``threshold`` (at most one per word)."""
    out = []
    for r in sd.rows:
        if r.coded is not None:
            continue
        prob, t = max((model.proba(feats).get(YES, 0.0), t) for t, feats in r.pairs.items())
        if prob >= threshold:
            out.append(r.built[t])
    return out


def cross_validate(data: Sequence[StoryData], train_fn: Any, thresholds: Sequence[float], folds: int = 5,
                   seed: int = 0, coded_weight: float = ABLATED_WEIGHT) -> dict[float, dict[str, int]]:
    """Per threshold: the additions made on held-out folds and how many of them are true positives by the
    evaluator's matching (the story's tp with the additions minus without)."""
    order = sorted(range(len(data)), key=lambda k: data[k].gold.id)
    random.Random(seed).shuffle(order)
    fold_of = {k: n % folds for n, k in enumerate(order)}
    out = {t: {"added": 0, "right": 0, "noevent_hit": 0} for t in thresholds}
    for f in range(folds):
        train = [sd for k, sd in enumerate(data) if fold_of[k] != f]
        model = train_fn(*examples(train, coded_weight))
        for k, sd in enumerate(data):
            if fold_of[k] != f:
                continue
            base_tp, _ = _match(sd.gold, sd.preds)
            for t in thresholds:
                add = additions(model, sd, t)
                if not add:
                    continue
                tp, _ = _match(sd.gold, list(sd.preds) + add)
                out[t]["added"] += len(add)
                out[t]["right"] += tp - base_tp
                out[t]["noevent_hit"] += not sd.gold.events
    return out


def train(files: Sequence[Path], coder: Any) -> LinearModel:
    """The shipped model: every uncoded trigger word of the training files (``scripts/train_models.py``)."""
    data = collect(files, coder, ablate=bool(ABLATED_WEIGHT))
    label(data)
    ex, weights = examples(data, ABLATED_WEIGHT)
    positives = sum(1 for _, y in ex if y == YES)
    return linear_train(ex, l2=L2, sample_weights=weights,
                        meta={"component": "triggers", "positives": positives, "coded_weight": ABLATED_WEIGHT})
