"""Attacks reported with no attacker named (events stage, candidate repairs).

Wire copy and statements on political violence often tell the attack, its target and its scene but no doer, in
two forms. With no actor the candidate stage dropped such events, so the most common news of violence was lost.
The manual's ASSAULT needs no actor to tell that an attack happened; the documented gold convention for unknown
attackers is an ASSAULT with no actor and the target's (else the scene's) country as recipient (docs/plover-
decisions.md, Domestic scenes). ``doerless_attack`` is the stage's one entry; it tries the forms in this order:

1. **The weapon is the subject** ("a car bomb killed seven people outside a police station in Mogadishu", "an
   airstrike killed 15 people in a village in northern Yemen", "a roadside bomb struck a convoy in North
   Waziristan"): only a finite verb (not a relative clause or participle describing the weapon: "the drone that
   hit ..."), only when its subject is a weapon or an attack noun a weapon modifies ("a drone strike", "a missile
   attack") with no owner or demonym of its own (those found their doer already), and only with a coded scene on
   the verb or its object. The victims are the people of the scene; the doer stays empty (the scene's country
   would make a foreign air force's strike a domestic one).
2. **The attack is told as news** (round 21, real text): the attack noun is the object of a condemning verb
   ("France condemned Sunday's attack on a military convoy in central Mali") or an attack noun is the subject of a
   casualty verb ("a suicide bombing at a mosque killed 30 worshippers"); the noun is specific (a determiner, a
   possessive such as "Tuesday's", or a number: not "attacks on civilians" in general), and a target or place
   gives a coded country. "attack on its embassy" after "Japan condemned" targets the condemner (the possessive's
   antecedent), not the embassy's host country; a group a clause on the attack says claimed it is its actor.

Only the second form is flagged (``UNNAMED_KEY``) for ``drop_unnamed_twins``: its noun is often the same attack as a
killing the sentence also codes; the first form's verb is that killing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .argument_places import coded_places
from .dates import MONTH_SET, WEEKDAY_SET
from .event_parties import scene_victims
from .event_rule_parties import place_target
from .word_lists import word_list

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

UNNAMED_KEY = "events.unnamed_doer"  # the candidate's extra flag for an attack kept with no doer

CONDEMNING_VERBS = word_list("attack_words.json", "condemning_verbs")
# verbs whose subject, when an attack noun, reports the attack as done ("a bombing killed 12 people")
CASUALTY_VERBS = word_list("attack_words.json", "casualty_verbs")
ATTACK_NOUNS = word_list("attack_words.json", "unnamed_attack_nouns")
OWN_PRONOUNS = frozenset({"its", "their"})


DAY_WORDS = WEEKDAY_SET | {"today", "yesterday", "tonight", "overnight", "weekend", "morning", "night", "evening",
                           "afternoon"}


def _told_as_news(n: Token) -> bool:
    """An attack the sentence reports, not one it refers back to or recalls: introduced with 'a / an' or a number,
    dated to a day ('Sunday's attack', 'the attack on Tuesday'), or told with its toll ('the attack ... that killed
    20 people', '..., in which 12 soldiers died'). Not 'the attack' alone (the story's attack again: "Fils-Aime
    condemned the attack") nor a month's ("the April attack"), nor attacks in general."""
    kids = list(n.children)
    if any(c.lower_ in MONTH_SET for c in n.subtree if c.dep_ in ("compound", "amod", "npadvmod", "nmod")):
        return False
    if any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in kids):
        return True
    dated = [c for c in kids if c.dep_ in ("poss", "npadvmod", "compound")]
    # (the noun's own date only: "condemned the assault on Tuesday" dates the condemning)
    dated += [o for p in kids if p.dep_ == "prep" and p.lower_ in ("on", "during") for o in p.children if o.dep_ == "pobj"]
    if any(d.lower_ in DAY_WORDS for d in dated):
        return True
    return any(c.dep_ in ("relcl", "acl") and any(t.lemma_.lower() in CASUALTY_VERBS | {"die"} for t in c.subtree)
               for c in kids)


def condemning_verb(n: Token) -> Token | None:
    """The condemning verb whose object the noun is (through a coordination: 'condemned the bombing and ...')."""
    while n.dep_ == "conj":
        n = n.head
    if n.dep_ == "dobj" and n.head.lemma_.lower() in CONDEMNING_VERBS and n.head.dep_ not in ("relcl", "acl"):
        return n.head  # (not "Resolution 2249, which condemned the 13 November attacks in Paris": a description)
    return None


# where a statement is made, not where the attack was ("condemned the attack at a news conference in Berlin")
SETTING_NOUNS = frozenset({"conference", "meeting", "summit", "briefing", "session", "statement", "speech", "interview",
                           "talks", "event", "assembly", "council", "forum", "parliament", "rally", "ceremony", "visit"})
SCENE_PREPS = ("in", "at", "near", "outside")


def verb_scene_places(verb: Token, by_tok: dict[int, Mention]) -> list[Mention] | None:
    """The country of a scene the parser hung on the condemning verb instead of its object ("condemned Tuesday's
    bombing | at a railway station in Quetta"). None when the verb has no named scene; [] when the scene's name has
    no known country."""
    scenes = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS
              for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in SETTING_NOUNS]
    names = [t for o in scenes for t in o.subtree if t.pos_ == "PROPN"]
    if not names:
        return None
    si = next((m.sent_index for m in by_tok.values()), 0)
    return coded_places(scenes + names, set(), by_tok, si)


