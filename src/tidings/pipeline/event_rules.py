"""Rules of the events stage that need no lexicon state: modes, per-sentence bounds, nouns that
set a scene, prison sentences, recipients carried across parallel sentences."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects, place_mention, prep_objects
from .base import MODALS, Candidate, parse
from .event_deterrence import mutual_defence_clause, offender_threat, unaimed_deterrent
from .event_drills import fire_in_drills
from .event_handovers import requested_handover
from .event_measures import (
    court_jailing,
    deadly_raid,
    foreign_holding_closed,
    increased_transfer,
    refused_content,
    refused_object,
    rescue_by_force,
    stormed_as_raid,
)
from .event_orders import court_ordered_payment, ordered_removal, ordered_shutdown
from .event_recasts import (
    PREDICATE_DEPS,
    asked_forgiveness,
    dated_phone_call,
    expelled_representative,
    joint_project,
    left_organisation,
    refused_entry,
)
from .event_refusals import talks_broken_off
from .event_retype import (  # noqa: F401  (dedupe: the events stage imports it from here)
    captured_place,
    celebration,
    conditional_threats,
    consequence_threats,
    coordinated_measures,
    declined_promise,
    dedupe,
    demanded_by_speaker,
    described_signing,
    joint_drills,
    not_an_act,
    own_weapons_destroyed,
    patrols_alongside,
    refusal_restated,
    stopped_hostility,
    undirected,
)
from .event_retype_options import (
    agreed_debt_relief,
    aimed_only,
    barred_travel,
    crowd_demand,
    economic_reprisal,
    evacuation_order,
    impersonal_warning,
    not_a_coercion_or_threat,
    open_option_threat,
    ordered_closure,
    own_people_or_travel,
    past_reprisal,
    pressure_vow,
    protest_ban,
    readiness_threat,
    relief_deployment,
    unannounced_reprisal,
)
from .event_rule_parties import (  # noqa: F401  (the events stage imports them from here)
    DOMESTIC_RECIPIENT_TYPES,
    domestic_recipients,
    place_target,
    story_country,
)
from .event_troops import others_forces_bolstered, troops_in_support, troops_to_a_region
from .event_visits import called_on_visit
from .word_lists import word_list, word_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .verblex import Lexicon

PRISON_WORDS = frozenset({"prison", "jail", "gaol", "year", "month", "life", "imprisonment", "detention", "camp"})
PARALLEL_MARKERS = frozenset({
    "while", "whereas", "also", "too", "likewise", "similarly", "meanwhile", "neither", "nor", "either",
    "unlike", "instead",
})
TRANSFER_TYPES = frozenset({"AID", "COOPERATE"})
# "amid" and "despite" nouns are read by event_background (kept only when they name both sides)
CIRCUMSTANCE_PREPS = frozenset({"at", "ahead", "before", "since", "throughout"})
AT_GRIEVANCES = word_list("act_nouns.json", "grievance_at_heads")
# heads an "air" modifier makes an air attack ("air strikes", "an air raid"; not "air bases", "air defence")
AIR_ATTACKS = word_list("attack_words.json", "air_attack_heads")
# Instrument words decide the ASSAULT mode; earlier entries win when several occur.
ASSAULT_MODE_PRIORITY = (
    "suicide-attack", "unconventional", "drone", "aerial", "heavy-weapons", "crowd-control", "explosives",
    "firearms", "primitive", "targeted", "abduct", "torture", "sexual",  # ("stun grenades": crowd control)
)


def assault_mode(lex: Lexicon, word: Token, trigger: Token) -> str | None:
    """The most specific instrument named within two dependency steps of the trigger."""
    inst = lex.instruments
    seen: set[str] = set()
    near = [word, trigger] + list(word.children) + list(trigger.children)
    for t in list(near):
        near.extend(t.children)
    near += [w for s in trigger.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "acl" for w in a.subtree]
    for t in near:  # (also the doers' description: "attackers armed with machetes killed")
        mode = inst.get(t.lemma_.lower()) or inst.get(t.lower_)
        if mode and (t.lower_ != "air" or t.head.lemma_.lower() in AIR_ATTACKS):  # not "air bases", "air defence"
            seen.add(mode)
    if not seen:
        return None
    return next((m for m in ASSAULT_MODE_PRIORITY if m in seen), None)


def mobilize_mode(lex: Lexicon, material: list[Token]) -> str | None:
    """Manual, MOBILIZE: ships, missiles or vehicles are 'weapons' unless troops are named too."""
    found: set[str] = set()
    for t in material:  # head words and compounds ("navy ships"), not adjectives ("military aircraft")
        for w in [t, *t.conjuncts]:  # "troops and armoured vehicles": troops are named too
            lemma = w.lemma_.lower()
            # "fighters" alone are a group's men (militia); "fighter jets" are aircraft
            found.add("militiamen" if lemma == "fighter" and w.tag_ == "NNS" and w.head.lemma_.lower() != "scramble"
                      else lemma)  # (jets are scrambled)
            found |= {c.lemma_.lower() for c in w.children if c.dep_ == "compound"}
    modes = [mode for vocab, mode in lex.mobilize_objects if found & vocab]
    if "weapons" in modes and "troops" not in modes:
        return "weapons"
    for preferred in ("troops", "police", "militia", "weapons"):
        if preferred in modes:
            return preferred
    return None


def bound(cands: list[Candidate], limit: int) -> list[Candidate]:
    """Keep the ``limit`` most confident candidates, in sentence order."""
    if len(cands) <= limit:
        return cands
    ranked = sorted(range(len(cands)), key=lambda i: (-cands[i].confidence, i))
    return [cands[i] for i in sorted(ranked[:limit])]


def circumstantial(tok: Token) -> bool:
    """A noun naming the setting of another event: "at the summit", "on the sidelines of the talks"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in CIRCUMSTANCE_PREPS:
        # (not the grievance of "in protest at Israel's bombardment of Gaza": a reason, read by event_background)
        return not (prep.lower_ == "at" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in AT_GRIEVANCES)
    return prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "margin", "eve", "run-up")


