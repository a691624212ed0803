"""The partner named inside the trigger's object phrase (recipients stage): a demonym on the
object, its own prepositions, participles and relative clauses. Split from event_targets.py,
which re-exports ``object_partner`` and ``OBJECT_PARTNER_TYPES``. Round 23: ``proposal_author`` (called from
event_candidate) makes the coded owner of a judged proposal the recipient before a party deeper in its phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import BROKER_VERBS
from .base import NON_COUNTRY_CODES
from .event_far_recipients import FUNDING_NOUNS
from .event_targets import AIMING_PARTICIPLES, backers_inside, coded_targets
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention


# -- the partner inside the object's own phrase (round 6) -------------------------------------
# Types whose other party may be named only inside the object's phrase: a demonym on the object
# ("accepted a Qatari-Egyptian proposal", "seized a Greek-owned tanker"), the object's own
# prepositions ("eased curbs for European buyers", "pledged $2bn toward a plan to rebuild Gaza") or
# its participles and relative clauses ("flights carrying migrants deported from the US", "a ship
# loaded with food bound for Sudan"). Only when the parse found no coded party of another country.
OBJECT_PARTNER_TYPES = frozenset({"AGREE", "REJECT", "SUPPORT", "CONCEDE", "SANCTION", "COERCE", "AID", "REQUEST",
                                  "COOPERATE", "THREATEN", "RETREAT"})
# acts on people or property: only the object's own owner ("seized a Greek-owned tanker"), not where
# it was sent ("deported migrants to Haiti" has no recipient)
OWNER_ONLY_TYPES = frozenset({"COERCE", "SANCTION"})
# what several actors agree or do together is between them ("Israel and Lebanon agreed to a
# ceasefire brokered by the US and France")
JOINT_TYPES = frozenset({"AGREE", "COOPERATE"})
# steps down the object's phrase; "in / at / near / along / during / after" name a scene or a
# time, never the partner ("promised aid to Syria at a conference in Brussels")
OBJECT_PATH_PREPS = ("for", "to", "toward", "towards", "from", "of", "on", "with", "into", "by")
# the trigger's own prepositions that may open the object's phrase ("pledged $2bn | toward a plan")
TRIGGER_PATH_PREPS = ("for", "to", "toward", "towards", "on", "into")
OBJECT_MODIFIER_DEPS = ("acl", "relcl", "amod")
# "sharing intelligence on North Korean missile launches": "on / about / over" after these names a topic
OBJECT_TOPIC_NOUNS = word_list("act_nouns.json", "object_topics")
TOPIC_SAFE_PREPS = tuple(p for p in OBJECT_PATH_PREPS if p not in ("on", "of"))
AGENTLESS_PREPS = tuple(p for p in OBJECT_PATH_PREPS if p != "by")
OBJECT_PATH_DEPTH = 3


def go_between_sides(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'offered to broker a ceasefire between Thailand and Cambodia', 'offered to host a new round of talks
    between Russia and Ukraine': the two sides a go-between offers its services to are the offer's
    recipients (AGREE only; they outrank a party the offer's verb inherits from a conjoined call)."""
    if h.etype != "AGREE":
        return []
    conjuncts, objects, prep_objects = _arguments.conjuncts, _arguments.objects, _arguments.prep_objects

    services = [c for x in [h.tok, *objects(h.tok)] for c in x.children if c.dep_ in ("xcomp", "advcl", "acl")
                and c.lemma_.lower() in GO_BETWEEN_VERBS | CONVENE_VERBS]
    # "offered Ankara's help in mediating between ...": the service the offered help is for (a gerund the parser may
    # tag as a noun, on the help or on the verb)
    services += [p for o in [h.tok, *objects(h.tok)] for g in o.children if g.dep_ == "prep" and g.lower_ in ("in", "with")
                 for p in g.children if p.dep_ in ("pcomp", "pobj") and p.lower_ in SERVICE_GERUNDS]
    heads = [o for v in services for o in [v, *objects(v)]]
    # "renewed its offer | to host talks between ...": an offer noun's own content (the parser may make "to host
    # talks" a "to" phrase); "offered to act as a mediator between", "offered Budapest as a venue for a meeting
    # between": the go-between's role noun and what it is for
    offers = [x for x in [h.tok, *objects(h.tok)] + ([h.noun] if h.noun is not None else []) if x.lemma_.lower() in OFFER_NOUNS]
    heads += [c for o in offers for c in [*prep_objects(o, ("to",)), *(k for k in o.children if k.dep_ in ("acl", "relcl"))]]
    heads += prep_objects(h.tok, ("to",)) if offers else []
    heads += [o for v in heads for c in objects(v) if c.lemma_.lower() in OFFER_NOUNS for o in prep_objects(c, ("to",))]
    acting = [c for c in h.tok.children if c.dep_ == "xcomp"]  # "offered to act / serve as"
    roles = [g for x in [h.tok, *objects(h.tok), *acting] for g in prep_objects(x, ("as",)) if g.lemma_.lower() in ROLE_NOUNS]
    heads += roles + [g for r in roles for g in prep_objects(r, ("for",))]
    heads += [g for o in heads for g in prep_objects(o, ("of",))]  # "a new round | of talks between"
    sides = [x for o in heads for g in prep_objects(o, ("between",)) for x in conjuncts(g)]
    if len(sides) == 1:
        # "between the U.S. and Russian presidents": the sides are the coordinated modifiers
        sides += [x for c in sides[0].children if c.dep_ in ("nmod", "amod", "compound") for x in conjuncts(c)]
    found = coded_targets(sides, own, by_tok)
    if len({x.i for x in sides}) == 1 and found and found[0].group:
        # "offered to host talks between the two countries": a pair anaphor stands for both sides
        pair = [found[0], *found[0].group]
        return [m for m in pair if m.code and m.code not in own] if len({m.code for m in pair}) >= 2 else []
    # ("between Venezuela's government and the opposition": two sides, one of them coded)
    return found if found and len({x.i for x in sides}) >= 2 else []


