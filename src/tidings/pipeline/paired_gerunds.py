"""Two parallel gerund clauses whose second subject the parser read as the first clause's object (round 17, clauses).

Wire copy closes a sentence with two absolute clauses: "..., with Beijing pausing its curbs on rare earths and
Washington halving its tariffs", "..., with Indian troops vacating two posts and Pakistan freeing a captured
pilot". The parser joins the second subject to the first clause's last noun ("rare earths and Washington") and
hangs the second gerund on the first with no subject: the second act then takes the first one's doer (and the
first act a second, false recipient). The repair moves words in the tree, with no new parse: the noun becomes the
second gerund's subject and the gerund the first one's conjunct. Decided by the parse only: a gerund with no
subject of its own, hung on the first gerund (or on the same "with"), right after "and <noun>" where that noun is a
conjunct of a word inside the first gerund's clause or a modifier the parser gave the gerund itself ("and Kosovo
freeing").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_LINKS = frozenset({"advcl", "conj", "dep", "pcomp"})


def paired_gerund_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    p = parse(sent.doc)  # (labels as lists: a Token only for a gerund after a conjunct noun)
    edits: list[tuple[int, int, str, str | None]] = []
    for i in range(sent.start + 3, sent.end):
        if p.tag[i] != "VBG" or p.dep[i] not in _LINKS or p.pos[i - 1] not in ("PROPN", "NOUN") \
                or p.dep[i - 1] not in ("conj", "compound"):
            continue
        doc = sent.doc
        verb, noun = doc[i], doc[i - 1]
        first = _first_gerund(verb)
        if first is None or any(c.dep_ in _SUBJECTS for c in verb.children) or any(c.i > noun.i for c in noun.children):
            continue
        cc = doc[noun.left_edge.i - 1] if noun.left_edge.i > sent.start else None
        if cc is None or cc.lower_ != "and":
            continue
        if noun.dep_ == "conj":
            # the noun's conjunct sits inside the first gerund's own clause (its object or a word under it)
            if noun.head.i == i or not (first.left_edge.i <= noun.head.i <= first.right_edge.i) \
                    or noun.head.i == first.i:
                continue
        elif noun.head.i != i:
            continue  # (a compound: "and Kosovo freeing" read as one noun phrase headed by the gerund)
        edits += [(noun.i, i, "nsubj", None), (cc.i, first.i, "cc", None), (i, first.i, "conj", None)]
    return edits


def _first_gerund(verb: Token) -> Token | None:
    """The gerund of the first clause: the one the second hangs on, or the one before it under the same "with"."""
    head = verb.head
    if head.i == verb.i or head.i > verb.i:
        return None
    if head.tag_ == "VBG":
        return head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        return next((c for c in head.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i < verb.i), None)
    return None
