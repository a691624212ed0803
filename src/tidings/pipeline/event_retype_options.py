"""Type repairs for what a party leaves open, aims at or is only said to be able to do (types, round 8):

* an option kept open: 'has not ruled out strikes on Pakistan', 'refused to rule out military action' is a
  THREATEN (manual, THREATEN: a coercive warning; the double negative holds the act out), not a negated
  REJECT; 'did not rule out talks' (no hostile content) stays what it was;
* an aim: 'Vietnam and Indonesia look to deepen defence ties', 'hope to expand trade' name no act and no
  promise (an aim is neither cooperation done nor an AGREE; 'agreed / pledged to deepen ties' stays AGREE);
* speculation: 'police could arrest X, local media speculated' is the act, hypothetical, not a threat: only
  the actor's own side announcing its possible act threatens (event_retype.conditional_threats);
* an impersonal warning: 'the IMF warned that inflation would hit the poor hardest' forecasts what a force of
  nature or the economy will do; nobody is threatened; nor does a drift ('a row that threatened to spiral');
* readiness announced (round 9): 'Pakistan would not hesitate to launch strikes on ...', 'Israel will not
  hesitate to act against Hezbollah' is a THREATEN by the actor (the claims stage does the same when the
  speaker is the actor's side; here the act itself says it), 'vowed to keep up the pressure on X until ...'
  holds pressure out (THREATEN, not a promise), and 'would respond forcefully' is a threat only while it is
  announced: 'responded forcefully to the strikes' reports what was done (its means name the act).

Called from event_rules.fold_participles on each candidate of a sentence; each rule looks only at the
candidate's trigger and its children."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import objects
from .base import FUTURE_AUX, NON_COUNTRY_CODES, ORDER_VERBS, PROMISE_VERBS
from .event_agreements import signed_content
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# what the held-open option is: violence, or a penalty (the THREATEN mode)
OPEN_VIOLENCE = word_list("act_nouns.json", "open_options")
OPEN_PENALTY = frozenset({"sanction", "tariff", "embargo", "ban", "blockade", "expulsion", "countermeasure", "measure",
                          "restriction", "boycott", "levy", "duty", "curb"})
OPEN_VIOLENT_VERBS = frozenset({"strike", "attack", "use", "invade", "bomb", "retaliate", "send", "deploy", "hit",
                                "target", "resume"})
REFUSING_VERBS = frozenset({"refuse", "decline"})


def _is_rule_out(t: Token) -> bool:
    return (t.lemma_.lower() == "rule" and any(k.lower_ == "out" for k in t.children)) or t.lemma_.lower() == "exclude"


def _rule_out(t: Token) -> Token | None:
    """The 'rule out' / 'exclude' verb of a trigger: the trigger itself or its 'refused to rule out' complement."""
    if _is_rule_out(t):
        return t
    if t.lemma_.lower() in REFUSING_VERBS:
        return next((k for k in t.children if k.dep_ == "xcomp" and _is_rule_out(k)), None)
    return None


def _by_force(v: Token) -> bool:
    """'taking Taiwan by force', 'retake the islands by military force': a capture by force is violence."""
    return any(k.dep_ == "prep" and k.lower_ == "by" and any(g.lemma_.lower() == "force" for g in k.children)
               for k in v.children)


def _option_mode(rule: Token) -> str | None:
    """'violence' / 'restrict' when what is not ruled out is a hostile act, else None."""
    for o in objects(rule) + [k for k in rule.children if k.dep_ in ("xcomp", "ccomp", "pcomp", "advcl")]:
        words = {o.lemma_.lower()} | {m.lemma_.lower() for m in o.children if m.dep_ in ("amod", "compound")}
        if o.lemma_.lower() in OPEN_PENALTY:
            return "restrict"
        if words & OPEN_VIOLENCE or "military" in words or (o.pos_ == "VERB" and o.lemma_.lower() in OPEN_VIOLENT_VERBS):
            return "violence"
        if o.pos_ == "VERB" and _by_force(o):  # "refused to rule out taking Taiwan by force"
            return "violence"
    return None


def open_option_threat(c: Candidate, t: Token) -> Candidate | None:
    """'India has not ruled out fresh strikes on Pakistan', 'Israel refused to rule out military action':
    not excluding one's own hostile act holds it out to the other side (THREATEN). The refusal's own double
    negative is no event otherwise (event_retype.not_an_act)."""
    if c.event not in ("REJECT", "THREATEN") or (c.event == "THREATEN" and t.lemma_.lower() != "exclude"):
        return None
    rule = _rule_out(t)
    if rule is None:
        return None
    if rule.i == t.i and not any(k.dep_ == "neg" for k in rule.children):
        return None  # "ruled out strikes": a refusal, left as it is
    mode = _option_mode(rule)
    if mode is None:
        return None
    return replace(c, event="THREATEN", mode=mode)


# verbs of aiming: their complement is what a party wants, not an act or a promise
AIM_VERBS = frozenset({"look", "hope", "aim", "wish", "strive", "aspire", "yearn", "dream", "want", "seek"})
# ("wanted to ease tensions with students": a wish to relent is no concession made)
AIMED_TYPES = frozenset({"COOPERATE", "SUPPORT", "CONCEDE"})  # (a meeting hoped for stays a hypothetical CONSULT)


def aimed_only(c: Candidate, t: Token) -> bool:
    """'Vietnam and Indonesia look to deepen defence ties': a cooperative act only aimed at is no event."""
    if c.event not in AIMED_TYPES:
        return False
    if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "to" and t.head.head.lemma_.lower() == "look" and any(
            k.lower_ == "forward" for k in t.head.head.children):
        return True  # "looked forward to expanding cooperation / to deeper ties": a hope, not the act
    if t.dep_ not in ("xcomp", "advcl") or t.head.lemma_.lower() not in AIM_VERBS:
        return False
    return any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children)


# verbs that report a guess about someone else's act, never the actor announcing its own
SPECULATION_VERBS = frozenset({
    "speculate", "predict", "expect", "believe", "fear", "forecast", "guess", "reckon", "estimate", "suggest",
    "suspect", "think", "anticipate", "surmise", "conjecture",
})


def speculated(c: Candidate, doc) -> bool:
    """The candidate's report is a guess or the press's: 'police could arrest X, local media speculated /
    reported' (the media of the actor's own country do not announce its acts)."""
    if any(m.sector == "MED" or "MED" in m.other_sectors for m in c.speaker):
        return True
    return c.embedding is not None and doc[c.embedding].lemma_.lower() in SPECULATION_VERBS


# subjects of a warned clause that are forces, not parties: the warning is a forecast
IMPERSONAL_SUBJECTS = word_list("impersonal_causes.json", "impersonal_warned_subjects")
WARNING_VERBS = frozenset({"warn", "caution"})
# what a situation "threatens to" do on its own: a drift, not anyone's coercive act
DRIFT_VERBS = word_list("act_verbs.json", "drift_verbs")


def warned_party_condition(c: Candidate, t: Token) -> bool:
    """'Kim Yo Jong warned Seoul of a catastrophe if it resumed loudspeaker broadcasts': a state warns the party it
    names of what comes if that party acts: a threat, not a forecast (an agency's forecast stays one: 'the IMF
    warned Pakistan of a default unless it secured financing', 'the WFP warned of famine if convoys cannot pass')."""
    own = {m.code for m in c.actor if m.code}
    if not own or own & NON_COUNTRY_CODES:
        return False
    addressed = {o.i for o in objects(t)}
    if not any(m.code and m.code not in own and any(m.start <= i < m.end for i in addressed) for m in c.recipient):
        return False
    return any(k.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") or (
        g.dep_ == "aux" and g.lower_ == "should" and g.i < k.i) for g in k.children) for k in t.children)


