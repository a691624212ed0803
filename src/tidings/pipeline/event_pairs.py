"""Pairs under a causative verb (events stage, clause shapes): in "prompting Ottawa to expel an Indian diplomat
and New Delhi to retaliate" each "Y to V" pair is an act of its own, Y its subject, however the parser hangs the
second pair (inside the first pair's object, or beside the first pair on the causative)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Parse, parse

if TYPE_CHECKING:
    from spacy.tokens import Token


# verbs whose object is made to act: "prompting Ottawa to expel ... and New Delhi to retaliate"
CAUSATIVES = frozenset({"prompt", "lead", "force", "spur", "push", "cause", "drive", "compel", "provoke",
                        "trigger", "pressure", "oblige", "move", "persuade", "convince"})


def paired_subject(verb: Token) -> Token | None:
    """'prompting Ottawa to expel an Indian diplomat and New Delhi to retaliate': the parser hangs the second
    'Y to V' pair inside the first (Y joined to the first object, V to the first verb); Y is V's subject.
    Only under a causative verb, whose complements are events (a request's content is folded elsewhere)."""
    j = paired_subject_index(parse(verb.doc), verb.i)
    return None if j is None else verb.doc[j]


def paired_subject_index(p: Parse, verb: int) -> int | None:
    """``paired_subject`` on the doc's ``Parse``: the subject's token index, else None."""
    to = next((c for c in p.kids[verb] if p.dep[c] == "aux" and p.lower[c] == "to" and c == verb - 1), None)
    if to is None or p.dep[verb] not in ("xcomp", "advcl") or to == 0:
        return None
    prev = to - 1
    if p.dep[verb] == "advcl" and p.lemma[p.head[verb]] in CAUSATIVES:
        # "prompting the United States and Canada to scramble jets": the object of the causative, the parser
        # read the pair's verb as a clause of its own
        obj = p.head[prev] if p.dep[prev] == "conj" else prev
        if p.dep[obj] == "dobj" and p.head[obj] == p.head[verb] and p.pos[obj] in ("PROPN", "NOUN"):
            return obj
    if p.dep[prev] == "conj" and p.head[prev] == p.head[verb] and p.dep[verb] == "xcomp" \
            and p.lemma[p.head[verb]] in CAUSATIVES and p.pos[prev] in ("PROPN", "NOUN"):
        return prev  # "prompting Seoul to suspend ... and Japan to condemn ...": both pairs hung on the causative
    first = p.head[verb]
    if p.dep[prev] != "conj" or p.pos[prev] not in ("PROPN", "NOUN") or p.dep[first] != "xcomp":
        return None
    if p.lemma[p.head[first]] not in CAUSATIVES:
        return None
    a = prev
    for _ in range(len(p.head)):  # is ``first`` among prev's ancestors?
        if p.head[a] == a:
            return None
        a = p.head[a]
        if p.dep[a] == "prep" and p.lower[a] == "of" and p.pos[p.head[prev]] == "PROPN":
            return None  # "to summon the ambassadors of Germany and France to protest": owners, no second pair
        if a == first:
            return prev
    return None


def paired_subjects(toks: list[Token]) -> list[int]:
    """Indices of the words of a sentence (``toks``) that ``paired_subject`` finds for the word two on."""
    p = parse(toks[0].doc)
    n = len(p.head)
    return [i for i in range(toks[0].i, toks[-1].i + 1)
            if p.dep[i] == "conj" and i + 2 < n and paired_subject_index(p, i + 2) == i]
