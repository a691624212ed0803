"""Parties the parse hides (recipients stage, round 11): the party blamed at the end of a long object
phrase, an object the parser read as the subject of a participle clause, the agent of "any attempt by X",
captives a state's forces rescue at home, and the uncoded members of a list with a foreign one.
``settle_recipients`` (event_recipients.py) calls these from ``_settle``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .event_domestic import any_nouns, home_of, mention_at
from .event_targets import NON_COUNTRY_CODES, coded_targets
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


# the prepositions an attack noun's own phrase goes down by before the party blamed: "the strike | on a
# children's hospital | in Kyiv | on Russia"
BLAME_CHAIN_PREPS = frozenset({"on", "in", "at", "near", "of", "against", "outside"})
BLAME_CHAIN_DEPTH = 4


def blamed_words(verb: Token) -> list[Token]:
    """'blamed Monday's missile strike on a children's hospital in Kyiv on Russia', 'blamed the bombing at a
    mosque in Peshawar on militants based in Afghanistan': the parser hangs the party blamed on the last noun
    of the attack's phrase. The "on" objects down the object's chain, deepest first, without the first one
    when there are two or more (that one is the attack's target)."""
    objects = _arguments.objects

    ons: list[Token] = []
    layer = [verb, *objects(verb)]  # ("blamed the attack | on a kibbutz near the border on Hezbollah")
    for depth in range(BLAME_CHAIN_DEPTH):
        nxt = [g for t in layer for p in t.children if p.dep_ == "prep" and p.lower_ in BLAME_CHAIN_PREPS
               for g in p.children if g.dep_ == "pobj"]
        ons += [g for g in nxt if g.head.lower_ == "on" and (depth > 0 or len(ons) > 0 or g.head.head.i != verb.i)]
        layer = nxt
    # (one "on" on the verb or the object itself is the plain "blamed the attack on X", read by the caller)
    firsts = {g.i for t in [verb, *objects(verb)] for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
              for g in p.children if g.dep_ == "pobj"}
    if len(ons) >= 2:
        ons = ons[1:]
    elif any(g.i in firsts for g in ons):
        return []
    return list(reversed(ons))


def blamed_deep(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The deepest coded party of ``blamed_words``."""
    for g in blamed_words(verb):
        found = coded_targets([g], own, by_tok)
        if found:
            return found
    return []


def participle_object(verb: Token) -> list[Token]:
    """'hit a Ukrainian grain ship docked in Odesa', 'struck a tanker anchored off Hodeidah': the parser reads
    the object as the subject of a participle clause; that subject is the object (no auxiliary, no object
    of the participle's own)."""
    objects = _arguments.objects

    if objects(verb):
        return []
    # (the tagger often reads the participle as a past tense: "a tanker anchored")
    return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > verb.i
            and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and s.i > verb.i]


# "rescued 62 villagers kidnapped by bandits", "freed 40 abducted schoolchildren", "rescued the hostages":
# captives freed by a state's forces at home are the home country's (older gold: NGA -> NGA)
RESCUE_VERBS = frozenset({"rescue", "free", "liberate"})
CAPTIVE_MARKS = frozenset({"kidnap", "abduct", "hold", "seize", "capture", "hijack", "take", "snatch", "kidnapped",
                           "abducted"})
CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})


def rescued_home(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
                 story_country: Mention | None) -> list[Mention]:
    """AID by rescue: uncoded captives freed by one state's forces where that state is the scene (else the
    sentence's single country) are its own people; a rescue abroad, or of a ship's crew, stays as it was."""
    objects = _arguments.objects

    own = {m.code for m in actor if m.code}
    if h.etype != "AID" or h.tok.lemma_.lower() not in RESCUE_VERBS or len(own) != 1 or any(m.code for m in recipient):
        return []
    captives = [o for o in objects(h.tok) if o.lower_ in CAPTIVE_NOUNS or any(
        c.dep_ in ("amod", "acl", "relcl", "compound") and c.lemma_.lower() in CAPTIVE_MARKS for c in o.children)]
    if not captives:
        return []
    home = home_of(h, actor, by_tok, story_country)
    if home is None or home.code not in own:
        return []
    return [mention_at(captives[0], home, "CVL")]