def impersonal_warning(c: Candidate, t: Token) -> bool:
    """'The IMF warned that inflation would hit the poor hardest': a THREATEN on a warning whose clause has a
    force or a measure for subject (no party acts) is a forecast, not a threat. 'A deportation drive that
    threatened to spiral', 'the row threatens to derail the summit': a drift, whatever the subject."""
    if c.event == "THREATEN" and t.lemma_.lower() == "threaten" and any(
            k.dep_ == "xcomp" and k.lemma_.lower() in DRIFT_VERBS for k in t.children):
        return True
    if c.event != "THREATEN" or t.lemma_.lower() not in WARNING_VERBS:
        return False
    clauses = [k for k in t.children if k.dep_ == "ccomp"]
    if not clauses:
        return False
    if any(k.lemma_.lower() == "threaten" and any(x.dep_ == "xcomp" and x.lemma_.lower() in DRIFT_VERBS
                                                  for x in k.children) for k in clauses):
        return True  # "warned that tensions threatened to spiral out of control"
    subjects = [s for k in clauses for s in k.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lemma_.lower() in IMPERSONAL_SUBJECTS for s in subjects)


# the act a party says it "would not hesitate" to take, by its type: the THREATEN mode (content of the threat)
# (legal action held out is a threat too: "would not hesitate to take the United States to court")
READY_CONTENT = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict", "THREATEN": "violence", "ACCUSE": None}
READY_CONTENT_MODES = {("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel"}
READINESS_NEGATIVES = frozenset({"hesitate", "flinch", "shy", "hold"})
# readiness said outright (round 16): 'Tehran was prepared to shut the strait if ...', 'stands ready to strike'
READINESS_ADJECTIVES = frozenset({"ready", "prepared", "poised"})
READINESS_COPULAS = frozenset({"be", "stand", "remain", "stay", "appear", "seem"})
# verbs that name a hostile act only when announced: "would act against Hezbollah"
ANNOUNCED_ONLY = frozenset({"act", "respond", "react", "repel", "repulse"})


def ready_head(t: Token) -> Token | None:
    """The negated 'will not hesitate' a trigger is the complement of: 'would not hesitate to launch strikes',
    '... to take strong measures' (the noun's light verb), 'will not shy away from using force'."""
    v = t
    for _ in range(4):
        h = v.head
        if h.i == v.i:
            return None
        if v.dep_ in ("xcomp", "pcomp", "pobj", "prep") and h.lemma_.lower() in READINESS_NEGATIVES and any(
                k.dep_ == "neg" for k in h.children) and any(
                k.dep_ == "aux" and k.lower_ in FUTURE_AUX for k in h.children):
            return h
        if v.dep_ == "xcomp" and h.pos_ == "ADJ" and h.lower_ in READINESS_ADJECTIVES and _ready_stance(h):
            return h
        if v.dep_ not in ("dobj", "xcomp", "prep", "pobj", "pcomp", "prt", "compound", "amod"):
            return None
        v = h
    return None


def _ready_stance(adj: Token) -> bool:
    """'stood ready to', 'is prepared to', 'remains poised to': a readiness held now by the clause's subject (not
    negated: 'is not ready to strike'; not a description of others: 'troops ready to strike' has no copula)."""
    if adj.dep_ not in ("acomp", "oprd", "xcomp") or adj.head.lemma_.lower() not in READINESS_COPULAS:
        return False
    return not any(k.dep_ == "neg" for w in (adj, adj.head) for k in w.children)


def _announced_act(t: Token) -> bool:
    """'would act', 'will respond', or the complement of a readiness or threat: an act still to come (not the
    other side's act a threat is conditioned on: 'may strike ... if Kabul fails to act against the Taliban')."""
    v = t
    for _ in range(3):
        if any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in v.children):
            return False
        if v.dep_ != "xcomp":
            break
        v = v.head
    if any(k.dep_ == "aux" and k.lower_ in FUTURE_AUX | {"could", "might", "may", "to"} for k in t.children):
        return True
    return ready_head(t) is not None


