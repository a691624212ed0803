"""Noun triggers of the events stage, as a mixin of ``Events``: an event named by a noun
("the airstrike", "held talks", "Iran faces sanctions from the EU", "blamed Iran for the
attack"). The noun's actor comes from its possessor or modifiers, a *by* / *of* / *from*
phrase, the subject of a light verb (*carried out strikes*), the accused of an accusation, or
a frame verb (*is considering sanctions*); its recipient from the type's prepositions. Split
from events.py, which keeps the token pass, verb triggers and the candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import (
    datives,
    direct_subjects,
    frame_verb,
    objects,
    prep_objects,
    recipient_mentions,
    subject_tokens,
    unique,
)
from .event_background import duration_summary, reason_phrase
from .event_fold import Hit
from .event_rules import circumstantial

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention
    from .verblex import Trigger

BLAME_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})
UNDERGO_VERBS = frozenset({"face", "suffer", "endure", "sustain", "weather", "undergo"})
# "hundreds of airstrikes", "a wave of drone attacks": the container stands in for the noun
QUANTITY_HEADS = frozenset({"hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "series", "wave",
                            "number", "string", "spate", "round", "barrage", "flurry", "volley", "salvo", "host",
                            "package", "set", "batch", "tranche", "raft", "slew"})
SETTING_PREPS = frozenset({"during", "on", "in"})
STATE_VERBS = frozenset({"be", "remain", "stay", "go"})


class NominalMixin:
    """Noun triggers; needs ``lex``, ``_lemma`` and ``_mentions`` from the host class."""

    def _noun_rprep(self, tok: Token) -> tuple[str, ...]:
        entries = self.lex.nouns.get(tok.lemma_.lower())
        return entries[0].rprep if entries else ()

    def _noun_type(self, tok: Token) -> str | None:
        entries = self.lex.nouns.get(tok.lemma_.lower())
        return entries[0].type if entries else None

    # -- nouns ------------------------------------------------------------------------
    def _noun_hit(self, tok: Token, entries: list[Trigger], by_tok: dict[int, Mention]) -> Hit | None:
        if circumstantial(tok) or duration_summary(tok):
            return None  # a setting: "at the summit", "after days of strikes"
        slot = tok  # the word that fills the verb's slot
        if tok.dep_ == "pobj" and (
                (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_HEADS)
                or (tok.head.lower_ in ("in", "of") and (tok.head.head.pos_ == "NUM" or any(
                    c.dep_ == "nummod" for c in tok.head.head.children)))):  # "$250 million / 50 million euros in aid"
            slot = tok.head.head
        head = slot.head
        reason = reason_phrase(tok)
        light = (
            slot.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"
            and self._lemma(head) in self.lex.light_verbs
        )
        if (not light and slot.dep_ == "pobj" and head.lower_ == "on"
                and head.head.lemma_.lower() in STATE_VERBS):
            head, light = head.head, True  # "has been on hunger strike", "remained on high alert"
        instrument = None
        if (slot.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB"
                and self._lemma(head.head) in self.lex.instrument_verbs):
            instrument = head.head  # "hit Russia with sanctions": the verb's object is the target
            head, light = instrument, True
        undergoer = None
        if (slot.dep_ == "dobj" and head.pos_ == "VERB" and self._lemma(head) in UNDERGO_VERBS) or (
                slot.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come"):
            # "Iran faces sanctions from the EU", "Ukraine came under Russian attack":
            # the subject is on the receiving end
            undergoer = head if slot.dep_ == "dobj" else head.head
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {g.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "nmod")
                 for g in c.children if g.dep_ in ("amod", "compound")}  # "joint bomber patrols"
        # who does it, for the subject classes: "a wave of strikes by rail and refinery workers"
        mods |= {w.lemma_.lower() for n in {tok, slot} for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj" for w in g.subtree if w.dep_ in ("pobj", "compound", "conj", "nmod")}
        of_words = {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"}
        for e in entries:
            if e.subj is not None and not (mods & e.subj):
                continue
            if e.notsubj and mods & e.notsubj:
                continue
            if e.obj is not None and not ((of_words | mods) & e.obj):
                continue
            if e.need_trigger_verb and not light:
                continue
            if e.needs and not all(any(c.lower_ == n for c in tok.children) for n in e.needs):
                continue  # "a call for talks" needs its "for"
            actor: list[Mention] = []
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    m = by_tok.get(c.i)
                    if m is not None and m not in actor:
                        actor.append(m)
                elif c.dep_ in ("prep", "agent") and (
                        c.lower_ == "by" or (c.lower_ == "of" and e.of_actor)
                        or (c.lower_ == "from" and (e.from_actor or undergoer is not None))):
                    actor += self._mentions([g for g in c.children if g.dep_ == "pobj"], by_tok)
            if slot.i != tok.i and not actor:  # "a wave of strikes by rail workers": the container's "by"
                actor += self._mentions(prep_objects(slot, ("by",)), by_tok)
            if not actor:  # "the expulsion of two Russian diplomats by Norway": "by" hung on the of-object
                actor += [m for g in prep_objects(tok, ("of",)) for m in self._mentions(prep_objects(g, ("by",)), by_tok)
                          if m.code]
            route = "noun"
            blamed_on = prep_objects(head, ("on",)) + prep_objects(tok, ("on",)) if (
                not actor and slot.dep_ == "dobj" and self._lemma(head) == "blame") else []
            if blamed_on:
                actor = self._mentions(blamed_on, by_tok)  # "blamed the attack on Iran": Iran did it
                route = "accused"
            if not actor and slot.dep_ == "pobj" and head.lower_ in ("for", "of", "over"):
                accuser = head.head  # "blamed Iran for the attack": the accused did it
                if self.lex.embedding.get(self._lemma(accuser)) in ("accuse", "condemn"):
                    actor = self._mentions(objects(accuser), by_tok)
                    route = "accused"
                elif accuser.lemma_.lower() in BLAME_ADJECTIVES:  # "X was responsible for the attack"
                    actor = self._mentions(direct_subjects(accuser.head)[0], by_tok)
                    route = "accused"
                elif warrants := [o for o in objects(accuser) + [accuser] if o.pos_ == "NOUN" and o.i != tok.i
                                  and self._noun_type(o) in ("ACCUSE", "THREATEN")]:
                    # "issued a warrant for X over the deportation of children": X did it
                    actor = self._mentions(prep_objects(warrants[0], ("for", "against")), by_tok)
                    route = "accused"
            if not actor and light and undergoer is None:
                subj, _agent, route = subject_tokens(head)
                actor = self._mentions(subj, by_tok)
                route = "light-verb"
            if not actor and undergoer is None and (frame := frame_verb(slot)) is not None:
                # "X is considering sanctions", "prepared for a visit", "was behind the attack"
                actor = self._mentions(subject_tokens(frame)[0], by_tok)
                route = "frame"
            if (not actor and undergoer is None and e.type == "CONSULT" and slot.dep_ == "pobj"
                    and head.lower_ in SETTING_PREPS and head.head.pos_ in ("VERB", "AUX")
                    and prep_objects(tok, ("to", "with"))):  # not "during the visit", "during a meeting in Sochi"
                # "held talks with Suleiman during a visit to Beirut", "in talks with Chinese officials,
                # Yellen raised ...": a meeting framing the clause is its subject's own
                actor = self._mentions(subject_tokens(head.head)[0], by_tok)
                route = "setting"
            of_recipient = e.type in ("ASSAULT", "COERCE") and not e.of_actor
            rprep = tuple(e.rprep) + (("of",) if of_recipient else ()) + (
                ("between",) if e.sym else ())
            recip_toks = [t for t in prep_objects(tok, rprep) if t not in blamed_on]
            if light:  # "talks were held between Iran and the United States"
                recip_toks += prep_objects(head, e.rprep + (("between",) if e.sym else ())) + datives(head)
            if instrument is not None:
                recip_toks += objects(instrument)
            if undergoer is not None:
                recip_toks += subject_tokens(undergoer)[0]
            # "Iran's transfer of ballistic missiles to Russia": the parser hangs "to" on the thing moved
            recip_toks += [r for g in prep_objects(tok, ("of",)) if g.i not in by_tok for r in prep_objects(g, e.rprep)]
            if slot.dep_ == "dobj" and self.lex.embedding.get(self._lemma(head)) in ("accuse", "condemn"):
                recip_toks += prep_objects(head, e.rprep)  # ... or on the verb that condemns it
            recipient = unique(recipient_mentions(recip_toks, by_tok, places=e.mode == "investigate"), actor)
            if e.need_recipient and not recipient:
                continue
            if reason and not (any(m.code for m in actor) and any(m.code for m in recipient)):
                return None  # the reason for another event, unless it names both sides itself
            if light:
                start, end, trig = min(head.i, tok.i), max(head.i, tok.i) + 1, head
            else:
                start, end, trig = tok.i, tok.i + 1, tok
            return Hit(tok=trig, entry=e, start=start, end=end, actor=actor, recipient=recipient,
                       noun=tok, route=route, by_tok=by_tok)
        return None