def attempt_agent(verb: Token, own: set[str], by_tok: dict[int, Mention], extra: list[Token] | None = None) -> list[Mention]:
    """'would crush any attempt by Taipei to seek independence', 'vowed to repel any bid by Guyana to drill':
    the agent of the act a threat answers (a "by" phrase on a noun with "any" in the threat's own clause;
    ``extra``: the threat verb's own objects when the threat is a retyped act, 'crush any attempt')."""
    prep_objects = _arguments.prep_objects

    for t in any_nouns(verb, extra):
        found = [m for m in coded_targets(prep_objects(t, ("by",)), own, by_tok) if m.code not in NON_COUNTRY_CODES]
        if not found and t.lemma_.lower() in ATTEMPT_NOUNS:  # "would repel any Chinese attempt to seize ..."
            found = [m for m in coded_targets([k for k in t.children if k.dep_ in ("amod", "compound", "poss", "nmod")],
                                              own, by_tok) if m.code not in NON_COUNTRY_CODES]
        if found:
            return found[:1]
    return []


# nouns of a try whose owner (a demonym or possessive, not only a "by" phrase) is the one who would act
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "move", "plan", "plot"})


# office holders who, next to a named foreigner, are the arresting state's own
OFFICE_SECTORS = frozenset({"MIL", "GOV", "OPP", "PTY", "ELI", "COP", "JUD", "LEG"})


def mixed_list(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
               story_country: Mention | None) -> list[Mention]:
    """'arrested two generals and a French national': the uncoded members of a list with a
    foreign one are the scene's compatriots (one list, never a cross-product). (Moved from
    event_recipients.py in round 11.)"""
    if h.etype not in ("COERCE", "RETREAT"):
        return recipient
    loose = [m for m in recipient if m.code is None and m.kind in ("agent", "person")]
    if not loose:
        return recipient
    home = home_of(h, actor, by_tok, story_country, single=False)
    if home is None and h.etype == "COERCE" and len({m.code for m in actor if m.code}) == 1 and all(
            m.sector in OFFICE_SECTORS for m in loose):
        # "Malian authorities arrested two generals and a French national": next to a named
        # foreigner, office holders are the arresting state's own (not "other activists")
        home = next(m for m in actor if m.code)
    if home is None or home.code not in {m.code for m in actor}:
        return recipient
    return [replace(m, code=home.code, confidence=min(m.confidence, 0.6)) if m in loose else m
            for m in (recipient or loose)]


# acts a state does to people, whose doer a place abroad names ("the arrest of a Chinese businessman in Manila")
STATE_ACT_NOUNS = word_list("act_nouns.json", "state_act_nouns")
SCENE_PREPS = ("in", "at", "inside")


def judged_abroad(h, own: set[str], recipient: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'China criticised the arrest of a Chinese businessman in Manila', 'Morocco condemned the killing of two
    Moroccan migrants in Melilla': a judged act on the actor's own people abroad aims at the state where it was
    done (docs: a denounced act's foreign doer is its target; at home it is the actor's own country)."""
    from .argument_places import place_mention
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    if h.etype != "ACCUSE" or not recipient or not all(m.code in own for m in recipient if m.code):
        return []
    acts = [o for o in objects(h.tok) if o.lemma_.lower() in STATE_ACT_NOUNS]
    if not acts or prep_objects(h.tok, ("by",)) or any(prep_objects(a, ("by",)) for a in acts):
        return []  # (a named doer is read elsewhere: "the detention of Indian fishermen by the Sri Lankan navy")
    holders = acts + [g for a in acts for g in prep_objects(a, ("of",))]
    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    for t in [g for x in holders for g in prep_objects(x, SCENE_PREPS)]:
        place = place_mention(t, by_tok, si)
        if place is not None and place.code and place.code not in own and place.code not in NON_COUNTRY_CODES:
            return [replace(place, sector="GOV", confidence=min(place.confidence, 0.6))]
    return []


# a ship's people may be anyone's: never the home country's by default ("detained its crew")
CREW_WORDS = frozenset({"crew", "crews", "sailor", "seafarer", "mariner", "seaman", "seamen", "crewman", "crewmen"})


def crew_only(h, recipient: list[Mention]) -> bool:
    """'Houthi forces seized the Galaxy Leader and detained its crew': an uncoded crew is no domestic patient; it
    keeps no recipient (a flag named on the ship is read before this: "a Panama-flagged tanker ... its crew")."""
    objects = _arguments.objects

    doc = h.tok.doc
    words = [doc[m.root] for m in recipient] if recipient else objects(h.tok)
    return bool(words) and all(m.code is None for m in recipient) and all(
        w.lemma_.lower() in CREW_WORDS or w.lower_ in CREW_WORDS for w in words)


def subject_attack_target(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'A U.S. strike against a Houthi radar site killed three fighters': the toll verb's subject is the attack,
    and the party its own against / on phrase names is the target (before any home-country default)."""
    prep_objects = _arguments.prep_objects

    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return coded_targets([g for s in subjects for g in prep_objects(s, ("against", "on"))], own, by_tok)


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
