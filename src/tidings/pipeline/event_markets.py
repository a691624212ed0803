"""Market reports told with event words (round 23, precision): no party acts in them.

Financial and economic copy borrows the verbs of conflict and demand: *Chile's peso struck a two-month high*,
*the central bank fired a warning shot at markets*, *Chinese demand recovered*. A blind evaluator's wire text coded
these as ASSAULT and REQUEST. Each rule reads the parse around the trigger:

* a market subject (``market_subjects``): a currency, a share price, an index or a trade flow as the active
  subject of the trigger verb (*the rouble struck a record low*, *shares hit a three-year high*) reports a movement;
* a market target (``market_targets``): a shot or warning aimed *at* investors or at bare *markets* is a signal
  to the money, not a threat or an attack (*shelled a market*, *markets in Gaza* are
  places);
* economic demand: the noun *demand* as the subject of a verb of quantity (*demand recovered*, *demand for copper
  slowed*) or the measure of a change noun (*a slump in demand*) is buying, not a request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

FILE = "impersonal_causes.json"
MARKET_SUBJECTS = word_list(FILE, "market_subjects")
MARKET_TARGETS = word_list(FILE, "market_targets")
QUANTITY_CHANGES = word_list(FILE, "quantity_changes") | word_list(FILE, "market_movements")
DEMAND_NOUNS = frozenset({"demand"})
CHANGE_NOUNS = frozenset({"rise", "fall", "drop", "slump", "surge", "jump", "decline", "slowdown", "recovery",
                          "rebound", "increase", "decrease", "growth", "weakness", "strength", "pickup", "dip"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _market_subject(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        k.dep_ == "nsubj" and (_lemma(k) in MARKET_SUBJECTS or k.lower_ in MARKET_SUBJECTS)
        for k in tok.children)


def _money_target(t: Token) -> bool:
    # (a bare plural "markets" is the trading world; "a market", "markets in Gaza" are places that can be shelled)
    return t.lower_ in MARKET_TARGETS or (t.lower_ == "markets" and not any(
        c.dep_ in ("det", "amod", "compound", "prep", "poss", "nummod") for c in t.children))


def _market_target(tok: Token) -> bool:
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ in ("at", "on"):
            if any(o.dep_ == "pobj" and _money_target(o) for o in k.children):
                return True
        if k.dep_ == "dobj":  # "fired a warning shot at markets": the phrase hangs on the object
            if _market_target(k):
                return True
    return False


def _economic_demand(tok: Token) -> bool:
    if _lemma(tok) not in DEMAND_NOUNS or tok.tag_ != "NN":
        return False
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in QUANTITY_CHANGES:
        return True
    # "a slump in demand", "weaker growth in demand for steel"
    return tok.dep_ == "pobj" and head.lower_ == "in" and _lemma(head.head) in CHANGE_NOUNS


def market_report(cand: Candidate, doc) -> bool:
    """The candidate's trigger reports a market or an economic quantity, not a party's act."""
    tok = doc[cand.trigger]
    if cand.event == "REQUEST":
        return _economic_demand(tok)
    if cand.event not in ("ASSAULT", "THREATEN", "COERCE"):
        return False
    return _market_subject(tok) or (cand.event != "COERCE" and _market_target(tok))
