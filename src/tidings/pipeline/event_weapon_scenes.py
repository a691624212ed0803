"""Attacks told with the weapon as the subject and no doer named (events stage, candidates).

"A car bomb killed seven people outside a police station in Mogadishu", "an airstrike killed 15 people in a
village in northern Yemen", "a roadside bomb struck a convoy in North Waziristan": wire copy often opens on
the weapon before anyone claims the attack. The trigger found no coded doer, so the candidate stage dropped
the event. The manual's ASSAULT needs no recipient and no actor is required to tell that an attack happened;
the victims are the people of the place it happened (as for gunmen: docs/plover-decisions.md, Domestic
scenes), the doer is left empty (who fired is unknown: the scene's country would make a foreign air force's
strike a domestic one).

Only a finite verb (not a relative clause or participle describing the weapon: "the drone that hit ..."),
only when its subject is a weapon or an attack noun (the instrument lexicon: bomb, blast, missile, drone,
airstrike, shell, ...; or an attack noun a weapon modifies: "a drone strike", "a missile attack") with no
owner or demonym of its own (those found their doer already), and only with a coded place on the verb or
its object (no place: nothing to code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# attack nouns that take a weapon modifier ("a drone strike", "a missile attack", "an artillery barrage")
ATTACK_NOUNS = word_list("attack_words.json", "weapon_attack_nouns")
# heads an "air" modifier makes an air attack ("air strikes", "an air raid"; not "air bases", "air defence")
AIR_ATTACKS = word_list("attack_words.json", "air_attack_heads")
# describing clauses: the weapon is told about, not the attack ("the drone that hit the minibus")
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod", "pcomp", "csubj", "xcomp"})
# a time clause sets another act's scene ("cut ties with the UAE after drones struck Port Sudan"): background
TIME_WORDS = frozenset({"after", "before", "since", "until", "as", "when", "while", "once"})


def time_clause(trigger: Token) -> bool:
    """The trigger heads an after / before / when ... clause on another verb."""
    return trigger.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_WORDS
                                           for c in trigger.children)


def scene_place(place: Mention | None, doc) -> Mention | None:
    """A place the attack happened in, not an attack noun's demonym ("in a suspected Israeli attack")."""
    if place is None:
        return None
    root = doc[place.root]
    if root.lemma_.lower() in ATTACK_NOUNS or (
            root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in ATTACK_NOUNS):
        return None
    return place


def weapon_subject(trigger: Token, instruments: dict[str, str]) -> Token | None:
    """The weapon or attack noun that is the finite trigger's subject, with no owner of its own."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ in DESCRIBING_DEPS or time_clause(trigger):
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    lemma = subj.lemma_.lower()
    mods = [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # "Russia's missile strike": the owner is the doer (found elsewhere)
    if lemma in instruments or (lemma in ATTACK_NOUNS and any(
            c.lemma_.lower() in instruments or c.lower_ in instruments for c in mods)):
        return subj
    return None
