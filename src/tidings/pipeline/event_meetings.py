"""Who meets whom when several countries meet (docs/plover-decisions.md "Visits"): every party
coded in the subject of a symmetric event is an actor once there are three or more, and a host of
a multilateral meeting takes part. Split from event_recipients.py, which calls these from
``settle_recipients`` (round 8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_targets import NON_COUNTRY_CODES

if TYPE_CHECKING:
    from .base import Mention


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp"})


def joint_subject(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Indian, Japanese and Australian officials met in Canberra': every party coded in the subject
    of a symmetric event is an actor when there are three or more (the parse may keep one of a list
    of demonyms and make another the recipient). Changes ``actor`` in place; returns the recipients left."""
    from .arguments import direct_subjects

    inside: set[int] = set()
    # (the trigger's own subject only: a gerund's borrowed one may be the main clause's object,
    # "After meeting Xi, Lula praised China's plan for Ukraine")
    todo = [t for t in direct_subjects(h.tok)[0] if t.pos_ in ("NOUN", "PROPN")]
    while todo:
        t = todo.pop()
        inside.add(t.i)
        todo += [c for c in t.children if c.dep_ not in CLAUSE_DEPS]
    have = {m.code for m in actor if m.code}
    extra: list[Mention] = []
    for i in sorted(inside):
        m = by_tok.get(i)
        if m is not None and m.code and m.code not in have and m.code not in NON_COUNTRY_CODES and m.start == i:
            extra.append(m)
            have.add(m.code)
    # (two parties meeting in one's country stay a visit: "the Turkish and Egyptian ministers met in Ankara")
    if not extra or not have - {m.code for m in extra} or len(have) < 3:
        return recipient
    actor.extend(extra)
    return [m for m in recipient if m.code not in have]


MULTILATERAL_WORDS = frozenset({"trilateral", "three-way", "tripartite", "quadrilateral", "four-way", "multilateral",
                                "summit", "trilaterals"})


def several_meet(h, actor: list[Mention], recipient: list[Mention]) -> list[Mention] | None:
    """Three or more countries meeting (docs: 'Visits'): the host takes part and the meeting stays
    symmetric ('Xi hosted the leaders of Russia and India in Tianjin' -> CHN, RUS, IND, no recipient);
    a country named only inside the meeting's purpose clause is its topic, not a participant ('met
    in Amman to discuss Gaza's reconstruction'). Changes ``actor`` in place; None when no rule applies."""
    doc = h.tok.doc
    purpose = {t.i for c in h.tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}
    if purpose and h.entry.sym:
        topical = [m for m in actor if m.code and m.root in purpose and doc[m.root].dep_ == "poss"]
        if topical and len({m.code for m in actor if m.code and m not in topical}) >= 2:
            actor[:] = [m for m in actor if m not in topical]
    own = {m.code for m in actor if m.code}
    hosts = {m.code for m in recipient if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES}
    # only a meeting the words make multilateral: "Saudi Arabia hosted Ukrainian and American officials in
    # Jeddah" is a mediator's venue and "a joint visit to Ukraine" two visitors (the older gold: directed)
    word = h.noun if h.noun is not None else h.tok
    multi = any(t.lower_ in MULTILATERAL_WORDS for x in {word.i: word, h.tok.i: h.tok}.values() for t in x.subtree)
    if multi and len(own) >= 2 and len(hosts) == 1 and all(m.code in hosts | own for m in recipient if m.code):
        actor.extend(m for m in recipient if m.code in hosts)
        return []
    return None
