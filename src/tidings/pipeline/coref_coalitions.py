"""A bare "coalition" that points back to a named military coalition (actors stage, with the definites).

War reports name a coalition once by its leader ("the Saudi-led coalition", "the U.S.-led coalition", coded
as the leading state) and then drop the leader: "Coalition warplanes also bombed Houthi positions near Saada",
"the coalition's jets", "... were killed by coalition air strikes, the Saudi-led coalition said". The bare word
had no code, so the act lost its doer or was dropped. Here it takes the code of the coded coalition mention
the story names (the latest before it; else one later in the same sentence). Not a domestic "ruling /
governing coalition", nor "coalition government / partners / talks", and nothing when the story names no
coded coalition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import base as _base
from .base import NON_COUNTRY_CODES, tokens_with_lower

if TYPE_CHECKING:
    from .base import Mention

# a parliamentary coalition, not a military one
_POLITICAL_MODIFIERS = frozenset({"ruling", "governing", "opposition", "electoral", "government", "parliamentary",
                                  "centre", "center", "left", "right", "three-party", "two-party", "broad"})
_POLITICAL_HEADS = frozenset({"government", "partner", "partners", "talks", "deal", "agreement", "cabinet", "party",
                              "parties", "member", "members", "negotiations", "majority", "leader", "leaders"})


def _named_coalitions(doc, mentions: list[Mention]) -> list[Mention]:
    return sorted((m for m in mentions if m.code and m.code not in NON_COUNTRY_CODES and m.kind != "pronoun"
                   and doc[m.root].lower_ == "coalition"), key=lambda m: m.start)


def _political(tok) -> bool:
    if any(c.lower_ in _POLITICAL_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    return tok.dep_ == "compound" and tok.head.lower_ in _POLITICAL_HEADS


def bare_coalitions(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """Code the bare coalition words (module docstring); returns the mentions added for uncovered words."""
    named = _named_coalitions(doc, mentions)
    if not named:
        return []
    added: list[Mention] = []
    for tok in tokens_with_lower(doc, {"coalition"}):
        m = covered[tok.i]
        if (m is not None and m.code) or _political(tok):
            continue
        earlier = [a for a in named if a.end <= tok.i]
        later = [a for a in named if a.start > tok.i and sent_of(a.start) == sent_of(tok.i)]
        ante = earlier[-1] if earlier else (later[0] if later else None)
        if ante is None:
            continue
        if m is not None:  # an uncoded mention over the word ("Coalition forces"): it is the coalition's
            m.code, m.identifier_id, m.identifier_text = ante.code, ante.identifier_id, ante.identifier_text
            m.confidence = min(m.confidence, 0.7)
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" else tok.i
        span = doc[start:tok.i + 1]
        new = _base.Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                            text=span.text, code=ante.code, sector=ante.sector, kind="pronoun",
                            sent_index=sent_of(span.start), root=tok.i, identifier_id=ante.identifier_id,
                            identifier_text=ante.identifier_text, antecedent=ante, confidence=min(0.7, ante.confidence))
        added.append(new)
        for t in range(span.start, span.end):
            covered[t] = new
    return added