def readiness_threat(c: Candidate, t: Token) -> Candidate | None:
    """'Pakistan would not hesitate to launch strikes against militant hideouts in Afghanistan': one's own
    hostile act announced with readiness is a THREATEN (manual: a coercive warning), with the act's content as
    mode; 'did not hesitate to strike' (past, no modal) reports the strike and is left alone."""
    if c.event not in READY_CONTENT or c.event == "THREATEN" or ready_head(t) is None:
        return None
    own = {m.code for m in c.actor if m.code}
    if any(m.code and m.code not in own for m in c.speaker):
        return None  # "Zelenskiy said Russia would not hesitate to strike Kyiv": a forecast by the other side
    return replace(c, event="THREATEN", mode=READY_CONTENT_MODES.get((c.event, c.mode), READY_CONTENT[c.event]),
                   planned_event=c.event, planned_mode=c.mode)


PRESSURE_VERBS = frozenset({
    "keep", "maintain", "increase", "step", "ratchet", "intensify", "pile", "ramp", "turn", "sustain", "tighten",
    "crank", "raise", "heap", "continue",
})


def pressure_vow(c: Candidate, t: Token) -> Candidate | None:
    """'Venezuela vowed to keep up the pressure on Guyana until ...': pressure held out is a threat, not an
    AGREE (nothing is promised to the recipient)."""
    if c.event != "AGREE" or t.lemma_.lower() not in PROMISE_VERBS:
        return None
    for k in t.children:
        if k.dep_ == "xcomp" and k.lemma_.lower() in PRESSURE_VERBS and any(
                o.dep_ in ("dobj", "pobj", "prep") and o.lemma_.lower() in ("pressure", "squeeze")
                or any(g.lemma_.lower() == "pressure" for g in o.children if g.dep_ == "pobj")
                for o in k.children):
            return replace(c, event="THREATEN", mode=None)
    return None


