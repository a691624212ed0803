"""Releases told in the passive (events stage, cooperative types): who freed captives the clause names without a doer.

Wire copy on a release often names the captor only in the participle that describes the captives: "Four Filipino
sailors held by the Houthis were freed on Sunday", "Two Thai workers seized by Hamas in October were released",
"Three Estonian border guards detained by Russia were set free". The release has no 'by' agent, so the candidate
stage dropped it for want of an actor; the captor named in the participle is the one who lets them go (manual,
RETREAT: the release of prisoners and hostages). Only a RETREAT `release` hit on an agentless finite passive, only
a holding participle (held, detained, kidnapped, ...) with a coded 'by' agent on the passive subject; the captives'
own state stays the recipient. The captor's act itself (the kidnapping) is coded by its own trigger as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import MODALS
from .event_fold import add_with_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

# participles that say who holds the people ("held by", "kidnapped by", "taken hostage by")
HOLDING_PARTICIPLES = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "take", "imprison",
                                 "jail", "arrest", "intern"})


def _captor_tokens(t: Token) -> list[Token]:
    """The 'by' agent words of a holding participle on the agentless passive subject of ``t``, or []."""
    kids = list(t.children)
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids) or any(
            k.dep_ == "aux" and k.lower_ in MODALS for k in kids):
        return []  # (a release to come is a promise, not a passive report of one)
    subj = next((k for k in kids if k.dep_ == "nsubjpass"), None)
    if subj is None:
        return []
    return [g for p in subj.children if p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in HOLDING_PARTICIPLES
            for a in p.children if a.dep_ == "agent" for g in a.subtree if g.dep_ in ("pobj", "compound", "conj")]


def held_releases(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok: dict[int, Mention],
                  according) -> list[Candidate]:
    """Candidates for failed passive releases whose captor the captives' participle names (module docstring)."""
    made: list[Candidate] = []
    for h in failed:
        if h.etype != "RETREAT" or h.noun is not None or h.tok.pos_ not in ("VERB", "AUX") or any(m.code for m in h.actor):
            continue
        captors = [by_tok[g.i] for g in _captor_tokens(h.tok) if g.i in by_tok and by_tok[g.i].code]
        captors = [m for i, m in enumerate(captors) if m not in captors[:i]]
        if not captors or {m.code for m in captors} & {m.code for m in h.recipient if m.code}:
            continue  # (no coded captor, or captives of the captor's own state: no release to another party)
        add_with_doer(stage, si, h, [replace(m) for m in captors], by_tok, according, made)
    return made
