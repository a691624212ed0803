"""Fire in an exercise (types): a strike whose clause sets it inside drills ('sank a decommissioned frigate during joint
live-fire drills', 'pounded target buoys in an annual exercise', 'fired missiles at a mock airfield as part of war
games') or whose object is a practice target ('a target ship', 'a decommissioned destroyer') hurts no party: it is the
exercise (manual, MOBILIZE: military exercises; joint exercises are COOPERATE), not an ASSAULT. Decided by the frame
(a prepositional phrase of the trigger, or of its object, headed by a drill noun) or the object class, never by the
verb: any strike verb of the lexicon. Called from event_rules.fold_participles."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects
from .event_retype import DRILL_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# the drill words without "game" (a football game) and "patrol" (a patrol that comes under fire is real)
EXERCISE_WORDS = (DRILL_WORDS - {"game", "patrol"}) | {"war-games", "wargames", "exercises", "drills"}
FRAME_PREPS = frozenset({"during", "in", "at", "as", "amid", "throughout"})
# what only an exercise shoots at: a modifier ('a target ship', 'a decommissioned frigate', 'a mock airfield'; not the
# object word 'targets': 'struck only military targets' is a real strike)
PRACTICE_MODIFIERS = frozenset({"target", "decommissioned", "mock", "dummy", "disused", "simulated", "practice"})
PRACTICE_OBJECTS = frozenset({"hulk", "drone-target"})


def _frame_nouns(t: Token) -> list[Token]:
    """Nouns of the trigger's framing phrases: 'during drills', 'as part of war games', 'in an exercise'."""
    out = []
    for p in t.children:
        if p.dep_ != "prep" or p.lower_ not in FRAME_PREPS:
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            out.append(g)
            # "as part of / in the course of the drills"
            out += [h for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for h in q.children if h.dep_ == "pobj"]
    return out


def _drill_noun(n: Token) -> bool:
    return n.lemma_.lower() in EXERCISE_WORDS or n.lower_ in EXERCISE_WORDS or (
        n.lemma_.lower() in ("fire", "firing") and any(k.lower_ in ("live", "live-fire") for k in n.children))


def fire_in_drills(c: Candidate, t: Token) -> Candidate | None:
    """An ASSAULT framed by an exercise, or aimed at a practice target, is the exercise: COOPERATE when two or
    more coded states do it together, else MOBILIZE weapons."""
    if c.event != "ASSAULT" or t.pos_ != "VERB":
        return None
    objs = objects(t)
    framed = any(_drill_noun(n) for x in [t, *objs] for n in _frame_nouns(x))
    practice = any(o.lemma_.lower() in PRACTICE_OBJECTS or any(
        k.dep_ in ("amod", "compound") and (k.lemma_.lower() in PRACTICE_MODIFIERS or k.lower_ in PRACTICE_MODIFIERS)
        for k in o.children) for o in objs)
    if not framed and not practice:
        return None
    own = set(codes(c.actor))
    # (a target that is a coded party is no practice target: "targeted Taiwanese ships during drills" stays)
    if any(m.code and m.code not in own for m in c.recipient):
        return None
    if len(own) >= 2:
        return replace(c, event="COOPERATE", mode=None, recipient=[])
    return replace(c, event="MOBILIZE", mode="weapons", recipient=[])