def unannounced_reprisal(c: Candidate, t: Token) -> bool:
    """'would respond forcefully', 'will act against X' threaten; 'responded forcefully to the strikes',
    'acted against the protesters' report a past act the trigger word does not name (no event of its own)."""
    return c.event == "THREATEN" and t.lemma_.lower() in ANNOUNCED_ONLY and not _announced_act(t)


CLOSING_VERBS = frozenset({"close", "seal", "shut", "block", "blockade", "cordon", "lock"})


def ordered_closure(c: Candidate, t: Token) -> Candidate | None:
    """'ordered the army to close all border crossings with Cambodia': the forces ordered are the means, the
    closure is the act (COERCE restrict), not a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in ORDER_VERBS:
        return None
    if any(k.dep_ in ("xcomp", "ccomp") and k.lemma_.lower() in CLOSING_VERBS
           and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for k in t.children):
        return replace(c, event="COERCE", mode="restrict")
    return None


# what a state of emergency is declared over when it is no coercion: a disaster, a shortage, the economy
NON_COERCIVE_EMERGENCY = word_list("impersonal_causes.json", "non_coercive_emergencies")
# what a warning "of" foretells when it is a condition, not anyone's act: "warned of famine"
WARNED_CONDITIONS = word_list("impersonal_causes.json", "warned_conditions")


BROKERING_VERBS = frozenset({"broker", "mediate", "facilitate", "midwife", "negotiate"})


def not_a_coercion_or_threat(c: Candidate, t: Token) -> bool:
    """Look-alikes with no hostile act: 'declared a state of emergency in its energy sector' (a disaster or shortage
    is managed, nobody coerced), 'the United Nations has warned of famine' (a condition foretold), 'recalled its
    ambassador, calling him home for consultations' (the recall restated, no request)."""
    if c.event == "COERCE" and c.mode == "martial-law":
        obj = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass", "pobj")]
        words = {w.lemma_.lower() for o in obj for w in o.subtree} | {
            w.lemma_.lower() for k in t.children if k.dep_ == "prep" and k.lower_ in ("in", "over", "for")
            for w in k.subtree}
        return bool(words & NON_COERCIVE_EMERGENCY)
    if c.event == "THREATEN" and t.lemma_.lower() in WARNING_VERBS:
        of = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
        return bool(of) and all(g.lemma_.lower() in WARNED_CONDITIONS for g in of) and not warned_party_condition(c, t)
    if c.event == "REQUEST" and t.lemma_.lower() == "call":
        return any(k.lower_ == "home" for k in t.children)
    # "Egypt worked to broker a ceasefire between Israel and Hamas": the go-between concedes nothing
    return c.event == "CONCEDE" and t.lemma_.lower() in BROKERING_VERBS


OWN_PEOPLE = frozenset({"staff", "national", "citizen", "diplomat", "personnel", "employee", "peacekeeper", "worker",
                        "embassy", "official", "troop", "soldier"})
BARRING_VERBS = frozenset({"ban", "bar", "prohibit", "forbid"})
# (barring entry stays a refusal: event_rules.refused_entry)
TRAVEL_WORDS = frozenset({"travel", "travelling", "traveling"})


def own_people_or_travel(c: Candidate, t: Token) -> Candidate | None:
    """'The UN mission evacuated its staff from Walikale': taking one's own people out is a withdrawal (RETREAT), not
    aid (evacuating civilians or the wounded stays AID). 'banned them from travelling to the bloc': a travel ban is
    a SANCTION, not a restriction at home."""
    low = t.lemma_.lower()
    if c.event == "AID" and low == "evacuate":
        for o in objects(t):
            if o.lemma_.lower() in OWN_PEOPLE and any(
                    k.dep_ == "poss" and k.lower_ in ("its", "their", "his", "her", "our") for k in o.children):
                return replace(c, event="RETREAT", mode="withdraw", recipient=[])
    if c.event == "COERCE" and low in BARRING_VERBS and _from_travel(t):
        own = {m.code for m in c.actor if m.code}
        if not any(m.code and m.code not in own for m in c.recipient):
            return None  # "banned the former president from travelling abroad": a restriction at home stays COERCE
        return replace(c, event="SANCTION", mode="discontinue")
    return None


