"""Stage 'learned_events': events the rules missed, found by a learned model (docs/learned.md, "Events").

A clause head the rules coded no event on (a conjunct, a time / reason / result clause, a relative clause,
a participle, a complement; any verb, known to the lexicon or not; an event noun as an object) is scored by
a sparse multinomial model over its parse features (``learn.events_features``): NONE or one of the PLOVER
types. When a type reaches the model's threshold, the events stage's own machinery builds the event
(``_verb_hit`` / ``_noun_hit`` then ``_candidate``: actor, recipient, mode, speaker) from the lexicon's
entries of that type for the word, freed of their object / particle conditions when those fail, or from a
bare entry of the type for a word the lexicon does not know. The event is kept only with a coded actor, when
the events stage's own guards keep it next to the sentence's events (purposes, conditions, requested content
stay unasserted) and when its actor has no event of that type in the sentence already.

Each added event carries ``extra["learned_events"]`` (probability, top features) and the probability as its
confidence. A no-op when ``config.learned`` is False or the model file is missing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..learn.events_features import clause_heads, features, sentence_mentions
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
from .event_markets import market_report
from .event_rule_parties import story_country
from .event_verdicts import verdict_offence
from .verblex import Trigger

if TYPE_CHECKING:
    from ..learn.linear import LinearModel
    from .events import Events

MODEL_NAME = "events"
NONE = "NONE"
# the default when a model file names none (the shipped one carries the cross-validated one in its meta)
THRESHOLD = 0.9


def relaxed(e: Trigger) -> Trigger:
    """``e`` without the conditions on its object, particle, subject, clause or recipient."""
    return replace(e, needs=(), obj=None, notobj=frozenset(), subj=None, notsubj=frozenset(), need_recipient=False,
                   need_content=False, need_infinitive=False, clause=False, need_trigger_verb=False)


def build_event(events: Events, ctx: StoryContext, si: int, i: int, kind: str, etype: str,
                by_tok: dict[int, Mention]) -> Candidate | None:
    """The events stage's candidate for word ``i`` read as a trigger of ``etype`` (None when its argument
    finders give it no coded actor or it comes out as another type)."""
    lex = events.lex
    sent = ctx.sents[si]
    doc = ctx.doc
    lemma = parse(doc).lemma[i]
    table, key = (lex.verbs, lex.lemma_fixes.get(lemma, lemma)) if kind == "v" else (lex.nouns, lemma)
    entries = [e for e in table.get(key, ()) if e.type == etype]
    events._sent_toks = toks = SentTokens(doc, sent.start, sent.end)
    events._verb_triggers = {}
    tok = toks[i - sent.start]
    find = events._verb_hit if kind == "v" else events._noun_hit
    try:
        hit = find(tok, entries, by_tok) if entries else None
        if hit is None:
            # the word's own conditions failed, or the lexicon does not know it as this type: a bare entry
            hit = find(tok, [relaxed(entries[0]) if entries else Trigger(type=etype)], by_tok)
        cand = events._candidate(si, hit, by_tok, None) if hit is not None else None
    finally:
        events._sent_toks, events._verb_triggers = [], {}
    if cand is None or cand.event != etype or not any(m.code for m in cand.actor):
        return None
    return cand


# the events stage's guards on a single candidate (events.sentence_candidates runs the same ones)
_SINGLE_GUARDS = (business_only, company_act, travel_advisory, output_policy, verdict_offence, natural_cause,
                  economic_conflict, arrest_warrant, hypothetical_any, hostile_wish, jailbreak, anticipated,
                  no_counterpart, embedded.misread_act, time_restatement, broken_commitment, stance_description,
                  summing_act_noun, sole_authority, market_report)
# and those that read it among the sentence's other events (purposes, requested content, conditions ...)
_SENTENCE_GUARDS = (means_only, drop_threat_conditions, drop_protest_demands, purpose_content, requested_content,
                    condition_content, failed_reason)


def kept_by_rules(events: Events, cand: Candidate, sent_events: list[Candidate], doc: Any) -> bool:
    """Whether the events stage's own guards keep ``cand`` next to the sentence's events: the model decides
    where an act is, never against what the guards say an act is not. (The sentence's events are copied:
    the guards may edit what they keep.)"""
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


def repeated(cand: Candidate, sent_events: list[Candidate]) -> bool:
    """Whether the sentence already has an event of ``cand``'s type by one of its actors ("struck ... and
    killed": the same act told twice)."""
    actor = {m.code for m in cand.actor if m.code}
    return any(c.event == cand.event and actor & {m.code for m in c.actor if m.code} for c in sent_events)


