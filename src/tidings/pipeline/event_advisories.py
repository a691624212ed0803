"""Statements that sound like acts between parties but are routine notices (events stage, precision):

* a travel advisory -- a government warning its own people about travel ("China warned its citizens against
  travelling to Japan", "advised its nationals against all travel to Israel") -- is a consular notice to its own
  people, no THREATEN aimed at the destination (a call on them to leave, "urged its citizens to leave Lebanon",
  stays the REQUEST the dev gold codes);
* producers setting their own output ("OPEC+ agreed to delay output increases", "Saudi Arabia and Russia agreed
  to extend their oil output cuts") manage a market, no AGREE / COOPERATE between political actors.

Both checks look only at the trigger's own children (and one complement down), never at the whole sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

ADVISING_VERBS = frozenset({"warn", "advise", "caution"})
# the people a consular notice addresses
# (not students, residents or workers: "urged striking students to return to classes" is a demand of them)
OWN_PEOPLE = frozenset({"citizen", "national", "traveller", "traveler", "tourist", "expatriate", "expat",
                        "holidaymaker", "compatriot", "countryman"})
# what the notice is about: going, staying away, leaving
TRAVEL_WORDS = frozenset({"travel", "trip", "visit", "journey", "leave", "depart", "departure", "go", "avoid",
                          "evacuate", "fly", "stay", "holiday", "vacation", "tour"})
OUTPUT_TYPES = frozenset({"AGREE", "COOPERATE", "CONCEDE", "SUPPORT"})
OUTPUT_NOUNS = frozenset({"output", "production", "quota", "cut", "increase", "hike", "supply"})
OIL_WORDS = frozenset({"oil", "crude", "output", "barrel", "opec", "opec+"})
# ("production cuts" of crude: the kind one compound down)
CUT_KINDS = OIL_WORDS | {"production"}


def travel_advisory(cand: Candidate, doc) -> bool:
    """A warning to the actor's own people about travel: no act aimed at the country named."""
    if cand.event != "THREATEN":
        return False
    trig = doc[cand.trigger]
    if trig.lemma_.lower() not in ADVISING_VERBS:
        return False
    addressees = [k for k in trig.children if k.dep_ in ("dobj", "nsubj") and k.i > trig.i]
    own = {m.code for m in cand.actor if m.code}
    if not any(_own_people(a, own, cand) for a in addressees):
        return False
    return any(_travel(c) for c in trig.children if c.dep_ in ("prep", "xcomp", "ccomp", "advcl")) or any(
        _travel(c) for a in addressees for c in a.children if c.dep_ in ("acl", "prep"))


def _own_people(tok: Token, own: set[str], cand: Candidate) -> bool:
    """'its citizens', 'Japanese nationals' addressed by Tokyo; not 'Israeli residents' warned by Hezbollah nor
    'residents of southern Lebanon' warned by Israel's army (a coded party of another country on the noun)."""
    if tok.lemma_.lower() not in OWN_PEOPLE:
        return False
    words = {tok.i} | {k.i for k in tok.children if k.dep_ in ("amod", "compound", "poss", "nmod")}
    words |= {g.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.subtree}
    return not any(m.code and m.code not in own and any(m.start <= i < m.end for i in words)
                   for m in cand.recipient + cand.actor)


def _travel(tok: Token) -> bool:
    """The complement names travel: 'against travelling to', 'against all travel to', 'to leave Lebanon'."""
    words = [tok, *tok.children]
    words += [g for w in words[1:] if w.dep_ in ("pobj", "pcomp") for g in (w, *w.children)]
    return any(w.lemma_.lower() in TRAVEL_WORDS for w in words)


def output_policy(cand: Candidate, doc) -> bool:
    """Producers agreeing on their own oil output: what they agree to do has an output, production or quota as
    its object (also one 'of' down: 'delay the start of oil output increases')."""
    if cand.event not in OUTPUT_TYPES:
        return False
    # producers agreeing among themselves: a group (OPEC+) or several parties; one state's promise to raise its
    # output is an offer to the consumers it is made to ("Saudi Arabia promised to increase oil output if ...")
    if len({m.code for m in cand.actor if m.code}) < 2 and not any("opec" in m.text.lower() for m in cand.actor):
        return False
    trig = doc[cand.trigger]
    verbs = [trig, *(c for c in trig.children if c.dep_ == "xcomp")]
    verbs += [c for v in verbs[1:] for c in v.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
    for v in verbs:
        for obj in (c for c in v.children if c.dep_ in ("dobj", "nsubjpass")):
            nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj")]
            for n in nouns:
                mods = {k.lemma_.lower() for k in n.children if k.dep_ in ("compound", "amod", "nmod")}
                kinds = OIL_WORDS if n.lemma_.lower() == "production" else CUT_KINDS
                if n.lemma_.lower() in OUTPUT_NOUNS and (n.lemma_.lower() == "output" or mods & kinds):
                    return True
    return False
