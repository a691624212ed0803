"""Threats without "threaten" (types, round 10): a deterrent statement is a THREATEN whatever its verb.

'Tehran would treat any U.S. base used in the attacks as a legitimate target', 'Beijing reserves the right to
take countermeasures against Manila', 'Russia will take all necessary measures if Finland hosts U.S. nuclear
weapons', 'Algeria would answer any French expulsion with reciprocal measures', 'Venezuela will defend its
territory against any U.S. aggression', 'Israeli towns would become targets if the strikes continued' (the
speaker threatens the towns' state: event_retype.consequence_threats). The lexicon (verbs.json) proposes these
verbs as THREATEN only with their deterrent object ("as a target", "measures", "the right", "with reciprocal
measures", "against aggression"); this module keeps them only where the statement is a warning to someone:

* the act is still to come: a future or possibility modal on the verb or the verb it completes ("would treat",
  "will be treated", "reserves the right to", "would not hesitate to take", "vowed to take"), not negated;
* someone is aimed at: a coded party other than the actor as recipient ("against Manila", "any French
  expulsion"), a condition with a party as subject ("if Finland hosts ..."), or an "after / following" clause
  that names what is answered (its party is found later by event_recipients.provoker).

Near-misses this rejects: 'will take measures to protect consumers', 'took all necessary measures', 'reserves
the right to edit comments', 'any aggression against either would be treated as aggression against both' (a
defence pact's clause names no one), 'would take all necessary measures if the rains failed'. For the older
'respond / react forcefully' entries only a market or a question answered is dropped ('would respond decisively
to excessive moves in the yen', 'will respond to questions'): they threaten the side that provoked them, which
is often named outside the clause."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, subject_tokens
from .base import CONDITION_MARKS, FUTURE_AUX, MODALS, PROVOKING_MARKS
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# verbs the lexicon reads as THREATEN only for their deterrent object (verbs.json)
DETERRENT_LEMMAS = frozenset({
    "take", "answer", "reserve", "consider", "view", "deem", "see", "regard", "treat", "defend", "become", "meet",
    "use", "punish",
})
RESPONSE_LEMMAS = frozenset({"respond", "react"})
# a response told with these is restraint, not a warning: "would respond calmly but firmly"
CALM_ADVERBS = frozenset({"calmly", "coolly", "cautiously", "diplomatically", "peacefully", "patiently", "prudently"})
STANCE_LEMMAS = frozenset({"keep", "remain", "stay"})
# "will not stand / sit idly by" (verbs.json: THREATEN with 'idly'; claim_cues threat_when_negated keeps it asserted)
IDLE_LEMMAS = frozenset({"stand", "sit"})
TARGET_WORDS = frozenset({"target", "targets", "objective"})
# verbs whose complement is an act announced, not done: "vowed to take action", "reserves the right to respond"
ANNOUNCING_HEADS = frozenset({
    "vow", "pledge", "promise", "swear", "warn", "threaten", "reserve", "hesitate", "intend", "plan",
    "prepare", "ready", "decide", "resolve", "determine", "insist", "say", "announce", "declare",
    "prepared", "poised", "willing", "determined",
})
# what a deterrent act is said to defend: 'will use all means to defend its sovereignty' warns whoever threatens it
# (a purpose that names a public good does not: 'will use all means to protect consumers')
DEFENCE_PURPOSES = frozenset({"defend", "protect", "safeguard", "preserve", "uphold", "repel", "counter", "thwart"})
DEFENDED_GOODS = word_list("party_nouns.json", "defended_goods")
# hostile acts a deterrent answers as 'any' act on a defended good
DETERRED_ACTS = word_list("attack_words.json", "deterred_acts")
# what a response answers when it is no party's act: a market, a question, a disaster
NON_PARTY_OBJECTS = word_list("impersonal_causes.json", "non_party_objects")
# subjects of a condition that name no party: the weather, a market, a price
IMPERSONAL_CONDITIONS = NON_PARTY_OBJECTS | frozenset({"there", "this", "that"})


def _clause_chain(t: Token) -> list[Token]:
    """The trigger and the verbs it completes, up to the clause's main verb: 'reserves the right to take',
    'would not hesitate to take', 'vowed to take' (object, infinitive, preposition links)."""
    chain = [t]
    v = t
    for _ in range(4):
        if v.dep_ not in ("xcomp", "dobj", "pobj", "pcomp", "prep", "acl", "attr", "oprd") or v.head.i == v.i:
            break
        v = v.head
        # ("stood ready to use every means": the readiness adjective announces, as a verb would)
        if v.pos_ in ("VERB", "AUX") or (v.pos_ == "ADJ" and v.lemma_.lower() in ANNOUNCING_HEADS):
            chain.append(v)
    return chain


def _to_come(t: Token, chain: list[Token]) -> bool:
    """The deterrent act is announced, not reported: a modal on a verb of its chain, or a verb that announces
    ('reserves the right', 'vowed to'); a negated trigger is no threat ('will not take measures')."""
    if any(k.dep_ == "neg" for k in t.children):
        return False
    for v in chain:
        if any(k.dep_ in ("aux", "auxpass") and k.lower_ in MODALS for k in v.children):
            return True
        if v.i != t.i and v.lemma_.lower() in ANNOUNCING_HEADS:
            return True
    # ("reserves the right to"; reported: "said Tehran reserved all options"; a right to an act is held over
    # someone whatever the tense of the report: "Tehran reserved the right to retaliate against Israel")
    return t.lemma_.lower() == "reserve" and (t.tag_ in ("VBZ", "VBP", "VB") or (
        t.dep_ == "ccomp" and t.head.lemma_.lower() in ANNOUNCING_HEADS) or any(
        o.lemma_.lower() == "right" and any(k.dep_ in ("acl", "relcl") and k.pos_ == "VERB" for k in o.children)
        for o in t.children if o.dep_ == "dobj"))


def _party_condition(v: Token) -> bool:
    """An if / unless clause in the verb's clause whose subject may be a party: 'if Finland hosts ...', 'if it
    diverted' (the parser may hang it on a purpose infinitive: 'take measures to ensure its security if ...')."""
    for k in v.subtree:
        if k.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in k.children):
            continue
        subj = [s for s in k.children if s.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lemma_.lower() not in IMPERSONAL_CONDITIONS and s.lower_ not in IMPERSONAL_CONDITIONS for s in subj):
            return True
    return False


