"""Story-level restatements the definite-noun rule of ``coref._retold`` does not see (round 21, stories).

Wire stories tell an attack and then come back to it with its toll, the attack the subject of a casualty
verb: "Israeli warplanes struck Nabatieh ... The health ministry said the strikes killed four people" (the
killing is the strike's outcome, not a second strike). It is the act the story already coded (same type,
same actor codes, a compatible recipient, three sentences back at most), and the events stage drops it as
``coref._retold`` drops "carried out the strikes". A new round is still a new act: an adverb of
repetition (*also, again, later*) or a date of its own keeps it.

(Tried and dropped: the doer's own past-perfect account, "Algeria said it had downed the aircraft",
as a restatement: the gold keeps such accounts as events, and other acts of the same dyad told that
way were lost.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import codes
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate


# Verbs that tell an attack's toll when the attack is their subject ("the strikes killed four people")
_TOLL_VERBS = word_list("attack_words.json", "toll_verbs")
# Nouns of an attack that may be a toll verb's subject (the definite ones refer back)
# (not weapons, and not a noun that names its doer: "Pakistan said the Indian missiles had killed 26 civilians"
# is the speaker's own, alleged, report, which the gold keeps as an event)
_ATTACK_NOUNS = word_list("attack_words.json", "retold_attack_nouns")
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
# Words that make an act told again a new round of it
_AGAIN = frozenset({"also", "again", "later", "earlier", "previously", "subsequently", "another", "new", "second",
                    "further", "more", "fresh", "renewed", "additional", "since"})

_LOOKBACK = 3


def restated(doc: Doc, earlier: list[Candidate], c: Candidate, si: int) -> bool:
    """``c`` retells an act of ``earlier`` (see the module docstring)."""
    if not earlier or c.event != "ASSAULT":
        return False
    own = codes(c.actor)
    if not own:
        return False
    trig = doc[c.trigger]
    if trig.pos_ != "VERB" or not _toll(trig) or _new_round(trig):
        return False
    rec = codes(c.recipient)
    return any(p.event == c.event and si - _LOOKBACK <= p.sent_index < si and codes(p.actor) == own
               and (not rec or rec == codes(p.recipient)) for p in earlier)


def _toll(verb: Token) -> bool:
    """"the strikes killed four people": a toll verb whose subject is a definite attack noun."""
    return verb.lemma_.lower() in _TOLL_VERBS and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in _ATTACK_NOUNS and s.tag_ in ("NNS", "NN")
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in s.children)
        and not any(d.ent_type_ in ("NORP", "GPE", "ORG") for d in s.children) for s in verb.children)


def _new_round(verb: Token) -> bool:
    """An adverb of repetition or a date of the clause's own: another act, not the story's."""
    for t in verb.subtree:
        if t.lower_ in _AGAIN and t.head.i in (verb.i, *[ch.i for ch in verb.children]):
            return True
        if t.ent_type_ in ("DATE", "TIME") and t.head.i == verb.i:
            return True
    return False
