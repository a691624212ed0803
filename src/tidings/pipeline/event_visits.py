"""Visit idioms the lexicon reads as another type (types, round 16): 'the Serbian president called on Xi Jinping in
Beijing' is a courtesy visit (manual, CONSULT visit: the caller visits, the one called on hosts), not the REQUEST
of 'called on Israel to allow aid in'. Called from event_rules.fold_participles on each candidate."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# where a call is paid: "in Beijing", "at the Elysee", "during a trip to Tokyo"
VISIT_PLACE_PREPS = frozenset({"in", "at", "during"})
# what makes 'called on X' a demand: something X is to do, or something asked for
DEMAND_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl"})


def called_on_visit(c: Candidate, t: Token) -> Candidate | None:
    """'called on Chinese leader Xi Jinping in Beijing': 'call on' a party with nothing asked of it, paid at a
    place, is a visit by the caller (CONSULT visit, the one called on as recipient)."""
    if c.event != "REQUEST" or c.mode is not None or t.lemma_.lower() != "call" or not any(
            m.code for m in c.recipient):
        return None
    on = [k for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "upon")]
    if not on or any(k.dep_ == "prep" and k.lower_ == "for" for k in t.children):
        return None
    called = [g for k in on for g in k.children if g.dep_ == "pobj"]
    if not called or any(k.dep_ in DEMAND_DEPS for w in [t, *called] for k in w.children):
        return None  # "called on Israel to allow aid in", "called on leaders who ... to act"
    if not any(k.dep_ == "prep" and k.lower_ in VISIT_PLACE_PREPS for w in [t, *called] for k in w.children):
        return None
    return replace(c, event="CONSULT", mode="visit")
