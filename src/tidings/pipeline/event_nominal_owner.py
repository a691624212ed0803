"""Who does an event named by a noun, from the words on the noun itself: a mixin of the
events stage's noun triggers (``tidings.pipeline.event_nominal``), split out to keep that
module small. Needs ``_mentions`` and ``_lemma`` from the host class."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import (
    direct_subjects,
    objects,
    place_mention,
    prep_objects,
    recipient_mentions,
    unique,
)
from .event_nominal_parts import _coded, _sent_index, noun_settings, scene_actor
from .event_unnamed_attacks import claimant

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


BLAME_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})


def armed_modifier(tok: Token, agents: frozenset[str]) -> bool:
    """'a militant attack', 'a gang assault', 'a jihadist raid', 'an attack by gunmen': the noun names uncoded armed
    doers (verbs.json domestic_agents) on itself, as a modifier or its 'by' phrase."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in agents for c in tok.children) or any(
        g.lemma_.lower() in agents and g.ent_type_ not in ("NORP", "GPE", "ORG") for g in prep_objects(tok, ("by",)))


def armed_scene(mentions, tok: Token, places: list[Token], by_tok: dict[int, Mention]) -> list[Mention]:
    """Uncoded armed doers act for the scene's country, as the subjects of their verbs do ('Militants attacked a
    police post in Pakistan'): the coded place of the noun's own phrases, with no sector of its own; unless a clause
    on the attack names the group that claimed it ("a suicide bombing in Kabul for which Islamic State claimed
    responsibility")."""
    if claimed := claimant(tok, by_tok):
        return claimed
    found = scene_actor(mentions, tok, places, by_tok)
    if not found:  # "a gang offensive on the Petion-Ville district of Port-au-Prince", "a rebel assault on Goma"
        spots = places + [g for p in places for g in prep_objects(p, ("of", "near"))]
        found = [m for m in mentions(spots, by_tok) if m.code and m.kind == "country"][:1]
    return [replace(m, sector=None, kind="agent") for m in found]


def blamed_on_phrase(tok: Token, verb: Token) -> list[Token]:
    """"blamed the attack on Iran": Iran, the last "on" object of the verb or of the act's own phrases (the parser
    may hang it there: "blamed the shelling of a hospital in Omdurman on the RSF", "the bombing of a dam on the
    Dnipro on Russian forces")."""
    found = [verb, tok]
    for _ in range(3):
        found += [g for n in found for g in prep_objects(n, ("of", "in", "at", "near", "on")) if g not in found]
    return sorted((g for g in found if g.head.lower_ == "on" and g.head.dep_ == "prep"), key=lambda g: g.i)[-1:]