def _named_scene(n: Token) -> bool:
    """The attack noun names its own scene ("the attack on tourists in Pahalgam"), known to the gazetteer or not."""
    return any(t.pos_ == "PROPN" for p in n.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS + ("on", "against", "of")
               for t in p.subtree)


def _own_target(n: Token, verb: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """'Turkey condemned a rocket attack on its consulate in Mosul': the condemner is the target."""
    for prep in n.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in obj.children):
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                found = [by_tok[s.i] for s in subj if s.i in by_tok and by_tok[s.i].code]
                if not found:  # "Kenya's president": the subject's possessor names the state
                    found = [by_tok[t.i] for s in subj for t in s.subtree if t.i in by_tok and by_tok[t.i].code]
                return found[:1]
    return []


BLAMING_VERBS = frozenset({"blame", "accuse"})


def _blamed(verb: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The party the condemner blames in a participle on its verb: "Ukraine condemned a drone attack on a hospital
    in Sumy, blaming Russia"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in BLAMING_VERBS and c.tag_ == "VBG":
            found = [by_tok[o.i] for o in c.children if o.dep_ == "dobj" and o.i in by_tok and by_tok[o.i].code]
            if found:
                return found[:1]
    return []


def claimant(n: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """Who claimed the attack, in a clause on it: "two suicide attacks, both claimed by Islamic State", "a bombing
    for which Islamic State claimed responsibility" (not "for which no group has claimed responsibility")."""
    for c in n.subtree:
        if c.lemma_.lower() != "claim" or c.dep_ not in ("acl", "relcl") or any(k.dep_ == "neg" for k in c.children):
            continue
        doers = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        doers += [k for k in c.children if k.dep_ == "nsubj"]
        found = [by_tok[t.i] for d in doers for t in d.subtree if t.i in by_tok and by_tok[t.i].code]
        if found:
            return found[:1]
    return []


def unnamed_attack_target(etype: str, tok: Token, noun: Token | None, recipient: list[Mention],
                          by_tok: dict[int, Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The (actor, recipient) of a reported attack whose doer the clause does not name (module docstring): no
    actor, or the group a clause on the attack says claimed it; None when the hit is no such attack or names no
    country to receive it."""
    if etype != "ASSAULT":
        return None
    if noun is not None:
        verb = condemning_verb(noun)
        if verb is None or noun.lemma_.lower() not in ATTACK_NOUNS or not _told_as_news(noun):
            return None
        target = _own_target(noun, verb, by_tok) or (verb_scene_places(verb, by_tok) if not _named_scene(noun) else []) or []
        attack = noun
        blamed = _blamed(verb, by_tok)
    else:
        if tok.lemma_.lower() not in CASUALTY_VERBS or tok.pos_ != "VERB":
            return None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lemma_.lower() not in ATTACK_NOUNS or not _told_as_news(subj[0]):
            return None
        target = []
        attack = subj[0]
        blamed = []
    claimed = claimant(attack, by_tok) or blamed
    own = {m.code for m in claimed}
    coded = [m for m in recipient if m.code and m.code not in own]
    target = [m for m in target or coded or place_target(etype, tok, noun, claimed, by_tok) if m.code not in own]
    target = [m for m in target if m.code]
    return (claimed, target) if target else None


# attack nouns that take a weapon modifier ("a drone strike", "a missile attack", "an artillery barrage")
WEAPON_ATTACK_NOUNS = word_list("attack_words.json", "weapon_attack_nouns")
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
    if root.lemma_.lower() in WEAPON_ATTACK_NOUNS or (
            root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in WEAPON_ATTACK_NOUNS):
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
    if lemma in instruments or (lemma in WEAPON_ATTACK_NOUNS and any(
            c.lemma_.lower() in instruments or c.lower_ in instruments for c in mods)):
        return subj
    return None


def doerless_attack(h: Hit, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
                    instruments: dict[str, str], scene: Callable[[], Mention | None],
                    ) -> tuple[list[Mention], list[Mention], float, bool] | None:
    """The (actor, recipient, confidence change, kept-with-no-doer flag) of an ASSAULT the clause tells with no
    doer, in the module docstring's two forms; None when it is neither. ``scene`` gives the country where the act
    happened (called only for the weapon form: it walks the sentence)."""
    if h.etype != "ASSAULT":
        return None
    if not actor and weapon_subject(h.tok, instruments) is not None and (place := scene_place(scene(), h.tok.doc)):
        return actor, [m for m in scene_victims(recipient, place) if m.code] or [replace(place, kind="agent")], -0.15, False
    if (unnamed := unnamed_attack_target(h.etype, h.tok, h.noun, recipient, by_tok)) is not None:
        return unnamed[0], unnamed[1], 0.0, not unnamed[0]
    return None


def drop_unnamed_twins(out: list[Candidate]) -> list[Candidate]:
    """An attack kept with no doer is the same attack as another ASSAULT of the sentence on the same country
    ("condemned the mortar attack on a camp in North Kivu, which killed 12": the killing is coded too)."""
    told = [c for c in out if c.event == "ASSAULT" and not c.extra.get(UNNAMED_KEY)]
    return [c for c in out if not (c.extra.get(UNNAMED_KEY) and any(
        {m.code for m in c.recipient if m.code} & {m.code for m in t.recipient + t.actor if m.code} for t in told))]
