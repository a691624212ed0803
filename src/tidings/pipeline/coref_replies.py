"""Replies and repetitions across sentences (coref, events stage; split out of ``coref.py``).

A reaction that names nothing may still answer the sentence before it: "Japan and Australia also expressed
concern" repeats the previous reaction's target; "Beijing demanded that she retract the comments. Takaichi
refused" answers the demand made of her; a one-sided act told again without a target ("Moscow said it had
struck military targets") has the first telling's target. Called from ``coref.implicit_recipients``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .base import Candidate, Mention

LOOKBACK = 3


# "Japan and Australia also expressed concern": the same reaction as the previous one, by others.
PARALLEL = frozenset({"also", "too", "likewise", "similarly", "joined"})


def parallel_reaction(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, sent: Span,
                       own: set[str | None]) -> list[Mention]:
    """A reaction with no recipient in a sentence that draws a parallel ("also", "too",
    "likewise") takes the recipient of the latest reaction of the same type by another party,
    one sentence back at most (or earlier in the same sentence)."""
    if not any(t.lower_ in PARALLEL for t in sent):
        return []
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if p.sent_index >= si - 1] + same):
        if p.event != c.event:
            continue
        actors = {m.code for m in p.actor if m.code}
        recipients = [m for m in p.recipient if m.code and m.code not in own]
        if actors and not actors & own and recipients:
            return distinct(recipients)
        return []
    return []


# One-sided acts a story tells twice ("Russia launched a missile attack on Ukraine ... Moscow said it
# had struck military targets"): the retelling without a target has the first telling's target.
REPEATED = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def same_act_earlier(earlier: list[Candidate], c: Candidate, si: int) -> Candidate | None:
    """The latest earlier event of the same type by the same single party (three sentences back
    at most) that has a coded target other than that party."""
    own = {m.code for m in c.actor if m.code}
    if len(own) != 1:
        return None  # two-sided fighting has no target to carry
    for p in reversed([p for p in earlier if si - LOOKBACK <= p.sent_index < si]):
        if p.event == c.event and {m.code for m in p.actor if m.code} == own:
            targets = {m.code for m in p.recipient if m.code}
            return p if targets and not targets & own else None
    return None


# "refused", "declined", "said no", "rejected it": a refusal with no object of its own
_BARE_OBJECTS = frozenset({"dobj", "obj", "xcomp", "ccomp", "prep"})
_ANSWERED = frozenset({"REQUEST", "AGREE", "THREATEN"})


def answered_demand(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int, trig: Token,
                    own: set[str | None]) -> list[Mention]:
    """A refusal with no object ("Beijing demanded that she retract the comments. Takaichi refused"), or of an act
    on something told ("refused to withdraw the remarks"), answers
    the latest demand, offer or ultimatum made of the refuser by another party, in its sentence or the one
    before: the maker is the recipient."""
    if c.event != "REJECT" or any(ch.dep_ in _BARE_OBJECTS and not _told_act(ch) for ch in trig.children):
        return []
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if p.sent_index >= si - 1] + same):
        if p.event not in _ANSWERED or not own & {m.code for m in p.recipient if m.code}:
            continue
        makers = [m for m in p.actor if m.code and m.code not in own]
        if makers:
            return distinct(makers)
    return []


_TOLD = frozenset({"the", "this", "these", "those", "that", "her", "his", "its", "their"})


def _told_act(ch: Token) -> bool:
    """"refused to withdraw the remarks", "declined to cancel the operation": a refused act whose object is
    something the story already told answers a demand as a bare refusal does (the object's own maker decides
    nothing: the demand was made of the refuser)."""
    return ch.dep_ == "xcomp" and not any(g.dep_ in ("nsubj", "ccomp", "xcomp") for g in ch.children) and any(
        g.dep_ in ("dobj", "obj") and any(d.dep_ in ("det", "poss") and d.lower_ in _TOLD for d in g.children)
        for g in ch.children)


def distinct(mentions: list[Mention]) -> list[Mention]:
    seen: set[str | None] = set()
    out = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


_CULPRITS = frozenset({"perpetrator", "attacker", "assailant", "culprit", "killer", "perpetrators", "attackers"})


def culprits(tok: Token) -> bool:
    """"those responsible", "the perpetrators", "the attackers": whoever did the story's attack."""
    if tok.dep_ not in ("dobj", "pobj"):
        return False
    if tok.lower_ == "those":
        return any(c.lower_ in ("responsible", "behind") for c in tok.children)
    return tok.lemma_.lower() in _CULPRITS


# attack verbs that "back" makes an answer: "Hezbollah hit back with rockets", "Kyiv struck back", "fired back"
_BACK_VERBS = frozenset({"hit", "strike", "fire", "fight", "shoot", "lash", "punch"})


def hit_back(trig: Token) -> bool:
    """"hit back", "struck back", "fired back": a strike told as the answer to the other side's, as "retaliated"."""
    return trig.lemma_.lower() in _BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                      for c in trig.children)


# what a demand asks of a wrongdoer: "demanded compensation / an apology / an explanation"
_REDRESS = frozenset({"compensation", "apology", "explanation", "reparation", "reparations", "restitution",
                      "punishment", "accountability", "redress", "damages"})


def redress_demand(event: str, trig: Token) -> bool:
    """A demand for redress with no one named to give it ("Hanoi lodged a protest and demanded compensation for
    the crew"): it is aimed at whoever last wronged the one demanding, like a bare protest."""
    return event == "REQUEST" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _REDRESS for c in trig.children)


def latest_hostile(earlier: list[Candidate], found: list[Candidate], c: Candidate, si: int,
                   own: set[str | None]) -> Candidate | None:
    """The latest hostile act by another party, in this sentence or the previous one (the target of a bare protest,
    "Tehran condemned it", and of a demand for redress)."""
    same = [p for p in found if p is not c and p.trigger < c.trigger]
    for p in reversed([p for p in earlier if p.sent_index >= si - 1] + same):
        if p.event in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"):
            actors = {m.code for m in p.actor if m.code}
            if actors and not actors & own:
                return p
    return None