class OwnerMixin:
    def _owner_actor(self, tok: Token, slot: Token, by_tok: dict[int, Mention], patient: bool,
                     comps: list[Token]) -> list[Mention]:
        """Coded doers named on the noun itself: its owner ("Iran's seizure of"), a "by" phrase,
        the owner of its container ("Biden's show of support"), an adjective on its compound ("a
        Russian missile barrage"), the author of a participle on it ("a package announced by the
        Pentagon", "the warrant issued by the ICC")."""
        authors = noun_settings()["author_participles"]
        found: list[Mention] = []
        holders = [tok] + ([slot] if slot.i != tok.i else [])
        # "Kyiv's Kursk operation, a surprise incursion into Russia", "the offensive, an Israeli push":
        # an apposition names the same act, so the other noun's doer is this one's
        holders += ([tok.head] if tok.dep_ == "appos" else []) + [c for c in tok.children if c.dep_ == "appos"]
        same = {n.i for n in holders if n.i != slot.i or n.i == tok.i}  # the noun itself and its appositions
        for n in holders:
            for c in n.children:
                if c.dep_ == "poss" and not (patient and n.i == tok.i):
                    found += self._mentions([c], by_tok)
                elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    found += self._mentions([g for g in c.children if g.dep_ == "pobj"], by_tok)
                elif c.dep_ == "amod" and c.i in by_tok and (n.i in same or n.lemma_.lower() in noun_settings()["containers"]):
                    # "a Russian missile barrage", "a French and German expression of solidarity"
                    found += self._mentions([c], by_tok)
                elif c.dep_ == "compound" and n.i in same:
                    found += [by_tok[g.i] for g in c.children if g.dep_ in ("amod", "poss", "compound") and g.i in by_tok]
                elif c.dep_ == "acl" and c.tag_ == "VBN" and self._lemma(c) in authors:  # (model lemma slips: "stag")
                    found += self._mentions(prep_objects(c, ("by",)), by_tok)
                if c.dep_ in ("amod", "compound") and n.i in same and c.lower_ in noun_settings()["doer_hyphen_participles"]:
                    # "a French-led offensive", "Qatar-funded fuel shipments" (not "Iran-backed", "US-brokered":
                    # a backer or a go-between is not the doer)
                    names = [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod")]
                    found += self._mentions(names, by_tok) or [  # (the actor pass may miss a name before a hyphen)
                        m for g in names if (m := place_mention(g, by_tok, _sent_index(by_tok))) is not None]
        for g in comps:  # on the complement, only what plainly names a doer ("issued by", "by Norway")
            found += [m for m in self._mentions(prep_objects(g, ("by",)), by_tok) if m.code]
            found += [m for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and self._lemma(c) in noun_settings()["decree_participles"]
                      for m in self._mentions(prep_objects(c, ("by",)), by_tok)]
        return _coded(unique(found))

    def _accused_actor(self, tok: Token, slot: Token, head: Token, by_tok: dict[int, Mention],
                       route: str) -> tuple[list[Mention], str]:
        """Who an accusation says did the act the noun names: the accused of "blamed Iran for the
        attack", the subject of "X was responsible for", the linked of "agents ... were linked to the
        killing", the named of "a warrant for X over the deportation of children"."""
        cfg = noun_settings()
        actor: list[Mention] = []
        acc_slot, acc_head = slot, head
        if slot.dep_ == "pobj" and head.lower_ in ("in", "to") and head.head.pos_ == "NOUN" and (
                head.head.lemma_.lower() in cfg["role_nouns"]):
            # "accused India of involvement in the killing", "blamed Iran for its role in the attack":
            # the role noun stands in the act's slot
            acc_slot, acc_head = head.head, head.head.head
        linked = (acc_head.lower_ in ("in", "to") and acc_head.head.tag_ == "VBN"
                  and self._lemma(acc_head.head) in ("link", "involve", "implicate", "tie", "connect"))
        if linked:  # "agents of the Indian government were linked to the killing"
            actor = _coded(recipient_mentions([c for c in acc_head.head.children if c.dep_ in ("nsubj", "nsubjpass")],
                                              by_tok))  # (one "of" down: "agents of the Iranian government")
            route = "accused"
        if not actor and acc_slot.dep_ == "pobj" and acc_head.lower_ in ("for", "of", "over"):
            accuser = acc_head.head  # "blamed Iran for the attack": the accused did it
            if self.lex.embedding.get(self._lemma(accuser)) in ("accuse", "condemn"):
                actor = self._mentions(objects(accuser), by_tok)
                route = "accused"
            elif accuser.lemma_.lower() in BLAME_ADJECTIVES:  # "X was responsible for the attack"
                # ("holds Tehran responsible for the attacks": the small clause's own subject, or the held object)
                held = [c for c in accuser.children if c.dep_ == "nsubj"] or (
                    objects(accuser.head) if accuser.dep_ in ("oprd", "xcomp") else [])
                actor = self._mentions(held or direct_subjects(accuser.head)[0], by_tok)
                route = "accused"
            elif warrants := [o for o in objects(accuser) + [accuser] if o.pos_ == "NOUN" and o.i != tok.i
                              and self._noun_type(o) in ("ACCUSE", "THREATEN", "PROTEST")]:
                # "issued a warrant for X over the deportation of children": X did it
                actor = self._mentions(prep_objects(warrants[0], ("for", "against")), by_tok)
                if not _coded(actor) and tok.lemma_.lower() in cfg["patient_nouns"]:
                    # "lodged a complaint with Washington over the expulsion of its ambassador" (an act done to the
                    # complainer's people; not "a protest with China over the incursion": a reason with no doer)
                    actor = [m for m in self._mentions(prep_objects(warrants[0], ("with", "to")), by_tok)
                             if m.code and m.code not in ("UNO", "IGO", "NGO")]
                route = "accused"
        return actor, route

    def _relative_blame(self, tok: Token, by_tok: dict[int, Mention]) -> list[Mention] | None:
        """Who a relative clause on the noun blames for it ("an attack Iran blamed on Israel", "the strike on the
        consulate in Damascus on Monday, which Iran blamed on Israel"); None when no such clause."""
        blamers = [c for c in tok.subtree if c.dep_ == "relcl" and self._lemma(c) == "blame" and (
            # the parser hangs the clause on the nearest noun; a place or date there is no blamed act
            c.head.i == tok.i or (c.head.dep_ == "pobj" and (c.head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or (
                # "the rocket attack on Majdal Shams, which it blamed on Hezbollah": the last word of the
                # noun's own phrase, when that word is no act itself
                c.head.head.head.i == tok.i and c.head.lemma_.lower() not in self.lex.nouns))))
            and (any(r.lower_ in ("which", "that") for r in c.children)
                 # (or a contact relative, its own subject and no object: "in an attack Hezbollah blamed on Israel")
                 or any(r.dep_ == "nsubj" for r in c.children) and not any(r.dep_ == "dobj" for r in c.children))]
        return self._mentions(prep_objects(blamers[0], ("on",)), by_tok) if blamers else None