def coded_sentences(mentions: list[Mention]) -> set[int]:
    return {m.sent_index for m in mentions if m.code}


class LearnedEvents:
    name = "learned_events"

    def __init__(self, nlp: Any, config: Any, events: Events, model: LinearModel | None = None,
                 threshold: float | None = None) -> None:
        self.events = events
        self.enabled = bool(getattr(config, "learned", True))
        if model is None and self.enabled:
            from ..learn.harness import MODELS_DIR
            from ..learn.linear import load

            path = MODELS_DIR / f"{MODEL_NAME}.json"
            model = load(path) if path.exists() else None
        self.model = model if self.enabled else None
        found = (model.meta.get("threshold") if model is not None else None) or THRESHOLD
        self.threshold = float(threshold if threshold is not None else found)

    def proposals(self, ctx: StoryContext) -> list[tuple[int, int, str, str, float, list[str]]]:
        """(sentence, token, kind, type, probability, features) for each clause head the model gives a type
        at or above the threshold."""
        model = self.model
        if model is None or self.threshold > 1.0 or not ctx.mentions:
            return []  # (a threshold out of reach: a model that may add nothing costs nothing)
        lex = self.events.lex
        heads = clause_heads(ctx.doc, ctx.sents, ctx.candidates, lex, coded_sentences(ctx.mentions))
        if not heads:
            return []
        mentions = sentence_mentions(ctx.mentions)
        by_sent: dict[int, list[Candidate]] = {}
        for c in ctx.candidates:
            by_sent.setdefault(c.sent_index, []).append(c)
        p = parse(ctx.doc)
        out = []
        sports: dict[int, bool] = {}
        for si, i, kind in heads:
            feats = features(ctx.doc, i, kind, mentions.get(si, {}), by_sent.get(si, ()), lex)
            label, prob = model.best(feats)
            if label == NONE or prob < self.threshold:
                continue
            if si not in sports:
                sent = ctx.sents[si]
                lemmas = p.lemma[sent.start:sent.end]
                # sports reports: the events stage codes nothing in them, nor does this one
                sports[si] = bool(lex.sports_cues.intersection(lemmas)) or len(
                    lex.sports_weak_cues.intersection(lemmas)) >= 2
            if not sports[si]:
                out.append((si, i, kind, label, prob, feats))
        return out

    def __call__(self, ctx: StoryContext) -> None:
        model = self.model
        if model is None or self.threshold > 1.0:
            return
        added: list[Candidate] = []
        mentions: dict[int, dict[int, Mention]] | None = None
        for si, i, kind, etype, prob, feats in self.proposals(ctx):
            if mentions is None:
                mentions = sentence_mentions(ctx.mentions)
                # (what the events stage sets per story; a stage component of its own has a fresh one)
                self.events._story_country = story_country(ctx.mentions)
            sent_events = [c for c in ctx.candidates + added if c.sent_index == si]
            cand = build_event(self.events, ctx, si, i, kind, etype, mentions.get(si, {}))
            if cand is None or repeated(cand, sent_events) or not kept_by_rules(self.events, cand, sent_events,
                                                                                ctx.doc):
                continue
            cand.confidence = round(min(cand.confidence, prob), 4)
            cand.extra["learned_events"] = {"p": round(prob, 3), "why": model.explain(feats, etype, top=5)}
            added.append(cand)
        ctx.candidates.extend(added)