def imprisoned(verb: Token) -> bool:
    """'sentenced him to ten years in prison', 'jailed for life', 'handed him a 16-year prison sentence'; also
    when the parser hangs the term on the object ('sentenced opposition leader X to 22 years in prison')."""
    holders = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    holders += [a for o in holders[1:] for a in o.children if a.dep_ == "appos"]
    if any(t.lemma_.lower() in PRISON_WORDS for h in holders for c in h.children if c.dep_ == "prep"
           for t in c.subtree):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "sentence"
               and any(t.lemma_.lower() in PRISON_WORDS for t in c.subtree) for c in verb.children)


def relative_subjects(toks: list[Token]) -> list[Token]:
    """Subjects of relative clauses on these nouns or their "of" phrases."""
    holders = list(toks) + [g for t in toks for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"]
    return [s for h in holders for c in h.children if c.dep_ == "relcl"
            for s in c.children if s.dep_ == "nsubj" and s.lower_ not in ("that", "which", "who")]


def carry_recipients(earlier: list[Candidate], found: list[Candidate], si: int, sent) -> None:
    """'Iran supplied Russia with drones. While China refrained from supplying weapons, ...':
    a transfer with no recipient, in a sentence that draws a parallel ("while", "also",
    "meanwhile"), goes to the recipient of the story's latest transfer, two sentences back
    at most, when that is not the actor itself."""
    if PARALLEL_MARKERS.isdisjoint(parse(sent.doc).lower[sent.start:sent.end]):
        return
    for c in found:
        if c.event not in TRANSFER_TYPES or any(m.code for m in c.recipient):
            continue
        own = set(codes(c.actor))
        for prev in reversed(earlier):
            if prev.sent_index < si - 2:
                break
            if prev.event in TRANSFER_TYPES and any(m.code for m in prev.recipient):
                carried = [m for m in prev.recipient if m.code and m.code not in own]
                if carried:
                    c.recipient = carried
                    c.confidence = round(max(0.05, c.confidence - 0.1), 3)
                    c.extra["events.recipient_from"] = prev.sent_index
                break


def host_and_guests(h_tok: Token, noun: Token | None, actor: list, by_tok: dict) -> tuple[list, list] | None:
    """'Scholz met Xi in Beijing': a meeting in one participant's country is a visit by the
    others (actor) to the host (recipient). None when the meeting place is neutral or unknown."""
    if any(g.lemma_.lower() == "table" for g in prep_objects(h_tok, ("to",))):
        return None  # "brought the two delegations to the same table in Jeddah": the go-between's venue
    holders = [h_tok] + ([noun] if noun is not None and noun.i != h_tok.i else [])
    holders += objects(h_tok) + prep_objects(holders[-1], ("with",))  # "met Xi in Beijing" misattached
    # "held talks with his Pakistani counterpart Ishaq Dar in Islamabad": the place hung on the partner's name
    holders += [a for x in holders[1:] for a in x.children if a.dep_ == "appos"]
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        holders.append(noun.head.head)  # "was in Tehran for talks with Iranian officials": where the talks were
    si = actor[0].sent_index if actor else 0
    places = [g for x in holders for g in prep_objects(x, ("in", "at"))]
    # "at a military base in Alaska", "at a state residence near Moscow", "at an estate outside San Francisco"
    places += [g for t in places for g in prep_objects(t, ("in", "near", "outside"))]
    for t in places:
        place = place_mention(t, by_tok, si)
        if place is None:
            continue
        hosts = [m for m in actor if m.code == place.code]
        guests = [m for m in actor if m.code and m.code != place.code]
        if hosts and len({m.code for m in guests}) == 1:  # three or more parties: the host takes part
            return guests, hosts
        return None
    return None


TOLL_STATES = frozenset({"dead", "injured", "wounded", "homeless", "hurt", "missing", "displaced", "stranded"})


def toll_state(verb: Token) -> bool:
    """'leaving 12 people dead', 'left thousands homeless': the verb states a toll."""
    return any(c.lemma_.lower() in TOLL_STATES or c.lower_ in TOLL_STATES for c in verb.children
               if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "amod"))


