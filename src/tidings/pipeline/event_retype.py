"""Type repairs of the events stage for candidates whose trigger word names another type than the act:
one's own weapons destroyed (RETREAT disarm, not
ASSAULT), a hostile gerund under an agreed halt (AGREE, not ASSAULT), an announced own hostile act under a
condition or a reprisal verb (THREATEN, its condition dropped), a price to pay or consequences to face
(THREATEN by the speaker), drills of two states (COOPERATE), a declined promise (negated AGREE); and
parse-shape look-alikes that are no act at all (a directive with nothing to do, 'went unanswered', a
broker's participle, a suspect's charge, a move's stated effect, a market sent tumbling). Called from
event_rules.fold_participles once the candidates of a sentence are built. The per-sentence dedupe lives in
event_dedupe (re-exported here for event_rules)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects
from .base import NON_COUNTRY_CODES, PARTY_ENTS, Candidate, condition_span
from .event_dedupe import coordinated_measures, dedupe  # noqa: F401  (event_rules imports them from here)
from .event_deterrence import IMPERSONAL_CONDITIONS
from .event_refusals import negated_acceptance, vowed_defiance
from .event_retype_options import ready_head, speculated, state_not_act
from .event_stances import anonymity_request
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token


STOPPING_VERBS = frozenset({"stop", "cease", "halt", "end", "quit", "suspend"})


AGREEING_VERBS = frozenset({"agree", "pledge", "promise", "commit", "consent", "undertake"})


def stopped_hostility(c: Candidate, t: Token) -> Candidate | None:
    """'Thailand and Cambodia agreed to stop fighting': a hostile gerund under a stopping verb that is itself
    agreed to is the content of an agreement (AGREE), not an attack. ('Sudanese troops stopped shelling' stays
    the negated attack the claims stage marks.)"""
    if c.event != "ASSAULT" or t.dep_ != "xcomp" or t.head.lemma_.lower() not in STOPPING_VERBS:
        return None
    stop = t.head
    if stop.dep_ != "xcomp" or stop.head.lemma_.lower() not in AGREEING_VERBS:
        return None
    agree = stop.head  # (the trigger moves to the agreeing verb: the stopping verb would read as a negation)
    return replace(c, event="AGREE", mode=None, trigger=agree.i, trigger_start=agree.i, trigger_end=agree.i + 1)


ARMS_WORDS = frozenset({
    "weapon", "arm", "rifle", "gun", "ammunition", "ammo", "explosive", "missile", "rocket", "mine",
    "stockpile", "arsenal", "munition", "launcher",
})
DISPOSAL_VERBS = frozenset({"destroy", "burn", "torch", "dismantle", "scrap", "melt", "blow", "smash"})


def own_weapons_destroyed(c: Candidate, t: Token) -> Candidate | None:
    """'fighters burned their rifles at a ceremony': destroying one's own weapons is disarmament
    (RETREAT disarm), not an attack; 'burned army trucks' stays an attack."""
    if c.event != "ASSAULT" or t.lemma_.lower() not in DISPOSAL_VERBS:
        return None
    for o in objects(t):
        if o.lemma_.lower() in ARMS_WORDS and any(
                (m.dep_ == "poss" and m.lower_ in ("their", "its", "his", "her")) or m.lower_ == "own"
                for m in o.children):
            return replace(c, event="RETREAT", mode="disarm", recipient=[])
    return None


# A party's own hostile act stated as what it will do if someone else acts is a threat (manual, THREATEN:
# "coercive or forceful warnings"); the mode is the content of the threat.
# (a deployment threatens only under another party's condition: "Japan could deploy its forces if China attacked")
# (a strike, blockade or boycott held over a condition is a threat to restrict: manual, THREATEN restrict names
# strikes; like a deployment it needs a condition someone else meets: "would walk out unless the ministry pays")
THREAT_CONTENT = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict", "MOBILIZE": "violence",
                  "PROTEST": "restrict"}
THREAT_CONTENT_MODES = {("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel"}
THREAT_MODALS = frozenset({"will", "would", "could", "'ll", "may", "might", "wo", "shall"})
CONDITION_MARKS = frozenset({"if", "unless", "until", "till"})  # ("would keep attacking until X stepped down")
# ("would" under a speech verb is mostly the reported "will": "said it would stop supplying electricity")
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})
REPRISAL_VERBS = frozenset({"retaliate", "avenge", "punish", "respond"})
ANNOUNCING_CUES = frozenset({"say", "warn", "announce", "claim", "according to"})
# (not base.SPEECH_LEMMAS: the verbs that state a condition on a threat, "warned / vowed ... should X ...")
SPEECH_VERBS = frozenset({
    "say", "tell", "warn", "announce", "declare", "state", "add", "caution", "write", "post", "insist", "vow",
    "stress", "signal", "indicate", "threaten", "reply", "respond", "retort",
})
INVERTED_CONDITION = frozenset({"should", "were", "had"})  # "should Britain trigger ...", "were Kyiv to ..."
# links that keep a word in its verb's clause: "will respond by confiscating", "would move to seize"
CLAUSE_LINKS = frozenset({"pcomp", "pobj", "prep", "xcomp", "conj", "advcl"})


def _condition(v: Token) -> Token | None:
    """The if / unless clause (or an inverted 'should X ...') hanging on a verb."""
    for k in v.children:
        if k.dep_ != "advcl":
            continue
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in k.children):
            return k
        first = next(iter(k.subtree))
        if first.lower_ in INVERTED_CONDITION and first.dep_ in ("aux", "auxpass") and first.head.i == k.i:
            return k
    return None


def _party_condition(cond: Token) -> bool:
    """The condition's subject is a named party ('if China attacked Taiwan'), not a storm or a price."""
    return any(k.dep_ in ("nsubj", "nsubjpass") and (k.ent_type_ in PARTY_ENTS or any(
        g.ent_type_ in PARTY_ENTS for g in k.children if g.dep_ in ("poss", "compound", "amod"))) for k in cond.children)


