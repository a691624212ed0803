"""A country's own opposition and parliament named without the country (actors stage, via
``people.resolve_people``): "Senegalese President Macky Sall postponed the election ... The United States and the
EU called for the vote to be held ... The opposition accused him of staging a coup". The opposition, opposition
leaders, parliament and lawmakers are the country whose head of state or government the story named last
(within three sentences), not a foreign state named in between; the dominant-country rule leaves them
uncoded when the country is named once and foreign reactions fill the story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import NON_COUNTRY_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .base import Mention

# sectors that exist only at home: whose opposition or parliament it is, the story's leader says
_HOME_ONLY = frozenset({"OPP", "LEG"})
_LOOKBACK = 3
# offices that lead a state's executive
_LEADERS = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader", "head of state")


def home_opposition(doc: Doc, mentions: list[Mention]) -> None:
    """Give an uncoded, unowned opposition or parliament role the country of the latest head of state or
    government named before it in its own sentence or the three before (confidence 0.6)."""
    leaders = sorted((m for m in mentions if m.kind == "person" and m.code and m.code not in NON_COUNTRY_CODES
                      and m.sector == "GOV" and m.office and any(w in m.office.lower() for w in _LEADERS)),
                     key=lambda m: m.start)
    if not leaders:
        return
    for m in mentions:
        if m.code is not None or m.kind != "agent" or m.sector not in _HOME_ONLY or _owned(doc, m):
            continue
        before = [p for p in leaders if p.end <= m.start and m.sent_index - p.sent_index <= _LOOKBACK]
        if before:
            m.code = before[-1].code
            m.confidence = min(m.confidence, 0.6)


def _owned(doc: Doc, m: Mention) -> bool:
    """"its parliament", "the bloc's parliament", "parliaments in Europe": someone else's."""
    root = doc[m.root]
    return any(c.dep_ in ("poss", "prep") for c in root.children)
