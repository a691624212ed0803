"""Words a story uses for one act (coref, events stage): the noun and the verb that told it ("detained 11 politicians
... condemned the arrests"), and synonyms of agreements, truces and talks. Split from ``coref.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .base import Candidate


# Words a story uses for the same act ("agreed to an immediate ceasefire ... Iran welcomed the truce").
SAME_ACT = (frozenset({"ceasefire", "truce", "armistice", "cease-fire"}),
            frozenset({"deal", "agreement", "accord", "pact", "treaty", "memorandum"}),
            frozenset({"talk", "talks", "negotiation", "negotiations"}),
            # a noun and the verb that told the act ("invited him to Tashkent ... accepted the invitation",
            # "detained 11 politicians ... condemned the arrests")
            frozenset({"invitation", "invite"}), frozenset({"proposal", "propose"}),
            frozenset({"arrest", "detention", "detain"}), frozenset({"seizure", "seize"}),
            frozenset({"deportation", "deport"}), frozenset({"expulsion", "expel"}),
            frozenset({"deployment", "deploy"}), frozenset({"launch", "test", "firing", "fire", "test-fire"}), frozenset({"abduction", "kidnapping", "abduct", "kidnap"}))


def same_words(lemma: str) -> frozenset[str]:
    return next((group for group in SAME_ACT if lemma in group), frozenset({lemma}))


def trigger_words(doc: Doc, p: Candidate, lemma: str) -> bool:
    """The act's trigger phrase, the object of its verb or of its preposition says the word or a word
    for the same act ("imposed sanctions", "agreed to a ceasefire" for "the truce")."""
    words = list(doc[p.trigger_start:p.trigger_end])
    kids = list(doc[p.trigger].children)
    words += [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
    words += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children if g.dep_ == "pobj"]
    same = same_words(lemma)
    return any(t.lemma_.lower() in same for t in words)