def _from_travel(t: Token) -> bool:
    return any(k.dep_ == "prep" and k.lower_ == "from" and any(
        g.lemma_.lower() in TRAVEL_WORDS or g.lower_ in TRAVEL_WORDS for g in k.children) for k in t.children)


def barred_travel(c: Candidate, t: Token) -> bool:
    """'banned them from travelling to the bloc', 'banned Bobi Wine from holding rallies': the act barred is no
    event (the bar is)."""
    v = t.head if t.dep_ == "dobj" and t.head.dep_ == "pcomp" else t  # ("from holding rallies": the noun's light verb)
    return v.dep_ in ("pcomp", "pobj") and v.head.lower_ == "from" and v.head.head.lemma_.lower() in BARRING_VERBS


STRIKING_MEANS = frozenset({
    "missile", "rocket", "drone", "strike", "airstrike", "attack", "barrage", "force", "bombing", "shelling", "fire",
    "raid", "salvo", "artillery",
})


def past_reprisal(c: Candidate, t: Token) -> Candidate | None:
    """'Iran responded to the Israeli attack with a barrage of missiles': a response already given with striking
    means is the attack itself (ASSAULT), not a threat."""
    if c.event != "THREATEN" or t.lemma_.lower() not in ANNOUNCED_ONLY or _announced_act(t):
        return None
    means = {w.lemma_.lower() for k in t.children if k.dep_ == "prep" and k.lower_ == "with" for w in k.subtree}
    return replace(c, event="ASSAULT", mode=None) if means & STRIKING_MEANS else None


BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium", "restriction", "curb"})
PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "gathering", "march", "assembly", "sit-in", "strike",
                           "meeting", "procession", "vigil"})


def protest_ban(c: Candidate, t: Token) -> Candidate | None:
    """'imposed a four-day ban on demonstrations in Istanbul': a ban on protests restricts political activity at home
    (COERCE restrict, manual), it is no penalty on another state (the SANCTION a ban on imports is)."""
    if c.event != "SANCTION":
        return None
    for o in objects(t):
        if o.lemma_.lower() in BAN_NOUNS and any(
                k.dep_ == "prep" and k.lower_ in ("on", "against") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_NOUNS for g in k.children) for k in o.children):
            return replace(c, event="COERCE", mode="restrict")
    return None


RETALIATING_VERBS = frozenset({"retaliate", "hit", "strike", "respond"})
# means of a reprisal that are trade or money, not force
ECONOMIC_MEANS = word_list("act_nouns.json", "economic_means")


def economic_reprisal(c: Candidate, t: Token) -> Candidate | None:
    """'China retaliated against Japan's export controls by restricting exports of rare earths', 'retaliates against
    U.S. port fees with fees on American ships': a reprisal whose means are trade measures is a SANCTION, not an
    attack ('retaliated with a barrage of missiles' stays ASSAULT)."""
    if c.event != "ASSAULT" or t.lemma_.lower() not in RETALIATING_VERBS:
        return None
    means: set[str] = set()
    # (the parser hangs the means on the answered noun: "against U.S. port fees with fees on American ships")
    preps, frontier = [], list(t.children)
    for _ in range(6):
        nxt = []
        for k in frontier:
            if k.dep_ == "prep" and k.lower_ in ("by", "with"):
                preps.append(k)
            elif k.dep_ in ("prep", "pobj", "pcomp", "dobj"):
                nxt.extend(k.children)
        frontier = nxt
    for k in preps:
        for g in k.children:
            if g.dep_ == "pobj":
                means.add(g.lemma_.lower())
            elif g.dep_ == "pcomp":  # "by restricting exports": the gerund and its object
                means |= {g.lemma_.lower()} | {o.lemma_.lower() for o in g.children if o.dep_ == "dobj"}
    if means & ECONOMIC_MEANS or means & {"restrict", "curb", "ban", "tax", "impose", "suspend", "halt", "block"}:
        return replace(c, event="SANCTION", mode="discontinue")
    return None


