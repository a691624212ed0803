"""Recipients named only in a clause on the act (round 22, roles): the clause a hostile act is held over, the
gerund clause a protest is over, the reaction a "by" gerund is the means of, and the partner of the talks an appeal
is made in.

"Turkey suspended all exports and imports until Israel allows aid into Gaza", "Washington would withhold the aid
until Kyiv signs the minerals deal", "Algeria recalled its ambassador until France changes its position": a penalty,
pressure or force kept in place until (or unless) another party acts is aimed at that party, as a threat is aimed at
the party of its condition (``event_targets.conditional_party``). Called by ``event_far_recipients.far_phrase`` only
when no party of another country was found, so a penalty's own target ("sanctions on Russia until ...") comes first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_targets import coded_targets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# the hostile acts a party holds over another's act (not help or talks: "will send aid until the crisis ends")
HELD_TYPES = frozenset({"SANCTION", "COERCE", "THREATEN", "ASSAULT", "MOBILIZE"})
# "until / till / unless X acts"; "if" only for an act not yet done (the threat finder reads it)
HOLDING_MARKS = frozenset({"until", "till", "unless"})


def held_until_party(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded subject of an until / till / unless clause on the act's verb (or on the verb it completes: "would
    keep the crossing closed until ..."); the first clause with a party wins, a possessive ("until Ukraine's
    counteroffensive ends") names a thing that happens, not a party that acts."""
    if h.etype not in HELD_TYPES:
        return []
    verb: Token = h.tok
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    if verb.dep_ in ("xcomp", "ccomp", "conj"):
        verbs.append(verb.head)
    for v in verbs:
        for a in v.children:
            if a.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in HOLDING_MARKS for m in a.children):
                continue
            found = [m for m in coded_targets(_arguments.direct_subjects(a)[0], own, by_tok)
                     if a.doc[m.root].dep_ != "poss"]
            if found:
                return found
    return []


# a protest or accusation "over / about / against" an act told as a clause with a subject of its own
JUDGING_TYPES = frozenset({"ACCUSE", "PROTEST"})
GERUND_PREPS = ("over", "about", "against")


def gerund_doer(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Japan lodged a protest over Chinese coast guard ships entering its waters', 'Poland protested over Russian
    drones entering its airspace': the subject of the gerund clause a protest is over did what is protested."""
    if h.etype not in JUDGING_TYPES:
        return []
    holders = [h.tok, *_arguments.objects(h.tok)] + ([h.noun] if h.noun is not None else [])
    clauses = [g for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ in GERUND_PREPS
               for g in c.children if g.dep_ in ("pcomp", "pobj")]
    # (the subject of the gerund, or the noun the parser hangs the gerund on: "over Russian aircraft | entering")
    doers = [s for g in clauses if g.dep_ == "pcomp" and g.tag_ == "VBG" for s in g.children if s.dep_ == "nsubj"]
    doers += [g for g in clauses if g.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in g.children)]
    return coded_targets(doers, own, by_tok)[:2]


def means_target(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Russia retaliated against Britain by expelling six of its diplomats', 'China punished Lithuania by blocking its
    exports': an act told as the means ("by" + gerund) of a reaction aimed at a party is aimed at that party (the
    main verb's object or its against / on / at phrase)."""
    verb = h.tok
    if h.noun is not None or verb.dep_ != "pcomp" or verb.head.lower_ != "by" or verb.tag_ != "VBG":
        return []
    main = verb.head.head
    if main.pos_ != "VERB":
        return []
    aimed = _arguments.objects(main) + _arguments.prep_objects(main, ("against", "on", "at"))
    return coded_targets(aimed, own, by_tok)[:2]


# what a party says to the other side of the talks it says it in
SPOKEN_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE"})
TALK_NOUNS = frozenset({"call", "conversation", "talk", "talks", "meeting", "phone", "telephone", "exchange"})


def talk_partner(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'In a phone call with Putin on Tuesday, Erdogan urged a ceasefire', 'During talks with Lula, Xi pledged ...':
    an appeal, promise, refusal, warning or protest made in a call or talks with a party is made to that party."""
    if h.etype not in SPOKEN_TYPES or h.noun is not None:
        return []
    talks = [g for c in h.tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in TALK_NOUNS]
    return coded_targets([x for g in talks for x in _arguments.prep_objects(g, ("with",))], own, by_tok)[:2]


# (at the end, read at call time: arguments imports the event modules through its re-exports)
from . import arguments as _arguments  # noqa: E402
