"""Titles without a name or country ("the president said", "the spokesman accused"): the latest holder
of that office the story named (the actors stage, via ``people.resolve_people``, split out of ``people.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref_mentions import dateline_offset

if TYPE_CHECKING:
    from .base import Mention

# Offices the wire leaves unnamed ("a Chinese foreign ministry spokesman said ... The spokesman added"):
# a role with a country holds them as a named person does. A minister or a president is named when he
# acts; an unnamed "Ukrainian ambassador" is mostly the one summoned, not the one speaking.
_UNNAMED_OFFICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "held talks with army chief Abdel Fattah al-Burhan ... pressed the general": the offices a general holds
_GENERAL_OFFICES = frozenset({"general", "army chief", "army commander", "commander", "chief of staff",
                              "army chief of staff", "field marshal", "military chief", "military leader"})
# the title's words on a verb whose subject is someone else: "Ruto urged the president", "told the minister"
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})


def definite_titles(doc, mentions: list[Mention], sent_of) -> None:
    """"the president said", "the spokesman accused": the latest holder of that office (a named person, or
    a role the story gave a country: "a South Korean foreign ministry spokesman"), within three sentences,
    or further back when the story so far has holders of one country only.

    Not a holder whose country the sentence names as another party ("the president pledged to
    help rebuild Syria" is not Syria's; a clause subject or the owner of a thing is no such party:
    "the minister said Cairo reserved the right", "accused Budapest of blocking Ukraine's path"), and
    when holders of several countries remain ("Erdogan hosted Syria's President al-Sharaa ... the
    president"), the dateline's country if it is one of them, else nobody: a wrong president is worse than none."""
    people = sorted((m for m in mentions if m.code and m.office and (
        m.kind == "person" or m.kind == "agent" and m.office.lower() in _UNNAMED_OFFICES)), key=lambda m: m.start)
    if not people:
        return
    dateline = next((m.code for m in mentions if m.kind == "country" and m.end_char <= dateline_offset(doc)), None)
    for m in mentions:
        if m.kind != "agent" or m.code is not None or not m.office or m.start == 0 \
                or doc[m.start - 1].lower_ != "the":
            continue
        office = m.office.lower()
        same = [o for o in mentions if o.sent_index == m.sent_index and o is not m and o.code]
        taken = {i for o in same for i in range(o.start, o.end)}
        named = {o.code for o in same if not _own_side_word(doc[o.root], taken)}
        holders: list[Mention] = []
        doer = _clause_doer(doc, m, mentions)
        for p in reversed(people):
            if p.end > m.start:
                continue
            held = (p.office or "").lower()
            if held == office or (held.endswith(" " + office) and not held.startswith(("vice", "deputy", "former"))) \
                    or office == "general" and held in _GENERAL_OFFICES:
                if p.code not in named and (doer is None or p.identifier_text != doer):
                    holders.append(p)
        near = [p for p in holders if sent_of(m.start) - p.sent_index <= 3]
        codes = {p.code for p in (near or holders)}
        holders = near or (holders if len(codes) == 1 else [])
        codes = {p.code for p in holders}
        if len(codes) > 1:
            holders = [p for p in holders if p.code == dateline]
        if holders:
            p = holders[0]
            m.code, m.identifier_text, m.identifier_id = p.code, p.identifier_text, p.identifier_id
            m.confidence = min(m.confidence, 0.8)


def _own_side_word(tok, taken: set[int]) -> bool:
    """A clause subject ("said Cairo reserved the right"), a modifier of a thing no party is
    ("Ukraine's path", "within 30 miles of Chinese territory") or a place ("speaking in Guayaquil"):
    words an official uses of his own side as freely as of another's."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ in ("poss", "amod", "compound", "nmod") \
        and tok.head.i not in taken or tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


def _clause_doer(doc, m: Mention, mentions: list[Mention]) -> str | None:
    """The named person who is the subject of the verb the title is the object of ("Ruto urged the president",
    "Barrot pressed the minister to release ..."): no one urges himself, so that person is not the title's holder
    (the other president or minister of the story is)."""
    tok = doc[m.root]
    if tok.dep_ not in _OBJECT_DEPS:
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return next((o.identifier_text for o in mentions if o.start <= subj.i < o.end and o.identifier_text
                 and o.kind in ("person", "pronoun")), None)
