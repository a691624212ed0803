"""Alerts against a hazard (types2, round 17): 'raised the alert level for heatwaves across four states', 'put
hospitals on high alert ahead of the typhoon', 'raised its flood alert to the highest level' ready a country for
weather, fire or disease; no force is mobilised against anyone (manual, MOBILIZE: forces readied for a
confrontation; disaster relief readiness is not), unlike 'raised its alert status along the border'. Called from
event_guards.natural_cause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

ALERT_VERBS = frozenset({"raise", "heighten", "issue", "declare", "put", "place", "elevate", "increase"})
HAZARDS = word_list("impersonal_causes.json", "alert_hazards")


WARNING_NOUNS = frozenset({"warning", "alert", "advisory", "watch"})


def hazard_alert(tok: Token) -> bool:
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in WARNING_NOUNS:
        # "no tsunami warning had been issued", "a storm warning for the coast" (round 22): a weather or disaster
        # warning threatens no one
        return any(k.dep_ in ("compound", "amod", "nsubj") and (k.lemma_.lower() in HAZARDS or k.lower_ in HAZARDS)
                   for k in tok.children)
    if tok.lemma_.lower() not in ALERT_VERBS:
        return False
    # (and 'ahead of / because of' phrases the parser hangs on an adverb; the warning as a passive's subject)
    heads = [tok, *(k for k in tok.children if k.dep_ in ("dobj", "advmod", "nsubjpass"))]
    words = [g for h in heads for k in h.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    # (a hazard the parser reads as the noun's subject: "no tsunami/nsubj warning")
    words += [k for h in heads[1:] for k in h.children
              if k.dep_ in ("compound", "amod", "nsubj") and h.dep_ in ("dobj", "nsubjpass")]
    words += [k for w in list(words) for k in w.children if k.dep_ in ("conj", "compound")]
    return any(w.lemma_.lower() in HAZARDS or w.lower_ in HAZARDS for w in words)
