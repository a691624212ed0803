"""Troops that back a party (types; split from event_retype.py in round 17): troops sent, or going in
themselves, to support, help or fight alongside a party's forces are military aid to it (manual, AID: military
assistance), not a mobilisation ('sent soldiers across the border to support the M23 rebels', 'crossed into South
Sudan to help government forces repel an offensive'); strengthening someone else's forces backs them
('bolstering Mogadishu's forces'), while moving one's own stays MOBILIZE. Called from event_rules.fold_participles."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects, prep_objects
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate


SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "rush", "move", "station", "fly", "airlift", "ferry", "second"})
# troops going in themselves to back a party are the same aid as troops sent ("crossed into South Sudan to help
# government forces repel ...")
ENTERING_VERBS = frozenset({"cross", "enter", "pour", "march", "arrive", "land", "roll"})
BACKING_VERBS = frozenset({"support", "help", "assist", "back", "reinforce", "bolster", "aid", "prop", "defend", "shore"})
FIGHTING_VERBS = frozenset({"fight", "battle", "combat", "serve"})
# A multinational or UN mission the troops serve in backs the host (CAMEO 074, peacekeeping, is AID): "sent 400
# police officers to Haiti to join the multinational mission", "deployed troops as part of the UN force".
MISSION_NOUNS = frozenset({"mission", "force", "operation", "contingent", "coalition", "peacekeeping", "deployment"})
# Whom troops are sent to back: a party, not a place or a task ("to protect the border").
BACKED_PARTIES = word_list("party_nouns.json", "backed_parties")


def troops_in_support(c: Candidate, t: Token) -> Candidate | None:
    """'sending soldiers across the border to support the M23 rebels': troops sent to back a party are
    military aid to it (manual, AID: military assistance), not a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in SENDING_VERBS | ENTERING_VERBS:
        return None
    return replace(c, event="AID", mode=None) if backs_a_party(t) else None


def backs_a_party(t: Token) -> bool:
    """The sending verb's purpose is to back a party: 'to support the M23 rebels', 'to fight alongside Congolese
    troops' (the troops are sent to someone's side, wherever that is)."""
    if serves_in_mission(t):
        return True
    for comp in t.children:
        if comp.dep_ in ("advcl", "xcomp") and comp.lemma_.lower() in FIGHTING_VERBS and any(
                k.dep_ == "prep" and k.lower_ in ("alongside", "beside") for k in comp.children):
            return True
        if comp.dep_ not in ("advcl", "xcomp") or comp.lemma_.lower() not in BACKING_VERBS \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        # (the one helped may be the subject of its own clause: "to help the government fight insurgents")
        helped = objects(comp) + [s for k in comp.children if k.dep_ in ("ccomp", "xcomp")
                                  for s in k.children if s.dep_ == "nsubj"]
        # ("the government fight insurgents"; "to help the junta fight jihadists", parsed with "junta fight" as the
        # object's subject)
        helped += [g for o in helped for g in o.children if g.dep_ in ("compound", "nsubj")]
        helped += [g for o in helped for g in o.children if g.dep_ == "compound"]
        if any(o.pos_ == "PROPN" or o.lemma_.lower() in BACKED_PARTIES for o in helped):
            return True
    return False


def serves_in_mission(t: Token) -> bool:
    """'to join the multinational mission', 'as part of the UN force': the sent troops or police serve in a
    mission (its host is the recipient the sending verb already has). Not 'deployed under a U.N.-backed mission',
    which tells how they came there (older gold keeps that a mobilisation)."""
    for comp in t.children:
        if comp.dep_ in ("advcl", "xcomp") and comp.lemma_.lower() == "join" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in comp.children) and any(
                o.lemma_.lower() in MISSION_NOUNS for o in objects(comp)):
            return True
        if comp.dep_ == "prep" and comp.lower_ == "as":
            held = [g for g in comp.children if g.dep_ == "pobj"]
            held += [x for g in held if g.lemma_.lower() == "part" for k in g.children if k.dep_ == "prep"
                     and k.lower_ == "of" for x in k.children if x.dep_ == "pobj"]
            if any(g.lemma_.lower() in MISSION_NOUNS and g.lemma_.lower() != "force" or (
                    g.lemma_.lower() == "force" and any(m.lower_ in ("peacekeeping", "multinational", "un", "u.n.")
                                                         for m in g.children)) for g in held):
                return True
    return False


REINFORCING_VERBS = frozenset({"bolster", "reinforce", "strengthen", "boost", "beef", "shore", "augment"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "own"})
# forces named by whose they are without a country: "bolstering government forces"
OWNER_NOUNS = word_list("party_nouns.json", "force_owner_nouns")


def others_forces_bolstered(c: Candidate, t: Token) -> bool:
    """'bolstering Mogadishu's forces in their fight against al Shabaab', 'has been bolstering government forces
    with drones': strengthening someone else's forces backs them (the aid that does it is its own event), it moves
    none of the actor's troops; 'India bolstered its troops along the border' stays a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in REINFORCING_VERBS:
        return False
    own = set(codes(c.actor))
    for o in objects(t):
        mods = [m for m in o.children if m.dep_ in ("poss", "compound", "amod")]
        if any(m.dep_ == "poss" and m.lower_ not in OWN_POSSESSIVES for m in mods):
            return True
        if any(m.lemma_.lower() in OWNER_NOUNS for m in mods):
            return True
        # ("the Somali army": a foreign owner named by its demonym; a place after the noun is no owner: "reinforced
        # its military posts in northern Syria")
        owners = {m.i for m in mods}
        if any(m.code and m.code not in own and m.root in owners for m in c.recipient):
            return True
    return False


TROOP_WORDS = word_list("party_nouns.json", "sent_troops")
REGION_WORDS = word_list("place_nouns.json", "troop_destinations")


def troops_to_a_region(c: Candidate, t: Token) -> Candidate | None:
    """'dispatched additional troops to northern Syria': troops sent into a region of a country move
    into its territory (MOBILIZE, the country as recipient); troops sent to a government ('sent troops
    to Mali to help the junta') stay military aid."""
    if c.event != "AID":
        return None  # (before the tree walks below: this rule is asked about every candidate)
    sent = objects(t) + [k for k in t.children if k.dep_ == "nsubjpass"]  # ("troops had been sent to Arauca")
    sent += [g for o in sent for g in prep_objects(o, ("of",))]  # ("a convoy of tanks")
    if not any(o.lemma_.lower() in TROOP_WORDS for o in sent) or backs_a_party(t):
        return None  # (troops sent "to fight alongside" a party stay aid to it, wherever they go)
    for g in prep_objects(t, ("to", "into")):
        if g.pos_ == "PROPN" and not any(m.code for m in c.recipient):
            return replace(c, event="MOBILIZE", mode="troops")  # a named place and no one helped: a deployment
        if any(m.dep_ == "poss" for m in g.children):
            continue  # "sent troops to Russia's Kursk region": to the host's aid
        if g.lemma_.lower() in REGION_WORDS or any(
                m.dep_ in ("amod", "compound") and m.lemma_.lower() in REGION_WORDS for m in g.children):
            return replace(c, event="MOBILIZE", mode="troops")
    return None
