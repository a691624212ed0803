"""Type repairs of the events stage for candidates whose trigger word names another type than the act:
troops sent to back a party (AID, not MOBILIZE), one's own weapons destroyed (RETREAT disarm, not
ASSAULT), a hostile gerund under an agreed halt (AGREE, not ASSAULT). Called from
event_rules.fold_participles once the candidates of a sentence are built."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import objects
from .base import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token


SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "rush", "move", "station"})
BACKING_VERBS = frozenset({"support", "help", "assist", "back", "reinforce", "bolster", "aid", "prop", "defend"})
# Whom troops are sent to back: a party, not a place or a task ("to protect the border").
BACKED_PARTIES = frozenset({
    "rebel", "government", "army", "force", "regime", "ally", "junta", "militia", "fighter", "troop",
    "administration", "authority", "president", "leader",
})


def troops_in_support(c: Candidate, t: Token) -> Candidate | None:
    """'sending soldiers across the border to support the M23 rebels': troops sent to back a party are
    military aid to it (manual, AID: military assistance), not a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in SENDING_VERBS:
        return None
    for comp in t.children:
        if comp.dep_ not in ("advcl", "xcomp") or comp.lemma_.lower() not in BACKING_VERBS \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        if any(o.pos_ == "PROPN" or o.lemma_.lower() in BACKED_PARTIES for o in objects(comp)):
            return replace(c, event="AID", mode=None)
    return None


STOPPING_VERBS = frozenset({"stop", "cease", "halt", "end", "quit", "suspend"})


AGREEING_VERBS = frozenset({"agree", "pledge", "promise", "commit", "consent", "undertake"})


def stopped_hostility(c: Candidate, t: Token) -> Candidate | None:
    """'Thailand and Cambodia agreed to stop fighting': a hostile gerund under a stopping verb that is itself
    agreed to is the content of an agreement (AGREE), not an attack. ('Sudanese troops stopped shelling' stays
    the negated attack the claims stage marks.)"""
    if c.event != "ASSAULT" or t.dep_ != "xcomp" or t.head.lemma_.lower() not in STOPPING_VERBS:
        return None
    stop = t.head
    if stop.dep_ != "xcomp" or stop.head.lemma_.lower() not in AGREEING_VERBS:
        return None
    return replace(c, event="AGREE", mode=None)


ARMS_WORDS = frozenset({
    "weapon", "arm", "rifle", "gun", "ammunition", "ammo", "explosive", "missile", "rocket", "mine",
    "stockpile", "arsenal", "munition", "launcher",
})
DISPOSAL_VERBS = frozenset({"destroy", "burn", "torch", "dismantle", "scrap", "melt", "blow", "smash"})


def own_weapons_destroyed(c: Candidate, t: Token) -> Candidate | None:
    """'fighters burned their rifles at a ceremony': destroying one's own weapons is disarmament
    (RETREAT disarm), not an attack; 'burned army trucks' stays an attack."""
    if c.event != "ASSAULT" or t.lemma_.lower() not in DISPOSAL_VERBS:
        return None
    for o in objects(t):
        if o.lemma_.lower() in ARMS_WORDS and any(
                (m.dep_ == "poss" and m.lower_ in ("their", "its", "his", "her")) or m.lower_ == "own"
                for m in o.children):
            return replace(c, event="RETREAT", mode="disarm", recipient=[])
    return None