ORDER_VERBS = frozenset({"order", "tell", "instruct", "give"})
MISSION_WORDS = frozenset({"diplomat", "ambassador", "envoy", "staff", "consul", "attache", "mission", "personnel"})


# Verdicts that make "calling X ..." a description even where the parser loses the predicate
# ("calling a report by Belarusian state television false").
VERDICT_WORDS = frozenset({
    "false", "baseless", "groundless", "unfounded", "untrue", "fake", "absurd", "ridiculous", "lie",
    "fabrication", "nonsense", "propaganda", "provocation", "violation", "illegal", "unacceptable",
})


def labelling_call(verb: Token) -> bool:
    """'calling them a violation of sovereignty', 'called the move illegal': a verdict, not a phone call.
    A trailing participle ('..., calling the report false') labels what it follows."""
    if verb.lemma_.lower() != "call" or not any(
            c.dep_ in ("dobj", "dative", "nsubj") and c.i > verb.i for c in verb.children):
        return False
    # an infinitive is the call's purpose, not a label: "called Zelenskiy to discuss the plan"
    if any(c.dep_ in PREDICATE_DEPS and not to_infinitive(c) for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(
        w.lemma_.lower() in VERDICT_WORDS for w in verb.subtree if w.i > verb.i)


def to_infinitive(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


# Verbs whose object is kept from happening: "to avoid clashes", "to prevent an attack".
AVERTING_VERBS = frozenset({"avoid", "prevent", "avert", "forestall", "preclude", "deter", "thwart", "foil"})
# Verbs whose from-gerund is an act someone is to be kept from: "deter Iran from widening the war".
DISSUADING_VERBS = frozenset({"deter", "dissuade", "discourage"})
# a party's difficulty in doing something ("struggles to pay salaries", "has struggled to disarm the group")
# describes its plight, not an act done
STRUGGLE_VERBS = frozenset({"struggle", "labour", "labor"})
# Nouns whose clause states what someone wants done: "its demand that Israel withdraw".
WISH_NOUNS = frozenset({
    "demand", "call", "request", "proposal", "offer", "condition", "precondition", "insistence", "appeal",
    "ultimatum", "suggestion", "plea", "push", "bid",
})
# Nouns whose clause states what someone would not or could not do: "Colombia's refusal to let the planes land".
REFUSAL_NOUNS = frozenset({"refusal", "rejection", "reluctance", "unwillingness", "failure", "inability"})
# Nouns whose clause states what a court or authority would make someone do: "an order for Israel to halt".
ORDER_NOUNS = frozenset({"order", "ruling", "injunction", "directive", "instruction"})
# Subordinators of a condition: the clause states what must happen first, not what happened.
CONDITION_MARKS = frozenset({"unless", "until", "till"})
# modals of a main clause whose condition is not reported as done (every modal but "can": "can stay until ...")
CONDITIONED_MODALS = MODALS - {"can"}
# Noun events whose "of" object is what they stop or end: "the suspension of a strike".
ENDING_TYPES = frozenset({"CONCEDE", "SANCTION"})
# Nouns whose "of" object is only feared or expected: "fears grew of an Indian strike".
PROSPECT_NOUNS = frozenset({
    "fear", "risk", "prospect", "possibility", "danger", "spectre", "specter", "likelihood", "chance",
    "worry", "rumour", "rumor", "speculation",
})
# Nouns whose "on" / "about" phrase is a topic: "intelligence on missile launches", "talks on a withdrawal".
TOPIC_NOUNS = frozenset({
    "intelligence", "information", "data", "talk", "negotiation", "discussion", "consultation", "briefing",
})
# a participle after a lifted measure that names the measure again: "ending an embargo", "scrapping curbs"
LIFT_RESTATING_VERBS = frozenset({"end", "scrap", "lift", "remove", "drop", "terminate"})
ENDING_NOUNS = frozenset({
    "suspension", "end", "halt", "lifting", "cancellation", "postponement", "easing", "abandonment",
    "cessation", "ending",
})


def condemned_object(t: Token, by_trigger: dict) -> bool:
    """The object of a condemnation, or what that object is 'of': 'condemned the missile launch',
    'criticised the expansion of U.S.-South Korean military drills'."""
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        t = t.head.head
    host = by_trigger.get(t.head.i)
    return t.dep_ == "dobj" and host is not None and host.event == "ACCUSE"


def unrealised(t: Token, by_trigger: dict) -> bool:
    """An event word that names something not done: the object of an averting verb ('agreed to set up a
    hotline to avoid clashes'), the content of a demand, offer or refusal noun ('climbed down from its
    demand that Israel commit to ...', 'Colombia's refusal to let the planes land'), what a concession or
    sanction noun ends ('the suspension of a strike') or what a fear noun foresees ('the risk of an attack')."""
    head = t.head
    if t.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in AVERTING_VERBS:
        return True
    if t.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in DISSUADING_VERBS:
        return True  # "aimed at deterring North Korea from conducting a test" ('prevented X from' is a negation)
    if t.dep_ in ("acl", "ccomp", "xcomp", "advcl") and t.pos_ in ("VERB", "AUX") and head.pos_ == "NOUN" \
            and head.lemma_.lower() in WISH_NOUNS | REFUSAL_NOUNS | ORDER_NOUNS:
        return True
    if condition_clause(t):
        return True
    if t.dep_ == "xcomp" and head.lemma_.lower() in STRUGGLE_VERBS and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in t.children):
        return True
    if t.dep_ == "pobj" and head.lower_ in ("on", "about") and head.head.lemma_.lower() in TOPIC_NOUNS:
        return True  # "swapped intelligence on North Korean missile launches": the topic of the exchange
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        if head.head.lemma_.lower() in ENDING_NOUNS | PROSPECT_NOUNS:
            return True
        ender = by_trigger.get(head.head.i)
        return ender is not None and ender.event in ENDING_TYPES and ender.trigger != t.i
    return False


def condition_clause(t: Token) -> bool:
    """'unless The Hague backed down', 'the measures would remain until Israel allowed aid in': the condition
    of a future or hypothetical main clause is not reported as done ('fighting went on until Russia
    withdrew' is, and stays)."""
    if t.dep_ != "advcl" or t.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c.lower_ for c in t.children if c.dep_ == "mark"), None)
    if mark not in CONDITION_MARKS:
        return False
    main = t.head
    return mark == "unless" or any(c.dep_ == "aux" and c.lower_ in CONDITIONED_MODALS for c in main.children) \
        or main.tag_ in ("VB", "VBP", "VBZ") and any(c.dep_ == "aux" and c.lower_ in ("to",) for c in main.children)


