"""Reactions to a move the sentence sums up (split from event_targets.py in round 17, which re-exports these names):
"passed the bill, a measure the EU criticised", "in a gesture that Washington welcomed" aim at the doer of the act the
summing-up noun stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


# a reaction in a relative clause on "a move" that sums up the main clause ("passed the bill, a
# measure the EU criticised"): aimed at the main clause's subject, even when its verb is no event
MOVE_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
SUMMARY_NOUNS = word_list("act_nouns.json", "move_summaries")


CLAIM_NOUNS = frozenset({"claim", "charge", "accusation", "allegation", "assertion"})
CLAIM_VERBS = frozenset({"accuse", "say", "claim", "charge", "allege", "blame", "assert", "insist", "tell"})


SIDE_MARKS = frozenset({"after", "when", "as", "since", "because", "following", "once"})


def move_doers(trigger: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    direct_subjects = _arguments.direct_subjects

    if trigger.dep_ == "conj" and trigger.head.dep_ in ("relcl", "acl"):
        trigger = trigger.head  # "a decision that Kurti hailed and that Serbia condemned": the second relative too
    if trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX"):
        # "halted imports, citing ..., in a step Tokyo called baseless": the parser hangs "in a step" on the reaction
        # and the reaction on the act; the summing-up noun right before the reaction's subject is still the act's
        subj = [c for c in trigger.children if c.dep_ == "nsubj"]
        steps = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "as") for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in SUMMARY_NOUNS and subj and g.right_edge.i + 1 == subj[0].left_edge.i]
        if steps:
            return _event_targets.coded_targets(direct_subjects(trigger.head)[0], own, by_tok)
    if trigger.dep_ not in ("relcl", "acl"):
        return []
    noun = trigger.head
    # (", a move condemned by ...": the parser may hang the summing-up noun on the verb as an object; "in a
    # gesture that Washington welcomed", "as a step Ankara praised": a manner phrase on the act's own verb)
    summed = noun.dep_ in ("npadvmod", "appos") or (noun.dep_ in ("dobj", "attr", "oprd") and noun.left_edge.i > 0
                                                    and noun.doc[noun.left_edge.i - 1].text == ",") or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") and noun.head.head.pos_ in ("VERB", "AUX"))
    if noun.lemma_.lower() not in SUMMARY_NOUNS or not summed:
        return []
    verb = noun.head
    # ("voted to declare opposition politicians living in exile traitors, a move ...": past a participle
    # modifier and an infinitive to the clause's own verb)
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "amod", "xcomp")) and verb.head.i != verb.i:
        verb = verb.head
    if noun.lemma_.lower() in CLAIM_NOUNS:
        # "accused Britain of orchestrating the attack, a claim London dismissed": the claim is the accuser's,
        # however deep in the accusation the parser hangs it
        while verb.dep_ in ("pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "advcl") and verb.head.i != verb.i \
                and verb.lemma_.lower() not in CLAIM_VERBS:
            verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # "summoned the ambassador after Budapest blocked the talks, a move Brussels also criticised": the
    # summing-up noun right after a time clause sums up that clause, the nearer act
    last = noun.left_edge.i - 1
    side = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.right_edge.i in (last, last - 1)
            and any(m.dep_ == "mark" and m.lower_ in SIDE_MARKS for m in c.children)]
    found = _event_targets.coded_targets(direct_subjects(side[0])[0], own, by_tok) if side else []
    if found:
        return found
    found = _stance_object_owner(verb, own, by_tok)
    if found:
        return found
    subj, _by = direct_subjects(verb)
    while not subj and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "closed the crossing, citing a surge ..., in a move Minsk called ...": the participle's doer
        subj, _by = direct_subjects(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not _by:
        return []  # "the bill was passed, a move ...": the thing passed is no doer
    return _event_targets.coded_targets(subj, own, by_tok)


# a main verb that only takes a stance on another party's act: the summing-up noun after it sums up that act
# (not "backed / endorsed a plan": backing is an act of its own, which the noun may sum up)
STANCE_VERBS = frozenset({"welcome", "praise", "hail", "applaud", "laud", "commend", "salute", "condemn", "denounce",
                          "criticise", "criticize", "slam", "decry", "deplore"})
ACT_OBJECTS = SUMMARY_NOUNS | frozenset({"pledge", "offer", "promise", "announcement", "approval", "refusal", "choice",
                                         "commitment", "vote"})


def _stance_object_owner(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Taiwan praised Washington's move to approve an arms sale, a step Beijing condemned' -> USA; 'Ukraine welcomed
    Germany's pledge to send more Patriots, a step the Kremlin criticised' -> DEU: after a stance on another party's
    act, the summing-up noun is that act, whose doer is its owner or "by" agent."""
    if verb.lemma_.lower() not in STANCE_VERBS:
        return []
    acts = [o for o in _arguments.objects(verb) if o.lemma_.lower() in ACT_OBJECTS]
    doers = [c for a in acts for c in a.children if c.dep_ == "poss"]
    doers += [g for a in acts for g in _arguments.prep_objects(a, ("by", "of"))]
    return _event_targets.coded_targets(doers, own, by_tok)[:2]


# (bound at the end: event_targets re-exports this module's names, and arguments imports modules that import it)
from . import arguments as _arguments  # noqa: E402
from . import event_targets as _event_targets  # noqa: E402
