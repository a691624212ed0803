"""Persons sent at another state's request (types, round 17): 'Panama deported the fugitive banker to Colombia at
Bogota's request', 'was expelled to Peru at the request of Lima's prosecutors' hand a wanted person to the state that
asked for him, which is cooperation on judicial matters (manual, COOPERATE: extraditions), not a coercion of that
state; a deportation with no requester ('deported 40 migrants to Guatemala') stays COERCE deport. Called from
event_rules.fold_participles. Round 23 (recipients): ``handover_receiver``, called from event_candidate, names the
state an extradited person goes to (or that wants him) as the recipient, not the person's own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import PARTY_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention

REQUEST_NOUNS = frozenset({"request", "behest", "requests"})


def _requester(req: Token) -> bool:
    """The request is someone's: 'Bogota's request', 'the request of Colombian prosecutors', 'a Colombian request'."""
    owners = [k for k in req.children if k.dep_ in ("poss", "amod", "compound")]
    owners += [g for k in req.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
    return any(o.ent_type_ in PARTY_ENTS or any(g.ent_type_ in PARTY_ENTS for g in o.children
                                               if g.dep_ in ("amod", "compound", "poss")) for o in owners)


def requested_handover(c: Candidate, t: Token) -> Candidate | None:
    if c.event != "COERCE" or c.mode != "deport" or not any(m.code for m in c.recipient):
        return None
    if not any(k.dep_ == "prep" and k.lower_ in ("at", "upon", "on") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_NOUNS and _requester(g) for g in k.children)
            for k in t.children):
        return None
    return replace(c, event="COOPERATE", mode=None)


# verbs that hand a wanted person to another state (COOPERATE readings only)
HANDOVER_VERBS = frozenset({"extradite", "hand", "surrender", "transfer"})
# participles on the person naming who wants him: "a Russian national wanted by U.S. prosecutors"
WANT_PARTICIPLES = frozenset({"want", "seek", "sought"})
# clauses of their own: a "to" phrase there belongs to another act
OWN_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})


def handover_receiver(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Spain extradited a Russian national accused of running a ransomware network to the United States':
    the state a person is extradited to is the recipient, also where the parser hangs the 'to' phrase on
    the person's description; else the state that wants him ('wanted by U.S. prosecutors'). The person's
    own nationality is no party (docs: 'Actors and recipients', round 23). [] when none is named."""
    tok = h.tok
    if h.etype != "COOPERATE" or tok.lemma_.lower() not in HANDOVER_VERBS or (h.noun is not None and h.noun.i != tok.i):
        return []

    def within(t: Token) -> bool:
        while t.i != tok.i:
            if t.dep_ in OWN_CLAUSE_DEPS:
                return False
            t = t.head
        return True

    def coded(toks: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for g in toks:
            m = by_tok.get(g.i)
            if m is not None and m.code and m.code not in own and m not in out:
                out.append(m)
        return out

    dest = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > tok.i and within(t)
            for g in t.children if g.dep_ == "pobj"]
    found = coded(dest)
    if found:
        return found
    wanted = [g for t in tok.subtree if t.dep_ == "acl" and t.lemma_.lower() in WANT_PARTICIPLES and within(t.head)
              for p in t.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "in")
              for g in p.children if g.dep_ == "pobj"]
    # ("wanted by U.S. prosecutors": the agency's demonym names the state)
    wanted += [a for g in list(wanted) for a in g.children if a.dep_ in ("amod", "compound", "poss")]
    return coded(wanted)