CIVILIAN_WORDS = frozenset({"resident", "civilian", "people", "inhabitant", "villager", "population", "family",
                            "household", "citizen", "dweller", "occupant", "tenant"})
LEAVING_VERBS = frozenset({"leave", "move", "evacuate", "flee", "relocate", "vacate", "go", "depart", "head"})


def evacuation_order(c: Candidate, t: Token) -> Candidate | None:
    """'the military ordered residents of two dozen border villages to move north of the Awali river': an armed
    force ordering a population out of its homes displaces it (COERCE restrict), it asks nothing of a party."""
    if c.event != "REQUEST" or t.lemma_.lower() not in ORDER_VERBS:
        return None
    if not any(o.lemma_.lower() in CIVILIAN_WORDS for o in objects(t)):
        return None
    if any(k.dep_ in ("xcomp", "ccomp") and k.lemma_.lower() in LEAVING_VERBS for k in t.children):
        return replace(c, event="COERCE", mode="restrict")
    return None


PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd", "rioter", "picketer"})
CROWD_DEMAND_VERBS = frozenset({"demand", "call", "chant", "urge", "press", "insist"})


def crowd_demand(c: Candidate, t: Token) -> Candidate | None:
    """'Demonstrators in Lome demanded an end to Gnassingbe's rule': what a crowd demands is its protest (manual,
    PROTEST: the demand of a protest is not coded apart), not a request by the country."""
    if c.event != "REQUEST" or t.lemma_.lower() not in CROWD_DEMAND_VERBS:
        return None
    if any(k.dep_ == "nsubj" and k.lemma_.lower() in PROTESTER_WORDS for k in t.children):
        return replace(c, event="PROTEST", mode="demo")
    return None


EASING_VERBS = frozenset({"relax", "ease", "loosen", "lift", "scrap"})
OWN_ECONOMY_CONTROLS = frozenset({"currency", "capital", "price", "exchange", "foreign-exchange", "forex", "monetary",
                                  "credit", "lending", "rent"})


def own_rules_eased(c: Candidate, t: Token) -> bool:
    """'plans to relax currency controls', 'eased capital controls': a state's own economic rules eased are no
    concession to anyone ('eased export controls on China' names whom it eases them for and stays)."""
    return c.event == "CONCEDE" and t.lemma_.lower() in EASING_VERBS and not any(m.code for m in c.recipient) and any(
        g.lemma_.lower() in OWN_ECONOMY_CONTROLS for o in t.children if o.dep_ in ("dobj", "nsubjpass")
        for g in o.children if g.dep_ in ("amod", "compound"))


def left_in_a_state(c: Candidate, t: Token) -> bool:
    """'leaving the bloc without fresh measures', 'the ruling left the EU with no tools': a result told, no one
    quits the bloc or withdraws from it."""
    return c.event in ("SANCTION", "RETREAT") and t.lemma_.lower() == "leave" and any(
        (k.dep_ == "prep" and k.lower_ == "without") or k.dep_ in ("oprd", "acomp")
        or (k.dep_ == "prep" and k.lower_ == "with" and any(  # (not "left the ICC with immediate effect")
            g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in k.children))
        for k in t.children)


CAPTIVE_STATES = frozenset({"jail", "detain", "imprison", "hold", "kidnap", "abduct", "arrest", "capture", "seize"})


