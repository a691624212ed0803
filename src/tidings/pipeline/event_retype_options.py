"""Type repairs for what a party leaves open, aims at or is only said to be able to do (types, round 8):

* an option kept open: 'has not ruled out strikes on Pakistan', 'refused to rule out military action' is a
  THREATEN (manual, THREATEN: a coercive warning; the double negative holds the act out), not a negated
  REJECT; 'did not rule out talks' (no hostile content) stays what it was;
* an aim: 'Vietnam and Indonesia look to deepen defence ties', 'hope to expand trade' name no act and no
  promise (an aim is neither cooperation done nor an AGREE; 'agreed / pledged to deepen ties' stays AGREE);
* speculation: 'police could arrest X, local media speculated' is the act, hypothetical, not a threat: only
  the actor's own side announcing its possible act threatens (event_retype.conditional_threats);
* an impersonal warning: 'the IMF warned that inflation would hit the poor hardest' forecasts what a force of
  nature or the economy will do; nobody is threatened.

Called from event_rules.fold_participles on each candidate of a sentence; each rule looks only at the
candidate's trigger and its children."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# what the held-open option is: violence, or a penalty (the THREATEN mode)
OPEN_VIOLENCE = frozenset({
    "strike", "airstrike", "attack", "action", "operation", "force", "war", "invasion", "incursion", "offensive",
    "retaliation", "reprisal", "response", "escalation", "intervention", "assault", "raid", "bombing", "campaign",
    "use", "option", "weapon", "nuke", "deployment",
})
OPEN_PENALTY = frozenset({"sanction", "tariff", "embargo", "ban", "blockade", "expulsion", "countermeasure", "measure",
                          "restriction", "boycott", "levy", "duty", "curb"})
OPEN_VIOLENT_VERBS = frozenset({"strike", "attack", "use", "invade", "bomb", "retaliate", "send", "deploy", "hit",
                                "target", "resume"})
REFUSING_VERBS = frozenset({"refuse", "decline"})


def _is_rule_out(t: Token) -> bool:
    return (t.lemma_.lower() == "rule" and any(k.lower_ == "out" for k in t.children)) or t.lemma_.lower() == "exclude"


def _rule_out(t: Token) -> Token | None:
    """The 'rule out' / 'exclude' verb of a trigger: the trigger itself or its 'refused to rule out' complement."""
    if _is_rule_out(t):
        return t
    if t.lemma_.lower() in REFUSING_VERBS:
        return next((k for k in t.children if k.dep_ == "xcomp" and _is_rule_out(k)), None)
    return None


def _option_mode(rule: Token) -> str | None:
    """'violence' / 'restrict' when what is not ruled out is a hostile act, else None."""
    for o in objects(rule) + [k for k in rule.children if k.dep_ in ("xcomp", "ccomp", "pcomp", "advcl")]:
        words = {o.lemma_.lower()} | {m.lemma_.lower() for m in o.children if m.dep_ in ("amod", "compound")}
        if o.lemma_.lower() in OPEN_PENALTY:
            return "restrict"
        if words & OPEN_VIOLENCE or "military" in words or (o.pos_ == "VERB" and o.lemma_.lower() in OPEN_VIOLENT_VERBS):
            return "violence"
    return None


def open_option_threat(c: Candidate, t: Token) -> Candidate | None:
    """'India has not ruled out fresh strikes on Pakistan', 'Israel refused to rule out military action':
    not excluding one's own hostile act holds it out to the other side (THREATEN). The refusal's own double
    negative is no event otherwise (event_retype.not_an_act)."""
    if c.event not in ("REJECT", "THREATEN") or (c.event == "THREATEN" and t.lemma_.lower() != "exclude"):
        return None
    rule = _rule_out(t)
    if rule is None:
        return None
    if rule.i == t.i and not any(k.dep_ == "neg" for k in rule.children):
        return None  # "ruled out strikes": a refusal, left as it is
    mode = _option_mode(rule)
    if mode is None:
        return None
    return replace(c, event="THREATEN", mode=mode)


# verbs of aiming: their complement is what a party wants, not an act or a promise
AIM_VERBS = frozenset({"look", "hope", "aim", "wish", "strive", "aspire", "yearn", "dream"})
AIMED_TYPES = frozenset({"COOPERATE", "SUPPORT", "CONSULT"})


def aimed_only(c: Candidate, t: Token) -> bool:
    """'Vietnam and Indonesia look to deepen defence ties': a cooperative act only aimed at is no event."""
    if c.event not in AIMED_TYPES or t.dep_ not in ("xcomp", "advcl") or t.head.lemma_.lower() not in AIM_VERBS:
        return False
    return any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children)


# verbs that report a guess about someone else's act, never the actor announcing its own
SPECULATION_VERBS = frozenset({
    "speculate", "predict", "expect", "believe", "fear", "forecast", "guess", "reckon", "estimate", "suggest",
    "suspect", "think", "anticipate", "surmise", "conjecture",
})


def speculated(c: Candidate, doc) -> bool:
    """The candidate's report is a guess or the press's: 'police could arrest X, local media speculated /
    reported' (the media of the actor's own country do not announce its acts)."""
    if any(m.sector == "MED" or "MED" in m.other_sectors for m in c.speaker):
        return True
    return c.embedding is not None and doc[c.embedding].lemma_.lower() in SPECULATION_VERBS


# subjects of a warned clause that are forces, not parties: the warning is a forecast
IMPERSONAL_SUBJECTS = frozenset({
    "inflation", "price", "prices", "economy", "recession", "slowdown", "downturn", "unemployment", "debt", "deficit",
    "crisis", "shortage", "drought", "flood", "storm", "heatwave", "famine", "hunger", "disease", "virus", "pandemic",
    "outbreak", "climate", "warming", "cost", "costs", "rate", "rates", "tariff", "tariffs", "policy", "measure",
    "measures", "rule", "rules", "reform", "law", "cut", "cuts", "sanction", "sanctions", "war", "conflict", "fighting",
    "violence", "instability", "uncertainty", "volatility", "demand", "supply", "market", "markets", "currency",
})
WARNING_VERBS = frozenset({"warn", "caution"})


def impersonal_warning(c: Candidate, t: Token) -> bool:
    """'The IMF warned that inflation would hit the poor hardest': a THREATEN on a warning whose clause has a
    force or a measure for subject (no party acts) is a forecast, not a threat."""
    if c.event != "THREATEN" or t.lemma_.lower() not in WARNING_VERBS:
        return False
    clauses = [k for k in t.children if k.dep_ == "ccomp"]
    if not clauses:
        return False
    subjects = [s for k in clauses for s in k.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lemma_.lower() in IMPERSONAL_SUBJECTS for s in subjects)
