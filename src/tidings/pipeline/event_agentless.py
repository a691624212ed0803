"""Agentless passives of state acts told with the place they happened (events stage, parse repairs).

"Two French journalists were detained at Algiers airport on Saturday", "dozens of opposition activists were
rounded up in Caracas", "a former minister was charged in Lagos with fraud": wire copy often names no doer
for what only a state's police, courts or border officers do. With no actor the candidate stage dropped the
event. The documented convention for the same acts told as nouns ("the arrest of the former president at
Manila airport" -> PHL) gives the state where it happens; the verbs follow it.

Only an arrest, deportation, seizure, restriction, censorship, conviction, charge or crowd control ("students
were tear-gassed in Dhaka": what a state does to people), only a finite passive clause with no 'by' agent and no modal ("would be arrested" is no act), not a
relative clause or participle describing people ("activists who were arrested last year", "the men detained
in Tunis"), and only when a preposition of place on the verb ("in / at / off") names a coded country or a
place in one. The people are the passive subject's party; people with no code of their own are the scene's
(the domestic convention).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import prep_objects
from .base import MODALS
from .event_fold import add_with_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

# (type, mode) pairs a state does to people; None: any mode of the type
STATE_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "deport"), ("COERCE", "seize"), ("COERCE", "restrict"),
                        ("COERCE", "censor"), ("SANCTION", "convict"), ("ACCUSE", "allege"),
                        ("ASSAULT", "crowd-control")})  # (tear gas, water cannon, batons: the police's)
PLACE_PREPS = ("in", "at", "off")
# a description of people, not an act told ("activists who were arrested", "the men detained in Tunis")
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod", "advcl", "pcomp", "xcomp", "csubj", "csubjpass"})


def _agentless_subject(t: Token) -> Token | None:
    kids = list(t.children)
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return None
    if any(k.dep_ == "aux" and k.lemma_.lower() in MODALS for k in kids):
        return None
    return next((k for k in kids if k.dep_ == "nsubjpass"), None)


def _place_state(t: Token, by_tok: dict[int, Mention], mentions) -> list[Mention]:
    places = prep_objects(t, PLACE_PREPS)
    # (or on the verb's own phrase: "placed under house arrest in Lahore", "held in custody at a base in Goma")
    places += [g for c in t.children if c.dep_ == "prep" and c.lower_ not in PLACE_PREPS
               for o in c.children if o.dep_ == "pobj" for g in prep_objects(o, PLACE_PREPS)]
    places += [c for p in places for c in p.children if c.dep_ in ("poss", "compound")]
    found = [m for m in mentions(places, by_tok) if m.code and m.kind != "agent"]
    return [replace(m, sector="COP", kind="agent", confidence=min(m.confidence, 0.6)) for m in found][:1]


def place_doers(stage, si: int, failed: list[Hit], by_tok: dict[int, Mention], according) -> list[Candidate]:
    """Candidates for failed agentless-passive state acts whose clause names the place (module docstring).
    ``stage`` is the events stage."""
    made: list[Candidate] = []
    for h in failed:
        t = h.tok
        if h.noun is not None or t.pos_ != "VERB" or any(m.code for m in h.actor) or t.dep_ in DESCRIBING_DEPS \
                or ((h.etype, h.mode) not in STATE_ACTS):
            continue
        subj = _agentless_subject(t)
        if subj is None:
            continue
        actor = _place_state(t, by_tok, stage._mentions)
        if not actor:
            continue
        people = [m for m in h.recipient if m.code] or [
            m for m in by_tok.values() if m.start <= subj.i < m.end and m.code]
        h.recipient = people or [replace(actor[0], kind="agent", sector=None)]
        add_with_doer(stage, si, h, actor, by_tok, according, made)
    return made