LABEL_VERBS = frozenset({"call", "describe", "label", "term", "brand", "characterize", "characterise", "dub"})


def document_content(t: Token, by_trigger: dict) -> bool:
    """'India backed the resolution calling for a pause', 'signed a memorandum pledging cooperation': what a
    text says is part of backing, signing or rejecting it, not a second act of the one who backs it (a body
    adopting its own resolution has no event of its own, so 'adopted a resolution demanding ...' keeps its
    REQUEST)."""
    doc_noun = t.head
    if t.dep_ != "acl" or t.tag_ != "VBG" or doc_noun.pos_ != "NOUN" or doc_noun.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    # ("voted for a UN resolution demanding ...": the text is the object of the vote's preposition)
    host = by_trigger.get(doc_noun.head.i if doc_noun.dep_ != "pobj" else doc_noun.head.head.i)
    return host is not None and host.event in ("SUPPORT", "REJECT", "COOPERATE")


def aside_label(t: Token) -> bool:
    """'expelled a diplomat over what it called interference', 'would pay a heavy price for what he called
    blatant aggression': the label names the reason for another act, it is not a condemnation of its own."""
    return t.lemma_.lower() in LABEL_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in t.children)


# verdict words of a label (verbs.json class 'disapproval': 'terrorist', 'provocation', 'violation')
DISAPPROVAL = frozenset(word_table("verbs.json", "classes")["disapproval"])