def object_partner(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The coded party nearest the trigger inside its object's phrase, layer by layer (each layer
    one preposition or participle further down); the first layer that names one wins."""
    datives, objects, prep_objects, self_owned = _arguments.datives, _arguments.objects, _arguments.prep_objects, _arguments.self_owned

    if h.etype in JOINT_TYPES and len(own) > 1:
        return []
    word = h.noun if h.noun is not None else h.tok
    owner_only = h.etype in OWNER_ONLY_TYPES
    # ("ordered his troops to leave Kherson": an owner-only act's complement is no object of its own)
    verbs = [h.tok] + ([] if owner_only else [c for c in h.tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"])
    if not owner_only:
        # "offered its good offices | to broker a ceasefire between Thailand and Cambodia": a purpose
        # infinitive on the trigger or its object carries the content too
        verbs += [c for x in [h.tok, *objects(h.tok)] for c in x.children if c.dep_ in ("advcl", "acl")
                  and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found = go_between_sides(h, own, by_tok)
    if found:
        return found
    layer = [o for v in verbs for o in objects(v) + datives(v)]
    if not owner_only:
        # ("pledging closer coordination | on North Korea": after a topic noun, an "on" the parser hung
        # on the verb is the topic's)
        topic = any(o.lemma_.lower() in OBJECT_TOPIC_NOUNS for v in verbs for o in objects(v))
        layer += [g for v in verbs for g in prep_objects(v, tuple(p for p in TRIGGER_PATH_PREPS
                                                                   if not (topic and p == "on")))]
        if word.i != h.tok.i:
            layer += [word] + prep_objects(word, OBJECT_PATH_PREPS)
    layer = [t for t in layer if not self_owned(t)]
    seen: set[int] = {h.tok.i}
    # ("pledged $500 million in support to the Philippines' coast guard": a promised amount is goods too)
    goods = {o.i for o in objects(h.tok) if h.etype == "AID" or (h.etype == "AGREE" and o.lemma_.lower() in AMOUNT_WORDS)}
    for _ in range(2 if owner_only else OBJECT_PATH_DEPTH):
        if not layer:
            break
        # (what is given belongs to the giver: "approved Elon Musk's pay package" names no recipient)
        named = [t for t in layer if t.i not in goods]
        found = _backed(named, own, h) or [m for m in coded_targets(named, own, by_tok) if _party(m, h.tok.doc)]
        if found:
            return found
        seen |= {t.i for t in layer}
        nxt: list[Token] = []
        for t in layer:
            if owner_only:  # "sanctions targeting Iranian oil exports": only what the act is aimed at
                nxt += [o for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_PARTICIPLES
                        for o in objects(c)]
                continue
            # (what is welcomed "on" someone is someone else's act: "welcomed the curbs on X"; "$4bn in
            # support to Ukraine": an amount's "in" phrase is the goods)
            topical = t.lemma_.lower() in OBJECT_TOPIC_NOUNS or h.etype == "SUPPORT"
            nxt += prep_objects(t, TOPIC_SAFE_PREPS if topical else OBJECT_PATH_PREPS)
            if t.i in goods:
                nxt += prep_objects(t, ("in",))
            for c in t.children:
                if c.dep_ in OBJECT_MODIFIER_DEPS and c.pos_ in ("VERB", "ADJ"):
                    # "a ceasefire brokered by the US": a go-between, not a party
                    preps = OBJECT_PATH_PREPS if c.lemma_.lower() not in GO_BETWEEN_VERBS else AGENTLESS_PREPS
                    nxt += objects(c) + prep_objects(c, preps)
        layer = [t for t in nxt if t.i not in seen and not self_owned(t)]
    return funded_work_place(h, own, by_tok) if h.etype in ("AID", "AGREE") else []


# work that money or help is promised or given for: where it is done is who is helped (round 17)
WORK_WORDS = word_list("act_nouns.json", "funded_work")
WORK_PLACE_PREPS = ("in", "across", "throughout", "inside")


def funded_work_place(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'pledged $30 million toward restoring power plants in the Ukrainian city of Kharkiv' -> UKR, 'would fund
    the repair of a desalination plant in Khan Younis' -> PSE, 'will provide $10 million to help rebuild
    hospitals in Aleppo' -> SYR: the place where the work paid for is done names whom the promise or gift
    helps (a place of the pledge itself, 'at a conference in Brussels', is a scene, never reached here)."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects
    from .argument_places import place_mention

    holders = [h.tok, *objects(h.tok)]
    works = [x for x in holders if x.lemma_.lower() in WORK_WORDS and x.i != h.tok.i]
    # "toward restoring ...", "to restoring ...", "for the reconstruction of ...": the work the trigger or its
    # goods are for; "to help (Syria) rebuild hospitals": the purpose clause's work
    for x in holders:
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ in ("toward", "towards", "to", "for"):
                works += [g for g in p.children if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in WORK_WORDS]
        for c in x.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB":
                works += [c] if c.lemma_.lower() in WORK_WORDS else [
                    g for g in c.children if g.dep_ in ("xcomp", "ccomp") and g.lemma_.lower() in WORK_WORDS]
    # ("restoring electricity to hospitals in Homs": where the work brings something is its place too)
    things = [t for w in works for t in [w, *objects(w), *prep_objects(w, ("of", "to", "for"))]]
    places = [g for t in things for g in prep_objects(t, WORK_PLACE_PREPS)]
    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    # (the actors stage may already have coded the work's object by its place: "schools in Khan Younis" -> PSE)
    found = [m for m in coded_targets([t for t in things if t.pos_ in ("NOUN", "PROPN")], own, by_tok)
             if m.kind in ("country", "agent") and m.code not in NON_COUNTRY_CODES and _party(m, h.tok.doc)]
    found += [m for g in places for m in [place_mention(g, by_tok, si)]
              if m is not None and m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
    return found[:1]


GO_BETWEEN_VERBS = BROKER_VERBS  # (a go-between is no party: the same verbs as for recipients)
CONVENE_VERBS = frozenset({"convene", "arrange", "organise", "organize", "hold"})
SERVICE_GERUNDS = frozenset((v[:-1] if v.endswith("e") else v) + "ing" for v in GO_BETWEEN_VERBS | CONVENE_VERBS)
# the go-between's offer and role nouns ("its offer to host talks between", "as a mediator between")
AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "$", "euro", "dollar", "pound", "yen", "yuan"})
OFFER_NOUNS = frozenset({"offer", "proposal", "bid"})
ROLE_NOUNS = frozenset({"mediator", "intermediary", "go-between", "facilitator", "broker", "venue", "host", "guarantor"})


def _party(m: Mention, doc) -> bool:
    """A firm is no partner here ("blocked access to Instagram"), nor a city modifying a noun for
    where a thing is based ("sanctions on a Wuhan-based firm"); a capital stands for its government."""
    from .gazetteer import gazetteer

    if m.code == "MNC":
        return False
    if m.kind != "country" or doc[m.root].dep_ not in ("compound", "amod", "npadvmod", "nmod"):
        return True
    loc = gazetteer().resolve(m.text)
    return loc is None or loc.feature_class != "P" or loc.feature_code == "PPLC"


def _backed(layer: list[Token], own: set[str], h) -> list[Mention]:
    """'toward an Arab-backed plan', 'a Turkish-brokered deal': the backers the actors stage keeps."""
    return backers_inside(layer, own, next(iter(h.by_tok.values())).sent_index if h.by_tok else 0)


# what a party drops or climbs down from when it concedes: a demand names whom it was made of
DEMAND_NOUNS = frozenset({"demand", "demands", "condition", "conditions", "precondition", "preconditions",
                          "insistence", "ultimatum", "call", "request"})


def dropped_demand(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Hamas climbed down from its demand that Israel commit to ...' -> ISR; 'dropped its demand that ECOWAS pay
    compensation' -> IGO: a concession of a demand goes to the one the demand's clause asked to act."""
    direct_subjects, objects, prep_objects = _arguments.direct_subjects, _arguments.objects, _arguments.prep_objects

    doc = verb.doc
    nouns = [n for n in objects(verb) + prep_objects(verb, ("from", "on", "off"))
             if n.lemma_.lower() in DEMAND_NOUNS or n.lower_ in DEMAND_NOUNS]
    asked = [s for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
             for s in direct_subjects(c)[0]]
    # ("its demand that ECOWAS pay": the parser may lose the clause; the party right after "that" is the one asked)
    asked += [doc[n.i + 2] for n in nouns if n.i + 2 < len(doc) and doc[n.i + 1].lower_ == "that"]
    return coded_targets(asked, own, by_tok)[:1]


