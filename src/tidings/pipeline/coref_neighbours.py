"""A party's "neighbour" or "rival" named by a possessive (the actors stage, via ``people.resolve_people``).

"Sudan recalled its ambassador from N'Djamena and accused Chad of arming the RSF ... Khartoum would file a
complaint against its neighbour": a story about two countries calls each the other's *neighbour* (*rival*,
*foe*) once both are named. The possessive names the owner, and the noun is the other one of the story's
principal pair, not the owner (which the possessive alone gave the act). A noun with a name of its own
(*its neighbour Syria*) is left to that name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Mention, tokens_with_lower, word_reference
from .coref_mentions import dateline_offset
from .coref_pairs import principal_parties

if TYPE_CHECKING:
    from collections.abc import Callable

_OTHER_SIDE = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "archrival", "arch-rival"})
_POSSESSIVES = frozenset({"its", "his", "her", "their"})


def owned_neighbours(doc, mentions: list[Mention], covered: list[Mention | None],
                     sent_of: Callable[[int], int]) -> list[Mention]:
    """One pronoun mention per "its neighbour" whose owner is one of the story's two principal parties,
    standing for the other party; returns the mentions with the new ones added."""
    cues = tokens_with_lower(doc, _OTHER_SIDE)
    if not cues:
        return mentions
    after = dateline_offset(doc)
    added: list[Mention] = []
    for tok in cues:
        if covered[tok.i] is not None or tok.tag_ != "NN":
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES]
        owner = covered[poss[0].i] if poss else None
        if poss and owner is None and poss[0].lower_ == "its":
            owner = _clause_subject(tok, covered)  # "It also suspended trade with its neighbour"
        if owner is None or not owner.code:
            continue
        if any(c.dep_ in ("appos", "compound", "npadvmod") and c.i > tok.i for c in tok.children) \
                or tok.i + 1 < len(doc) and covered[tok.i + 1] is not None:
            continue  # "its neighbour Syria": named
        pair = principal_parties([m for m in mentions if m.end <= tok.i], 2, after)
        others = [m for m in pair if m.code != owner.code]
        if len(pair) != 2 or len(others) != 1:
            continue
        other = others[0]
        m = word_reference(tok, other, sent_of(tok.i), 0.7)
        covered[tok.i] = m
        added.append(m)
    return mentions + added if added else mentions


def _clause_subject(tok, covered: list[Mention | None]) -> Mention | None:
    """The coded subject of the verb the noun's phrase hangs on (an unresolved "its" is that subject's)."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return covered[subj.i] if subj is not None and subj.tag_ not in ("NNS", "NNPS") else None
