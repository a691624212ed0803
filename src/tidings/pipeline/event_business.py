"""Firms doing business are no political actors (moved out of event_guards.py in events round 10): every coded
party a company, every actor a firm or a market participant (``business_only``), firms acting commercially
whatever country their name carries (``company_act``); kept: a state's act whose report a news agency saw, and a
state energy company cutting supplies to another state, or warning that it will."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

BUSINESS_CODES = frozenset({"MNC"})
FIRM_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "AID"})
# (not traders or consumers: they boycott)
MARKET_ACTORS = frozenset({"investor", "shareholder", "speculator", "bondholder", "depositor", "market"})
# heads of actor phrases that name companies: "Qatar Airways", "Chinese battery makers"
# (not "group", "carrier", "operator", "producer": armed groups, aircraft carriers, drone
# operators and oil-producing states act)
COMPANY_HEADS = word_list("party_nouns.json", "company_heads")
COMPANY_TYPES = frozenset({"ASSAULT", "SANCTION", "MOBILIZE"})
# what a firm suspends for its own business: a company of a state halting supplies may still sanction
COMMERCIAL_OBJECTS = frozenset({"flight", "service", "route", "operation", "sailing", "shipping", "production",
                                "business", "sale", "booking", "trip", "cruise", "voyage", "transit"})


def business_only(cand: Candidate, doc=None) -> bool:
    """Every coded party is a company, every actor a firm (sector BUS, apart from attacks and
    coercion), or every actor a market participant ("investors pulled money out of risky assets"):
    commerce, not politics."""
    coded = [m.code for m in cand.actor + cand.recipient if m.code]
    if bool(coded) and all(c in BUSINESS_CODES for c in coded):
        return True
    if cand.event not in FIRM_ACTS and cand.actor and (all(_firm(m) for m in cand.actor) or (
            doc is not None and _firm_subject(cand, doc))) and not _state_supply_cut(cand, doc):
        # "Lufthansa extended the suspension of its flights", "Petronas signed a deal with Pertamina":
        # firms (flag carriers and state companies included) doing business; a firm on the receiving end
        # of a state's act stays ("sanctions on Rosneft"); firms still attack, coerce, boycott and supply
        # ("Chinese companies supplying drone components to Russia")
        return True
    if cand.event == "AID" and doc is not None and cand.recipient and _goods_flow(doc[cand.trigger]) and all(
            _buyer(doc[m.root], doc[cand.trigger]) for m in cand.recipient):
        return True  # "resumed shipments of rare-earth magnets to American manufacturers": goods sold to firms, no aid
    return doc is not None and bool(cand.actor) and all(doc[m.root].lemma_.lower() in MARKET_ACTORS for m in cand.actor)


# goods moving to buyers: shipped or delivered to firms they are trade ("financed the production of drones by
# Ukrainian manufacturers", "extending a credit line to Serbia's state railway company" stay aid)
GOODS_FLOWS = frozenset({"shipment", "delivery", "export", "sale", "supply", "ship", "deliver", "sell"})
# who buys goods: firms and the trade's own buyers ("shipped 20,000 cars to dealers in Brazil", "delivered cargoes
# to buyers in Japan"); only as the receiver of a goods flow, so "arms dealers" acting keep their events
BUYER_HEADS = COMPANY_HEADS | word_list("party_nouns.json", "buyer_heads")


def _buyer(t: Token, trigger: Token) -> bool:
    # (or the place the buyers are in, hung on the buyers or on the verb: "shipped cars to dealers in Brazil")
    if t.lower_ in BUYER_HEADS:
        return True
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "across"):
        return False
    holder = t.head.head
    return holder.lower_ in BUYER_HEADS or (holder == trigger and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ in BUYER_HEADS for g in c.children)
        for c in trigger.children))


def _goods_flow(t: Token) -> bool:
    return t.lemma_.lower() in GOODS_FLOWS or any(
        o.dep_ == "dobj" and o.lemma_.lower() in GOODS_FLOWS for o in t.children)


# what a state energy company cuts off to another state: a penalty of its state ("Gazprom halted gas supplies to
# Moldova"), not business
SUPPLY_WORDS = frozenset({"gas", "oil", "electricity", "power", "fuel", "supply", "delivery", "transit", "export",
                          "shipment", "flow"})


def _state_supply_cut(cand: Candidate, doc) -> bool:
    if cand.event not in ("SANCTION", "THREATEN") or doc is None:
        return False
    own = {m.code for m in cand.actor if m.code}
    if not any(m.code and m.code not in own and m.code not in BUSINESS_CODES and m.sector != "BUS"
               for m in cand.recipient):
        return False
    trig = doc[cand.trigger]
    if cand.event == "THREATEN":
        # "Gazprom warned that it could cut gas supplies to Moldova": the cut held out is the state's threat
        trig = next((k for k in trig.children if k.dep_ in ("ccomp", "xcomp") and k.pos_ == "VERB"), None)
        if trig is None:
            return False
    words = [trig] + [k for k in trig.children if k.dep_ in ("dobj", "nsubjpass")]
    words += [g for w in words[1:] for g in w.children if g.dep_ == "compound"]
    return any(w.lemma_.lower() in SUPPLY_WORDS for w in words)


def _firm(m) -> bool:
    return m.sector == "BUS" or m.code in BUSINESS_CODES


def _firm_subject(cand: Candidate, doc) -> bool:
    """The doer is a firm even when a symmetric reading lists the destination as a party ("Qatar Airways
    resumed flights to Damascus"), or the firm speaks of itself ("Emirates said it would resume flights")."""
    if not any(_firm(m) for m in cand.actor + cand.speaker):
        return False  # (no firm among the parties: neither test below can hold; asked of most candidates)
    trig = doc[cand.trigger]
    subj = [k for k in trig.children if k.dep_ in ("nsubj", "nsubjpass")]
    by_root = {m.root: m for m in cand.actor + cand.speaker}
    if subj and all(s.i in by_root and _firm(by_root[s.i]) for s in subj):
        return True
    if not subj and _state_controller(trig, by_root):
        return False  # "Algeria plans to expel 12 French embassy staff, according to a document seen by AFP"
    return (not subj or all(s.pos_ == "PRON" and s.i not in by_root for s in subj)) and bool(cand.speaker) \
        and all(_firm(m) for m in cand.speaker)


def _state_controller(trig: Token, by_root) -> bool:
    """The subject of the verb whose complement the trigger is ("Poland plans to close ... and to deploy") is a
    coded party that is no firm: the act is that party's, whoever reports it."""
    cur = trig
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "conj", "advcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
        subj = [k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return all(s.i in by_root and by_root[s.i].code and not _firm(by_root[s.i]) for s in subj)
    return False


def company_act(cand: Candidate, doc) -> bool:
    """'Qatar Airways and Emirates suspended flights to Tehran', 'Chinese battery makers are targeting
    new plants': firms acting commercially take no state SANCTION, ASSAULT or MOBILIZE, whatever
    country their name carries."""
    if cand.event not in COMPANY_TYPES or not cand.actor:
        return False
    if all(m.sector == "BUS" for m in cand.actor) and (cand.event != "SANCTION" or any(
            k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in COMMERCIAL_OBJECTS for k in doc[cand.trigger].children)):
        return True  # "Lufthansa suspended flights to Tel Aviv" (not "Gazprom halted gas supplies to Austria")
    return all(m.code == "MNC" or _company_word(doc[m.root]) for m in cand.actor)


def _company_word(tok: Token) -> bool:
    """The word or the noun it modifies names a firm: "Airways" in "Qatar Airways", "Air France", "Chinese" in
    "Chinese battery makers", "Emirates" coordinated with "Qatar Airways"."""
    for _ in range(3):
        if tok.lower_ in COMPANY_HEADS or tok.lemma_.lower() in COMPANY_HEADS:
            return True
        if tok.pos_ == "PROPN" and any(k.dep_ == "compound" and k.lower_ == "air" for k in tok.children):
            return True  # "Air France", "Air India": airlines named after their country
        if tok.dep_ not in ("amod", "compound", "poss", "nmod", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
