"""The offence a verdict names is no event of the story (events stage, precision): "sentenced a U.S. citizen to 12
years after finding him guilty of donating to a Ukrainian charity", "convicted the American of sending money to a
Ukrainian aid group", "jailed for slapping a police officer". The court's act is the event (SANCTION convict /
COERCE arrest); what it punished is told as the charge, as the gold sets code it (no AID, ASSAULT or PROTEST for
the offence). An accusation or charge still reports its content as alleged (``accused X of supplying``): not here.

The check walks from the trigger up through at most three heads to the verdict word; no sentence-wide scan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# verbs whose "of / for" phrase names the punished offence
VERDICT_VERBS = frozenset({"sentence", "convict", "jail", "imprison", "fine", "acquit", "execute", "hang", "punish",
                           "flog", "penalise", "penalize", "exonerate", "clear"})
# adjectives of a verdict: "found him guilty of", "declared innocent of"
VERDICT_ADJECTIVES = frozenset({"guilty", "innocent", "culpable"})
OFFENCE_PREPS = frozenset({"of", "for"})
# the court's own types never fall to this guard
VERDICT_TYPES = frozenset({"SANCTION", "COERCE"})


def verdict_offence(cand: Candidate, doc) -> bool:
    """The candidate's trigger is the gerund (or act noun) of an 'of / for' phrase on a verdict verb or adjective."""
    if cand.event in VERDICT_TYPES or cand.event in ("ACCUSE",):
        return False
    t = doc[cand.trigger]
    return _offence_of_verdict(t)


def _offence_of_verdict(t: Token) -> bool:
    cur = t
    for _ in range(3):
        if cur.dep_ in ("pcomp", "pobj") and cur.head.lower_ in OFFENCE_PREPS:
            gov = cur.head.head
            if gov.lemma_.lower() in VERDICT_ADJECTIVES:
                return True
            # "sentenced him to 12 years for donating": the verdict verb (not "thanked him for donating")
            return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in VERDICT_VERBS
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head  # "guilty of plotting and financing ...", "for helping to organise"
    return False