def _someone_conditions(cond: Token) -> bool:
    """The condition's subject is someone who can meet it ('unless the health ministry pays', 'until the
    government cuts prices'), not the weather or a price: a common noun will do, as for the lexicon's
    conditional threats (event_deterrence._party_condition)."""
    return any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ in ("NOUN", "PROPN", "PRON")
               and k.lemma_.lower() not in IMPERSONAL_CONDITIONS and k.lower_ not in IMPERSONAL_CONDITIONS
               for k in cond.children)


def _announced(c: Candidate, main: Token) -> bool:
    """The conditional clause is someone's statement: 'Moscow will respond ..., the spokeswoman told reporters',
    '..., according to a ministry statement'."""
    if c.embedding_cue in ANNOUNCING_CUES and c.speaker:
        return True
    if main.dep_ == "ccomp" and main.head.lemma_.lower() in SPEECH_VERBS:
        return True
    # ("Hauliers would blockade the crossings unless Warsaw ..., the head of their association said": the
    # report the parser hung on the act as a conjunct or side clause, after it; only over a named party's
    # condition: "may resume strikes if attacks on shipping restart, a spokesman said" stays hypothetical)
    cond = _condition(main)
    if cond is not None and _party_condition(cond) and any(
            k.dep_ in ("conj", "parataxis", "advcl") and k.i > main.i and k.i != cond.i and k.lemma_.lower() in SPEECH_VERBS
            and any(g.dep_ == "nsubj" for g in k.children) for k in main.children):
        return True
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in main.sent if t.i + 1 < len(t.doc))


def _modal_main(t: Token) -> Token | None:
    """The future or modal verb of the clause a trigger belongs to: 'Moscow will respond by confiscating',
    'Tehran could quit the treaty', 'Turkey could come at night to strike'."""
    v = t
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in v.children):
            # ("Israel would have struck Iran had Washington not intervened": a counterfactual threatens no one)
            return None if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "have") for c in v.children) else v
        if v.dep_ not in CLAUSE_LINKS or v.head.i == v.i or (v.dep_ == "advcl" and v.tag_ != "VBG" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children)) or (v.dep_ == "conj" and v.tag_ != "VB"):
            return None  # (a purpose infinitive or a gerund stays in the clause; "when ..." and a past conjunct
            # "said it would file a complaint and expelled two diplomats" do not)
        v = v.head
    return None


