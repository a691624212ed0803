"""Two parallel gerund clauses whose second subject the parser read as the first clause's object (round 17, clauses).

Wire copy closes a sentence with two absolute clauses: "..., with Beijing pausing its curbs on rare earths and
Washington halving its tariffs", "..., with Indian troops vacating two posts and Pakistan freeing a captured
pilot". The parser joins the second subject to the first clause's last noun ("rare earths and Washington") and
hangs the second gerund on the first with no subject: the second act then takes the first one's doer (and the
first act a second, false recipient). The repair moves words in the tree, with no new parse: the noun becomes the
second gerund's subject and the gerund the first one's conjunct. Decided by the parse only: a gerund with no
subject of its own, right after "and <noun>" where that noun is a conjunct of a word inside the first gerund's
clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Span

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_LINKS = frozenset({"advcl", "conj", "dep"})


def paired_gerund_edits(sent: Span) -> list[tuple[int, int, str, str | None]]:
    """(word, new head, new label, new tag or None) moves for one sentence, or []."""
    p = parse(sent.doc)  # (labels as lists: a Token only for a gerund after a conjunct noun)
    edits: list[tuple[int, int, str, str | None]] = []
    for i in range(sent.start + 3, sent.end):
        if p.tag[i] != "VBG" or p.dep[i] not in _LINKS or p.tag[p.head[i]] != "VBG" or p.dep[i - 1] != "conj" \
                or p.pos[i - 1] not in ("PROPN", "NOUN"):
            continue
        doc = sent.doc
        verb, noun, first = doc[i], doc[i - 1], doc[p.head[i]]
        if any(c.dep_ in _SUBJECTS for c in verb.children) or noun.head.i == i or any(c.i > noun.i for c in noun.children):
            continue
        cc = doc[noun.left_edge.i - 1] if noun.left_edge.i > sent.start else None
        if cc is None or cc.lower_ != "and" or cc.head.i != noun.head.i:
            continue
        # the noun's conjunct sits inside the first gerund's own clause (its object or a word under it)
        if not (first.left_edge.i <= noun.head.i <= first.right_edge.i) or noun.head.i == first.i:
            continue
        edits += [(noun.i, i, "nsubj", None), (cc.i, first.i, "cc", None), (i, first.i, "conj", None)]
    return edits
