"""Refusals worded without a refusing verb (types, round 11): the events stage's retype of a negated acceptance
or concession, and of a vow to resist, into the REJECT it reports.

* 'Guyana would never accept Venezuela's claim', 'Serbia will not recognise the results', 'Kyiv will never cede
  territory', 'Tehran will not bow to pressure from Washington': the manual's REJECT is refusing to accept, agree
  or yield, so a party's own acceptance or concession announced as never to come (a modal: will / would / can
  not) is a REJECT, not a negated AGREE / SUPPORT / CONCEDE. A state or a past act stays the negated event as
  docs/claims.md has it ('has never recognised the Taliban government', 'did not accept the offer'), and so do
  troop moves ('Israel will not withdraw its troops' is a negated RETREAT) and conditions ('if Kyiv does not
  accept the deal'). A person handed to the side that wants them ('would not hand over Glas to Mexico', 'will not
  extradite the suspect to Germany') refuses that side.
* 'Poland vowed to resist EU migration quotas': a vow to resist or defy is a refusal, not a promise (AGREE).

The REJECT's trigger word is the negation ('never accept'), so the claims stage reads no negation of the refusal.
Called from event_retype.declined_promise, the events stage's retype of the refusing verbs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import PROMISE_VERBS, TALK_WORDS
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# accepting something the other side wants or holds: negated in any tense it refuses it
ACCEPTING_VERBS = frozenset({"accept", "recognise", "recognize", "endorse", "approve", "tolerate", "countenance",
                             "acknowledge", "sign", "ratify"})
# yielding: negated only as a stance still in force or to come
YIELDING_VERBS = word_list("act_verbs.json", "yielding_verbs")
STANCE_AUX = frozenset({"will", "would", "'ll", "wo", "shall", "can", "ca", "could"})
REFUSABLE_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE"})
# a troop move negated stays the negated move ("Israel will not withdraw its troops"): only these RETREATs yield
YIELDING_RETREATS = frozenset({"cede", "surrender", "yield", "give", "abandon"})
# a person or captive handed to the side that wants them ("would not hand over Glas to Mexico", "will not extradite
# the suspect to Germany"): announced as never to come, a refusal of that side (REJECT), not a negated transfer
HANDOVER_VERBS = frozenset({"hand", "extradite", "transfer"})
DEFIANT_VERBS = frozenset({"resist", "defy", "oppose", "reject", "block", "veto", "refuse", "fight"})
# what one fights that is a demand or a measure, not a foe: "vowed to fight the tariffs" (not "fight the rebels")
FOUGHT_MEASURES = frozenset({"tariff", "sanction", "quota", "ban", "law", "bill", "plan", "decision", "ruling",
                             "measure", "policy", "demand", "pressure", "proposal", "reform", "levy", "tax"})
STANCE_CONDITION_MARKS = frozenset({"if", "unless", "until", "whether", "once", "when"})


def _negation(t: Token) -> Token | None:
    return next((k for k in t.children if k.dep_ == "neg"), None)


def _conditional(t: Token) -> bool:
    """The verb is in an if / unless clause, or the content of a question or a relative clause."""
    return t.dep_ in ("relcl", "acl", "csubj") or any(
        k.dep_ == "mark" and k.lower_ in STANCE_CONDITION_MARKS for k in t.children)


def negated_acceptance(c: Candidate, t: Token) -> Candidate | None:
    """'would never accept Venezuela's claim' -> REJECT (see the module docstring)."""
    if c.event not in REFUSABLE_TYPES or c.event == "REJECT":
        return None
    neg = _negation(t)
    lem = t.lemma_.lower()
    if neg is None or _conditional(t):
        return None
    if not any(k.dep_ == "aux" and k.lower_ in STANCE_AUX for k in t.children):
        return None  # ("has never recognised", "did not accept": a state or a past act)
    if not ((lem in ACCEPTING_VERBS and c.event in ("AGREE", "SUPPORT", "CONCEDE"))
            or (lem in YIELDING_VERBS and c.event in ("CONCEDE", "AGREE"))
            or (lem in YIELDING_RETREATS and c.event == "RETREAT")
            or (lem in HANDOVER_VERBS and c.event in ("RETREAT", "COOPERATE") and any(
                m.code and m.code not in {a.code for a in c.actor} for m in c.recipient))):
        return None
    own = {m.code for m in c.actor if m.code}
    recipient = [m for m in c.recipient if not (m.code and m.code in own)]  # ("the occupation of its territory")
    # the negation word is the refusal's trigger: its "not" / "never" is no negation of the REJECT
    mode = "yield" if lem in YIELDING_VERBS or lem in HANDOVER_VERBS else None
    return replace(c, event="REJECT", mode=mode, recipient=recipient,
                   trigger=neg.i, trigger_start=min(neg.i, c.trigger_start), trigger_end=max(t.i + 1, c.trigger_end))


def vowed_defiance(c: Candidate, t: Token) -> Candidate | None:
    """'Poland vowed to resist EU migration quotas', 'pledged to fight the tariffs': a vow to refuse is a REJECT."""
    if c.event != "AGREE" or t.lemma_.lower() not in PROMISE_VERBS:
        return None
    for k in t.children:
        if k.dep_ != "xcomp" or k.lemma_.lower() not in DEFIANT_VERBS or _negation(k) is not None:
            continue
        if k.lemma_.lower() == "fight" and not any(
                o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in FOUGHT_MEASURES for o in k.subtree):
            continue  # "vowed to fight on", "vowed to fight the rebels": no refusal
        return replace(c, event="REJECT", mode=None)
    return None


# talks (base.TALK_WORDS) are what a party breaks off or abandons when it refuses to go on meeting;
# ending talks outright ('broke off', 'abandoned', 'scrapped', 'called off'); a suspension or freeze is a reduction
# of relations the tuned sets code SANCTION ('Canada suspended trade talks with India')
ENDING_VERBS = frozenset({"break", "abandon", "scrap", "cancel", "call", "quit", "ditch", "torpedo"})


def talks_broken_off(c: Candidate, verb: Token) -> Candidate | None:
    """'Petro broke off negotiations with the ELN', 'Yerevan abandoned the talks': leaving talks refuses them (REJECT
    `meet`, as 'walked away from / pulled out of talks'; manual, SANCTION: cancelled meetings are REJECT), while
    cutting ties, trade or aid ('broke off diplomatic ties') and suspending talks stay the SANCTION the lexicon
    gives."""
    if c.event != "SANCTION" or c.mode != "discontinue" or verb.lemma_.lower() not in ENDING_VERBS:
        return None
    objs = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    if not objs or not all(o.lemma_.lower() in TALK_WORDS and (o.lemma_.lower() != "process" or any(
            k.lemma_.lower() in ("peace", "negotiating") for k in o.children)) for o in objs):
        return None
    return replace(c, event="REJECT", mode="meet")