def _provoked(v: Token) -> bool:
    """An 'after / following' clause or phrase on the verb: what the warning answers."""
    return any((k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROVOKING_MARKS for m in k.children))
               or (k.dep_ == "prep" and k.lower_ in PROVOKING_MARKS) for k in v.children)


# prepositions of a place the act happens in or comes from: a country there is no one warned
PLACE_PREPS = frozenset({"in", "from", "at", "into", "near", "inside", "across", "within", "around", "out"})


def _placed(m, doc) -> bool:
    """The mention sits in a place phrase: 'to evacuate its citizens from Lebanon'."""
    h = doc[m.root]
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS:
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def _aimed(c: Candidate, chain: list[Token]) -> bool:
    own = set(codes(c.actor))
    doc = chain[0].doc
    if any(m.code and m.code not in own and not _placed(m, doc) for m in c.recipient):
        return True
    if _any_act_of_a_party(chain[0]):
        return True
    if _defends(chain[0]) or _ready_to_defend(chain):
        return True
    heads = chain + [chain[-1].head] if chain[-1].dep_ in ("ccomp", "advcl", "conj") else chain
    return any(_party_condition(v) or _provoked(v) for v in heads)


# readiness words in a deterrent's chain: "stood ready to defend every inch of the Essequibo"
READY_WORDS = frozenset({"ready", "prepared", "poised", "hesitate"})


