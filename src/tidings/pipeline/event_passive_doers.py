"""Agentless passives beside a crackdown (events stage, clause shapes, round 16): who did an act a second
clause tells without its doer.

Wire copy on a crackdown names the force once and then turns to the passive: "Police in Nairobi fired tear gas
at protesters, and dozens of demonstrators were arrested", "riot police dispersed the crowd, the opposition said,
adding that at least 40 people had been detained", "Georgian police detained 30 protesters, and several opposition
leaders were beaten". The passive's doer is the force the sentence has just named acting on the same people; with
no doer the candidate stage drops it (it has no actor), so the second event was lost.

Only a coordinated or reported clause, or a where / when relative on the scene ("brought him before a military
court, where he was charged with treason"; not a relative clause on the people: "activists who were arrested last
year" describes them), only what a force does to people (arrest, beating, charges), only on the people the force acted on or on
a bare count of people ("dozens", "hundreds", "12 of them"), never on the force's own members ("two officers
were injured" stays eventless, and "three soldiers were killed" is no act of their own army).

An arrest told as a participle on the people a state's force or court now acts on ("prosecutors charged 12
protesters detained during Tuesday's clashes") was that state's too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import NON_COUNTRY_CODES
from .event_fold import add_with_doer
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

# what a state's force does to people it has already acted on in the sentence
PASSIVE_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
# the acting candidate's types: a crackdown scene (an arrest, a charge or a dispersal by the force)
SCENE_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
FORCE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})
# acts on people already held: a charge, a sentence, a further arrest
HOLDING_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})
# how the passive clause hangs: a coordinated clause, a reported one ("adding that ..."), a time clause
LINK_DEPS = frozenset({"conj", "ccomp", "advcl"})
# people named only by a count or a role the crowd already had ("dozens", "12 of them", "at least 40 people")
PEOPLE_WORDS = word_list("people_nouns.json", "counted_people")
OWN_FORCE_WORDS = frozenset({"officer", "policeman", "policemen", "soldier", "trooper", "guard", "agent",
                             "gendarme", "police", "troops", "personnel", "servicemen", "serviceman"})


def _codes(ms: list[Mention]) -> set[str]:
    return {m.code for m in ms if m.code}


def _agentless_passive(t: Token) -> Token | None:
    """The passive subject of a verb with no 'by' agent, or None."""
    kids = list(t.children)
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return None
    return next((k for k in kids if k.dep_ == "nsubjpass"), None)


def _scene_relative(t: Token) -> bool:
    """'brought him before a military court, where he was charged with treason': a where / when relative tells
    the next step on the scene, not a description of the people."""
    return t.dep_ == "relcl" and any(k.dep_ == "advmod" and k.lower_ in ("where", "when") for k in t.children)


def _counted_people(subj: Token) -> bool:
    """'dozens of demonstrators', '12 of them', 'at least 40 people', 'several opposition leaders'."""
    words = {subj.lemma_.lower(), subj.lower_}
    if subj.pos_ == "NUM" or subj.like_num or subj.lower_ in ("he", "she", "they"):
        return True  # (a pronoun the coreference left unresolved: the people the force just acted on)
    if words & OWN_FORCE_WORDS:
        return False
    return bool(words & PEOPLE_WORDS)


def _scene(out: list[Candidate], t: Token) -> Candidate | None:
    """The sentence's crackdown candidate before the passive: a state force acting on people."""
    best = None
    for c in out:
        if c.event not in SCENE_TYPES or c.trigger >= t.i or not any(m.code for m in c.recipient):
            continue
        if not c.actor or not all(m.code and m.code not in NON_COUNTRY_CODES and m.sector in FORCE_SECTORS
                                  for m in c.actor):
            continue
        best = c
    return best


def _held_people(h: Hit, out: list[Candidate]) -> Candidate | None:
    """'charged 12 protesters detained during Tuesday's clashes', 'filed charges against five people arrested at the
    scene': an arrest told as a participle on the people a state's force or court now acts on was that state's
    (the candidate acting on them), or None."""
    t = h.tok
    if h.etype != "COERCE" or h.noun is not None or t.dep_ != "acl" or t.tag_ != "VBN" or any(
            m.code for m in h.actor) or any(k.dep_ == "agent" for k in t.children):
        return None
    people = t.head
    verb = people.head.head if people.dep_ == "pobj" else people.head if people.dep_ == "dobj" else None
    if verb is None:
        return None
    return next((c for c in out if c.event in HOLDING_TYPES and (c.trigger == verb.i or c.trigger_start <= verb.i < c.trigger_end) and c.actor
                 and all(m.code and m.code not in NON_COUNTRY_CODES and m.sector in FORCE_SECTORS for m in c.actor)),
                None)


def passive_doers(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok, according) -> list[Candidate]:
    """Candidates for failed agentless-passive hits whose doer is the sentence's crackdown force (the module
    docstring). ``stage`` is the events stage; ``out`` its candidates so far."""
    made: list[Candidate] = []
    for h in failed:
        t = h.tok
        if (held := _held_people(h, out)) is not None:
            h.recipient = [m for m in h.recipient if m.code] or [m for m in held.recipient if m.code] or h.recipient
            add_with_doer(stage, si, h, [replace(m) for m in held.actor], by_tok, according, made)
            continue
        if h.etype not in PASSIVE_TYPES or h.noun is not None or t.pos_ != "VERB" or any(m.code for m in h.actor) \
                or t.dep_ not in LINK_DEPS and not _scene_relative(t):
            continue
        subj = _agentless_passive(t)
        if subj is None or any(k.dep_ == "aux" and k.lemma_.lower() in ("will", "would", "could", "may", "might",
                                                                         "should", "must") for k in t.children):
            continue
        scene = _scene(out, t)
        if scene is None:
            continue
        own = _codes(scene.actor)
        people = [m for m in h.recipient if m.start <= subj.i < m.end] or [
            m for m in by_tok.values() if m.start <= subj.i < m.end]
        if people and any(m.code for m in people):
            if any(m.sector in ("COP", "MIL") for m in people) or not _codes(people) <= _codes(scene.recipient):
                continue  # the force's own men, or people of another party: not this force's act
            recipient = [m for m in people if m.code]
        elif _counted_people(subj):
            recipient = [m for m in scene.recipient if m.code]
        else:
            continue
        if not own:
            continue
        h.recipient = recipient
        add_with_doer(stage, si, h, [replace(m) for m in scene.actor], by_tok, according, made)
    return made
