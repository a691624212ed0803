"""A bloc introduced by its members stands for them (actors stage, after ``roles_in_places``).

"The Sahel alliance of Mali, Burkina Faso and Niger said it would quit the ICC": the words name the
members who act together, as a counted group does ("the three Sahel states", docs/plover-decisions.md),
so the bloc's span carries one mention per member country, and a pronoun that refers back to the bloc
("it", "its") carries the same members. A bloc named alone ("the Alliance of Sahel States said")
stays the organisation (IGO).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Mention

# head words of an organisation mention that can be introduced by its members' names
BLOC_HEADS = frozenset({"alliance", "confederation", "bloc", "coalition", "grouping", "union", "axis"})


def _members(doc, m: Mention, countries: dict[int, Mention]) -> list[Mention]:
    for prep in doc[m.root].children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            heads = [c for c in prep.children if c.dep_ == "pobj"]
            heads += [c for h in heads for c in h.conjuncts]
            return list({countries[h.i].code: countries[h.i] for h in heads if h.i in countries}.values())
    return []


def bloc_members(doc, mentions: list[Mention]) -> list[Mention]:
    """The bloc mentions (and pronouns pointing at them) replaced by one mention per listed member."""
    countries = {m.root: m for m in mentions if m.kind == "country" and m.code and len(m.code) == 3
                 and m.code not in ("IGO", "UNO", "EUR", "NGO", "MNC")}
    blocs: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "org" and m.code in ("IGO", "EUR") and doc[m.root].lower_ in BLOC_HEADS and countries:
            members = _members(doc, m, countries)
            if len(members) >= 2:
                blocs[id(m)] = members
    if not blocs:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        members = blocs.get(id(m)) or (blocs.get(id(m.antecedent)) if m.kind == "pronoun" and m.antecedent else None)
        if members is None:
            out.append(m)
            continue
        out += [replace(m, code=c.code, sector=None, kind="pronoun", antecedent=c, identifier_id=c.identifier_id,
                        identifier_text=c.identifier_text, confidence=min(0.8, m.confidence)) for c in members]
    return out
