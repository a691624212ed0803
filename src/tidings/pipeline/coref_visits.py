"""Gifts and promises made on a visit (coref, events stage).

"Pistorius, who arrived in Kyiv for talks with his Ukrainian counterpart, said Berlin would deliver two more
air defence systems"; "Macron hosted Zelenskiy ... Macron promised 300 million euros in military aid": a transfer
or promise that names no receiver, told by a party visiting or hosting in the same or the previous sentence, is
for the other side of the visit.
Called from ``coref.implicit_recipients``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Candidate, Mention

# what a visitor hands or promises its host
_GIVING = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})


def visit_host(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int,
               own: set[str | None]) -> list[Mention]:
    """The other side (host or guest) of the latest visit ``c``'s actor made or received, in its sentence or
    the one before; [] if none."""
    if c.event not in _GIVING or len(own) != 1:
        return []  # (two visitors agreeing at the host's venue agree with each other: "agreed in Ankara")
    visits = [p for p in earlier if p.sent_index == si - 1] + [p for p in found if p is not c]
    for p in reversed(visits):
        if p.event != "CONSULT" or p.mode != "visit":
            continue
        # the visitor's gift is for the host, the host's for its guest ("Macron hosted Zelenskiy ... promised")
        if own & {m.code for m in p.actor if m.code}:
            other = [m for m in p.recipient if m.code and m.code not in own]
        elif own & {m.code for m in p.recipient if m.code}:
            other = [m for m in p.actor if m.code and m.code not in own]
        else:
            continue
        if other:
            return other
    return []


# what a supplier promises or sends ("said it would deliver four more Patriot systems")
_SUPPLY_VERBS = frozenset({"deliver", "send", "supply", "provide", "ship", "donate", "transfer", "give", "hand"})
_SUPPLY_LOOKBACK = 2  # sentences


def asked_supplies(doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int,
                   own: set[str | None]) -> list[Mention]:
    """'Ukraine has asked Washington for Tomahawk missiles ... Germany said it would deliver four more Patriot
    systems': a delivery or promise of one that names no receiver goes to the party the story last told asking
    for arms or aid (a REQUEST `assist`), within two sentences; [] if none."""
    if c.event not in ("AID", "AGREE") or not own:
        return []
    trig = doc[c.trigger]
    verbs = [trig, *(x for x in trig.children if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB")]
    if not any(v.lemma_.lower() in _SUPPLY_VERBS for v in verbs):
        return []
    pool = [p for p in earlier if si - _SUPPLY_LOOKBACK <= p.sent_index] + [p for p in found if p is not c]
    for p in reversed(pool):
        if p.event != "REQUEST" or p.mode != "assist":
            continue  # (an earlier transfer's receiver carries only across a parallel: "Transfers across sentences")
        other = [m for m in p.actor if m.code and m.code not in own]
        if other:
            return other
    return []


# Nouns that name a side of a visit by its role: "Marcos thanked his host", "Macron told his guest"
_HOST_NOUNS = frozenset({"host", "hosts"})
_GUEST_NOUNS = frozenset({"guest", "guests", "visitor", "visitors"})
_ROLE_LOOKBACK = 2  # sentences


def visit_role_object(doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int,
                      own: set[str | None]) -> list[Mention]:
    """'Ishiba received Marcos in Tokyo ... Marcos thanked his host': an act whose object is *his / her / their /
    the host* (or *guest, visitor*) is aimed at that side of the latest visit ``c``'s actor made or received (two
    sentences back at most); [] if none."""
    trig = doc[c.trigger]
    role = next((k.lemma_.lower() for k in trig.children if k.dep_ in ("dobj", "obj", "dative")
                 and k.lower_ in _HOST_NOUNS | _GUEST_NOUNS
                 and any(d.dep_ in ("poss", "det") and d.lower_ in ("his", "her", "their", "its", "the")
                         for d in k.children)), None)
    if role is None or not own:
        return []
    pool = [p for p in earlier if si - _ROLE_LOOKBACK <= p.sent_index] + [p for p in found if p is not c]
    for p in reversed(pool):
        if p.event != "CONSULT" or p.mode != "visit":
            continue
        visitors = {m.code for m in p.actor if m.code}
        hosts = {m.code for m in p.recipient if m.code}
        if role in ("host", "hosts") and own & visitors:
            return [m for m in p.recipient if m.code and m.code not in own]
        if role not in ("host", "hosts") and own & hosts:
            return [m for m in p.actor if m.code and m.code not in own]
    return []
