"""Whom an event noun's act targets when no phrase of the noun names it (helpers of event_nominal.py): the party
that answers or condemns a hostile act ("India slams US tariff hike", "imposed curbs in response to Washington's chip
curbs"), the doer of the act a reaction was drawn by ("Houthi strike draws Israeli vow of revenge"), the receiver who
welcomes a benefit, the host of a visit told as a clause's setting ("lands in Kyiv on first visit"), and a state's own
people. Split from event_nominal_parts.py (round 10)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import objects, place_recipient, prep_objects, recipient_mentions, subject_tokens
from .event_nominal_parts import drawers, noun_settings
from .event_unnamed_attacks import condemning_verb, verb_scene_places
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention
    from .verblex import Trigger


# hostile acts whose target a reaction may name: "India slams US tariff hike", "Iran vows revenge after
# Israeli strikes on nuclear sites", "Brazil denounced the U.S. sanctions on Justice de Moraes"
REACTED_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "THREATEN"})
CONDEMN_VERBS = frozenset({"condemn", "denounce", "slam", "protest", "criticise", "criticize", "decry", "deplore",
                           "blast", "lambast", "rebuke", "castigate", "reject", "dismiss", "assail"})
# ... a reprisal or answer after / over / for the act
REPRISAL_VERBS = word_list("reaction_verbs.json", "reprisal_verbs")
OBJECTION_NOUNS = frozenset({"protest", "condemnation", "criticism", "rebuke", "complaint", "reprimand", "outcry"})
# benefits whose receiver a welcome names
BENEFIT_TYPES = frozenset({"AID", "CONCEDE", "RETREAT"})
# reactions an act can draw whose target is that act's doer (protests and criticism have their own rule, in
# the events stage's reactions)
DRAWN_TYPES = frozenset({"THREATEN", "SANCTION", "REQUEST", "REJECT"})
WELCOME_VERBS = frozenset({"welcome", "hail", "praise", "applaud", "thank", "laud", "commend", "salute", "appreciate"})
# not who speaks for everyone ("the UN condemned the strikes on Gaza")
BYSTANDER_CODES = frozenset({"UNO", "NGO", "IGO"})


# harm told in the passive with the attack as its "in" phrase: "four Pakistani soldiers were killed in an Indian drone
# strike", "a school in the Sumy region was damaged in a Russian missile attack"
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "damage", "destroy", "hit", "flatten", "raze"})
HARM_PREPS = frozenset({"in", "during", "by"})


def harmed_in_it(slot: Token, head: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """The victims' country of an attack noun in the "in" phrase of a passive harm verb: the coded victims, else the
    country of their place ("a school in the Sumy region" -> UKR); never the attacker's own."""
    verb = head.head
    if slot.dep_ != "pobj" or head.lower_ not in HARM_PREPS or verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS:
        return []
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    own = {m.code for m in actor if m.code}
    found = [m for m in recipient_mentions(victims, by_tok) if m.code and m.code not in own and m.code not in BYSTANDER_CODES]
    return found[:2] or [m for v in victims for m in place_recipient(v, actor, by_tok)][:1]


# verbs of holding off an attack, whose subject the attack was aimed at ("repelled an offensive by insurgents");
# with a particle: "fought off", "beat back", "fended off" (a bare "fought an assault" is no defence)
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "withstand", "rebuff", "parry", "halt", "stop", "blunt"})
REPEL_PARTICLE_VERBS = frozenset({"fight", "beat", "push", "fend", "ward", "drive", "hold", "throw", "turn", "stave"})


