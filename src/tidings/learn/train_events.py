"""Training data, labels and cross-validation of the learned event detector (stage ``learned_events``).

Examples: every clause head the rules left uncoded in the training files (``events_features.clause_heads``),
recorded right after 'patterns' (where the stage runs) with its features and, for each PLOVER type, the event
the stage would add for it (the events machinery's build, the guards, no repeat of a sentence's act).
Labels come from the evaluator's matching on the rules' final output: a gold event the rules missed is given
to the one head whose built event of the gold type shares a gold actor code (among several, the one whose
recipient matches too; still several: left out); every other head is NONE.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..evaluate import GoldStory, read_gold
from ..pipeline.base import parse
from ..pipeline.learned_events import NONE, build_event, coded_sentences, kept_by_rules, repeated
from .events_features import clause_heads, features, sentence_mentions
from .harness import refuse_held_out
from .linear import LinearModel
from .linear import train as linear_train

TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST",
         "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
L2 = 1e-4
EPOCHS = 300
# a feature seen once (most are one story's lemma pairs) decides nothing elsewhere and doubles the file
MIN_COUNT = 2
# NONE outnumbers the events ~30 to 1: weighting it down lets the types reach a usable probability
NONE_WEIGHT = 0.2
# the thresholds cross-validation is read at; the shipped one is the lowest whose added events were right
# at least PRECISION of the time (docs/learned.md)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
PRECISION = 0.75
# a precision read off fewer cross-validated additions than this is noise (2 of 2 says nothing)
MIN_ADDED = 10
Built = tuple[str, frozenset[str], frozenset[str]]  # (type, actor codes, recipient codes)


@dataclass
class Row:
    story: str
    sent: int
    tok: int
    lemma: str
    feats: list[str]
    built: dict[str, Built] = field(default_factory=dict)  # type -> the event the stage would add for it
    label: str | None = NONE


@dataclass
class StoryData:
    gold: GoldStory
    group: str  # the training file: folds split by it
    preds: list[Built]
    rows: list[Row]
    found: list[Built] = field(default_factory=list)  # the rules' events where the stage runs


class _Recorder:
    """A stage run right after 'patterns': records the uncoded clause heads of each story, their features,
    and the event the stage would add for each type."""

    name = "record_events"

    def __init__(self, events: Any, types: Sequence[str] = TYPES) -> None:
        self.events = events
        self.types = tuple(types)
        self.rows: list[Row] = []
        self.found: dict[str, list[Built]] = {}

    def __call__(self, ctx: Any) -> None:
        lex = self.events.lex
        self.found[ctx.story.id] = [(c.event, frozenset(m.code for m in c.actor if m.code),
                                     frozenset(m.code for m in c.recipient if m.code)) for c in ctx.candidates]
        heads = clause_heads(ctx.doc, ctx.sents, ctx.candidates, lex, coded_sentences(ctx.mentions))
        if not heads:
            return
        mentions = sentence_mentions(ctx.mentions)
        by_sent: dict[int, list[Any]] = {}
        for c in ctx.candidates:
            by_sent.setdefault(c.sent_index, []).append(c)
        lemmas = parse(ctx.doc).lemma
        for si, i, kind in heads:
            by_tok = mentions.get(si, {})
            sent_events = by_sent.get(si, [])
            row = Row(ctx.story.id, si, i, lemmas[i],
                      features(ctx.doc, i, kind, by_tok, sent_events, lex))
            for t in self.types:
                cand = build_event(self.events, ctx, si, i, kind, t, by_tok)
                if cand is None or repeated(cand, sent_events) or not kept_by_rules(self.events, cand, sent_events,
                                                                                    ctx.doc):
                    continue
                row.built[t] = (t, frozenset(m.code for m in cand.actor if m.code),
                                frozenset(m.code for m in cand.recipient if m.code))
            self.rows.append(row)


def collect(files: Iterable[Path], coder: Any, types: Sequence[str] = TYPES) -> list[StoryData]:
    """Code every story of ``files`` with the rules only, recording the uncoded clause heads."""
    from ..coder import make_story

    events = next(st for st in coder.stages if st.name == "events")
    recorder = _Recorder(events, types)
    saved = coder.stages
    k = next(n for n, st in enumerate(saved) if st.name == "patterns")
    coder.stages = [*saved[:k + 1], recorder, *(st for st in saved[k + 1:] if not st.name.startswith("learned_"))]
    out: list[StoryData] = []
    try:
        for path in refuse_held_out(files):
            gold = read_gold(path)
            prefix = path.stem + "/"
            stories = [make_story(g.text, story_id=prefix + g.id, date=g.date) for g in gold]
            for g, result in zip(gold, coder.code_stories(stories), strict=True):
                preds = [(e.event, frozenset(a.code for a in e.actor if a.code),
                          frozenset(a.code for a in e.recipient if a.code)) for e in result.events]
                rows = [r for r in recorder.rows if r.story == result.story.id]
                recorder.rows = [r for r in recorder.rows if r.story != result.story.id]
                out.append(StoryData(g, path.stem, preds, rows, recorder.found.pop(result.story.id, [])))
    finally:
        coder.stages = saved
    return out


def match(gold: GoldStory, preds: Sequence[Built]) -> tuple[int, list[int]]:
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
    """Set each row's label: the type of the missed gold event it alone carries, NONE, or None (left out:
    a missed event several heads could carry)."""
    for sd in data:
        for r in sd.rows:
            r.label = NONE
        _, missed = match(sd.gold, sd.preds)
        _, unfound = match(sd.gold, sd.found)
        for gi in missed:
            g = sd.gold.events[gi]
            if gi not in unfound:
                continue  # the rules had it where the stage runs; a later stage dropped or changed it
            # (a head the lexicon knows as another type only is not the one: "killed" is no REJECT)
            able = [r for r in sd.rows if g.event in r.built and r.built[g.event][1] & g.actor and r.label == NONE
                    and (f"lex={g.event}" in r.feats or "unknown" in r.feats)]
            if len(able) > 1:  # the head the lexicon knows as the type, then the one with the gold recipient
                able = [r for r in able if f"lex={g.event}" in r.feats] or able
            if len(able) > 1:  # a verb and its own event noun ("pressed on with air strikes"): the verb
                able = [r for r in able if "kind=v" in r.feats] or able
            if len(able) > 1:
                able = [r for r in able if r.built[g.event][2] & g.recipient or not (r.built[g.event][2] or
                                                                                       g.recipient)] or able
            if len(able) > 1:
                for r in able:
                    r.label = None
                continue
            if able:
                able[0].label = g.event


def examples(data: Sequence[StoryData]) -> tuple[list[tuple[list[str], str]], list[float]]:
    """(features, label) of every labelled row, with its weight."""
    out, weights = [], []
    for sd in data:
        for r in sd.rows:
            if r.label is not None:
                out.append((r.feats, r.label))
                weights.append(NONE_WEIGHT if r.label == NONE else 1.0)
    return out, weights


def fit(ex: Sequence[tuple[list[str], str]], weights: Sequence[float], meta: dict[str, Any] | None = None
        ) -> LinearModel:
    return linear_train(ex, l2=L2, epochs=EPOCHS, sample_weights=weights, min_count=MIN_COUNT, meta=meta)


def additions(model: Any, sd: StoryData, threshold: float) -> list[Built]:
    """The events the stage would add to this story at ``threshold`` (one per head at most)."""
    out = []
    for r in sd.rows:
        t, prob = model.best(r.feats)
        if t != NONE and prob >= threshold and t in r.built:
            out.append(r.built[t])
    return out


def folds_of(data: Sequence[StoryData], folds: int, seed: int = 0) -> dict[str, int]:
    """Each training file's fold (whole files: a writer's sentences never sit on both sides)."""
    groups = sorted({sd.group for sd in data})
    random.Random(seed).shuffle(groups)
    return {g: n % folds for n, g in enumerate(groups)}


def cross_validate(data: Sequence[StoryData], thresholds: Sequence[float] = THRESHOLDS, folds: int = 5,
                   seed: int = 0) -> list[dict[float, dict[str, int]]]:
    """Per fold and threshold: the events added to the held-out files, how many are true positives by the
    evaluator's matching, and how many land in no-event stories."""
    fold_of = folds_of(data, folds, seed)
    out = []
    for f in range(folds):
        model = fit(*examples([sd for sd in data if fold_of[sd.group] != f]))
        res = {t: {"added": 0, "right": 0, "noevent_hit": 0} for t in thresholds}
        for sd in data:
            if fold_of[sd.group] != f:
                continue
            base_tp, _ = match(sd.gold, sd.preds)
            for t in thresholds:
                add = additions(model, sd, t)
                if not add:
                    continue
                tp, _ = match(sd.gold, list(sd.preds) + add)
                res[t]["added"] += len(add)
                res[t]["right"] += tp - base_tp
                res[t]["noevent_hit"] += not sd.gold.events
        out.append(res)
    return out


def choose_threshold(cv: Sequence[dict[float, dict[str, int]]], precision: float = PRECISION,
                     min_added: int = MIN_ADDED) -> float:
    """The lowest threshold whose pooled cross-validated additions, at least ``min_added`` of them, are right
    at least ``precision`` of the time (1.01, never, when none is)."""
    for t in sorted(cv[0]):
        added = sum(r[t]["added"] for r in cv)
        right = sum(r[t]["right"] for r in cv)
        print(f"events: cross-validated p >= {t}: {right} of {added} additions right", file=sys.stderr)
        if added >= min_added and right / added >= precision:
            return t
    return 1.01


def train(files: Sequence[Path], coder: Any) -> LinearModel:
    """The shipped model: every uncoded clause head of the training files (``scripts/train_models.py``), with
    the threshold cross-validation chose in its meta."""
    data = collect(files, coder)
    label(data)
    threshold = choose_threshold(cross_validate(data)) if len({sd.group for sd in data}) >= 5 else 1.01
    ex, weights = examples(data)
    positives = sum(1 for _, y in ex if y != NONE)
    return fit(ex, weights, meta={"component": "events", "positives": positives, "threshold": threshold})
