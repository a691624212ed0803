"""The learned type stage: a linear model (``learn.train_types``, weights in ``knowledge/models/types.json``)
reads each event candidate the rules built and gives the probability of each PLOVER type and of NONE (no
event: a background noun, a reason clause, an accusation's content the gold does not code).

It acts only where it is sure: it drops a candidate when p(NONE) reaches ``DROP_THRESHOLD``, and re-types one
when another type reaches ``RETYPE_THRESHOLD`` (its mode kept only if the new type has it, as the rules'
re-typing does). What it did is kept in ``cand.extra["learned_types"]`` with the features behind it.
A no-op when ``config.learned`` is False or the model file is missing. docs/learned.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import plover
from ..learn.linear import LinearModel, load
from ..learn.types_features import story_features
from .base import StoryContext

MODEL_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "models" / "types.json"
NONE = "NONE"
# chosen by 5-fold cross-validation on the training gold (docs/learned.md): p(NONE) >= 0.9 dropped about
# 3 right events for each wrong one there, where the rules were hand-tuned; re-typing was never right in
# cross-validation at any threshold, so it is set out of reach until the model earns it
DROP_THRESHOLD = 0.9
RETYPE_THRESHOLD = 1.01


class LearnedTypes:
    name = "learned_types"

    def __init__(self, nlp: Any, config: Any, *, model: LinearModel | None = None,
                 drop_threshold: float = DROP_THRESHOLD, retype_threshold: float = RETYPE_THRESHOLD) -> None:
        self.enabled = bool(getattr(config, "learned", True))
        if model is None and self.enabled and MODEL_PATH.is_file():
            model = load(MODEL_PATH)
        self.model = model if self.enabled else None
        self.drop_threshold = drop_threshold
        self.retype_threshold = retype_threshold
        self.types = frozenset(plover.event_types())

    def __call__(self, ctx: StoryContext) -> None:
        model = self.model
        if model is None or not ctx.candidates:
            return
        keep = []
        for cand, feats in zip(ctx.candidates, story_features(ctx), strict=True):
            proba = model.proba(feats)
            if proba.get(NONE, 0.0) >= self.drop_threshold:
                continue
            if self.retype_threshold > 1.0:  # (re-typing off: no need to rank the types)
                keep.append(cand)
                continue
            best = max((c for c in model.classes if c in self.types), key=lambda c: (proba[c], c), default=None)
            if best is not None and best != cand.event and proba[best] >= self.retype_threshold:
                cand.extra["learned_types"] = {"from": cand.event, "to": best, "p": round(proba[best], 3),
                                               "why": model.explain(feats, best, top=5)}
                if cand.mode not in plover.modes(best):
                    cand.mode = None
                cand.event = best
            keep.append(cand)
        if len(keep) != len(ctx.candidates):
            ctx.candidates = keep

    def dropped(self, ctx: StoryContext) -> list[tuple[int, float]]:
        """The candidates (index, p(NONE)) the stage would drop: for reading what it does."""
        if self.model is None:
            return []
        probs = [self.model.proba(f).get(NONE, 0.0) for f in story_features(ctx)]
        return [(i, p) for i, p in enumerate(probs) if p >= self.drop_threshold]
