"""A penalty's stated reason is an accusation (round 21, stories; events stage, once per sentence).

"The Czech ministry expelled a Russian diplomat, saying he had been involved in an arson attack", "The United
States sanctioned three Iranian firms, saying they had supplied drones to Russia": the participle charges
the penalised party with an act, the same accusation *accusing them of* makes (ACCUSE actor -> recipient,
the gold's convention for "ordered the envoy out, accusing Abidjan of ..."). Conduct that is no event
("saying they had been in contact with militant commanders", "saying Paris had ignored its sovereignty")
stays uncoded, as the gold leaves it.
The pronoun of the reason clause is the penalised party, not the speaker the mention stage may have
given it, so an act told in that clause takes the penalty's recipient as its doer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .base import Candidate, Mention


# (an arrest "saying they had thrown stones" is a charge the gold does not code as ACCUSE: penalties on states only)
PENALTY_TYPES = frozenset({"SANCTION"})
# acts whose telling as a penalty's reason charges the penalised party (the gold codes the ACCUSE only then)
CHARGED_ACTS = frozenset({"ASSAULT", "COERCE", "AID", "SANCTION", "THREATEN", "MOBILIZE"})
# participles that state the reason ("saying they had ...")
REASON_VERBS = frozenset({"say", "allege", "claim", "charge", "state"})
# subjects of the reason clause that stand for the penalised party
PARTY_PRONOUNS = frozenset({"they", "he", "she", "it"})


def penalty_reasons(found: list[Candidate], sent: Span, by_tok: dict[int, Mention]) -> None:
    """Add the ACCUSE a penalty's reason clause makes, and give the clause's act its doer (see the docstring)."""
    for c in list(found):
        if c.event not in PENALTY_TYPES or not codes(c.actor) or not codes(c.recipient):
            continue
        reason = _reason_clause(sent.doc[c.trigger], c, by_tok)
        if reason is None:
            continue
        say, verb, subj = reason
        told = [o for o in found if o is not c and verb.left_edge.i <= o.trigger <= verb.right_edge.i]
        if not any(o.event in CHARGED_ACTS for o in told):
            continue  # (conduct that is no event, "had been in contact with militant commanders", is not coded)
        if subj.lower_ in PARTY_PRONOUNS:
            for other in told:
                if codes(other.actor) == codes(c.actor):
                    other.actor = list(c.recipient)  # ("saying they had supplied drones": the firms, not the US)
        if not any(o.event == "ACCUSE" and codes(o.actor) == codes(c.actor) and codes(o.recipient) & codes(c.recipient)
                   for o in found):
            found.append(replace(c, event="ACCUSE", mode="allege", trigger=say.i, trigger_start=say.i,
                                 trigger_end=say.i + 1, speaker=[], embedding=None, embedding_cue=None,
                                 confidence=round(max(0.05, c.confidence - 0.15), 3)))


def _reason_clause(trig: Token, c: Candidate, by_tok: dict[int, Mention]) -> tuple[Token, Token, Token] | None:
    """The "saying <party> had <done>" participle on a penalty verb: (say, the clause's verb, its subject)."""
    rec = codes(c.recipient)
    for say in trig.children:
        if say.dep_ != "advcl" or say.tag_ != "VBG" or say.lemma_.lower() not in REASON_VERBS:
            continue
        for verb in say.children:
            if verb.dep_ != "ccomp" or any(k.dep_ == "neg" for k in verb.children):
                continue
            # told as done (past or perfect), not a plan or a wish ("saying they would ...")
            if not (verb.tag_ == "VBD" or any(k.dep_ == "aux" and k.lower_ in ("had", "has", "have")
                                             for k in verb.children)):
                continue
            subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            named = by_tok.get(subj.i)
            if subj.lower_ in PARTY_PRONOUNS or (named is not None and named.code in rec):
                return say, verb, subj
    return None
