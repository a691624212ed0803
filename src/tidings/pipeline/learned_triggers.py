"""Stage 'learned_triggers': events the rules missed, found by a learned model (docs/learned.md).

A trigger word of the lexicon that no rule coded (a participle, a relative clause, a second coordinated verb,
a nominalisation, a clause the guards suppressed) is scored by a sparse linear model over its parse features
(``learn.triggers_features``). When the model gives one of the word's lexicon types a probability at or above
``THRESHOLD``, the events stage's own machinery builds the candidate for that type (``_verb_hit`` /
``_noun_hit`` then ``_candidate``: actor, recipient, mode, speaker), skipping only the sentence-level
filters that dropped it; the event is kept only when it has a coded actor. Later stages (claims, dates,
places) treat it like any other candidate.

Not in ``build_stages``: on the sealed halves its additions were less precise than the rules (docs/learned.md,
"Missed events"); insert it after 'patterns' by hand to try it.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..learn.triggers_features import (
    built_feature,
    event_features,
    features,
    sentence_mentions,
    typed_features,
    uncoded_triggers,
)
from . import event_embedded as embedded
from .base import Candidate, Mention, SentTokens, StoryContext, parse
from .event_advisories import output_policy, travel_advisory
from .event_background import drop_background
from .event_business import business_only, company_act
from .event_clauses import (
    anticipated,
    broken_commitment,
    drop_protest_demands,
    jailbreak,
    means_only,
    no_counterpart,
    sole_authority,
    stance_description,
    summing_act_noun,
    thing_threatens,
    time_restatement,
)
from .event_guards import (
    arrest_warrant,
    condition_content,
    drop_threat_conditions,
    economic_conflict,
    failed_reason,
    hostile_wish,
    hypothetical_any,
    natural_cause,
    purpose_content,
    requested_content,
)
from .event_verdicts import verdict_offence
from .verblex import Trigger

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from ..learn.linear import LinearModel
    from .events import Events

MODEL_NAME = "triggers"
# the lowest threshold whose 5-fold cross-validated additions on the training files were more precise than the
# rules (6 of 6; docs/learned.md)
THRESHOLD = 0.8
YES = "EVENT"  # the model's class for "this built event is right" (the other: "NONE")


def relaxed(e: Trigger) -> Trigger:
    """``e`` without the conditions on its object, particle, subject, clause or recipient."""
    return replace(e, needs=(), obj=None, notobj=frozenset(), subj=None, notsubj=frozenset(), need_recipient=False,
                   need_content=False, need_infinitive=False, clause=False, need_trigger_verb=False)


def build_candidate(events: Events, ctx: StoryContext, si: int, i: int, kind: str, etype: str,
                    by_tok: dict[int, Mention]) -> Candidate | None:
    """The events stage's candidate for word ``i`` read as a trigger of ``etype`` (None when its argument
    finders give it no coded actor, or its own guards say it is no event)."""
    lex = events.lex
    sent = ctx.sents[si]
    doc = ctx.doc
    lemma = doc[i].lemma_.lower()
    if kind == "v":
        table, key = lex.verbs, lex.lemma_fixes.get(lemma, lemma)
    else:
        table, key = lex.nouns, lemma
    entries = [e for e in table.get(key, ()) if e.type == etype]
    if not entries:
        return None
    events._sent_toks = toks = SentTokens(doc, sent.start, sent.end)
    events._verb_triggers = {}
    tok = toks[i - sent.start]
    find = events._verb_hit if kind == "v" else events._noun_hit
    try:
        hit, how = find(tok, entries, by_tok), "strict"
        if hit is None and kind == "v":
            how = "relaxed"
            # the entry's own conditions (an object class, a particle, a named target) are what the model
            # overrules: the first entry of the type, freed of them, reads the arguments
            hit = find(tok, [relaxed(entries[0])], by_tok)
        cand = events._candidate(si, hit, by_tok, None) if hit is not None else None
    finally:
        events._sent_toks, events._verb_triggers = [], {}
    if cand is None or cand.event != etype or not any(m.code for m in cand.actor):
        return None
    cand.extra["learned_triggers"] = how
    return cand


def proposals(events: Events, ctx: StoryContext, found: list[tuple[int, int, str, list[str]]] | None = None,
              story_events: list[Candidate] | None = None, gate: Callable[[str, list[str]], bool] | None = None
              ) -> Iterator[tuple[int, list[tuple[str, Candidate, list[str]]]]]:
    """Each uncoded trigger word with the events the machinery builds for its lexicon types (those with a
    coded actor), each with its features: what the model scores, at training and at inference alike.
    (``found`` / ``story_events``: other words, other events taken as the rules' output, for training;
    ``gate(type, word features)``: False skips building that event.)"""
    lex = events.lex
    if story_events is None:
        story_events = list(ctx.candidates)
    if found is None:
        found = uncoded_triggers(ctx.doc, ctx.sents, story_events, lex)
    if not found:
        return
    mentions = sentence_mentions(ctx.mentions)
    by_sent: dict[int, list[Candidate]] = {}
    for c in story_events:
        by_sent.setdefault(c.sent_index, []).append(c)
    p = parse(ctx.doc)
    sports: dict[int, bool] = {}
    for si, i, kind, types in found:
        if si not in sports:
            sent = ctx.sents[si]
            lemmas = p.lemma[sent.start:sent.end]
            # sports reports: the events stage codes nothing in them, nor does this one
            sports[si] = bool(lex.sports_cues.intersection(lemmas)) or len(lex.sports_weak_cues.intersection(lemmas)) >= 2
        if sports[si]:
            continue
        by_tok = mentions.get(si, {})
        word = features(ctx.doc, i, kind, types, by_tok, by_sent.get(si, ()), lex)
        # (an act of a type its doer already has in the sentence is that act again: "struck ... and killed")
        built = [(t, c) for t in types if (gate is None or gate(t, word))
                 and (c := build_candidate(events, ctx, si, i, kind, t, by_tok)) is not None
                 and not _repeated(c, by_sent.get(si, ())) and kept_by_rules(events, c, by_sent.get(si, []), ctx.doc)]
        if built:
            yield i, [(t, c, event_features(t, c, word, story_events)) for t, c in built]


# the events stage's guards on a single candidate (events.sentence_candidates runs the same ones)
_SINGLE_GUARDS = (business_only, company_act, travel_advisory, output_policy, verdict_offence, natural_cause,
                  economic_conflict, arrest_warrant, hypothetical_any, hostile_wish, jailbreak, anticipated,
                  no_counterpart, embedded.misread_act, time_restatement, broken_commitment, stance_description,
                  summing_act_noun, sole_authority)
# and those that read it among the sentence's other events (purposes, requested content, conditions ...)
_SENTENCE_GUARDS = (means_only, drop_threat_conditions, drop_protest_demands, purpose_content, requested_content,
                    condition_content, failed_reason)


def kept_by_rules(events: Events, cand: Candidate, sent_events: list[Candidate], doc: Any) -> bool:
    """Whether the events stage's own guards keep ``cand`` next to the sentence's events: the model overrules
    where a word stands, never what the guards say an event is not (a purpose, a condition, a hypothetical
    ...). The sentence's events are copied: the guards may edit what they keep."""
    nouns = events.lex.nouns
    if any(guard(cand, doc) for guard in _SINGLE_GUARDS) or thing_threatens(cand, doc, nouns):
        return False
    group = [replace(c, actor=list(c.actor), recipient=list(c.recipient), extra=dict(c.extra))
             for c in sent_events] + [cand]
    group = drop_background(group, doc, nouns)
    for guard in _SENTENCE_GUARDS:
        if not any(c is cand for c in group):
            return False
        group = guard(group, doc)
    return any(c is cand for c in group)


