"""Acts told in reduced clauses that the subject stage reads (events, via ``event_subjects.clause_subject``):
a party charged in a passive participle ("settler groups accused of attacking Palestinian villages") and a
launch participle the parser makes a reported clause of its own ("officials said drones launched from Iran
had struck a camp"). Each check looks only at the trigger's own children and its head's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .argument_places import LAUNCH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .verblex import Trigger

# acts a passive accusation participle on a party charges it with (charged_act): concrete deeds done to someone
CHARGED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})


def charged_act(tok: Token, entries: list[Trigger], by_tok) -> bool:
    """'settler groups accused of attacking Palestinian villages', 'a fishing boat accused of ramming a Japanese
    patrol vessel', 'a network accused of supplying drones to Russia': a passive accusation participle on a party
    charges it with a concrete act done to a named party (the object's or the receiver's code), which is coded as
    alleged like the act of 'accused X of'. Cooperation, help and other conduct stay a description of the people
    acted on ('civilians suspected of collaborating', 'residents suspected of helping the army'), and so does a
    deed on no one named ('a tanker suspected of damaging an undersea cable')."""
    charged = [e for e in entries if e.type in CHARGED_TYPES]  # (the lexicon's readings of the verb, any object)
    if not charged:
        return False
    preps = ("to",) if all(e.type == "AID" for e in charged) else ("to", "on", "at", "against")
    targets = [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj"]
    if preps != ("to",):
        targets += [c for c in tok.children if c.dep_ == "dobj"]
    return any((m := by_tok.get(t.i)) is not None and m.code for x in targets
               for t in (x, *(c for c in x.children if c.dep_ in ("amod", "compound", "poss"))))


def launch_sibling(tok: Token) -> Token | None:
    """'Iraqi officials said drones launched from Iran had struck a camp': in a reported clause the parser makes
    the launch participle one content clause (with the weapons as its subject) and the strike a second, subjectless
    one right after it; the launch clause is the strike's weapon phrase."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    sib = next((c for c in reversed(list(tok.head.children))
                if c.dep_ == "ccomp" and c.i < tok.i), None)
    # (the tagger may read the participle as a past tense when the strike has its own "had")
    if sib is None or not (sib.tag_ == "VBN" or sib.tag_ == "VBD" and any(c.dep_ == "aux" for c in tok.children)) \
            or sib.lemma_.lower() not in LAUNCH_VERBS \
            or not any(c.dep_ == "nsubj" for c in sib.children) or any(c.dep_ == "dobj" for c in sib.children):
        return None
    return sib