def repelling(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in REPEL_VERBS or (lemma in REPEL_PARTICLE_VERBS and any(
        c.dep_ == "prt" and c.lower_ in ("off", "back") for c in verb.children))


# the nouns of an answer: "in response / reaction / reply to", "in retaliation / revenge / reprisal for"
ANSWER_NOUNS = {"to": frozenset({"response", "reaction", "reply", "answer", "retaliation"}),
                "for": frozenset({"retaliation", "revenge", "reprisal", "retribution", "vengeance", "payback"})}
# verbs of hitting back whose "against" phrase is what they answer ("retaliated against U.S. port fees")
HIT_BACK_VERBS = frozenset({"retaliate", "respond", "react", "reply"})


def answering_verb(prep: Token) -> Token | None:
    """The verb of a clause told as an answer to the act in ``prep``'s phrase: "Beijing imposed curbs in response
    to ...", "Hezbollah fired rockets in retaliation for ...", "China retaliated against ..."; else None."""
    if prep.lower_ in ("against", "to") and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in HIT_BACK_VERBS:
        return prep.head  # ("would respond to the EU's new curbs on Russian banks")
    if prep.head.lemma_.lower() not in ANSWER_NOUNS.get(prep.lower_, ()):
        return None
    cur = prep.head
    for _ in range(3):  # "response" <- "in" <- the verb (or "in direct response to")
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ not in ("prep", "pobj"):
            return None
    return None


# a visit told as the setting or purpose of a clause: "lands in Kyiv on a first visit", "signed a pact in Riyadh
# during a visit by Sharif", "arrived in Beijing for a state visit"
VISIT_FRAME_PREPS = frozenset({"on", "during", "for", "in"})


def visited_place(slot: Token, head: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """The host of a visit that names no destination: the country of the place where the clause it frames
    happens ("Modi lands in Kyiv on first visit by an Indian leader" -> UKR); not the visitor's own."""
    if slot.dep_ != "pobj" or head.lower_ not in VISIT_FRAME_PREPS or head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.head
    own = {m.code for m in actor if m.code}
    found = [m for m in recipient_mentions(prep_objects(verb, ("in", "to", "at")), by_tok, places=True)
             if m.code and m.code not in own and m.code not in BYSTANDER_CODES]
    return found[:1] if len({m.code for m in found}) == 1 else []


def drawn_target(slot: Token, head: Token, actor: list[Mention], by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """A reaction an act drew is aimed at the act's doer: "Houthi missile strike draws Israeli vow of revenge",
    "Seoul's drills drew a warning from Pyongyang" (the one who drew it, not what its act was about)."""
    if slot.dep_ != "dobj" or head.lemma_.lower() not in noun_settings()["draw_verbs"]:
        return []
    own = {m.code for m in actor if m.code}
    return [m for m in mentions(drawers(head, by_tok), by_tok)
            if m.code and m.code not in own and m.code not in BYSTANDER_CODES][:2]


def reacting_target(slot: Token, head: Token, actor: list[Mention], by_tok: dict[int, Mention], mentions,
                    hostile: bool = True) -> list[Mention]:
    """The party that answers a hostile act whose target is not named is that target: the subject of a
    condemnation whose object the act is, or of a reprisal told "after / over / following / for" it; and the
    one who welcomes a benefit is its receiver ("Argentina welcomes China's renewal of its swap line")."""
    verb = None
    if slot.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in (CONDEMN_VERBS if hostile else WELCOME_VERBS):
        verb = head
    elif hostile and slot.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and repelling(head):
        verb = head  # "Ukrainian forces repulsed a Russian assault", "the raid was beaten back": the defender was hit
    elif hostile and slot.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since") for c in head.children) and (
            head.head.pos_ == "VERB" and head.head.lemma_.lower() in CONDEMN_VERBS | REPRISAL_VERBS):
        verb = head.head  # "Iran vowed revenge after Israeli strikes killed two of its generals"
    elif hostile and slot.dep_ == "nsubj" and head.lemma_.lower() == "draw":
        # "a Russian drone incursion drew a protest from Warsaw": who protests was its target
        objs = [o for o in objects(head) if o.lemma_.lower() in OBJECTION_NOUNS]
        found = [m for m in mentions([g for o in objs for g in prep_objects(o, ("from",))] + (
            prep_objects(head, ("from",)) if objs else []), by_tok) if m.code]
        own = {m.code for m in actor if m.code}
        return [m for m in found if m.code not in own and m.code not in BYSTANDER_CODES][:1]
    elif hostile and slot.dep_ == "pobj" and (answer := answering_verb(head)) is not None:
        verb = answer  # "announced export curbs in response to Washington's chip curbs": who answers was hit
    elif hostile and (slot.dep_ == "pobj" or (slot.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ in ("prep", "advcl"))) \
            and head.lower_ in ("after", "following", "over", "for"):
        gov = head.head  # ("Following Algeria's recall of its ambassador, France expelled ...": "following" read as a verb)
        if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
            gov = gov.head  # "vows revenge after ...", "lodged a protest over ..."
        if gov.pos_ == "VERB" and gov.lemma_.lower() in CONDEMN_VERBS | REPRISAL_VERBS:
            verb = gov
    if verb is None:
        return []
    own = {m.code for m in actor if m.code}
    return [m for m in mentions(subject_tokens(verb)[0], by_tok)
            if m.code and m.code not in own and m.code not in BYSTANDER_CODES][:1]


# acts a state does to its own people ("Belarus's pardon of 37 political prisoners", "Iran's execution of a protester")
DOMESTIC_PATIENT_TYPES = frozenset({"CONCEDE", "RETREAT", "COERCE", "ASSAULT", "SANCTION"})
# people named by these words are a state's own only with a modifier from the list ("opposition activists", "political
# prisoners"; not "activists aboard the Gaza flotilla", "journalists in Gaza")
ROLE_HEADS = frozenset({"leader", "figure", "supporter", "member", "activist", "politician", "journalist", "prisoner",
                        "detainee", "inmate", "party", "candidate"})
# violence a state does to its own people is named by these ("Iran's execution of a protester"; not "killing")
DOMESTIC_VIOLENCE = frozenset({"execution", "hanging"})


def domestic_patients(tok: Token, etype: str, of_objs: list[Token], actor: list[Mention], by_tok: dict[int, Mention],
                      roles: frozenset[str]) -> list[Mention]:
    """The people an owned act is done to, when they have no country of their own and are the kind a state
    holds at home (political prisoners, dissidents, journalists, opposition figures), are the doer's own."""
    own = {m.code for m in actor if m.code}
    if len(own) != 1 or (etype == "ASSAULT" and tok.lemma_.lower() not in DOMESTIC_VIOLENCE):
        return []
    for g in of_objs:
        lem = g.lemma_.lower()
        mods = {c.lemma_.lower() for c in g.children if c.dep_ in ("amod", "compound", "nmod")}
        if not (lem in roles or (mods & roles and lem in ROLE_HEADS)):
            continue
        if any(w.i in by_tok and by_tok[w.i].code for w in g.subtree):
            return []  # ("a Lithuanian journalist", "Ukraine's activists": their own country)
        m = next(m for m in actor if m.code)
        return [replace(m, sector="CVL", kind="agent", confidence=min(m.confidence, 0.6))]
    return []


def implied_recipients(tok: Token, slot: Token, head: Token, e: Trigger, of_objs: list[Token], actor: list[Mention],
                       recipient: list[Mention], by_tok: dict[int, Mention], mentions) -> list[Mention]:
    """Recipients no phrase of the noun names: the party answering a hostile act ("India slams US tariff hike"),
    a state's own people ("Belarus's pardon of 37 political prisoners")."""
    # (a crackdown on uncoded people, "a crackdown by Serbian police on student protesters", is the state's own: the
    # candidate gives it the domestic default, not the critic)
    # (nor a weapons test, aimed at no one: "Pakistan's launch of a new cruise missile drew a rebuke from New Delhi")
    if e.type in REACTED_TYPES and not e.sym and not (e.type == "COERCE" and recipient) and e.mode != "weapons":
        found = reacting_target(slot, head, actor, by_tok, mentions)
        if found and e.type == "ASSAULT" and condemning_verb(tok) is not None \
                and (placed := _scene_target(tok, actor, by_tok)) is not None:
            # (only a condemnation: who retaliates for a killing "in Kashmir" was its target)
            return placed  # "the U.S. condemned the Islamic State attack on a market in Baghdad": IRQ, not the U.S.
        if found:
            return found
    if e.type == "ASSAULT" and not e.sym:
        found = harmed_in_it(slot, head, actor, by_tok)
        if found:
            return found
    if e.type == "CONSULT" and e.mode == "visit" and not e.sym:
        found = visited_place(slot, head, actor, by_tok)
        if found:
            return found
    if e.type in DRAWN_TYPES and not e.sym:
        found = drawn_target(slot, head, actor, by_tok, mentions)
        if found:
            return found
    if e.type in BENEFIT_TYPES and not e.sym:
        found = reacting_target(slot, head, actor, by_tok, mentions, hostile=False)
        if found:
            return found
    if e.type == "COERCE" and e.mode in ("restrict", "censor") and not recipient and _coded_first(actor) is not None:
        # "the Taliban's ban on girls' education", "Iran's ban on X": a restriction with no foreign target binds the
        # home population (docs: a curfew or state of emergency at home restricts the home population)
        home = _coded_first(actor)
        return [replace(home, sector="CVL", confidence=min(home.confidence, 0.6))]
    if e.type in DOMESTIC_PATIENT_TYPES:
        return domestic_patients(tok, e.type, of_objs, actor, by_tok, noun_settings()["domestic_patients"])
    return []


# prepositions of an attack's scene ("the attack on a market in Baghdad", "the bombing at a mosque near Peshawar")
SCENE_PREPS = ("in", "at", "near", "outside")


def _scene_target(tok: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> list[Mention] | None:
    """An attack told with a named scene was aimed at the scene's country, not at whoever condemns or answers it
    (statements condemn attacks far from home). None when the noun has no named scene; [] when the scene is named
    (a proper name) but has no country the gazetteer knows ("in the town of Tel Tamer"): no party is inferred."""
    scenes = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS
              for o in c.children if o.dep_ == "pobj"]
    # (also deeper in the target's phrase: "a strike on a school sheltering displaced families in Gaza City", round 23)
    scenes += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for p in c.children if p.dep_ == "pobj"
               for c2 in p.subtree if c2.dep_ == "prep" and c2.lower_ in SCENE_PREPS
               for o in c2.children if o.dep_ == "pobj"]  # "an attack on a market in Baghdad"
    if not any(t.pos_ == "PROPN" for o in scenes for t in o.subtree):
        verb = condemning_verb(tok)  # ("condemned the ISIL attack | at a market in Baghdad": the parser's attachment)
        return None if verb is None else verb_scene_places(verb, by_tok)
    return place_recipient(tok, actor, by_tok, targets=True)


def _coded_first(mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.code), None)
