"""Pairs and plural parties of a story, for the group references of ``people_groups.py`` (split out
of ``coref_mentions.py``): the two forces of a civil war ("Both sides"), the story's principal
pair ("The two countries last held talks in 2022"), and the plural party an object "them" stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import CROWD_SECTORS, NON_COUNTRY_CODES, STATE_SECTORS
from .coref_mentions import clause_subjects

if TYPE_CHECKING:
    from .base import Mention

_NON_COUNTRY = NON_COUNTRY_CODES


_FORCE_SECTORS = frozenset({"MIL", "PRM", "REB", "GOV", "OPP", "UAF"})


def civil_war_sides(sent_mentions: list[Mention], before: int) -> list[Mention]:
    """"Sudan's army and the paramilitary Rapid Support Forces ... Both sides": a sentence naming
    exactly two armed or governing forces of one country (different sectors) gives "both sides"
    its two parties, though they share a country code."""
    forces: dict[tuple[str | None, str | None], Mention] = {}
    for m in (m.antecedent if m.kind == "pronoun" and m.antecedent else m for m in sent_mentions if m.end <= before):
        if m.code and m.kind in ("agent", "org") and m.sector in _FORCE_SECTORS:  # "The group said ... the government"
            forces.setdefault((m.code, m.sector), m)
    found = list(forces.values())
    # a government and its own army are one side ("Israel's cabinet said the army would respond"):
    # the two sides of one country include a force outside the state's
    return found if len(found) == 2 and len({m.code for m in found}) == 1 \
        and any(m.sector not in STATE_SECTORS for m in found) else []


_NONSTATE_FORCES = frozenset({"REB", "PRM", "UAF"})
_WAR_MODIFIERS = frozenset({"warring", "feuding", "fighting", "belligerent"})
_WAR_LOOKBACK = 3


def one_country_war(tok, by_sent: dict[int, list[Mention]], si: int, before: int) -> list[Mention]:
    """"The RSF shelled the besieged city of El Fasher ... The African Union called on the warring parties":
    "the warring parties / sides / factions" after a sentence (this one before the phrase, or one of the three
    before it) whose armed force outside the state is the only country it names are that country alone, the
    two sides of its civil war (not the two states of the story's diplomatic row); [] otherwise."""
    if not any(c.dep_ == "amod" and c.lower_ in _WAR_MODIFIERS for c in tok.children):
        return []
    for k in range(si, max(-1, si - _WAR_LOOKBACK - 1), -1):
        ms = [m.antecedent if m.kind == "pronoun" and m.antecedent else m for m in by_sent.get(k, ())
              if k < si or m.end <= before]
        forces = [m for m in ms if m.code and m.kind in ("agent", "org") and m.sector in _NONSTATE_FORCES]
        if forces:
            codes = {m.code for m in ms if m.code and m.code not in _NON_COUNTRY and m.sector != "JRN"}
            return [forces[0]] if codes == {forces[0].code} else []
    return []


def principal_parties(mentions: list[Mention], count: int, after: int = 0,
                      skip: set[str | None] | frozenset = frozenset()) -> list[Mention]:
    """The story's ``count`` most named countries, when they stand out: each named at least twice
    and more often than the next one ("Russia ... Ukraine ... The two countries last held direct
    talks in 2022"). One mention per country (its first); [] when the story has no clear pair.
    Codes in ``skip`` (the story's mediators) are left out."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.code and m.code not in _NON_COUNTRY and m.code not in skip \
                and m.kind in ("country", "agent", "person", "org") and m.start_char >= after:
            counts[m.code] = counts.get(m.code, 0) + 1
            first.setdefault(m.code, m)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < count or ranked[count - 1][1] < 2:
        return []
    if len(ranked) > count and ranked[count][1] >= ranked[count - 1][1]:
        return []
    return [first[code] for code, _ in ranked[:count]]


def them_antecedents(doc, tok, covered, at, sent_of) -> list[Mention] | None:
    """"spoke with the advisers of both countries and urged them to ...": an object "them" stands for
    the nearest earlier plural party in its own sentence that is not the clause's subject: a group
    phrase (every party), a plural role with a country, or coordinated parties. None otherwise."""
    own = clause_subjects(tok)
    si = sent_of(tok.i)
    j = tok.i - 1
    while j >= 0 and sent_of(j) == si:
        group = at.get(j)
        m = covered[j]
        if group and not any(g.root in own for g in group):
            return list(group)
        if m is not None and m.code and m.root not in own and m.kind in ("agent", "pronoun") \
                and doc[m.root].tag_ in ("NNS", "NNPS"):
            return [m]
        j -= 1
    # "Russia expelled two Estonian diplomats. The ministry accused them of ...": the previous sentence's
    # plural object, when the clause's own subject is another party
    own_codes = {covered[i].code for i in own if covered[i] is not None}
    own_sectors = {covered[i].sector for i in own if covered[i] is not None}
    while j >= 0 and sent_of(j) == si - 1:
        m = covered[j]
        head = doc[j] if m is None or m.kind == "agent" else doc[j].head  # "two German cyclists": the people noun
        if m is not None and m.code and m.code not in own_codes and m.root == j and (
                m.kind == "agent" or m.kind == "country" and doc[j].dep_ in ("amod", "compound")) \
                and head.tag_ in ("NNS", "NNPS") and head.dep_ in ("dobj", "pobj", "conj", "nsubjpass"):
            return [m]
        if m is not None and m.code and m.root == j and own_sectors & _FORCES and doc[j].tag_ in ("NNS", "NNPS") and (
                m.kind == "agent" and m.sector in CROWD_SECTORS or m.kind == "country" and m.sector is None
                and doc[j].dep_ in ("nsubj", "pobj", "dobj")):  # "Thousands of young Kenyans marched"
            return [m]  # "Hundreds of farmers blocked a highway. Police detained 20 of them": the crowd, at home too
        j -= 1
    return None


_FORCES = frozenset({"COP", "MIL"})
