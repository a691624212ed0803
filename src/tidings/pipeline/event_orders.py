"""Orders to one's own forces: "Netanyahu ordered the military to strike Hezbollah targets", "Putin ordered the army
to expel Ukrainian forces from Kursk". The order is the act (docs: *ordered foreign diplomats to leave* is the
expulsion); when the ordered body is the orderer's own military, police or ministry, the ordered act is the
orderer's and the order itself (read as a mobilisation or a request of one's own forces) is no second event.
Orders to another party ("ordered Ukrainian forces to withdraw", "told Manila to ...") stay as they are.
Called by the events stage before the requested-content guard."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import COURT_WORDS, ORDER_VERBS
from .event_dedupe import fold_words
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate

# acts an order to one's own forces carries out
ORDERED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "AID"})
ORDER_TYPES = frozenset({"MOBILIZE", "REQUEST"})


def _own_force(obj: Token) -> bool:
    """'the military', 'the Pentagon', 'its troops', 'the armed forces' -- not 'Ukrainian forces', 'Hamas'."""
    if obj.lemma_.lower() not in fold_words()["own_forces"] and obj.lower_ not in fold_words()["own_forces"]:
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
                   for c in obj.children)


# whoever a standing order would hit: "anyone who", "any protester who", "looters on sight"
WHOEVER_WORDS = frozenset({"anyone", "anybody", "whoever", "whomever", "those", "everyone"})


def _standing_order(act: Token) -> bool:
    """'ordered police to shoot anyone who resisted', 'told troops to open fire on any protester who ...', 'to shoot
    looters on sight': violence ordered against whoever will do something is a threat (the manual's THREATEN
    violence), not an attack that happened."""
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "sight" for g in c.children) for c in act.children):
        return True
    targets = [o for o in act.children if o.dep_ in ("dobj", "dative")]
    targets += [g for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"]
    targets += [g for t in list(targets) if t.lemma_.lower() == "fire" for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"]  # "open fire on"
    return any(t.lower_ in WHOEVER_WORDS or (
        any(k.dep_ == "det" and k.lower_ == "any" for k in t.children)
        and any(k.dep_ == "relcl" for k in t.children)) for t in targets)


def own_force_orders(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    by_trigger = {c.trigger: c for c in cands if c.event in ORDERED_TYPES}
    drop: set[int] = set()
    for c in cands:
        verb = doc[c.trigger]
        if c.event not in ORDER_TYPES or verb.lemma_.lower() not in ORDER_VERBS or not any(m.code for m in c.actor):
            continue
        objs = [o for o in verb.children if o.dep_ in ("dobj", "dative")]
        if not objs or not all(_own_force(o) for o in objs):
            continue
        acts = [by_trigger[k.i] for k in verb.children if k.dep_ == "xcomp" and k.i in by_trigger]
        if not acts:
            continue
        for act in acts:
            act.actor = list(c.actor)
            if not any(m.code for m in act.recipient) and c.event == "MOBILIZE":
                act.recipient = list(c.recipient)  # "ordered the army to reinforce positions along the border with X"
        drop.add(id(c))
    for c in cands:  # "ordered police to shoot anyone who attacks": force promised, not used
        t = doc[c.trigger]
        if c.event == "ASSAULT" and t.dep_ == "xcomp" and t.head.lemma_.lower() in ORDER_VERBS and _standing_order(t):
            c.event, c.mode = "THREATEN", "violence"
    return [c for c in cands if id(c) not in drop]


def own_force_order(verb: Token, inner_type: str) -> bool:
    """True for an order verb whose ordered body is the orderer's own ('ordered the Pentagon to send troops'),
    over a material act: the fold stage leaves the act standing for own_force_orders."""
    if inner_type not in ORDERED_TYPES or verb.lemma_.lower() not in ORDER_VERBS:
        return False
    objs = [o for o in verb.children if o.dep_ in ("dobj", "dative")]
    return bool(objs) and all(_own_force(o) for o in objs)


# an order to take content down: the censorship is the act (manual, COERCE censor), not a request of the platform
REMOVAL_VERBS = frozenset({"remove", "delete", "pull", "take", "block", "restrict", "suspend", "ban", "censor",
                           "unpublish", "erase", "scrub", "geoblock", "withdraw", "purge", "disable"})
CONTENT_NOUNS = word_list("act_nouns.json", "removed_content")


def ordered_removal(c: Candidate, t: Token) -> Candidate | None:
    """'ordered Apple to pull dozens of VPN apps', 'told Telegram to remove anti-government posts' -> COERCE censor."""
    if c.event != "REQUEST" or t.lemma_.lower() not in ORDER_VERBS:
        return None
    for k in t.children:
        if k.dep_ != "xcomp" or k.lemma_.lower() not in REMOVAL_VERBS:
            continue
        taken = [o for o in k.children if o.dep_ == "dobj"]
        taken += [g for o in taken for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]  # "dozens of VPN applications"
        if any(o.lemma_.lower() in CONTENT_NOUNS for o in taken):
            return replace(c, event="COERCE", mode="censor")
    return None


PAYING_VERBS = frozenset({"pay", "compensate", "refund", "reimburse", "repay", "return"})


def court_ordered_payment(c: Candidate, t: Token) -> Candidate | None:
    """'a Dutch court ordered Russia to pay 50 billion dollars': manual, SANCTION ambiguities: court-ordered payments
    are SANCTION (the court as actor, the one who must pay as recipient), not a request."""
    if c.event != "REQUEST" or t.lemma_.lower() not in ORDER_VERBS:
        return None
    subj = [s for s in t.children if s.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in COURT_WORDS or s.lower_ in COURT_WORDS for s in subj):
        return None
    if any(k.dep_ == "xcomp" and k.lemma_.lower() in PAYING_VERBS for k in t.children):
        return replace(c, event="SANCTION", mode="convict")
    return None


CLOSING_ORDERS = frozenset({"close", "shut", "shutter", "cease", "stop", "halt", "suspend", "vacate", "dissolve",
                            "disband"})
MISSION_WORDS = frozenset({"consulate", "embassy", "mission", "office", "consulates", "embassies"})
# flows an order stops: the stop cuts a relation (SANCTION), whoever carries it out
FLOW_WORDS = frozenset({"delivery", "shipment", "export", "import", "purchase", "aid", "supply", "sale", "flight",
                        "trade", "payment", "funding", "cooperation", "order", "transfer", "assistance"})
NOT_CLOSING_OBJECTS = frozenset({"fire", "fighting", "attack", "strike", "offensive", "hostility", "war", "operation",
                                 "bombing", "shelling", "raid", "violence", "killing", "advance"})


# a foreign body's presence an order ends (decisions: *ordered foreign troops / peacekeepers to leave* is SANCTION
# expel); an NGO's staff or a firm told to leave stay what they are (COERCE deport, decisions)
LEAVING_ORDERS = frozenset({"vacate", "leave", "quit", "exit", "depart", "evacuate"})
PRESENCE_WORDS = frozenset({"mission", "peacekeeper", "peacekeeping", "force", "troop", "contingent", "battalion",
                            "soldier", "observer", "monitor", "diplomat"})


def _presence_ended(c: Candidate, t: Token) -> bool:
    """'ordered the UN mission to vacate its bases', 'told the French contingent to quit the country': the order is
    the expulsion of the foreign presence (a coded other party ordered)."""
    own = {m.code for m in c.actor if m.code}
    if not any(m.code and m.code not in own for m in c.recipient):
        return False
    ordered = [o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in PRESENCE_WORDS]
    return bool(ordered) and any(k.dep_ == "xcomp" and k.lemma_.lower() in LEAVING_ORDERS for k in t.children)


def ordered_shutdown(c: Candidate, t: Token) -> Candidate | None:
    """'Burundi ordered the UN human rights office to close', 'ordered all female NGO staff to stop working', 'Israel
    ordered Al Jazeera to shut its bureau': an order that shuts another's activity down is the restriction itself
    (COERCE restrict), and 'ordered China to close its consulate in Houston' the closure of a mission (SANCTION).
    An order to stop a flow ('ordered Chinese airlines to halt deliveries of Boeing jets') cuts it (SANCTION); an
    order to stop fighting ('ordered Israel to halt its offensive') stays a REQUEST."""
    if c.event != "REQUEST" or t.lemma_.lower() not in ORDER_VERBS:
        return None
    if _presence_ended(c, t):
        return replace(c, event="SANCTION", mode="expel")
    for k in t.children:
        if k.dep_ != "xcomp" or k.lemma_.lower() not in CLOSING_ORDERS:
            continue
        closed = [o for o in k.children if o.dep_ in ("dobj", "xcomp")]
        if any(o.lemma_.lower() in NOT_CLOSING_OBJECTS for o in closed):
            return None
        if any(o.lemma_.lower() in FLOW_WORDS for o in closed):
            return replace(c, event="SANCTION", mode="discontinue") if any(m.code for m in c.recipient) else None
        if any(o.lemma_.lower() in MISSION_WORDS for o in closed) and any(
                m.kind == "country" for m in c.recipient):
            return replace(c, event="SANCTION", mode="discontinue")
        ordered = [o for o in t.children if o.dep_ == "dobj"]
        if ordered and not any(o.ent_type_ in ("GPE", "NORP") for o in ordered):
            return replace(c, event="COERCE", mode="restrict")
    return None
