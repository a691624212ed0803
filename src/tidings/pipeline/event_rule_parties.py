"""Parties the events stage gives an event from its scene (moved out of event_rules, round 10, to keep that
module under 600 lines): a role-noun recipient at home (domestic_recipients), the one country a story names
(story_country), and the foreign place an attack, arrest, withdrawal or threatened strike aims at (place_target)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import LOCATIVE_PREPS, codes, place_recipient
from .base import DOMESTIC_FORCE_SECTORS, NON_COUNTRY_CODES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


# Types whose uncoded role-noun recipient is, by default, the actor's compatriot.
DOMESTIC_RECIPIENT_TYPES = frozenset({"COERCE", "PROTEST", "ACCUSE", "SANCTION", "ASSAULT"})
# sectors that exist only at home: a state's measure against an opposition or a parliament with no country named
HOME_ONLY_SECTORS = frozenset({"OPP", "LEG"})
# DOMESTIC_FORCE_SECTORS (base): police and courts, and authorities named as such ("Iranian authorities
# executed two men"), act at home; a state named by its country or capital strikes as often abroad
# ("Moscow denied targeting civilians" after a strike on Kharkiv).


def domestic_force(m: Mention) -> bool:
    """Police, courts, and authorities named as such."""
    return m.sector in DOMESTIC_FORCE_SECTORS or (m.sector == "GOV" and m.kind == "agent")


def domestic_recipients(event: str, mode: str | None, actor: list, recipient: list, sentence_mentions) -> list:
    """'Kenyan police arrested opposition supporters', 'Turkish prosecutors charged an opposition
    mayor': a role-noun recipient with no country of its own takes the actor's country when that
    is the only country the sentence names. Violence qualifies only when the actor is police, a
    court or authorities named as such: an army's or a state's victims are as often foreign
    ("Russian troops killed civilians", "Moscow denied targeting civilians"), and troops fighting
    bandits or militants at home are not coded as a dyad."""
    if event not in DOMESTIC_RECIPIENT_TYPES or any(m.code for m in recipient) or (
            event == "SANCTION" and mode != "convict" and not all(m.sector in HOME_ONLY_SECTORS for m in recipient)):
        # courts convict compatriots; states sanction foreigners, but an opposition or parliament is always
        # someone's at home ("froze the assets of 20 opposition figures", "a ban on the opposition party")
        return recipient
    own = set(codes(actor))
    if len(own) != 1 or own & NON_COUNTRY_CODES or any(m.code and m.code not in own for m in sentence_mentions):
        return recipient  # (an NGO or the UN has no compatriots: "Amnesty accused the government")
    roles = [m for m in recipient if m.code is None and m.kind == "agent"]
    if not roles:
        return recipient
    if event == "ASSAULT" and not any(domestic_force(m) for m in actor if m.code):
        return recipient
    (code,) = own
    return [replace(m, code=code, confidence=min(m.confidence, 0.6)) if m in roles else m for m in recipient]


def story_country(mentions) -> object | None:
    """The one country a story names (any number of times), or None when it names several or none:
    'Kenya's parliament approved the bill. Protesters stormed the building' -> KEN."""
    found = None
    for m in mentions:
        if m.code and m.code not in NON_COUNTRY_CODES:
            if found is not None and m.code != found.code:
                return None
            found = found or m
    return found


# Types whose recipient may be a foreign place: "struck targets in southern Syria" -> SYR.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})


def place_target(event: str, tok: Token, noun: Token | None, actor: list, by_tok: dict) -> list:
    """The recipient a place gives an event with none: the foreign country it happened in or
    targeted (ASSAULT, COERCE), left (RETREAT "from"), or that a threatened strike would hit
    ("threatened to strike weapons depots in Poland")."""
    if event == "THREATEN" or (event == "REJECT" and tok.lemma_.lower() in ("exclude", "rule")):
        # (or the option held open, a THREATEN once its double negative is read: "did not exclude a ground operation against Kurdish fighters in northern Syria")
        return next((found for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "dobj" and c.pos_ == "NOUN")
                     if (found := place_recipient(c, actor, by_tok, targets=True))), [])
    if event not in PLACE_TARGET_TYPES:
        return []
    # "withdrew from the city of Kherson", "pulled out of the town of Khiam"
    preps = ("from", "out") if event == "RETREAT" else LOCATIVE_PREPS
    return place_recipient(noun if noun is not None else tok, actor, by_tok,
                           targets=event == "ASSAULT", preps=preps) or (
        place_recipient(tok, actor, by_tok, preps=preps) if noun is not None else [])
