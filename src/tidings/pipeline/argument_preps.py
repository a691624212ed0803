"""The objects of a word's prepositions (arguments stage): "sanctions on X", "talks with X", and the parser's
detours around them (a counted noun or a sum that carries the phrase, a means of talking, an absolute "with"
clause, a shared object of "to and from X"). Split from arguments (round 22); read everywhere as
``arguments.prep_objects``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Parse, parse
from .owners import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "couple"})
MEANS_NOUNS = frozenset({"telephone", "phone", "video", "link", "videoconference", "videolink", "call", "line"})


def prep_objects(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions in ``preps`` ("sanctions on X", "talks with X")."""
    doc = tok.doc
    p = parse(doc)
    if not p.kids[tok.i]:
        return []  # (a word with no children has no preposition: a third of the words asked about)
    # (asked ~120 times per story, for a word often several times with other prepositions: each word's phrases are
    # worked out once per tree, kept with its ``Parse``; the answer is still a list of new Token objects)
    phrases = p.memo.get(key := (prep_objects, tok.i))
    if phrases is None:
        phrases = p.memo[key] = _prep_phrases(p, tok.i, doc)
    return [doc[i] for low, found in phrases if low in preps for i in found]


def _prep_phrases(p: Parse, i: int, doc) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each preposition of word ``i`` (its lower-case form) with the positions of its objects, in text order."""
    out: list[tuple[str, tuple[int, ...]]] = []
    deps, lowers, kids = p.dep, p.lower, p.kids  # walked as indices: only the objects found become Token objects
    near = list(kids[i])
    money = p.ent[i] == "MONEY" or any(deps[c] == "dobj" and p.ent[c] == "MONEY" for c in near)
    if p.lemma[i] in QUANTITY_NOUNS or money:  # the phrase hangs on the counted noun ("dozens of warplanes around
        # Taiwan"), a sum's on its "in" noun ("$1.5 billion in aid for Ukraine", "approved 30 billion yen in aid for")
        near += [x for c in near if deps[c] == "prep" and lowers[c] in (("of", "in") if money else ("of",))
                 for g in kids[c] if deps[g] == "pobj" for x in kids[g]]
    # "spoke by telephone with Putin", "talked via video link with Xi": the party hangs on the means
    near += [x for c in near if deps[c] == "prep" and lowers[c] in ("by", "over", "via") for g in kids[c]
             if deps[g] == "pobj" and p.lemma[g] in MEANS_NOUNS for x in kids[g]]
    for c in near:
        # (a particle with an object of its own is a preposition: "denied ..., and called on Kyiv to stop")
        if (deps[c] in ("prep", "dative", "agent") or (deps[c] == "prt" and any(deps[g] == "pobj" for g in kids[c]))) \
                and not _absolute_with(p, c, doc):
            found: list[int] = []
            for g in kids[c]:
                if deps[g] == "pobj":
                    found.extend(t.i for t in conjuncts(doc[g]))
                elif deps[g] == "prep" and lowers[g] == "of":  # "out of Syria"
                    found.extend(x for x in kids[g] if deps[x] == "pobj")
            if not any(deps[g] == "pobj" for g in kids[c]):  # "flights to and from Israel": a shared object
                found.extend(y.i for g in kids[c] if deps[g] == "conj" for x in kids[g] if deps[x] == "pobj"
                             for y in conjuncts(doc[x]))
            if found:
                out.append((lowers[c], tuple(found)))
    return tuple(out)


def _absolute_with(p: Parse, prep: int, doc) -> bool:
    """', with Turkey's foreign minister presiding', ', with X urging both sides to ...': a circumstance set off by a
    comma, not the partner of the verb it hangs on."""
    if p.lower[prep] != "with" or prep == 0 or p.lower[prep - 1] != ",":  # (lower-cased "," is ",")
        return False
    return any(p.dep[g] == "pobj" and (p.tag[g] == "VBG" or any(p.dep[x] == "acl" and p.tag[x] == "VBG" for x in p.kids[g]))
               for g in p.kids[prep])