# a state's compatriots on the other side at home (round 22, stories): "the government could use force against
# protesters, opposition leader Nika Melia said" is the opposition's forecast, not the government's threat
OPPONENT_SECTORS = frozenset({"OPP", "REB", "PRM", "CVL", "HRI", "JRN"})
STATE_SECTORS_HERE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def opponent_voice(speaker: list, actor: list) -> bool:
    """The speaker is a compatriot on the other side of the actor's domestic divide (an opposition figure, rebels,
    civil society speaking of their own state's possible act)."""
    own = {m.code for m in actor if m.code}
    states = {m.sector for m in actor if m.code} & STATE_SECTORS_HERE
    return bool(states) and any(m.code in own and (m.sector in OPPONENT_SECTORS or "OPP" in m.other_sectors)
                                for m in speaker if m.code)


def conditional_threats(cands: list[Candidate], doc) -> list[Candidate]:
    """'If Washington seizes Russian assets, Moscow will respond by confiscating US companies' property, the
    ministry said': the announced hostile act (attack, seizure, sanction) of the speaker's side is a THREATEN by
    its actor, and the act in the condition is no event (it has not happened). Without a speaker the act
    stays a hypothetical one for the claims stage. The threatened party is the condition's actor when the act
    has no recipient of its own."""
    threats: dict[int, tuple[int, int]] = {}
    announced = {c.trigger for c in cands if c.event == "THREATEN"}
    for c in cands:
        t = doc[c.trigger]
        if c.event not in THREAT_CONTENT and c.event != "THREATEN" or t.pos_ != "VERB" \
                or any(k.dep_ == "neg" for k in t.children):
            continue
        # ("would not hesitate to resume raids ... if the group kept attacking": the readiness is the modal)
        main = _modal_main(t) or (ready_head(t) if c.event != "THREATEN" else None)
        if main is None or any(m.code for m in c.speaker if m.code not in codes(c.actor)) or opponent_voice(c.speaker, c.actor):
            continue  # "Russia could attack, Western officials said": a forecast by others, no threat
        cond = _condition(main) or (None if main.i == t.i else _condition(t)) or (
            _condition(main.head) if main.dep_ == "acomp" else None)  # ("was prepared to shut it if ...": on 'was')
        # ("would keep the crossing closed until ...": the parser hangs the condition on the state kept)
        cond = cond or next((k for s in main.children if s.dep_ in ("oprd", "acomp", "xcomp") for k in [_condition(s)] if k), None)
        if c.event == "THREATEN":
            if cond is not None:
                threats[c.trigger] = condition_span(cond)
            continue
        if main.i in announced and main.i != t.i and t.dep_ in ("pcomp", "xcomp", "advcl"):
            # "would retaliate against any seizure by targeting Western property": the means of an announced
            # reprisal is that threat (folded into it by _one_threat_per_clause)
            threats[c.trigger] = (-1, -1)
            continue
        if not _announced(c, main) or speculated(c, doc):
            continue  # unannounced or guessed ("police could arrest him, media speculated"), it stays a hypothetical
            # act ("Pakistan could expel Afghan diplomats if ...")
        if c.event == "MOBILIZE" and (cond is None or not _party_condition(cond)):
            continue  # ("could deploy troops if the typhoon hits": no one is warned)
        if c.event == "PROTEST" and (cond is None or not _someone_conditions(cond) or any(
                k.dep_ == "aux" and k.lower_ in POSSIBILITY_MODALS for k in main.children)):
            continue  # ("would strike on Monday if the rain continued", "would march again on Saturday"; "could
            # block highways if ..." is a possibility, as "could reject the proposal if ...")
        if cond is not None:
            threats[c.trigger] = condition_span(cond)
        elif t.lemma_.lower() in REPRISAL_VERBS or (
                any(m.code for m in c.speaker) and set(codes(c.speaker)) <= set(codes(c.actor))
                and any(k.dep_ == "aux" and k.lower_ in POSSIBILITY_MODALS for k in main.children)):
            # "China will retaliate against any US tariffs, the ministry said"; "Erdogan said Turkey could come
            # at night to strike the islands": an announced reprisal, or the speaker's side holding out its own
            # possible act ("Russia will expel four diplomats, the ministry said" is a decision, not a threat)
            threats[c.trigger] = (-1, -1)
    if not threats:
        return cands
    spans = list(threats.values())
    inside = [c for c in cands if c.trigger not in threats and any(a <= c.trigger <= b for a, b in spans)]
    out: list[Candidate] = []
    for c in cands:
        if c in inside:
            continue
        if c.trigger in threats:
            a, b = threats[c.trigger]
            own = set(codes(c.actor))
            conditioners = [m for d in inside if a <= d.trigger <= b for m in d.actor if m.code and m.code not in own]
            recipient = c.recipient if any(m.code for m in c.recipient) else conditioners or c.recipient
            if c.event != "THREATEN":  # (a threat coded as such keeps its own reading of the recipient)
                c = replace(c, event="THREATEN", recipient=recipient,
                            mode=THREAT_CONTENT_MODES.get((c.event, c.mode), THREAT_CONTENT[c.event]))
        out.append(c)
    return _one_threat_per_clause(out, doc)


