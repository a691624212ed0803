"""A transfer's destination the parser hung on the main verb past a reason phrase (round 22, roles).

"The EU imposed sanctions on Iranian officials over the supply of missiles to Russia": the parser hangs "to Russia"
on "imposed", so the penalty gains a second target (RUS) and the supply noun loses its receiver. When a "to" phrase
on a verb follows, word for word, a reason or time phrase (over / for / after / following / amid ...) whose noun is a
transfer (supply, sale, delivery, transfer, export, shipment) with no "to" of its own, the "to" phrase is that
noun's. The repair moves one word in the tree, with no new parse (called by aside_participles).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Span

# nouns of a thing handed over that take the receiver in a "to" phrase
TRANSFER_NOUNS = frozenset({"supply", "supplies", "transfer", "delivery", "sale", "export", "shipment", "provision",
                            "shipping", "smuggling"})
REASON_PREPS = frozenset({"over", "for", "after", "following", "amid", "because", "despite"})


def reason_destination_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    p = parse(doc := sent.doc)
    edits: list[tuple[int, int, str, str | None]] = []
    for i in range(sent.start + 3, sent.end):
        # (on the verb, or on its object: "imposed sanctions ... over U.S. arms sales | to Taiwan")
        if p.lower[i] != "to" or p.dep[i] != "prep" or p.head[i] > i or not (
                p.pos[p.head[i]] == "VERB" or p.dep[p.head[i]] == "dobj"):
            continue
        verb = p.head[i]
        # the reason phrase ending right before "to": a preposition above the word before it, below the verb
        # ("imposed sanctions on officials over Tehran's supply of missiles to Russia")
        reasons, k = [], i - 1
        while k != verb and p.head[k] != k and len(reasons) < 8:
            if p.dep[k] == "prep" and p.lower[k] in REASON_PREPS and doc[k].right_edge.i == i - 1:
                reasons.append(k)
            k = p.head[k]
        for r in reasons:
            nouns = [g for g in p.kids[r] if p.dep[g] == "pobj" and p.lemma[g] in TRANSFER_NOUNS
                     and not any(p.dep[c] == "prep" and p.lower[c] == "to" for c in p.kids[g])]
            if nouns:
                edits.append((i, nouns[0], "prep", None))
                break
    return edits