def _repeated(cand: Candidate, sent_events: Iterable[Candidate]) -> bool:
    actor = {m.code for m in cand.actor if m.code}
    return any(c.event == cand.event and actor & {m.code for m in c.actor if m.code} for c in sent_events)


class LearnedTriggers:
    name = "learned_triggers"

    def __init__(self, nlp: Any, config: Any, events: Events, model: LinearModel | None = None,
                 threshold: float = THRESHOLD) -> None:
        self.events = events
        self.enabled = bool(getattr(config, "learned", True))
        self.threshold = threshold
        if model is None and self.enabled:
            from ..learn.harness import MODELS_DIR
            from ..learn.linear import load

            path = MODELS_DIR / f"{MODEL_NAME}.json"
            model = load(path) if path.exists() else None
        self.model = model
        # Building an event is most of the stage's cost. What the built event's own features can add to its
        # score is bounded (the largest positive weight of each family, one value per family on an event): a
        # word whose known features stay below the threshold even with that bound is never built (the same
        # additions, for a fraction of the work).
        self._bound: dict[str, float] = {}
        self._margin = math.log(threshold / (1 - threshold)) if 0 < threshold < 1 else (
            -math.inf if threshold <= 0 else math.inf)
        if model is not None:
            other = next((c for c in model.classes if c != YES), YES)
            best: dict[str, float] = {}
            for name, row in model.weights.items():
                gain = row.get(YES, 0.0) - row.get(other, 0.0)
                if gain > 0 and built_feature(name):
                    family = name.rpartition("=")[0] if name.count("=") > name.startswith("T=") else name
                    best[family] = max(best.get(family, 0.0), gain)
            for family, gain in best.items():
                key = family.partition("|")[0] if family.startswith("T=") else ""
                self._bound[key] = self._bound.get(key, 0.0) + gain

    def _worth_building(self, etype: str, word: list[str]) -> bool:
        model = self.model
        assert model is not None
        scores = model.scores(typed_features(etype, word))
        other = next((c for c in model.classes if c != YES), YES)
        bound = self._bound.get("", 0.0) + self._bound.get(f"T={etype}", 0.0)
        return scores.get(YES, 0.0) - scores.get(other, 0.0) + bound >= self._margin

    def __call__(self, ctx: StoryContext) -> None:
        if not self.enabled or self.model is None:
            return
        added: list[Candidate] = []
        for _i, options in proposals(self.events, ctx, gate=self._worth_building):
            scored = [(self.model.proba(feats).get(YES, 0.0), t, c) for t, c, feats in options]
            prob, _t, cand = max(scored, key=lambda x: (x[0], x[1]))
            if prob >= self.threshold:
                cand.confidence = round(min(cand.confidence, prob), 4)
                added.append(cand)
        ctx.candidates.extend(added)