def _one_threat_per_clause(cands: list[Candidate], doc) -> list[Candidate]:
    """'Moscow will retaliate by seizing British-owned factories': the means of a threatened reprisal is the same
    threat; its recipient goes to the reprisal verb when that has none."""
    by_trigger = {c.trigger: c for c in cands if c.event == "THREATEN"}
    drop: set[int] = set()
    for c in cands:
        if c.event != "THREATEN":
            continue
        main = _modal_main(doc[c.trigger])
        host = by_trigger.get(main.i) if main is not None else None
        if host is None or host is c or set(codes(host.actor)) != set(codes(c.actor)):
            continue
        if not any(m.code for m in host.recipient):
            host.recipient = list(c.recipient)
        drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


CONSEQUENCE_VERBS = frozenset({"pay", "face", "become", "bear", "receive"})  # ("Israeli towns would become targets")
# what another party's act "would cause / bring / draw": a consequence the speaker holds out only when still to come
# ("any American military intervention would cause irreparable damage to the United States")
# ("draw", "trigger", "provoke" take event nouns a reaction names: "drew a vow of retaliation from Yerevan")
CAUSED_CONSEQUENCE_VERBS = frozenset({"cause", "bring", "unleash"})
REMOVAL_TYPES = frozenset({"SANCTION", "COERCE"})


def consequence_threats(cands: list[Candidate], doc) -> list[Candidate]:
    """'Moscow said Finland would pay a heavy price for joining NATO', 'warned Seoul to stop or face consequences':
    the one who will pay or face consequences is threatened by the speaker (or the warner, who absorbs the
    complement). With no one else making the statement, paying a price is a description, not a threat."""
    removals = {c.trigger: c for c in cands if c.event in REMOVAL_TYPES}
    hosts = {c.trigger: c for c in cands if c.event in ("AGREE", "THREATEN")}
    vowers: set[int] = set()
    for c in cands:
        t = doc[c.trigger]
        host = hosts.get(t.head.i) if t.dep_ == "ccomp" else None
        if (c.event == "THREATEN" and t.lemma_.lower() in CONSEQUENCE_VERBS and host is not None and host is not c
                and any(m.code for m in host.actor) and not set(codes(host.actor)) & set(codes(c.actor))):
            # "Netanyahu vowed that Hamas would pay an unprecedented price": the vower threatens Hamas
            c.speaker = [m for m in host.actor if m.code]
            vowers.add(host.trigger)
    out: list[Candidate] = []
    for c in cands:
        if c.trigger in vowers:
            continue
        if c.extra.get("events.route") == "ultimatum":  # "urged Belarus to release them or face sanctions": the
            out.append(c)  # demander threatens (the events stage set its parties)
            continue
        t = doc[c.trigger]
        if c.event == "THREATEN" and t.lemma_.lower() == "give" and t.dep_ == "conj" and t.head.i in removals \
                and set(codes(removals[t.head.i].actor)) == set(codes(c.actor)):
            continue  # "expelled the French ambassador and gave him 72 hours to leave": the expulsion's deadline
        if c.event == "THREATEN" and t.lemma_.lower() in CAUSED_CONSEQUENCE_VERBS | {"receive"} and not any(
                k.dep_ == "aux" and k.lower_ in THREAT_MODALS for k in t.children):
            continue  # "the strike caused damage": a toll told, no warning ("received a positive response")
        if c.event == "THREATEN" and t.lemma_.lower() in CONSEQUENCE_VERBS | CAUSED_CONSEQUENCE_VERBS:
            speakers = [m for m in c.speaker if m.code]
            own = set(codes(c.actor))
            if not speakers or own & set(codes(speakers)):
                continue
            c = replace(c, actor=speakers, recipient=[m for m in c.actor if m.code])
        out.append(c)
    return out


