"""Pronoun subjects read off the clause structure (people stage): the subject "he" / "she" of a clause joined
to or hung under a person's clause is that person (the sentence's topic), before the person named last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref_continuity import previous_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


def matrix_subject(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """"Ishiba spoke with Yoon before flying to Lima, where he held talks with Xi", "Ishiba met Yoon, and he
    later pressed Beijing": the subject "he" of a clause joined to or hung under a person's clause is that
    clause's subject (the one the sentence is about), not the person named last. A sentence-opening "he"
    continues the previous sentence's subject (``coref_continuity``)."""
    return _matrix_subject(tok, covered) or previous_subject(tok, covered)


def _matrix_subject(tok: Token, covered: list[Mention | None]) -> Mention | None:
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    for _ in range(6):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            m = covered[subj.i] if subj.i < tok.i else None
            return m if m is not None and m.kind == "person" and m.code is not None else None
    return None


def national_speaker(tok: Token, covered: list[Mention | None], saying_subject) -> Mention | None:
    """"Kenya's president said the country's central bank had frozen ...", "Kenyan President William Ruto
    said the country's farmers ...": an unrestricted "the country" in what a national office holder or
    role says, with no country mention to stand for, is the speaker's own country. ``tok`` is the
    description's noun; ``saying_subject`` reads the speaker of a reported subject (``people``)."""
    from .base import NON_COUNTRY_CODES

    subj = tok.head if tok.dep_ == "poss" else tok
    m = saying_subject(subj, covered)
    if m is None or m.kind not in ("person", "agent") or not m.code or m.code in NON_COUNTRY_CODES:
        return None
    return m