def captive_state(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'Venezuela releases jailed American', 'freed a detained Swiss tourist': the participle on the one released
    describes a captivity told before, not a new arrest."""
    if c.event not in ("COERCE", "ASSAULT") or t.tag_ != "VBN" or t.lemma_.lower() not in CAPTIVE_STATES:
        return False
    if t.dep_ == "amod" and t.head.dep_ in ("dobj", "nsubjpass", "pobj"):
        host = by_trigger.get(t.head.head.i)
    elif t.dep_ == "xcomp":  # (a headline: "releases jailed American" parsed as a complement)
        host = by_trigger.get(t.head.i)
    else:
        return False
    return host is not None and host is not c and host.event in ("RETREAT", "AID", "REQUEST", "CONCEDE")


def state_not_act(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """A state or a result the trigger word describes, not an act (the guards above and an opinion shared, below)."""
    return own_rules_eased(c, t) or left_in_a_state(c, t) or captive_state(c, t, by_trigger) \
        or opinion_agreed(c, t, by_trigger) or (c.event == "AGREE" and signed_content(t, c.actor, by_trigger))


AGREEING_VERBS = frozenset({"agree", "concur"})
# a content clause about how things are or go, which no party does: "had become serious", "should rise"
STATE_VERBS = word_list("act_verbs.json", "state_verbs")
COMMITTING_AUX = FUTURE_AUX | frozenset({"should", "must", "shall"})


def _content_clause(t: Token) -> Token | None:
    """The that-clause an agreeing verb takes, also when the parser hangs it on the 'with' partner
    ('agreed with analysts that tensions had become serious')."""
    for k in t.children:
        if k.dep_ == "ccomp":
            return k
        if k.dep_ == "prep" and k.lower_ == "with":
            for p in k.children:
                for cl in p.children:
                    if cl.dep_ in ("acl", "relcl", "ccomp") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
                        return cl
    return None


def opinion_agreed(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'agreed with analysts that the situation was serious', 'agreed that defence spending should rise': shared
    opinion, no commitment to cooperate (manual, AGREE: agree to, offer, promise). A clause with an act in it or a
    party's planned action ('agreed that talks would resume', 'agreed that Kyiv should join') stays the AGREE, and
    so does anything agreed to or on ('agreed to talks', 'agreed on a ceasefire', 'agreed a deal')."""
    if c.event != "AGREE" or t.lemma_.lower() not in AGREEING_VERBS:
        return False
    if any(k.dep_ in ("xcomp", "dobj") or (k.dep_ == "prep" and k.lower_ in ("to", "on", "upon", "in") and not any(
            p.ent_type_ in ("DATE", "TIME") for p in k.children)) for k in t.children):  # (not "on Monday")
        return False
    clause = _content_clause(t)
    if clause is None or any(i in by_trigger and by_trigger[i] is not c for i in
                             range(clause.left_edge.i, clause.right_edge.i + 1)):
        return False
    committed = any(k.dep_ == "aux" and k.lower_ in COMMITTING_AUX for k in clause.children)
    return not committed or clause.lemma_.lower() in STATE_VERBS


RELIEF_SENDING = frozenset({"send", "deploy", "dispatch", "rush", "fly", "mobilise", "mobilize"})
# what forces are sent to do when they are sent as relief (manual, MOBILIZE: forces mobilised for disaster relief are
# AID): not "to evacuate its citizens" (one's own people: a withdrawal) nor "to secure the border"
RELIEF_VERBS = frozenset({"evacuate", "rescue", "deliver", "distribute", "airlift", "ferry", "extinguish", "battle",
                          "douse", "search"})
HELP_VERBS = frozenset({"help", "assist", "aid", "support"})


def relief_deployment(c: Candidate, t: Token) -> Candidate | None:
    """'sent two navy frigates to help evacuate civilians from Lebanon', 'deployed troops to rescue flood victims':
    forces sent for relief are aid, not a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in RELIEF_SENDING:
        return None
    for comp in t.children:
        if comp.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        acts = [comp] + ([k for k in comp.children if k.dep_ in ("xcomp", "ccomp")]
                         if comp.lemma_.lower() in HELP_VERBS else [])
        for act in acts:
            if act.lemma_.lower() not in RELIEF_VERBS:
                continue
            if any(k.dep_ == "poss" and k.lower_ in ("its", "their", "our") for o in objects(act) for k in o.children):
                return None  # "to evacuate its citizens": one's own people
            return replace(c, event="AID", mode=None)
    return None


DEBT_RELIEF_VERBS = frozenset({"forgive", "write", "cancel", "waive", "reschedule", "defer"})
DEBT_WORDS = frozenset({"debt", "loan", "obligation", "arrears", "repayment"})


def agreed_debt_relief(c: Candidate, t: Token) -> Candidate | None:
    """'The Paris Club has agreed to forgive $200 million of Nigeria's loan obligations': the manual's own example
    of AID (debt forgiveness), not a promise (AGREE)."""
    if c.event != "AGREE" or t.lemma_.lower() not in ("agree", "decide", "approve"):
        return None
    for comp in t.children:
        if comp.dep_ != "xcomp" or comp.lemma_.lower() not in DEBT_RELIEF_VERBS:
            continue
        things = objects(comp)
        things += [g for o in things for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
        if any(x.lemma_.lower() in DEBT_WORDS or any(k.lemma_.lower() in DEBT_WORDS for k in x.children
                                                     if k.dep_ == "compound") for x in things):
            return replace(c, event="AID", mode=None)
    return None