# Verbs that are requests only when they direct someone to do something: "told the United States to respect",
# "pushed Ethiopia to halt", "encouraged Beijing to engage" (not "told Xi that ...", "pushed for talks" has its own entry).
DIRECTIVE_VERBS = frozenset({"tell", "instruct", "encourage", "challenge", "direct", "advise", "want", "push"})


def undirected(c: Candidate, t: Token) -> bool:
    """A directive verb's REQUEST with no to-infinitive for its addressee to carry out is no request."""
    if c.event != "REQUEST" or t.lemma_.lower() not in DIRECTIVE_VERBS:
        return False
    if any(k.dep_ == "prep" and k.lower_ == "for" for k in t.children):
        return False  # "pushed for a ceasefire"
    return not any(k.dep_ in ("xcomp", "advcl", "ccomp") and k.pos_ in ("VERB", "AUX")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for k in t.children)


DRILL_WORDS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "wargame", "war-game", "game", "patrol",
                         "sail", "steam", "transit"})  # (two states' warships passing together: a joint patrol)


def joint_drills(c: Candidate, t: Token) -> Candidate | None:
    """'The US and the Philippines staged live-fire drills': exercises held by two or more states together are
    joint military cooperation (manual, MOBILIZE ambiguities: joint operations are COOPERATE), not a mobilisation."""
    if c.event == "COOPERATE" and len(set(codes(c.actor))) == 1 and not c.recipient \
            and not set(codes(c.actor)) & NON_COUNTRY_CODES:  # (an alliance's joint drills are its members')
        return _own_services_drills(c, t)
    if c.event != "MOBILIZE" or len(set(codes(c.actor))) < 2 or any(m.code for m in c.recipient):
        return None
    words = {t.lemma_.lower()} | {o.lemma_.lower() for o in objects(t)} | {
        g.lemma_.lower() for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children}
    if words & DRILL_WORDS:
        return replace(c, event="COOPERATE", mode=None)
    return None


def _own_services_drills(c: Candidate, t: Token) -> Candidate | None:
    """'Taiwan's army, navy and air force began joint drills': one state's own services drilling together
    mobilise that state (manual, MOBILIZE: military exercises); 'joint' needs a second state to be COOPERATE.
    Only the armed services' own drills ('announced joint patrols' may name a partner's), with no partner phrase
    ('with', 'alongside', 'between') and no plural owner ('whose troops held their first joint drills')."""
    if not c.actor or any(m.sector != "MIL" for m in c.actor):
        return None
    held = [t, *objects(t)]  # ("began ten days of joint drills")
    held += [g for o in held[1:] for k in o.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children]
    drills = [x for x in held if x.lemma_.lower() in DRILL_WORDS]
    if not drills or any(k.dep_ == "prep" and k.lower_ in ("with", "alongside", "among", "between")
                         for x in [t, *drills] for k in x.children):
        return None
    if not any(k.lower_ in ("joint", "combined") for x in drills for k in x.children if k.dep_ in ("amod", "compound")):
        return None
    if any(k.dep_ == "poss" and k.lower_ == "their" for x in drills for k in x.children):
        return None
    return replace(c, event="MOBILIZE", mode="troops")


ALONGSIDE_FORCES = frozenset({
    "troop", "soldier", "force", "police", "officer", "marine", "unit", "army", "military", "militia", "guard",
    "commando", "personnel", "peacekeeper", "counterpart", "policeman", "policemen", "gendarme", "sailor", "navy",
    "vessel", "ship", "warship", "frigate", "jet", "aircraft", "warplane",
})


def _alongside_forces(t: Token) -> list[Token]:
    """The force nouns of an 'alongside' phrase on the trigger or on its object noun ('conducted patrols alongside
    Malian troops')."""
    holders = [t] + [o for o in t.children if o.dep_ in ("dobj", "pobj")]
    return [g for h in holders for k in h.children if k.dep_ == "prep" and k.lower_ == "alongside"
            for g in k.children if g.dep_ == "pobj" and g.lemma_.lower() in ALONGSIDE_FORCES]


