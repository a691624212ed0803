"""Stance modifiers (docs/plover-decisions.md "Domestic recipients"): "pro-EU demonstrators", "anti-Israel
protesters", "Russian-speaking residents" take a side or speak a language; the name in the modifier does not make
its country a party. Split from event_domestic.py; event_recipients reads ``unstance`` before its domestic rules."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Mention

# -- modifiers that name a cause or a side, not the party ------------------------------------------
# "pro-EU demonstrators", "anti-Israel protesters", "Russian-speaking residents", "Kremlin-friendly
# activists": the people take a side or speak a language; whose they are is the scene's business.
STANCE_PREFIXES = frozenset({"pro", "anti"})
STANCE_SUFFIXES = frozenset({"speaking", "leaning", "aligned", "friendly", "sceptic", "skeptic", "minded",
                             "sympathising", "sympathizing", "oriented"})


def stance_mention(m: Mention, doc: Doc) -> bool:
    """True when the mention's code comes from a stance modifier ("pro-EU", "Russian-speaking")."""
    first, last = doc[m.start], doc[m.end - 1]
    low = first.lower_
    if low.startswith(("pro-", "anti-")):
        return True
    if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in STANCE_PREFIXES:
        return True
    if m.start >= 1 and doc[m.start - 1].lower_ in STANCE_PREFIXES and first.idx == doc[m.start - 1].idx + len(
            doc[m.start - 1].text):
        return True  # "pro" glued to the name without a hyphen token
    nxt = m.end
    if last.lower_.endswith(tuple("-" + s for s in STANCE_SUFFIXES)):
        return True
    return nxt + 1 < len(doc) and doc[nxt].text == "-" and doc[nxt + 1].lower_ in STANCE_SUFFIXES


def _people_head(m: Mention, doc: Doc) -> Token:
    t = doc[m.root]
    for _ in range(4):  # up from the modifier to the people it describes
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("amod", "compound", "npadvmod", "nmod"):
            break
        if t.head.i == t.i:
            break
        t = t.head
    return t


def unstance(recipient: list[Mention], doc: Doc) -> list[Mention]:
    """Stance-coded recipients become uncoded people, for the domestic rules to place."""
    if not any(m.code for m in recipient):
        return recipient
    out = []
    for m in recipient:
        if m.code and m.kind in ("country", "org", "agent") and stance_mention(m, doc):
            head = _people_head(m, doc)
            m = replace(m, code=None, kind="agent", root=head.i, sector=m.sector if m.kind == "agent" else "CVL")
        out.append(m)
    return out
