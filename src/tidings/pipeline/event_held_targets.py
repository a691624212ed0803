"""Recipients named only in the clause a hostile act is held over (round 22, roles).

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


# (at the end, read at call time: arguments imports the event modules through its re-exports)
from . import arguments as _arguments  # noqa: E402
