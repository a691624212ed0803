"""When a promise of a yielding act stays an agreement (types, round 12).

The events stage folds 'agreed to withdraw' into one CONCEDE (manual: an announced retreat is a verbal concession).
Two shapes are no concession by one side but the cooperation PLOVER codes AGREE:

* a mutual agreement: 'Kenya and Uganda agreed to reopen their border crossing', 'the two sides agreed to halt the
  fighting', 'Russian and Ukrainian delegations ... agreeing to exchange 1,000 prisoners each', 'Pakistan and
  Afghanistan agree truce': both parties commit to what each will do, an agreement between them (manual, AGREE:
  agree to ceasefire terms; docs: 'agreed to stop fighting' is AGREE);
* an offer: 'Ukraine offered to exchange all prisoners of war', 'the EU offered to lift some sanctions if ...': an
  offer waits for the other side's answer; nothing is conceded until it is taken up (manual, AGREE: offer).

'Russia agreed to release 20 prisoners', 'Israel agreed to allow fuel into Gaza' (one side) stay CONCEDE.
Called from event_fold when a yielding act is folded into an AGREE verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

OFFERING_VERBS = frozenset({"offer", "propose"})
# "the two sides / both countries / the neighbours agreed": a pair named by a plural noun
PAIR_NOUNS = frozenset({"side", "party", "country", "nation", "neighbour", "neighbor", "government", "delegation",
                        "leader", "president", "minister", "army", "military", "rival"})
PAIR_WORDS = frozenset({"two", "both"})


def _pair_subject(verb: Token) -> bool:
    """'the two sides agreed', 'both countries pledged' (also through a participle's head: 'the two sides met and
    agreed')."""
    for v in (verb, verb.head if verb.dep_ in ("conj", "advcl") else verb):
        for s in v.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in PAIR_NOUNS and s.tag_ in ("NNS", "NNPS") and (
                    any(k.lower_ in PAIR_WORDS for k in s.children) or s.lower_ in ("neighbours", "neighbors")):
                return True
    return False


def agreement_not_concession(verb: Token, actor: list[Mention]) -> bool:
    """A yielding act under this promise verb is a mutual agreement or an offer (the module docstring), so the
    promise stays AGREE."""
    if verb.lemma_.lower() in OFFERING_VERBS:
        return True
    return len({m.code for m in actor if m.code}) >= 2 or _pair_subject(verb)


RESTRAINT_VERBS = frozenset({"refrain", "abstain", "desist", "avoid", "forgo", "forswear", "renounce"})


def verb_between(outer: Token, inner: Token, lemmas: frozenset[str], depth: int = 5) -> bool:
    """One of ``lemmas`` is a verb on the head path from ``inner`` up to (not including) ``outer``."""
    cur = inner
    for _ in range(depth):
        if cur.head.i == cur.i or cur.head.i == outer.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in lemmas:
            return True
    return False


def restrained(outer: Token, inner: Token) -> bool:
    """'vowed to refrain from the use of force', 'pledged to renounce violence': a promise of restraint is an
    agreement, no threat of the act it forgoes (the restraint verb lies between the promise and the act). So is
    a promise not to let the act happen: 'pledged not to allow its soil to be used for attacks' (a negated verb
    between the promise and the act)."""
    return verb_between(outer, inner, RESTRAINT_VERBS) or _negated_between(outer, inner)


def _negated_between(outer: Token, inner: Token, depth: int = 5) -> bool:
    cur = inner
    for _ in range(depth):
        if cur.head.i == cur.i or cur.head.i == outer.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in cur.children):
            return True
    return False


SIGNING_HEADS = frozenset({"sign", "ink", "conclude", "seal", "ratify", "initial", "finalise", "finalize"})
# what a signed text does to its signatories ("committing them to", "settling the dispute"); not an offer made beside it
TEXT_VERBS = frozenset({"commit", "pledge", "promise", "vow", "guarantee", "settle", "bind", "oblige", "obligate",
                        "require"})


def signed_content(verb: Token, actor: list[Mention], by_trigger: dict) -> bool:
    """'signed a declaration of principles committing them to a permanent ceasefire', 'signed a mutual defence pact,
    pledging that aggression against either would be an attack on both', 'signed a treaty settling the border
    dispute': the participle tells what the signed text says; the signing is the event, no second agreement."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp", "conj") or verb.lemma_.lower() not in TEXT_VERBS:
        return False
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "nsubjpass"):
        head = head.head if head.dep_ != "pobj" else head.head.head
    host = by_trigger.get(head.i)
    if host is None or head.lemma_.lower() not in SIGNING_HEADS:
        return False
    own = {m.code for m in actor if m.code}
    return not own or own <= {m.code for m in host.actor if m.code}
