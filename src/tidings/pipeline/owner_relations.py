"""Nouns whose owner is not the party they stand for (split from owners.py in round 17, which re-exports these
names): the other side of a relation ("his Chinese counterpart", "Ukraine's Western backers") and an accord named
after the town it was made in ("the Minsk accords", "the Doha ceasefire")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns naming the other side of a relation: "his Chinese counterpart" is not his own.
RELATIONAL_NOUNS = word_list("party_nouns.json", "relational_nouns")
# the relations whose named state owner is the other side too ("Ukraine's Western backers", "Israel's allies",
# "Taiwan's foreign supporters" are not UKR, ISR, TWN); a person's allies stay his compatriots ("Orban's allies"),
# and a pronoun's backers or supporters its own people ("killed hundreds of its supporters")
OTHER_SIDE_NOUNS = (RELATIONAL_NOUNS - {"successor", "predecessor", "host", "guest"}) | {
    "backer", "supporter", "sponsor", "patron", "benefactor", "supplier"}

# Nouns that a city names without making it a party: "the Paris agreement", "the Minsk accords",
# "the Normandy format", "the Doha ceasefire" (but "the Iran nuclear deal", "the Gaza ceasefire": a country or a
# territory stays a party).
NAMED_AFTER_NOUNS = word_list("party_nouns.json", "named_after_nouns")


def accord_noun(tok: Token) -> Token:
    """The noun a name modifies, past further compounds ("the Paris climate agreement")."""
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def named_after_town(tok: Token) -> bool:
    """'in violation of the Doha ceasefire', 'under the Jeddah framework': a town's name on an accord names where it
    was made, neither a place of the act nor a party (a country's or territory's name does not: "the Gaza truce")."""
    if tok.dep_ != "compound" or tok.pos_ != "PROPN" or accord_noun(tok).lemma_.lower() not in NAMED_AFTER_NOUNS:
        return False
    first = tok.i
    while first > 0 and tok.doc[first - 1].dep_ == "compound" and tok.doc[first - 1].head.i == tok.i:
        first -= 1
    return _town(tok.doc[first:tok.i + 1].text)


@cache
def _town(name: str) -> bool:
    from .gazetteer import gazetteer  # lazy: the places stage loads it anyway

    loc = gazetteer().resolve(name)
    return loc is not None and loc.feature_class == "P"
