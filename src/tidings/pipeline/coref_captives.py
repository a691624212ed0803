"""Requests for the release of captives the story told of (coref, events stage).

"Rebels captured 14 soldiers in a raid ... Petro demanded their release"; "Soldiers detained 11
opposition politicians ... France demanded the release of the detainees": the request names no
one, and the one asked is whoever holds them, the doer of the story's capture. Called from
``coref.implicit_recipients``. Also (actors stage, ``told_captives``): captives named again by the same noun keep
the country the story gave them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate, Mention


# Requests that someone be freed: "demanded their release", "called for the release of the detainees",
# "urged the immediate return of the sailors". The one asked is whoever holds them: the doer of the
# story's capture.
_RELEASE_NOUNS = frozenset({"release", "freedom", "return", "freeing", "repatriation", "handover"})
_RELEASE_VERBS = frozenset({"release", "free", "return", "repatriate", "hand"})
_CAPTURE_WORDS = frozenset({"detain", "arrest", "seize", "capture", "abduct", "kidnap", "hold", "take", "jail",
                            "imprison", "intercept", "board", "round", "apprehend", "detention",
                            "abduction", "kidnapping", "seizure", "hostage", "custody"})
_CAPTIVE_PRONOUNS = frozenset({"their", "his", "her", "them", "him", "its"})
_LOOKBACK_CAPTURE = 8


def captor(doc: Doc, earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, trig: Token,
            own: set[str | None]) -> list[Mention]:
    """The recipient of a request for the release of people the story said were captured (see
    ``_RELEASE_NOUNS``), when the request names no one: the actor of the latest capture (a COERCE,
    or an ASSAULT told by a capture word) by another party, or by another sector of the same country
    ("the rebels captured 14 soldiers ... Petro demanded their release"), eight sentences back at most."""
    captives = _release_object(trig)
    if captives is None:
        return []
    # a party of the request's own phrase decides ("urged Manila to secure their release"); one borrowed
    # from a coordinated verb does not ("demanded their release and accused Caracas of ...")
    phrase = {t.i for ch in trig.children if ch.dep_ not in ("conj", "cc") for t in ch.subtree}
    if any(m.code and m.code not in own and m.root in phrase for m in c.recipient):
        return []
    own_sectors = {m.sector for m in c.actor if m.code}
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if si - _LOOKBACK_CAPTURE <= p.sent_index < si] + same):
        if p.event not in ("COERCE", "ASSAULT"):
            continue
        words = {t.lemma_.lower() for t in doc[p.trigger_start:p.trigger_end]} | {doc[p.trigger].lemma_.lower()}
        if not words & _CAPTURE_WORDS:
            continue
        doers = [m for m in p.actor if m.code]
        if not doers or {m.code for m in doers} & own and {m.sector for m in doers} & own_sectors:
            continue
        out: dict[str | None, Mention] = {}
        for m in doers:
            out.setdefault(m.code, m)
        return list(out.values())
    return []


def _release_object(trig: Token) -> Token | None:
    """The captives a request asks to be freed: the possessor or of-object of its release noun
    ("demanded their release", "the release of the detainees"), or the object of its release verb
    ("urged Manila to free them" has its own party and does not get here)."""
    nouns = [ch for ch in trig.children if ch.dep_ in ("dobj", "obj")]
    nouns += [g for ch in trig.children if ch.dep_ == "prep" and ch.lower_ in ("for", "on") for g in ch.children
              if g.dep_ == "pobj"]  # "called for the release of", "insisted on their return"
    for n in nouns:
        if n.lemma_.lower() not in _RELEASE_NOUNS:
            continue
        for ch in n.children:
            if ch.dep_ == "poss" and ch.lower_ in _CAPTIVE_PRONOUNS:
                return ch
            if ch.dep_ == "poss" and ch.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                                               for d in ch.children):
                return ch  # "demanded the vessel's immediate release", "the sailors' return"
            if ch.dep_ == "prep" and ch.lower_ == "of":
                return next((g for g in ch.children if g.dep_ == "pobj"), None)
    for ch in trig.children:
        if ch.dep_ in ("xcomp", "ccomp") and ch.lemma_.lower() in _RELEASE_VERBS:
            obj = next((g for g in ch.children if g.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None and obj.lower_ in _CAPTIVE_PRONOUNS:
                return obj  # "demanded that they be freed" is rarer; "demanded to free them" has no subject
    return None


# captives the story names again by the same noun ("three Israeli hostages ... Hamas is to free 33 hostages")
_TOLD_CAPTIVES = frozenset({"hostage", "captive", "abductee", "prisoner", "detainee"})


def told_captives(doc, mentions: list[Mention]) -> None:
    """"Hamas freed three Israeli hostages ... Under the deal, Hamas is to free 33 hostages": captives with no
    country of their own, called by the noun of captives the story gave a country, are of that country (not
    the captor's, the story's main one). Actors stage, before the main-country rule."""
    told: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "agent":
            continue
        word = doc[m.root].lemma_.lower()
        if word not in _TOLD_CAPTIVES:
            continue
        if m.code is not None:
            told[word] = m
        elif word in told:
            m.code, m.sector = told[word].code, m.sector or told[word].sector
            m.confidence = min(m.confidence, 0.6)


# what a release hands over when the story gives the captives no country
_FREED_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners", "detainee",
                          "detainees", "body", "bodies", "remains"})
_DEAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "CONCEDE"})


def freed_to(doc: Doc, earlier: list[Candidate], c: Candidate, si: int, own: set[str | None]) -> list[Mention]:
    """'Israel and Hamas agreed to a truce ... Hamas will hand over 10 living hostages': captives of no country
    handed over or freed under a deal go to the actor's other party in the story's latest deal or talks (within
    four sentences); [] if none."""
    trig = doc[c.trigger]
    if c.event not in ("RETREAT", "CONCEDE") or trig.lemma_.lower() not in _RELEASE_VERBS \
            or any(m.code and m.code not in own for m in c.recipient):  # (none, or the story's lent own code)
        return []
    if not any(o.dep_ in ("dobj", "nsubjpass") and o.lower_ in _FREED_NOUNS for o in trig.children) \
            and not any(p.lower_ == "over" and o.lower_ in _FREED_NOUNS for p in trig.children for o in p.children):
        return []
    for p in reversed([p for p in earlier if si - 4 <= p.sent_index < si]):
        codes = {m.code for m in p.actor if m.code}
        if p.event in _DEAL_TYPES and codes & own:
            other = [m for m in p.actor + p.recipient if m.code and m.code not in own]
            if other:
                return other
    return []
