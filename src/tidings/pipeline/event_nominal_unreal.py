"""Acts an event noun names that are not done (round 11, nouns): what a mood, rumour or memory is about ("concerns
about a Russian offensive") and a meeting an offer is about ("renewed its offer to host talks"); and the crowd of
street protests a clause is set amid. Split from
event_nominal_parts.py, which was at its size limit; read by ``event_nominal.NominalMixin._noun_hit``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import subject_tokens
from .event_background import street_protest

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

VOICING_VERBS = frozenset({"express", "voice", "raise", "convey", "reiterate", "share", "register", "flag"})


def foreseen(tok: Token, holders: frozenset[str]) -> bool:
    """"Concerns about a Russian offensive have grown", "speculation about a meeting between Trump and Kim", "memories
    of the Iraqi invasion of Kuwait": an act a mood, rumour or recollection is about is no event of the story (not
    "Japan expressed concern about China's deployment of warships": a concern voiced at someone judges a done act)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("about", "over", "of", "regarding", "concerning"):
        return False
    holder = tok.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or not {holder.lemma_.lower(), holder.lower_, holder.lower_.removesuffix("s")} & holders:
        return False
    return not (holder.dep_ == "dobj" and holder.head.lemma_.lower() in VOICING_VERBS)


OFFER_NOUNS = frozenset({"offer", "proposal", "invitation", "bid", "plan", "proposition", "readiness", "willingness"})


def offered_meeting(tok: Token) -> bool:
    """"Turkey renewed its offer to host talks between Russia and Ukraine", "repeated its proposal to hold a summit":
    a meeting an offer or proposal is about is not held (the parser may hang "to host talks" on the verb)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFER_NOUNS for c in tok.head.head.children)
    verb = tok.head
    return tok.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() in OFFER_NOUNS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in OFFER_NOUNS for c in verb.head.children))


def amid_crowd(tok: Token, slot: Token, by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """"Serbia's prime minister resigned amid mass protests", "Bangladesh imposed a curfew amid student protests":
    street protests a clause is set amid, naming no town, are the clause subject's country's people (against its
    government: the domestic default). Not a diplomatic protest ("amid protests from Beijing")."""
    if slot.dep_ != "pobj" or slot.head.lower_ != "amid" or not street_protest(tok) or any(
            c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children):
        return []
    verb = slot.head.head
    found = [m for m in mentions(subject_tokens(verb)[0], by_tok) if m.code and m.code not in ("UNO", "IGO", "NGO", "EUR")]
    return [replace(found[0], sector="CVL", kind="agent", confidence=min(found[0].confidence, 0.6))] if found else []


def campaign_rally(tok: Token, slot: Token, by_tok: dict[int, Mention], mentions) -> bool:
    """"Milei called the Spanish prime minister's wife corrupt during a rally in Madrid", "Trump mocked Canada at a
    rally in Michigan": a rally a named politician speaks at is his own gathering, no protest."""
    if tok.lemma_.lower() != "rally" or slot.dep_ != "pobj" or slot.head.lower_ not in ("during", "at"):
        return False
    verb = slot.head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        m.kind == "person" or m.sector == "GOV" for m in mentions(subject_tokens(verb)[0], by_tok))