def restated_act_label(c: Candidate, t: Token, by_trigger: dict) -> Candidate | None:
    """'Ukrainian drones struck a refinery in Ryazan, in what Moscow called a terrorist attack': a label in an
    'in what X called' phrase restates the clause's own act, and a labeller who is not its doer accuses the doer
    (the label for one's own act's reason, 'expelled a diplomat over what it called espionage', stays none; so
    does one that repeats an accusation the labeller already made: 'accused Kyiv of blowing up a bridge, in
    what the ministry called ...')."""
    if t.dep_ != "pcomp" or t.head.lower_ != "in" or (host := by_trigger.get(t.head.head.i)) is None or host is c:
        return None
    labels = [k for k in t.children if k.dep_ == "oprd"] + [
        g for k in t.children if k.dep_ == "prep" and k.lower_ == "as" for g in k.children if g.dep_ == "pobj"]
    if not any(w.lemma_.lower() in DISAPPROVAL for n in labels for w in (n, *n.children)):
        return None  # ("in what Kyiv called the largest assault of the war": a name for the act, no verdict)
    own = set(codes(c.actor))
    doers = [m for m in host.actor if m.code and m.code not in own]
    if not own or not doers or any(
            d is not c and d.event == "ACCUSE" and own & set(codes(d.actor)) for d in by_trigger.values()):
        return None
    return replace(c, recipient=doers)


def accusation_above(t: Token, c: Candidate, by_trigger: dict) -> bool:
    """A labelling participle ('calling it a hostile act') on an accusation, or on the accused act inside
    its that-clause (where the parser often hangs it), restates that accusation."""
    head = t.head
    for _ in range(3):
        host = by_trigger.get(head.i)
        if host is not None and host is not c and host.event == "ACCUSE":
            return set(codes(c.actor)) <= set(codes(host.actor)) or head.i != t.head.i
        if head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
            return False
        head = head.head
    return False


# what a crowd does while it protests (chants, placards, horns, jeers): part of the protest it accompanies
CROWD_EXPRESSIONS = frozenset({"chant", "wave", "honk", "boo", "jeer", "heckle", "sing", "whistle"})


# candidate recasts tried in this order on each candidate and its trigger; the first that applies wins
RECASTS = (declined_promise, demanded_by_speaker, relief_deployment, agreed_debt_relief, joint_project, joint_drills,
           fire_in_drills, patrols_alongside, troops_in_support, troops_to_a_region, own_weapons_destroyed,
           stopped_hostility, dated_phone_call, refused_entry, talks_broken_off, left_organisation, asked_forgiveness,
           requested_handover, expelled_representative, captured_place, called_on_visit)


