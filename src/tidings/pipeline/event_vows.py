"""Vows to guard one's own: a reading of the events stage that names no other party.

"Vowed to defend the country's sovereignty", "pledged to safeguard national unity": the manual's AGREE is a
commitment to cooperate with someone and its THREATEN a warning to someone; a vow to guard one's own with no
other party named is neither (docs/plover-decisions.md, round 17). Run by the per-sentence dedupe (event_dedupe),
after the sentence's reactions have taken their targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Candidate

VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
# what a party keeps or guards of its own: vowing it promises no one anything and threatens no one
# (not "continue" or "keep": "vowed to keep attacking army positions" is told by what is kept up; not "bolster"
# or "strengthen": "pledged to bolster deterrence" on a visit to allies is a commitment to them)
KEEPING_VERBS = frozenset({"defend", "protect", "safeguard", "preserve", "uphold", "guard", "secure"})
PARTNER_PREPS = frozenset({"with", "to", "for"})


def inward_vow(cand: Candidate, doc) -> bool:
    """'vowed to defend the country's sovereignty', 'pledged to safeguard national unity', 'vowed to protect the
    nation's territory': a vow to guard one's own with no other party named is no AGREE (the manual's AGREE is a
    commitment to cooperate with someone) and no THREATEN (no one is warned); 'vowed to defend Taiwan' names one
    and stays, and so does a vow to continue an act ('vowed to keep attacking army positions'), told by that act."""
    if cand.event not in ("AGREE", "THREATEN") or len({m.code for m in cand.actor if m.code}) >= 2:
        return False  # ("Greece and Turkey pledged to keep channels open": a pledge the two make each other)
    tok = doc[cand.trigger]
    if tok.lemma_.lower() not in VOW_VERBS or any(
            m.code and tok.left_edge.i <= m.root <= tok.right_edge.i for m in cand.recipient):
        return False  # (a party the vow borrows from another clause is not one it names)
    content = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    # ("vowed to strengthen ties with Tokyo": a partner named in the content is someone the vow is made to)
    return bool(content) and all(c.lemma_.lower() in KEEPING_VERBS and not any(
        g.dep_ == "prep" and g.lower_ in PARTNER_PREPS for x in (c, *c.children) for g in x.children) for c in content)


def drop_inward_vows(cands: list[Candidate], doc) -> list[Candidate]:
    """Remove vows to guard one's own (inward_vow)."""
    return [c for c in cands if not inward_vow(c, doc)]
