"""The learned recipient stage: a linear model (``learn.train_recipients``, weights in
``knowledge/models/recipients.json``) scores each recipient choice of each rule event (the coded mentions
of its sentence and the one before, not its actors, and NONE) and acts only where it is sure:

* an event the rules left without a recipient gets the best choice when its probability reaches the
  model's ``fill`` threshold (and beats NONE); coordinated choices above it come along ("Egypt and Qatar");
* the rules' recipient is replaced only when the model's best differs, reaches ``replace`` and the rules'
  own choice is at most ``keep_below``.

What it did is kept in ``cand.extra["learned_recipients"]`` with the features behind it. A no-op when
``config.learned`` is False or the model file is missing. docs/learned.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..learn.linear import LinearModel, load
from ..learn.recips_features import NONE, compound, fill_choice, slots, story_info
from .base import StoryContext

MODEL_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "models" / "recipients.json"
POSITIVE = "1"


class LearnedRecipients:
    name = "learned_recipients"

    def __init__(self, nlp: Any, config: Any, *, model: LinearModel | None = None,
                 thresholds: dict[str, float] | None = None) -> None:
        self.enabled = bool(getattr(config, "learned", True))
        if model is None and self.enabled and MODEL_PATH.is_file():
            model = load(MODEL_PATH)
        self.model = model if self.enabled else None
        found = dict((model.meta.get("thresholds") or {}) if model is not None else {})
        found.update(thresholds or {})
        self.fill = float(found.get("fill", 1.01))
        self.replace = float(found.get("replace", 1.01))
        self.keep_below = float(found.get("keep_below", 0.0))
        # the one who accuses another of an act is its target less often than the training gold suggests
        # ("accused Israel of genocide"): a speaker is filled in only at this higher threshold
        self.fill_speaker = float(found.get("fill_speaker", self.fill))

    def __call__(self, ctx: StoryContext) -> None:
        model = self.model
        if model is None or not ctx.candidates:
            return
        info = story_info(ctx)
        for cand in ctx.candidates:
            if cand.recipient and self.replace > 1.0:
                continue  # (nothing to do: replacing is off)
            found = slots(ctx, cand, info)
            probs = [model.proba(s.features).get(POSITIVE, 0.0) for s in found]
            ranked = sorted(range(len(found)), key=lambda i: (-probs[i], found[i].code))
            if not cand.recipient:
                first = fill_choice(probs, found, self.fill)
                if first is None or ("speaker" in found[first].features and probs[first] < self.fill_speaker):
                    continue
                others = [found[i] for i in ranked if i != first and found[i].code != NONE and probs[i] >= self.fill]
                chosen = [found[first]] + [c for c in others if compound([found[first], c], ctx)]
                self._set(cand, chosen, probs[first], model)
                continue
            best = ranked[0]
            rule_p = max((probs[i] for i, s in enumerate(found) if s.rule and s.code != NONE), default=0.0)
            if found[best].rule or probs[best] < self.replace or rule_p > self.keep_below:
                continue
            self._set(cand, [] if found[best].code == NONE else [found[best]], probs[best], model)

    @staticmethod
    def _set(cand: Any, chosen: list[Any], p: float, model: LinearModel) -> None:
        cand.extra["learned_recipients"] = {
            "from": sorted({m.code for m in cand.recipient if m.code}), "to": [s.code for s in chosen],
            "p": round(p, 3), "why": model.explain(chosen[0].features, POSITIVE, top=5) if chosen else []}
        cand.recipient = [s.mentions[0] for s in chosen]