def fold_participles(cands: list[Candidate], doc) -> list[Candidate]:
    """'shelled the city of Kharkiv, killing four civilians': the participle reports the
    attack's toll, not a second attack. It folds into the attack it hangs on, which keeps its
    own trigger and takes the participle's victims only when it has no recipient of its own.
    A participle that states a toll ('leaving a dozen people dead') is no event of its own, nor is
    a call that labels its object ('calling the strikes a violation'), nor the leaving an order
    to leave demands."""
    cands = consequence_threats(conditional_threats(cands, doc), doc)
    by_trigger = {c.trigger: c for c in cands}
    out: list[Candidate] = []
    for c in cands:
        t = doc[c.trigger]
        host = by_trigger.get(t.head.i)
        rehosted = False
        if host is None and t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.tag_ in ("VBN", "VBD") \
                and t.head.dep_ in ("ccomp", "acl") and not any(k.dep_ in ("aux", "auxpass") for k in t.head.children):
            # "hit a Ukrainian grain ship docked in Odesa, wounding four": the toll hung on the object's participle
            # (whose subject reading, the ship, is no doer)
            host = by_trigger.get(t.head.head.i)
            rehosted = host is not None and host.event == "ASSAULT"
        if c.event == "CONSULT" and labelling_call(t):
            continue
        c = (open_option_threat(c, t) or readiness_threat(c, t) or pressure_vow(c, t) or ordered_closure(c, t)
             or own_people_or_travel(c, t) or past_reprisal(c, t) or protest_ban(c, t) or economic_reprisal(c, t)
             or evacuation_order(c, t) or crowd_demand(c, t) or offender_threat(c, t) or c)
        if unrealised(t, by_trigger) or undirected(c, t) or not_an_act(c, t, by_trigger) or aimed_only(c, t) \
                or impersonal_warning(c, t) or unannounced_reprisal(c, t) or not_a_coercion_or_threat(c, t) \
                or barred_travel(c, t) or unaimed_deterrent(c, t) \
                or others_forces_bolstered(c, t) or mutual_defence_clause(c, t) or celebration(c, t) \
                or refusal_restated(c, t, by_trigger) or described_signing(c, t, by_trigger) \
                or refused_content(c, t, by_trigger) or refused_object(c, t, by_trigger):
            continue
        if c.event == "ACCUSE" and aside_label(t) and (c := restated_act_label(c, t, by_trigger)) is None:
            continue
        if (c.event == "SANCTION" and t.dep_ == "advcl" and t.tag_ == "VBG" and host is not None and host is not c
                and host.event == "CONCEDE" and t.lemma_.lower() in LIFT_RESTATING_VERBS):
            continue  # "lifted its ban on seafood, ending an embargo imposed in 2023": the lifting restated

        if c.event == "ACCUSE" and t.dep_ == "advcl" and t.tag_ == "VBG" and accusation_above(t, c, by_trigger):
            continue  # "alleged that Algeria shot down its drone, calling it a hostile act": one accusation
        if document_content(t, by_trigger):
            continue
        if c.event == "MOBILIZE" and t.pos_ == "NOUN" and condemned_object(t, by_trigger):
            continue  # "condemned the missile launch by North Korea": the condemnation is the event
        if (c.event == "RETREAT" and t.dep_ in ("xcomp", "ccomp") and host is not None and host is not c
                and host.event in ("SANCTION", "RETREAT") and doc[host.trigger].lemma_.lower() in ORDER_VERBS):
            continue  # "ordered French troops to leave": the leaving is the order's content
        if (c.event == "SANCTION" and c.mode == "expel" and t.lemma_.lower() in ORDER_VERBS
                and not any(m.code for m in c.recipient)
                and not any(o.dep_ == "dobj" and o.lemma_.lower() in MISSION_WORDS for o in t.children)):
            c = replace(c, event="RETREAT", mode="withdraw")  # "ordered his troops to leave": no expulsion
        c = next((r for recast in RECASTS if (r := recast(c, t)) is not None), c)
        c = (foreign_holding_closed(c, t) or court_jailing(c, t) or increased_transfer(c, t) or ordered_removal(c, t)
             or court_ordered_payment(c, t) or ordered_shutdown(c, t) or stormed_as_raid(c, t, by_trigger) or deadly_raid(c, t, by_trigger)
             or rescue_by_force(c, t, by_trigger) or c)
        if (host is not None and host is not c and host.event == "ASSAULT" and t.dep_ == "advcl"
                and t.tag_ == "VBG" and c.event != "ASSAULT" and (toll_state(t) or c.mode == "withhold")):
            # ("struck a substation, cutting electricity to thousands of homes": the strike's damage)
            continue  # "clashed on the border, leaving a dozen people dead": a toll, not a withdrawal
        if (c.event == "PROTEST" and t.dep_ == "advcl" and t.tag_ == "VBG" and host is not None and host is not c
                and host.event == "PROTEST" and t.lemma_.lower() in CROWD_EXPRESSIONS):
            continue  # "rallied outside the embassy, chanting slogans in support of Gaza": one protest
        if (c.event == "ASSAULT" and t.dep_ == "advcl" and t.tag_ == "VBG" and host is not None
                and host is not c and host.event == "ASSAULT" and (rehosted or set(codes(c.actor)) <= set(codes(host.actor)))):
            own = set(codes(host.actor))
            if not any(m.code for m in host.recipient) and c.recipient and not (len(own) > 1 and any(
                    m.code in own for m in c.recipient)):  # "Thai and Cambodian troops exchanged fire, killing
                coded = [m for m in c.recipient if m.code]  # a Cambodian soldier": both sides stay actors
                host.recipient = coded or (host.recipient or list(c.recipient))
            continue
        out.append(c)
    coordinated_measures(out, doc)
    return out