# -- the author of a judged proposal (round 23) ---------------------------------------------------
# Reactions to a proposal, plan or package: its author is the party reacted to
AUTHOR_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})
OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def proposal_author(h, own: set[str], found: list[Mention], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Hungary blocked an EU plan to fund Ukraine's defence', 'rejected a U.S. proposal for a ceasefire with
    Ukraine': the coded owner on the judged object is the party reacted to; a party named deeper in the
    object's phrase (who the package is for, what the plan would do) is its topic (docs: 'Actors and
    recipients', round 23). [] unless every coded recipient of another country sits deeper in that phrase."""
    if h.noun is not None and h.noun.i != h.tok.i:
        return []
    objects = _arguments.objects
    others = [m for m in found if m.code and m.code not in own]
    if not others:
        return []
    for obj in objects(h.tok):
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in FUNDING_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in FUNDING_NOUNS for c in obj.children):
            continue  # a lender's money concerns the borrower (event_far_recipients.funded_party)
        heads = [c for c in obj.children if c.dep_ in OWNER_DEPS]
        if any(c.dep_ == "poss" for c in heads):
            # ("the EU's Ukraine plan": after a possessor, a bare noun modifier is the topic)
            heads = [c for c in heads if c.dep_ != "compound"]
        # ("an Egyptian-Qatari proposal": one demonym hangs on the other)
        heads += [x for c in heads for x in [*c.conjuncts, *(g for g in c.children if g.dep_ in OWNER_DEPS)]]
        owners: list[Mention] = []
        for c in heads:
            m = by_tok.get(c.i)
            # (a capital as a bare modifier names the text after a place: "the 2022 Pretoria peace agreement")
            if m is None or (c.dep_ == "compound" and m.kind == "country" and m.sector == "GOV"):
                continue
            if m.code and m.code not in own and m not in owners:
                owners.append(m)
        if not owners:
            continue
        inner = {t.i for c in obj.children if c.dep_ in ("prep", "acl", "relcl") for t in c.subtree}
        # ("blocked an EU loan package | for Moldova": the parser may hang the beneficiary on the verb)
        inner |= {t.i for c in h.tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == obj.right_edge.i + 1
                  for t in c.subtree}
        if all(m in owners or m.root in inner for m in others) and any(m not in owners for m in others):
            return owners
    return []


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import arguments as _arguments  # noqa: E402