def _ready_to_defend(chain: list[Token]) -> bool:
    """'stood ready / would not hesitate to defend every inch of its territory': readiness to defend a state's goods
    warns whoever threatens them ('will defend its borders', said with no readiness, stays a resolve, no event)."""
    t = chain[0]
    if t.lemma_.lower() not in DEFENCE_PURPOSES or not any(v.lemma_.lower() in READY_WORDS for v in chain[1:]):
        return False
    objs = [o for o in t.children if o.dep_ == "dobj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in DEFENDED_GOODS | {"inch"} for o in objs)


def _defends(t: Token) -> bool:
    """'would use every means at its disposal to defend its territorial integrity': the means are held over
    whoever threatens what the purpose defends (the party may be named only in another clause)."""
    for k in t.children:
        if k.dep_ not in ("xcomp", "advcl") or k.lemma_.lower() not in DEFENCE_PURPOSES:
            continue
        objs = [o for o in k.children if o.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        objs += [g for p in k.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children]
        if any(o.lemma_.lower() in DEFENDED_GOODS for o in objs):
            return True
    return False


def _named(k: Token) -> bool:
    return k.pos_ == "PROPN" or k.text[:1].isupper()


def _any_act_of_a_party(t: Token) -> bool:
    """'would answer any French expulsion of its diplomats', 'against any U.S. aggression', 'any incursion by
    Russian drones': the act answered is 'any' act of a party named by its demonym or name (the recipients stage
    codes the party); or 'any' hostile act on what the speaker defends ('any attack on our territory will be met
    with a crushing response'), which warns whoever would do it."""
    for w in t.subtree:
        if w.pos_ != "NOUN" or not any(k.dep_ == "det" and k.lower_ == "any" for k in w.children):
            continue
        if any(k.dep_ in ("amod", "compound", "poss", "nmod") and _named(k) for k in w.children):
            return True
        preps = [(k.lower_, g) for k in w.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
        if any(p in ("by", "from") and (_named(g) or any(
                k.dep_ in ("amod", "compound", "poss") and _named(k) for k in g.children)) for p, g in preps):
            return True
        if w.lemma_.lower() in DETERRED_ACTS and any(
                p in ("on", "against", "into") and g.lemma_.lower() in DEFENDED_GOODS for p, g in preps):
            return True
    return False


def unaimed_deterrent(c: Candidate, t: Token) -> bool:
    """A THREATEN proposed for a deterrent object that is no warning to anyone (see the module docstring)."""
    if c.event != "THREATEN":
        return False
    low = t.lemma_.lower()
    if low in RESPONSE_LEMMAS:
        adverbs = [k for k in t.children if k.dep_ == "advmod"]
        if any(a.lemma_.lower() in CALM_ADVERBS for k in adverbs for a in (k, *k.conjuncts)):
            return True  # "Tokyo would continue to respond calmly but firmly": a calm response warns no one
        if any(m.code and m.code not in set(codes(c.actor)) for m in c.recipient):
            return False
        answered = [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("to", "against")
                    for g in k.children if g.dep_ == "pobj"]
        return bool(answered) and all(g.lemma_.lower() in NON_PARTY_OBJECTS for g in answered)
    if low in IDLE_LEMMAS:  # "would not stand idly by if ...": only the announced refusal to stay idle warns
        return not (any(k.dep_ == "neg" for k in t.children) and any(
            k.dep_ == "aux" and k.lower_ in FUTURE_AUX for k in t.children))
    if low in STANCE_LEMMAS:  # ("keeps all options on the table": a stance held now, a warning only to someone)
        return not _aimed(c, _clause_chain(t))
    if low not in DETERRENT_LEMMAS:
        return False
    if low == "use" and not any(k.dep_ == "dobj" and k.lemma_.lower() in ("mean", "means") for k in t.children):
        return False  # (only "use all means" is the lexicon's deterrent; "could use nuclear weapons" is own violence)
    if low == "become" and not any(k.dep_ in ("attr", "oprd") and k.lemma_.lower() in TARGET_WORDS for k in t.children):
        return True  # (the lexicon cannot ask for a predicate noun: "would become targets" is checked here)
    chain = _clause_chain(t)
    return not _to_come(t, chain) or not _aimed(c, chain)


# verbs that announce what a party will do: "..., Rutte said", "warned that it would respond"
ANNOUNCING_SPEECH = frozenset({"say", "tell", "warn", "announce", "declare", "state", "add", "insist", "vow", "stress"})
SUBJECT_PRONOUNS = frozenset({"it", "we", "they", "he", "she", "i"})


def _speech_verb(t: Token) -> Token | None:
    """The speech verb that announces the clause: its head ('said it would respond'), or a speech verb hung on it
    ('NATO would respond, Rutte said' parsed the other way round)."""
    if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in ANNOUNCING_SPEECH:
        return t.head
    return next((k for k in t.children if k.dep_ in ("ccomp", "parataxis") and k.i > t.i
                 and k.lemma_.lower() in ANNOUNCING_SPEECH), None)


def _side_codes(toks: list[Token], by_tok) -> set[str]:
    return {by_tok[w.i].code for s in toks for w in s.subtree if w.i in by_tok and by_tok[w.i].code}


def announced_response(t: Token, by_tok) -> bool:
    """'If Moscow moves troops to the border, NATO would respond, Rutte said', 'Britain would respond if Russia
    attacked its ships, the defence secretary said': a bare response (the lexicon's 'respond / react' entries that
    need only an if / unless) is a THREATEN as a reprisal still to come (a modal, not negated), held over a party's
    act, and announced by the responder's own side (the speaker's codes are the responder's, or the speaker calls
    it 'it' / 'we'). Told by no one or by others ('If Israel strikes Beirut, Hezbollah will respond') it is a
    forecast: no event, and the condition stays a hypothetical act; 'would respond to questions if ...' is none."""
    if any(k.dep_ == "neg" for k in t.children) or not any(k.dep_ == "aux" and k.lower_ in MODALS for k in t.children):
        return False
    speech = _speech_verb(t) if _party_condition(t) else None
    if speech is None:
        return False
    spoken = _side_codes(subject_tokens(speech)[0], by_tok)
    subj = subject_tokens(t)[0]
    own = _side_codes(subj, by_tok)
    if not spoken:
        return False
    if own:
        return own <= spoken or spoken <= own
    return speech.i == t.head.i and any(s.lower_ in SUBJECT_PRONOUNS for s in subj)


PROMISING_VERBS = frozenset({"pledge", "vow", "promise", "commit", "agree", "undertake", "swear", "guarantee"})
JOINT_WORDS = frozenset({"either", "both", "all", "each", "one", "member", "members", "any"})
AGGRESSION_WORDS = frozenset({"aggression", "attack", "assault", "invasion", "act"})


def mutual_defence_clause(c: Candidate, t: Token) -> bool:
    """'signed a mutual defence pact, pledging that any aggression against either country would be treated as
    aggression against both': the pact's clause binds its members to each other; it warns no one in particular
    (the signing is the event)."""
    if c.event != "THREATEN" or t.lemma_.lower() not in PROMISING_VERBS:
        return False
    if any(m.code and m.code not in set(codes(c.actor)) for m in c.recipient):
        return False
    for k in t.children:
        if k.dep_ == "xcomp" and any(w.lower_ in JOINT_WORDS for o in k.children if o.dep_ in ("dobj", "prep")
                                     for w in o.subtree) and any(
                w.lemma_.lower() in AGGRESSION_WORDS for w in k.subtree):
            return True  # "pledging to treat an attack on either as an attack on both"
        if k.dep_ != "ccomp":
            continue
        subj = [x for x in k.children if x.dep_ in ("nsubj", "nsubjpass") and x.lemma_.lower() in AGGRESSION_WORDS]
        if subj and any(w.lower_ in JOINT_WORDS for x in subj for w in x.subtree if w.i != x.i):
            return True
    return False


# whoever does something: "anyone who crosses", "any journalist who reports", "any vessel that enters"
ANY_PERSON_WORDS = frozenset({"anyone", "anybody", "whoever", "whomever"})
OFFENDER_DETS = frozenset({"any", "every"})
# a penalty held over whoever does something (THREATEN content: event_retype.THREAT_CONTENT)
OFFENDER_PENALTIES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict"}
OFFENDER_MODES = {"arrest": "arrest", "deport": "expel", "expel": "expel"}


def _any_noun(o: Token) -> bool:
    return o.lower_ in ANY_PERSON_WORDS or any(k.dep_ == "det" and k.lower_ in OFFENDER_DETS for k in o.children)


def offender_passive(t: Token) -> bool:
    """'any drone violating Polish airspace would be shot down', 'any Chinese vessel entering its waters would be
    boarded': a penalty held over whoever comes, in the passive (the speaker holds it: event_candidate)."""
    if not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall") for k in t.children):
        return False
    return any(_any_noun(k) for k in _passive_offenders(t))


def _passive_offenders(t: Token) -> list[Token]:
    """The passive subject, or the noun the parser made the subject of a gerund subject ('any vessel entering')."""
    out = [k for k in t.children if k.dep_ == "nsubjpass"]
    out += [g for k in t.children if k.dep_ == "csubjpass" and k.tag_ == "VBG" for g in k.children if g.dep_ == "nsubj"]
    return out


def _offender(o: Token) -> bool:
    """'anyone who crosses the fence', 'any foreign diplomat who meets opposition leaders': the object is whoever
    will do what its relative clause says (not 'any aid it receives': a relative with its own subject); a passive
    subject 'any drone (violating its airspace)' is whoever comes."""
    if o.dep_ in ("nsubjpass", "nsubj") and _any_noun(o) and (o.dep_ == "nsubjpass" or o.head.dep_ == "csubjpass"):
        return True
    rel = [k for k in o.children if k.dep_ == "relcl"]
    if not rel or not any(k.dep_ == "nsubj" and k.lower_ in ("who", "that", "which") for k in rel[0].children):
        return False
    if rel[0].tag_ in ("VBD", "VBN") and not any(k.dep_ == "aux" and k.lower_ == "would" for k in o.head.children):
        # "will deport any migrant who entered illegally": a decision on what was done ("said it would expel any
        # diplomat who met ...": the reported present)
        return False
    return o.lower_ in ANY_PERSON_WORDS or any(k.dep_ == "det" and k.lower_ in OFFENDER_DETS for k in o.children)


def offender_threat(c: Candidate, t: Token) -> Candidate | None:
    """'Venezuela will expel any foreign diplomat who meets opposition leaders', 'The junta will arrest anyone who
    reports on the fighting': a penalty announced for whoever does something is held over a condition (manual,
    THREATEN: a conditional coercion), not a decided act ('Russia will expel four diplomats' stays SANCTION,
    future). Only the party's own statement (no other side's speaker) and a will / would not negated."""
    if c.event == "REJECT":
        return held_veto(c, t)
    if c.event in WITHHELD_TYPES:
        return withheld_easing(c, t)
    if t.pos_ == "NOUN":
        return held_noun_act(c, t)
    if c.event not in OFFENDER_PENALTIES or any(k.dep_ == "neg" for k in t.children):
        return None
    if not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall") for k in t.children):
        return None
    if not any(_offender(o) for o in [*(o for o in t.children if o.dep_ == "dobj"), *_passive_offenders(t)]):
        return None
    own = set(codes(c.actor))
    if not own or any(m.code and m.code not in own for m in c.speaker):
        return None
    return replace(c, event="THREATEN", mode=OFFENDER_MODES.get(c.mode or "", OFFENDER_PENALTIES[c.event]))


VETO_LEMMAS = frozenset({"veto", "block"})


def held_veto(c: Candidate, t: Token) -> Candidate | None:
    """'Budapest will veto the sanctions package unless Brussels releases the frozen funds, Orban said': a veto
    announced for as long as another party does not act is a coercive warning (THREATEN, as 'threatened to veto
    ... unless'), not a refusal made; 'could reject the proposal if ...' (a possibility) stays the hypothetical
    REJECT, and so does a veto told by others."""
    if t.lemma_.lower() not in VETO_LEMMAS or any(k.dep_ == "neg" for k in t.children):
        return None
    if not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall") for k in t.children):
        return None
    own = set(codes(c.actor))
    if not own or any(m.code and m.code not in own for m in c.speaker) or not _party_condition(t):
        return None
    return replace(c, event="THREATEN", mode=None)


# verbs that carry out or go on with an act named by their object noun: "will keep up its strikes"
CARRYING_VERBS = frozenset({"keep", "continue", "resume", "step", "intensify", "expand", "escalate", "launch",
                            "carry", "conduct", "press", "impose", "extend"})
NOUN_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "restrict"}


def held_noun_act(c: Candidate, t: Token) -> Candidate | None:
    """'Israel will keep up its strikes on Lebanon unless Hezbollah disarms, Katz said': a hostile act named by a
    noun, announced (will / would) by its own side and held over another party's if / unless act, is a THREATEN like
    the verb ('would keep firing until ...'; event_retype.conditional_threats reads verbs only); a condition no
    party makes ('unless the rains fail') or another side's forecast stays the act."""
    if c.event not in NOUN_THREAT_MODES or t.dep_ != "dobj" or t.head.lemma_.lower() not in CARRYING_VERBS:
        return None
    v = t.head
    if any(k.dep_ == "neg" or (k.dep_ == "aux" and k.lower_ == "have") for k in v.children) or not any(
            k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall") for k in v.children):
        return None
    own = set(codes(c.actor))
    if not own or any(m.code and m.code not in own for m in c.speaker) or not _party_condition(v):
        return None
    return replace(c, event="THREATEN", mode=NOUN_THREAT_MODES[c.event])


# what a party can withhold: an opening, a release, a return, a payment
WITHHELD_TYPES = frozenset({"RETREAT", "CONCEDE", "AID"})
WITHHOLDING_MARKS = frozenset({"until", "till", "unless"})


def withheld_until(t: Token) -> bool:
    """'will not pull its troops out unless Mogadishu ...': a negated will / would verb held until / unless a
    party acts (the shape withheld_easing codes a THREATEN; the claims stage keeps that threat unnegated)."""
    if t.pos_ != "VERB" or not any(k.dep_ == "neg" for k in t.children) or not any(
            k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall") for k in t.children):
        return False
    return any(k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WITHHOLDING_MARKS for m in k.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() not in IMPERSONAL_CONDITIONS
                       and s.lower_ not in IMPERSONAL_CONDITIONS for s in k.children) for k in t.children)


def withheld_easing(c: Candidate, t: Token) -> Candidate | None:
    """'Egypt would not reopen the Rafah crossing until Israeli troops withdrew', 'Hamas will not free more hostages
    unless Israel halts its strikes': an easing refused for as long as another party does not act is a condition
    held over that party (manual, THREATEN: a coercive warning to keep a restriction, as 'would keep the crossing
    closed until ...'), not a negated RETREAT / CONCEDE / AID. Only with will / would, the party's own statement,
    and an until / unless clause whose subject can meet it ('until the rains stop' stays the negated act)."""
    if not withheld_until(t):
        return None
    own = set(codes(c.actor))
    if not own or any(m.code and m.code not in own for m in c.speaker):
        return None
    return replace(c, event="THREATEN", mode="restrict")
