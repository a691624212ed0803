"""Candidate recasts of the events stage (split from event_rules, round 22): a candidate whose trigger the
lexicon typed one way that the clause shows to be another act. *called Putin on Tuesday* is a phone call, not a
*call on* request; barring people from entering is REJECT; asking forgiveness is an apology; leaving an
organisation is SANCTION; a signing whose purpose the parties carry out together is COOPERATE; expelling an
organisation's head is SANCTION `expel`. Each returns the recast candidate or None; ``event_rules`` tries them in
its recast chain."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects, prep_objects
from .base import NON_COUNTRY_CODES
from .dates import WEEKDAY_SET

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# a call with a predicate or a clause after its object labels or asks ("called the vote a sham"), it is no phone call
PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
# what an "on" phrase of "call" names when it dates the call rather than addressing a request
TIME_WORDS = WEEKDAY_SET | {"day", "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening",
                           "occasion", "eve", "anniversary", "date"}
# who stands for an organisation: expelling one reduces relations with it
REPRESENTATIVE_WORDS = frozenset({
    "head", "chief", "director", "representative", "coordinator", "official", "delegate", "envoy",
    "commissioner", "administrator", "chairman", "chairwoman", "president",
})


def dated_phone_call(c: Candidate, verb: Token) -> Candidate | None:
    """'Erdogan called Putin on Tuesday': 'on' names a day, not the addressee of a 'call on'
    request, so the call is a phone consultation between the caller and the called."""
    if c.event != "REQUEST" or verb.lemma_.lower() != "call":
        return None
    kids = list(verb.children)
    ons = [g for k in kids if k.dep_ == "prep" and k.lower_ in ("on", "upon") for g in k.children if g.dep_ == "pobj"]
    if not ons or any(g.lemma_.lower() not in TIME_WORDS for g in ons) or not any(k.dep_ == "dobj" for k in kids) \
            or any(k.dep_ in PREDICATE_DEPS or (k.dep_ == "prep" and k.lower_ == "for") for k in kids):
        return None
    parties = [m for m in c.actor + c.recipient if m.code]
    if len({m.code for m in parties}) < 2:
        return None
    return replace(c, event="CONSULT", mode="phone", actor=c.actor + c.recipient, recipient=[])


ENTRY_VERBS = frozenset({"enter", "visit", "land", "dock", "return"})
# barring a state or its delegation from a gathering refuses it a seat (REJECT), as barring entry does
ATTEND_VERBS = frozenset({"attend", "join", "participate"})
PARTY_WORDS = frozenset({"state", "country", "government", "delegation", "nation", "member", "junta", "regime",
                         "leader", "minister", "representative", "envoy", "diplomat", "official"})
BARRING_VERBS = frozenset({"bar", "ban", "prevent", "block", "stop", "forbid", "prohibit"})
TERRITORY_WORDS = frozenset({"country", "territory", "mainland", "island", "state", "nation", "republic", "kingdom", "port", "airspace"})


def refused_entry(c: Candidate, verb: Token) -> Candidate | None:
    """'barred 21 British lawmakers from entering the country': the manual codes barring a group
    from entering one's territory as REJECT (expelling it is COERCE); barring people from other
    things ('from running for office', 'from travelling abroad') stays a COERCE restriction."""
    if c.event != "COERCE" or verb.lemma_.lower() not in BARRING_VERBS:
        return None
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "from":
            continue
        for g in p.children:
            if g.dep_ == "pcomp" and g.lemma_.lower() in ATTEND_VERBS and any(
                    o.lemma_.lower() in PARTY_WORDS for o in objects(verb)):
                own = set(codes(c.actor))
                return replace(c, event="REJECT", mode=None, recipient=[m for m in c.recipient if m.code not in own])
            if g.dep_ != "pcomp" or g.lemma_.lower() not in ENTRY_VERBS:
                continue
            places = [o for o in g.children if o.dep_ == "dobj"]
            if not places or any(o.lemma_.lower() in TERRITORY_WORDS or o.ent_type_ == "GPE" for o in places):
                own = set(codes(c.actor))
                return replace(c, event="REJECT", mode=None, recipient=[m for m in c.recipient if m.code not in own])
    return None


def asked_forgiveness(c: Candidate, verb: Token) -> Candidate | None:
    """'asked Namibia for forgiveness for the genocide': an apology (CONCEDE), not a request."""
    if c.event != "REQUEST" or verb.lemma_.lower() not in ("ask", "beg", "plead"):
        return None
    if any(g.lemma_.lower() == "forgiveness" for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
           for g in p.children if g.dep_ == "pobj") or any(
            o.dep_ == "dobj" and o.lemma_.lower() == "forgiveness" for o in verb.children):
        return replace(c, event="CONCEDE", mode=None)
    return None


def left_organisation(c: Candidate, t: Token | None = None) -> Candidate | None:  # (t: as every recast)
    """'announced their withdrawal from the International Criminal Court': a state leaving an
    organisation withdraws its non-military presence, SANCTION 'withdraw' in the manual; RETREAT
    is for forces leaving territory."""
    rec = [m.code for m in c.recipient if m.code]
    act = [m.code for m in c.actor if m.code]
    if (c.event == "RETREAT" and c.mode == "withdraw" and rec and act
            and all(r in NON_COUNTRY_CODES for r in rec) and not any(a in NON_COUNTRY_CODES for a in act)):
        return replace(c, event="SANCTION")
    return None


JOINT_ADVERBS = frozenset({"jointly", "together"})
BUILD_VERBS = frozenset({"build", "construct", "develop", "lay", "finance", "produce", "manufacture", "operate"})


def joint_project(c: Candidate, t: Token) -> Candidate | None:
    """'inked a deal on Wednesday to jointly build a hydropower plant', 'Russia and China signed a memorandum
    to build a pipeline': signing an agreement whose purpose the parties carry out together is material
    cooperation (the lexicon's joint_project_verbs cover the deal's own relative clause; this covers a
    purpose clause on the signing verb)."""
    if c.event != "SUPPORT":
        return None
    mutual = len(set(codes(c.actor))) >= 2  # "Russia and China signed a memorandum to build a pipeline"
    for v in t.children:
        if v.dep_ in ("xcomp", "advcl") and v.pos_ == "VERB" and (any(
                a.dep_ == "advmod" and a.lower_ in JOINT_ADVERBS for a in v.children)
                or (mutual and v.lemma_.lower() in BUILD_VERBS)):
            return replace(c, event="COOPERATE")
    return None


def expelled_representative(c: Candidate, t: Token) -> Candidate | None:
    """'expelled the head of the ICRC delegation', 'threw out the ICRC's country director': expelling
    the head or representative of an organisation reduces relations with it (manual, SANCTION 'expel',
    like expelling diplomats); deporting a country's people, or an organisation's staff or monitors,
    stays COERCE 'deport'."""
    rec = [m.code for m in c.recipient if m.code]
    if c.event != "COERCE" or c.mode != "deport" or not rec or not all(r in NON_COUNTRY_CODES for r in rec):
        return None
    expelled = objects(t) + prep_objects(t, ("of",))
    expelled += [g for o in list(expelled) for g in prep_objects(o, ("of",))]  # "the Committee of the Red Cross's director"
    if any(o.lemma_.lower() in REPRESENTATIVE_WORDS for o in expelled):
        return replace(c, event="SANCTION", mode="expel")
    return None
