"""Act nouns told as happening: "Clashes erupted between Thai and Cambodian troops", "Protests spread to more than
a dozen Nigerian cities". The parser hangs the act's sides and places on the verb that says it happened (an
occurrence verb, knowledge/act_folds.json); the events stage reads them as the noun's own ("clashes between",
"protests in"). Only an intransitive occurrence verb lends its phrases: "the talks continued the dialogue" names
no side of the talks."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import prep_objects, recipient_mentions
from .event_dedupe import fold_words
from .event_fold import Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# "broke out", "took place": the particle or object that makes the verb an occurrence
PARTICLE_NEEDS = {"break": "out", "take": "place"}


def occurrence_verb(noun: Token) -> Token | None:
    """The verb that says the act noun happened, grew or went on ("clashes erupted", "fighting broke out",
    "protests spread"), when the noun is its subject and the verb has no object of its own."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in fold_words()["occurrence_verbs"]:
        return None
    need = PARTICLE_NEEDS.get(lemma)
    if need is not None and not any(c.lower_ == need for c in verb.children if c.dep_ in ("prt", "dobj", "advmod")):
        return None
    if any(c.dep_ == "dobj" and c.lower_ != need for c in verb.children):
        return None
    return verb


def occurring(noun: Token) -> list[Token]:
    """[the occurrence verb] or []: extra words whose phrases are the noun's ("between", "against")."""
    verb = occurrence_verb(noun)
    return [verb] if verb is not None else []


def occurrence_scene(noun: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded place an occurring act noun spreads to or erupts in: a named place ("erupted across Nigeria") or a
    demonym on a place word ("spread to a dozen Nigerian cities")."""
    verb = occurrence_verb(noun)
    if verb is None:
        return []
    words = fold_words()
    found: list[Mention] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words["occurrence_places"]:
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            spots = [g] if g.ent_type_ in ("GPE", "LOC") else []
            if g.lemma_.lower() in words["place_words"]:
                spots += [c for c in g.children if c.dep_ in ("amod", "compound")]
            found += [by_tok[s.i] for s in spots if s.i in by_tok and by_tok[s.i].code]
    return found[:1]


def occurrence_hit(tok: Token, entries: list, by_tok: dict[int, Mention], mentions) -> Hit | None:
    """The act noun an occurrence verb tells when the noun's own phrases named no doer: a two-sided act between
    the coded sides hung on the verb ("Clashes erupted between Thai and Cambodian troops"), a protest by the people
    of the place it spread to ("Protests spread to a dozen Nigerian cities"), against whom the verb's "against"
    names, else their own government (docs: domestic protests)."""
    verb = occurrence_verb(tok)
    if verb is None:
        return None
    for e in entries:
        if e.obj is not None or e.subj is not None:
            continue
        if e.sym:
            sides = [m for m in recipient_mentions(prep_objects(verb, ("between",)), by_tok) if m.code]
            if len(sides) < 2:  # (two sides of one country too: "between Sudan's army and the RSF")
                continue
            return Hit(tok=tok, entry=e, start=tok.i, end=tok.i + 1, actor=sides, recipient=[], noun=tok,
                       route="noun", by_tok=by_tok)
        if e.type == "PROTEST":
            scene = occurrence_scene(tok, by_tok)
            if not scene:
                continue
            against = [m for m in mentions(prep_objects(tok, ("against",)) + prep_objects(verb, ("against",)), by_tok)
                       if m.code]
            recipient = against or [replace(scene[0], confidence=min(scene[0].confidence, 0.6))]
            return Hit(tok=tok, entry=e, start=tok.i, end=tok.i + 1, actor=list(scene), recipient=recipient,
                       noun=tok, route="noun", by_tok=by_tok)
    return None
