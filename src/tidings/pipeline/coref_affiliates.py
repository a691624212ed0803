"""An armed or political role tied to a named party by a participle or adjective (the actors stage, via
``people.resolve_people``): "militants linked to Islamic State", "fighters loyal to Khalifa Haftar", "gunmen
affiliated with al-Shabaab", "rebels allied with Kigali" are that party's, not the story's dominant or dateline
country's (a Niger-datelined ambush by Islamic State militants is no Nigerien act). Runs before those rules; the
role takes the code of the party its "linked to / loyal to / affiliated with / allied with" phrase names. Not when
that party is a state named as a country: a state's proxies are not the state ("Iraq arrested militiamen linked to
Iran" arrests no Iranians), so the tie to a country leaves the role to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Mention

_TIE_WORDS = frozenset({"linked", "affiliated", "allied", "aligned", "loyal", "tied", "connected", "belonging"})
_TIE_PREPS = frozenset({"to", "with"})
_ROLE_SECTORS = frozenset({"REB", "PRM", "UAF", "MIL", "CRM", "OPP", "INS"})


def affiliated_roles(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """Give an uncoded (or merely defaulted) armed role the code of the party it is tied to."""
    for m in mentions:
        if m.kind != "agent" or m.sector not in _ROLE_SECTORS or m.code is not None and m.confidence > 0.6:
            continue
        party = _tied_party(doc[m.root], covered)
        if party is not None and party is not m and party.kind != "country":
            m.code = party.code
            m.confidence = min(m.confidence, 0.8)


def _tied_party(root, covered: list[Mention | None]) -> Mention | None:
    ties = [t for t in root.children if t.dep_ in ("acl", "amod")]
    if root.dep_ == "nsubj" and root.head.tag_ == "VBN":
        ties.append(root.head)  # (after a dateline the parser reads "Militants linked to IS killed" as a clause)
    for tie in ties:
        if tie.lower_ not in _TIE_WORDS:
            continue
        for prep in tie.children:
            if prep.dep_ == "prep" and prep.lower_ in _TIE_PREPS:
                for obj in prep.children:
                    found = covered[obj.i] if obj.dep_ == "pobj" else None
                    if found is not None and found.antecedent is not None and found.kind == "pronoun":
                        found = found.antecedent
                    if found is not None and found.code:
                        return found
    return None