def patrols_alongside(c: Candidate, t: Token) -> Candidate | None:
    """'Russian mercenaries carried out patrols alongside Malian troops', 'Kenyan police are patrolling alongside
    Haitian police': a force acting at another state's forces' side cooperates with it (manual, MOBILIZE
    ambiguities: joint operations are COOPERATE), it does not mobilise against anyone. The partner is who the
    'alongside' phrase names; a place's country is no partner ('near the Algerian border')."""
    if c.event != "MOBILIZE":
        return None
    forces = _alongside_forces(t)
    if not forces:
        return None
    spans = [(min(x.i for x in f.subtree), max(x.i for x in f.subtree)) for f in forces]
    partners = [m for m in c.recipient if any(a <= m.root <= b for a, b in spans)]
    return replace(c, event="COOPERATE", mode=None, recipient=partners)


YIELDING_VERBS = frozenset({"bow", "yield", "give", "cave", "budge", "relent", "capitulate", "back", "bend", "succumb"})


def refusal_restated(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'rejected the demand, saying he would not bow to pressure from the street': a concession denied in the
    refuser's own words restates the refusal (no negated CONCEDE beside the REJECT); so does 'blocked the
    statement, saying it would not endorse any text that ...' (a refusal worded as a negated acceptance)."""
    if not (c.event == "CONCEDE" and t.lemma_.lower() in YIELDING_VERBS and any(k.dep_ == "neg" for k in t.children)) \
            and negated_acceptance(c, t) is None:
        return False
    own = set(codes(c.actor))
    return any(o is not c and o.event == "REJECT" and set(codes(o.actor)) & own for o in by_trigger.values())


CELEBRATING_VERBS = frozenset({"celebrate", "cheer", "party", "dance", "rejoice", "toast", "welcome", "greet"})


def celebration(c: Candidate, t: Token) -> bool:
    """'Thousands of fans marched through Buenos Aires to celebrate the title win': a march to celebrate or welcome
    is a festivity, no protest ('marched to protest', 'rallied to demand' stay)."""
    if c.event != "PROTEST":
        return False
    return any(k.dep_ in ("advcl", "xcomp") and k.lemma_.lower() in CELEBRATING_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for k in t.children)


SIGNING_VERBS = frozenset({"sign", "ink", "conclude", "seal", "ratify"})
UNDOING_VERBS = frozenset({"end", "scrap", "terminate", "cancel", "suspend", "quit", "abandon", "tear", "violate",
                           "breach", "denounce", "renounce", "exit", "leave", "annul", "revoke", "freeze", "ditch"})


def described_signing(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """'ended a 1961 military assistance agreement signed with France': a participle that describes the agreement
    another verb acts on is no new signing (the ending, the breach or the rejection is the event)."""
    if c.event not in ("SUPPORT", "COOPERATE", "AGREE") or t.lemma_.lower() not in SIGNING_VERBS:
        return False
    if t.dep_ != "acl" or t.tag_ != "VBN" or t.head.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    host = by_trigger.get(t.head.head.i)
    # (or a verb that ends or breaks the agreement even when it found no party of its own to code)
    return (host is not None and host is not c) or t.head.head.lemma_.lower() in UNDOING_VERBS


# people named by what they are charged with: the modifier is the charge, not an event
SUSPECT_NOUNS = frozenset({"suspect", "accused", "defendant", "convict", "fugitive", "perpetrator", "ringleader",
                           "mastermind", "offender", "detainee", "inmate", "prisoner"})
# a done act described by what it "would" bring about: "in a move Kyiv said would deprive Moscow of billions"
MOVE_NOUNS = frozenset({"move", "step", "decision", "measure", "action", "policy", "announcement", "deal", "plan"})


def _effect_of_a_move(t: Token) -> bool:
    """The trigger states the expected effect of a move in a relative clause on the move's noun."""
    v = t
    for _ in range(3):
        if v.dep_ == "relcl" and v.head.lemma_.lower() in MOVE_NOUNS and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may", "might") for c in t.children):
            return True
        if v.dep_ not in ("ccomp", "relcl", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
    return False


# "sent the dollar tumbling", "sent shares sliding", "pushed prices higher": a causative verb with a predicate of
# movement up or down reports a market or a measurement, not a transfer or a deployment
RESULT_CAUSATIVES = frozenset({"send", "push", "drive", "leave", "put", "knock"})
MOVEMENT_WORDS = word_list("impersonal_causes.json", "market_movements")


def _resultative(t: Token) -> bool:
    """The verb's object has a movement predicate: a gerund or comparative hung on the verb or its object."""
    objs = [k for k in t.children if k.dep_ in ("dobj", "nsubj")]
    preds = [k for h in [t, *objs] for k in h.children
             if k.dep_ in ("advcl", "acl", "xcomp", "oprd", "ccomp", "advmod", "prt", "acomp") and k.i > t.i]
    return bool(objs) and any(k.lemma_.lower() in MOVEMENT_WORDS or k.lower_ in MOVEMENT_WORDS for k in preds)


CAPTURE_VERBS = frozenset({"seize", "capture", "take", "grab", "overrun"})


def captured_place(c: Candidate, t: Token) -> Candidate | None:
    """'M23 rebels seized Goma', 'troops captured Bakhmut': a named town, region or country taken is a military
    capture (ASSAULT, as the lexicon codes 'seized the town'), not a confiscation (COERCE seize of a tanker,
    a company; 'seized control of a chipmaker' stays COERCE)."""
    if t.lemma_.lower() not in CAPTURE_VERBS:
        return None
    if c.event != "COERCE" or c.mode != "seize":
        return None
    places = [o for o in t.children if o.dep_ == "dobj" and o.pos_ == "PROPN" and (o.ent_type_ in ("GPE", "LOC") or any(
        m.kind == "country" and m.start <= o.i < m.end for m in c.recipient))]  # (the actors stage knows the place)
    return replace(c, event="ASSAULT", mode=None) if places else None


MEDIATING_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor"})
METAPHOR_WEAPONS = frozenset({"weapon", "tool", "instrument", "lever", "cudgel", "bludgeon"})
MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "REJECT", "ACCUSE"})


def not_an_act(c: Candidate, t: Token, by_trigger: dict) -> bool:
    """Look-alikes of an act, each a parse shape: 'the appeal went unanswered' (only 'will not go unanswered'
    threatens); 'the ceasefire brokered by Qatar' (the broker's participle on the deal names a go-between, not a
    party's promise); 'refused to rule out using force' (a double negative keeps the option open: no
    rejection); 'pressed on with a crackdown' (carrying on, the noun is the act); 'sent the dollar tumbling'
    (a market's movement); 'imposed sanctions ...,
    targeting two oil producers' (the participle restates the measure's target, no attack)."""
    lem = t.lemma_.lower()
    if c.event == "THREATEN" and lem == "go" and not any(k.dep_ == "neg" for k in t.children):
        return True
    if c.event in ("PROTEST", "REQUEST") and lem == "call" and any(k.dep_ == "oprd" for k in t.children) or (
            c.event == "PROTEST" and lem == "call" and any(k.dep_ in ("xcomp", "ccomp") for k in t.children)):
        return True  # "calling the strikes a war crime", "called the drills a rehearsal for an attack": a verdict
    if state_not_act(c, t, by_trigger) or anonymity_request(c, t):
        return True
    if c.event == "AGREE" and lem in MEDIATING_VERBS and t.dep_ == "acl" and t.tag_ == "VBN":
        return True
    if c.event == "REJECT" and any(k.dep_ == "xcomp" and k.lemma_.lower() == "rule"
                                   and any(p.lower_ == "out" for p in k.children) for k in t.children):
        return True
    if c.event == "REQUEST" and lem in ("press", "push", "forge") and any(
            k.lower_ in ("on", "ahead", "forward") and k.dep_ in ("prt", "advmod", "prep") for k in t.children) \
            and any(k.dep_ == "prep" and k.lower_ == "with" for k in t.children):
        return True
    if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in SUSPECT_NOUNS:
        return True  # "a Russian hacking suspect", "the alleged kidnapping convict": the charge, not an act
    if c.event == "ASSAULT" and lem == "use" and any(k.dep_ == "prep" and k.lower_ == "as" and any(
            g.lemma_.lower() in METAPHOR_WEAPONS for g in k.children) for k in t.children):
        return True  # "using gas / food / migrants as a weapon": a figure of speech, no attack
    if _effect_of_a_move(t):
        return True
    if c.event in ("AID", "MOBILIZE", "SANCTION", "RETREAT") and lem in RESULT_CAUSATIVES and _resultative(t):
        return True
    if c.event == "ASSAULT" and lem == "target" and t.dep_ == "advcl" and t.tag_ == "VBG":
        host = by_trigger.get(t.head.i)
        return host is not None and host is not c and host.event in MEASURE_TYPES
    return False


PROMISING_VERBS = frozenset({"pledge", "promise", "commit", "guarantee", "vow", "undertake", "offer"})
REFUSING_VERBS = frozenset({"decline", "refuse", "balk", "hesitate"})


def declined_promise(c: Candidate, t: Token) -> Candidate | None:
    """'Germany declined to pledge new funds': a promise not made (a negated AGREE, which the claims stage
    reads from 'declined to'), not a rejection of anyone's proposal. The trigger moves to the promise verb.
    The other way round, a refusal worded as a negated acceptance or a vow to resist is a REJECT (event_refusals)."""
    if c.event != "REJECT":
        return negated_acceptance(c, t) or vowed_defiance(c, t)
    if t.lemma_.lower() not in REFUSING_VERBS:
        return None
    for k in t.children:
        if k.dep_ == "xcomp" and k.lemma_.lower() in PROMISING_VERBS:
            return replace(c, event="AGREE", mode=None, trigger=k.i, trigger_start=k.i, trigger_end=k.i + 1)
    return None


# acts one side can be asked to do ("Ukraine must withdraw", "Russia should release"), with the REQUEST mode the
# manual's shared REQUEST / REJECT table gives their content
DEMANDABLE = {"RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "COOPERATE": "assist", "CONSULT": "meet",
              "SUPPORT": "change", "AGREE": "change"}
DEMAND_SPEECH = frozenset({"say", "insist", "stress", "add", "argue", "tell", "write", "reiterate", "declare",
                           "state", "maintain", "repeat", "emphasise", "emphasize", "underline", "note", "post"})


def demanded_by_speaker(c: Candidate, t: Token) -> Candidate | None:
    """'Putin said Ukraine must withdraw its troops', 'saying the rebels must first release all hostages': another
    party's act that the speaker says must / should happen is the speaker's demand of it (REQUEST; the gold's
    convention, 'the ICJ said Israel must facilitate relief' -> REQUEST UNO -> ISR), not that party's act."""
    mode = "yield" if t.lemma_.lower() in ("release", "free") else DEMANDABLE.get(c.event)
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in STOPPING_VERBS:
        # "Aliyev said Armenia must stop shelling border villages": an end to any act is demanded (yield)
        t, mode = t.head, "yield"
    clause = t
    for _ in range(3):  # a second that-clause: "said it was studying the offer but that Hamas must first free ..."
        if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX"):
            break
        clause = clause.head
    if mode is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in DEMAND_SPEECH:
        return None
    if not any(k.dep_ == "aux" and k.lower_ in ("must", "should") for k in t.children) or any(
            k.dep_ == "neg" for k in t.children):
        return None
    speakers = [m for m in c.speaker if m.code]
    doers = [m for m in c.actor if m.code]
    if not speakers or not doers:
        return None
    # the same country only for a group of its own asked by its state ("Petro said the ELN must free the hostages")
    if {m.code for m in speakers} & {m.code for m in doers} and not (
            all(m.kind == "org" for m in doers) and not any(m.kind == "org" for m in speakers)):
        return None
    # the demand is the speech act: its trigger is the speech verb, so the claims stage reads no modal into it
    head = clause.head
    return replace(c, event="REQUEST", mode=mode, actor=speakers, recipient=doers, speaker=[], trigger=head.i,
                   trigger_start=head.i, trigger_end=head.i + 1)


BACKING_LEMMAS = frozenset({"back", "support", "backing", "sponsor", "bankroll"})
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF"})


def armed_backing(c: Candidate, t: Token) -> Candidate:
    """'Iran backs the Houthis', 'accused Kigali of supporting the M23 rebels': backing an armed group is
    military support to a party of a conflict, which the manual's AID names (AID: military support), not the
    verbal SUPPORT of a policy or a government (*backed Ukraine's bid*, *backed the Lebanese army* stay)."""
    if c.event != "SUPPORT" or t.lemma_.lower() not in BACKING_LEMMAS or not c.recipient:
        return c
    # the backed thing itself is the group (not "backed Hamas's call for talks": a call is backed)
    backed = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")] + [
        g for p in t.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    armed = [m for m in c.recipient if m.sector in ARMED_SECTORS or ARMED_SECTORS.intersection(m.other_sectors)]
    if len(armed) == len(c.recipient) and any(m.start <= o.i < m.end for o in backed for m in armed):
        return replace(c, event="AID")
    return c
