"""Doers of side-clause acts whose subject refers back (events stage: side-doer passes).

A side clause is coded as if it were a main clause, with its own subject; when that subject is an anaphor the
actors stage left without a party, the subject is resolved inside the sentence by one rule for every slot (time
clause, cause clause, conjunct; not a condition, a limit or a reported judgement):

* a definite description repeating the head noun of a coded party named earlier in the sentence is that party
  ("Mali's junta expelled the U.N. rights chief, days after the junta accused the office of ..."; "the office",
  "the group", "the regime", "the militia" likewise);
* a subject "they" / "it" is the nearest noun before its clause that agrees in number and belongs to a coded party
  (named, or owned by one: "demanded that China withdraw its coast guard vessels, a day after they fired water
  cannon at two Philippine ships" is the Chinese vessels), never a noun of the pronoun's own clause.

Runs only on the hits that made no candidate (no coded doer), after the other side-doer passes; the candidate is
made by the events stage as for any hit (``add_with_doer``), so the unreal / background stages still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_fold import add_with_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

_PRONOUNS = {"they": True, "it": False}  # the pronoun -> plural
# the side clauses that tell an act of their own: time and cause clauses (not a condition, limit or purpose: "until it
# stopped the flights") and conjuncts; a reported judgement ("officials said it threatened free speech") is no act
_TOLD_MARKS = frozenset({"after", "before", "when", "as", "while", "since", "because"})
# (an owner, a modifier or a compound of a noun names the party it belongs to: "its vessels", "Chinese ships")
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _party(noun: Token, by_tok) -> Mention | None:
    """The coded party a noun names or belongs to."""
    m = by_tok.get(noun.i)
    if m is not None and m.code:
        return m
    return next((by_tok[c.i] for c in noun.children if c.dep_ in _OWNER_DEPS and c.i in by_tok
                 and by_tok[c.i].code), None)


def _clause_of(tok: Token) -> Token:
    """The verb heading the clause a token stands in."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _described(subj: Token, by_tok) -> Mention | None:
    """'the junta' after 'Mali's junta': the earlier coded party whose head noun the description repeats."""
    if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or any(c.dep_ in _OWNER_DEPS for c in subj.children):
        return None
    for t in reversed(subj.doc[subj.sent.start:subj.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == subj.lemma_.lower() and (m := _party(t, by_tok)) is not None:
            return m
    return None


def _referred(subj: Token, by_tok) -> Mention | None:
    """'they' / 'it': the nearest noun before the pronoun's clause, of its number, that belongs to a coded party."""
    plural = _PRONOUNS.get(subj.lower_)
    if plural is None or subj.tag_ != "PRP":
        return None
    own = _clause_of(subj)
    first = min([own.i] + [t.i for t in own.subtree if t.i < own.i and t.dep_ != "nsubj"] + [subj.i])
    for t in reversed(subj.doc[subj.sent.start:first]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in _OWNER_DEPS:
            continue
        if (t.tag_ in ("NNS", "NNPS")) != plural:
            continue
        m = _party(t, by_tok)
        if m is not None:
            return m
    return None


def _told_clause(verb: Token) -> bool:
    """A time or cause clause, or a conjunct of another verb."""
    if verb.dep_ == "conj":
        return verb.head.pos_ in ("VERB", "AUX")
    return verb.dep_ in ("advcl", "ccomp") and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TOLD_MARKS
                                                   for c in verb.children)


def anaphor_doers(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok, according) -> list[Candidate]:
    """Candidates for failed verb hits of side clauses whose subject refers back to a party named before it."""
    made: list[Candidate] = []
    for h in failed:
        tok = h.tok
        if h.noun is not None or tok.pos_ != "VERB" or any(m.code for m in h.actor) or not _told_clause(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or (subj.i in by_tok and by_tok[subj.i].code):
            continue
        ante = _described(subj, by_tok) or _referred(subj, by_tok)
        if ante is None or any(m.code == ante.code for m in h.recipient):
            continue
        add_with_doer(stage, si, h, [ante], by_tok, according, made)
    return made
