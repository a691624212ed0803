"""An object "it" of an accusation or warning (round 23, recipients; called from people._pronouns): "Lithuania
said Belarus had sent balloons and warned it of consequences", "summoned Rwanda's envoy and accused it of backing
the rebels": the party accused or warned is the latest coded party before it that is not the clause's subject,
as for "asked it" (coref_definites.asked_it). Not when "it" is a thing the clause names first ("seized a foreign
tanker in the Gulf of Oman, accusing it of smuggling fuel", "suspended the broadcaster, accusing it of ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref_definites import asked_it

if TYPE_CHECKING:
    from .base import Mention

# verbs whose object "it" is a party (an act is "condemned", never "accused")
ACCUSED_IT_VERBS = frozenset({"accuse", "warn", "threaten", "blame"})
# phrases that place a thing, not a party ("in the Gulf of Oman", "off the coast of Yemen")
PLACE_PREPS = frozenset({"in", "at", "near", "off", "into", "across", "along", "over", "inside", "outside"})


def accused_it(doc, tok, sent_of, covered) -> Mention | None:
    ante = asked_it(doc, tok, sent_of, covered)
    if ante is None:
        return None
    root = doc[ante.root]
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        root = root.head.head  # ("the Gulf of Oman")
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return None  # a place is not accused
    # an uncoded object noun of the clause the accusation hangs on, or between the party and "it", is what
    # "it" stands for
    verb = tok.head
    held = [c.i for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
            and c.tag_ in ("NN", "NNP")] if verb.dep_ in ("advcl", "conj", "xcomp") else []
    if held:
        # ("suspended the French-owned broadcaster, accusing it of ...": the broadcaster, its owner's if coded)
        m = covered[held[0]]
        return m if m is not None and m.code is not None else None
    for j in range(tok.i - 1, ante.root, -1):
        t = doc[j]
        if t.dep_ in ("dobj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") \
                and (covered[j] is None or covered[j].code is None):
            return None
    return ante
