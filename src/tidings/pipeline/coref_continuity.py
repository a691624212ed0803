"""A sentence-opening "he" / "she" continues the previous sentence's subject (the actors stage, via
``people._pronouns``).

"Trump spoke with Putin by phone on Tuesday. He urged him to agree to a ceasefire": when a sentence-opening
"he" has an object "him" / "her" in its own clause, the two are the previous sentence's two people, and wire
copy keeps the one the paragraph is about in subject position: "he" is the previous sentence's subject, not
the person named last (Putin, who is "him"). Without such an object "he" stays the person named last ("Blinken
met Lammy in London. He said ..."). A person named earlier in the pronoun's own sentence is left to the other
rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def previous_subject(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """The person subject of the previous sentence's main clause, for a subject "he" / "she" with no
    person before it in its own sentence; None otherwise."""
    if tok.lower_ not in _SUBJECT_PRONOUNS or tok.dep_ != "nsubj":
        return None
    if not any(t.lower_ in ("him", "her") and t.dep_ != "poss" for t in tok.head.subtree):
        return None  # ("Blinken met Lammy. He said ...": the person named last, as before)
    sent = tok.sent
    if sent.start == 0 or any(m is not None and m.kind == "person" for m in covered[sent.start:tok.i]):
        return None
    prev = tok.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    m = covered[subj.i] if subj is not None else None
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    if m is None or m.kind != "person" or m.code is None:
        return None
    others = {o.code for o in covered[prev.start:prev.end] if o is not None and o.kind == "person" and o is not m}
    return m if others else None  # (with no other person in it, the usual rules agree)


def previous_subject_it(tok: Token, covered: list[Mention | None]) -> Mention | None:
    """"China's foreign ministry said Philippine vessels had intruded ... It urged Manila to stop": a subject
    "it" that opens its sentence is the previous sentence's main subject (a singular country, organisation or
    role), not the subject of what that sentence reported."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.sent.start:
        return None
    if tok.sent.start == 0:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("NNS", "NNPS") or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    m = covered[subj.i]
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.code is not None and m.kind in ("country", "org", "agent") else None
