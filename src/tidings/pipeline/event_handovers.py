"""Persons sent at another state's request (types, round 17): 'Panama deported the fugitive banker to Colombia at
Bogota's request', 'was expelled to Peru at the request of Lima's prosecutors' hand a wanted person to the state that
asked for him, which is cooperation on judicial matters (manual, COOPERATE: extraditions), not a coercion of that
state; a deportation with no requester ('deported 40 migrants to Guatemala') stays COERCE deport. Called from
event_rules.fold_participles."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import PARTY_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

REQUEST_NOUNS = frozenset({"request", "behest", "requests"})


def _requester(req: Token) -> bool:
    """The request is someone's: 'Bogota's request', 'the request of Colombian prosecutors', 'a Colombian request'."""
    owners = [k for k in req.children if k.dep_ in ("poss", "amod", "compound")]
    owners += [g for k in req.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
    return any(o.ent_type_ in PARTY_ENTS or any(g.ent_type_ in PARTY_ENTS for g in o.children
                                               if g.dep_ in ("amod", "compound", "poss")) for o in owners)


def requested_handover(c: Candidate, t: Token) -> Candidate | None:
    if c.event != "COERCE" or c.mode != "deport" or not any(m.code for m in c.recipient):
        return None
    if not any(k.dep_ == "prep" and k.lower_ in ("at", "upon", "on") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_NOUNS and _requester(g) for g in k.children)
            for k in t.children):
        return None
    return replace(c, event="COOPERATE", mode=None)
