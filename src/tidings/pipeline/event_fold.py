"""Folding complements into their governing event, for the events stage.

"urged Iran to release the sailors" is one REQUEST 'yield', "vowed to retaliate" one
THREATEN, "agreed to withdraw" one CONCEDE (docs/plover-decisions.md, Complements).
The fold also finds the other party of a promise, demand, refusal or cooperative act in its
complement, object or that-clause ("pledged to keep supporting Ukraine", "restored ties with
Iran", "denied Ukraine's request"), and drops conditions and settings that are not content.
``FoldMixin`` is mixed into ``events.Events``; ``Hit`` is a matched trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .arguments import (
    codes,
    datives,
    direct_subjects,
    objects,
    place_recipient,
    prep_objects,
    self_owned,
    unique,
)
from .base import CONDITION_MARKS, Mention
from .event_agreements import agreement_not_concession, restrained, verb_between
from .event_orders import own_force_order
from .event_request_modes import stopped_act_mode
from .event_threat_modes import nearest_content_mode
from .verblex import Lexicon, Trigger
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

# Outer verbs whose complement event is their content, not a separate event.
ABSORBING = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
YIELDING = frozenset({"RETREAT", "CONCEDE"})
# Promising these is a threat ("vowed to retaliate"); promising patrols or drills is not.
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear", "threaten", "warn"})
RETALIATION = frozenset({"respond", "retaliate", "avenge", "hit", "strike", "punish", "react", "crush", "destroy",
                         "annihilate", "obliterate", "wipe", "kill", "attack", "bomb", "defeat", "hunt"})
# "vowed to keep attacking ships": the aspect verb carries the promised act
ASPECT_VERBS = frozenset({"keep", "continue", "resume", "step"})
# Prepositions naming the other party inside a complement: "threatened to take military action
# against Taiwan", "pledged to keep up pressure on Iran", "agreed to buy gas from Qatar".
COMPLEMENT_RPREPS = ("against", "on", "to", "with", "from", "for", "toward", "towards")
# "agreed to share intelligence on Russian submarine activity": "on" after these names a topic
TOPIC_NOUNS = word_list("act_nouns.json", "complement_topics")
TOPIC_RPREPS = tuple(p for p in COMPLEMENT_RPREPS if p != "on")
# Cooperative acts whose partner may sit on the object or in a that-clause.
PARTNER_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
REPRISAL_NOUNS = frozenset({"countermeasure", "retaliation", "reprisal", "revenge", "retribution"})
MEASURE_NOUNS = frozenset({"action", "measure", "step", "response"})
# Prepositions of time, cause and place: what they introduce is not the content of a promise,
# demand or threat.
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "despite", "amid", "following", "since", "until",
                                "in", "at", "near", "throughout", "without", "because"})
ANNOUNCING_VERBS = frozenset({"warn", "say", "threaten", "announce", "declare", "vow", "insist", "state"})
CONDITIONAL_MODALS = frozenset({"would", "will", "could", "might", "may", "wo", "'ll", "'d"})
# Stopping a transfer is cutting it off: "would stop supplying ammunition to Ukraine" is SANCTION.
STOP_VERBS = frozenset({"stop", "halt", "end", "cease", "suspend", "discontinue", "quit"})
ABSORB_PATH_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "conj", "acl", "pcomp"})
REQUEST_MODE_BY_TYPE = {
    ("RETREAT", "resign"): "change",
    "CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "AGREE": "assist",
    "RETREAT": "yield", "CONCEDE": "yield",
}
# A second coordinated verb with no party of its own shares the first verb's party when both
# acts point the same way: "criticised Belgium and cut diplomatic ties", "praised Azerbaijan and
# pledged more aid". REQUEST sits on both sides ("protested to China and demanded ...").
HOSTILE_SIDE = frozenset({"PROTEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REQUEST"})
FRIENDLY_SIDE = frozenset({"SUPPORT", "CONSULT", "COOPERATE", "AID", "AGREE", "CONCEDE", "REQUEST"})
# Proposals whose author ("a demand by the IAEA", "an offer by India") is the other party of
# their rejection or acceptance.
PROPOSAL_NOUNS = frozenset({"proposal", "demand", "call", "request", "offer", "plan", "bid", "appeal",
                            "ultimatum", "initiative", "invitation", "suggestion", "resolution"})
# Acts whose destination is not the judged party: "welcomed the deployment of Kenyan police
# officers to Haiti" is SUPPORT for Kenya.
MOVE_NOUNS = frozenset({"deployment", "dispatch", "arrival", "transfer", "delivery", "shipment", "sending",
                        "despatch", "redeployment", "stationing", "supply", "provision"})
THREAT_MODE_BY_TYPE = {
    ("ASSAULT", None): "violence", ("MOBILIZE", None): "violence",
    ("SANCTION", "expel"): "expel", ("SANCTION", None): "restrict", ("PROTEST", None): "restrict",
    ("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("COERCE", None): "restrict",
}


def _negated(tok: Token) -> bool:
    """'vowed not / never to ...': the promised act is negated on its own infinitive ('vowed that the
    attacks would not go unanswered' is a clause, whose double negative is a threat)."""
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


@dataclass
class Hit:
    """A matched trigger before it becomes a ``Candidate``."""

    tok: Token  # the trigger head word (the verb for light-verb constructions)
    entry: Trigger
    start: int
    end: int
    actor: list[Mention]
    recipient: list[Mention]
    noun: Token | None = None  # the trigger noun, for noun and light-verb triggers
    route: str | None = None
    material: list[int] = field(default_factory=list)  # object tokens that are the thing moved
    mode: str | None = None
    etype: str = ""
    absorbed_into: Hit | None = None
    planned: tuple[str, str | None] | None = None
    by_tok: dict[int, Mention] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.etype = self.entry.type
        self.mode = self.entry.mode


def add_with_doer(stage, si: int, h: Hit, actor: list[Mention], by_tok, according, made: list[Candidate]) -> None:
    """Give a hit that failed for want of a doer the doer a side rule found (event_side_clauses, event_clause_walk,
    event_agentless, event_passive_doers) and keep what the events stage ``stage`` makes of it, if anything."""
    h.actor = actor
    cand = stage._candidate(si, h, by_tok, according)
    if cand is not None:
        made.append(cand)


# Verbs whose infinitive names the real content: "pledged to keep supporting Ukraine", "vowed to
# continue arming Kyiv".
ASPECTUAL = frozenset({"keep", "continue", "resume", "start", "begin", "stop", "step", "try", "seek", "help"})
# Prepositions that name a party after particular complement verbs: "pledged to invest $600 billion
# in the United States".
PARTY_PREPS = {"invest": ("in",), "return": ("to",), "hand": ("to",), "cede": ("to",), "sell": ("to",)}


def _announced(verb: Token) -> bool:
    """'warned that Tehran would quit the treaty': a party's own announced modal act is a threat
    (the events stage codes it THREATEN), so its condition is part of it. Not a bare 'Kyiv would
    retaliate', whose condition is a hypothetical event of its own."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ANNOUNCING_VERBS
            and any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children))


def _governor(tok: Token) -> Token:
    """The verb a gerund complements ("stop supplying", "an end to supplying" aside)."""
    head = tok.head
    return head.head if tok.dep_ == "pcomp" and head.dep_ == "prep" else head


def _content_verb(verb: Token) -> Token:
    """'keep supporting Ukraine' -> 'supporting': the verb after aspectual ones, with no object of its own."""
    for _ in range(2):
        if verb.lemma_.lower() not in ASPECTUAL or objects(verb):
            return verb
        nxt = [c for c in verb.children if c.dep_ == "xcomp"]
        if not nxt:
            return verb
        verb = nxt[0]
    return verb


# verbs between a promise and a yielding act that make it an aim, not the concession itself:
# "agreed to work towards ending the war" is AGREE, "agreed to end the war" CONCEDE
ASPIRATION_VERBS = frozenset({"work", "strive", "seek", "explore", "try", "aim", "endeavour", "endeavor", "push",
                              "move", "pave", "lay", "study", "consider", "discuss"})


def _aspired(outer: Token, inner: Token) -> bool:
    return verb_between(outer, inner, ASPIRATION_VERBS, depth=4)


def _reprisal(verb: Token) -> bool:
    """'vowed to take countermeasures', 'pledged to take action against X': a promised reprisal."""
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        against = any(p.lower_ == "against" for p in c.children)
        for o in objects(c):
            lem = o.lemma_.lower()
            if lem in REPRISAL_NOUNS or (lem in MEASURE_NOUNS and (against or any(
                    p.lower_ == "against" for p in o.children))):
                return True
    return False


def _pact_against(outer: Hit, inner: Hit) -> bool:
    """Two parties agreeing on hostility nobody is named to commit, or on ending their own ("Pakistan and Saudi
    Arabia agreed to treat an attack on either as an attack on both", "Thailand and Cambodia reached a deal to
    stop fighting"): their pact is the event, the hostile act its content ("Russia and Belarus agreed to impose
    sanctions on Lithuania" stays the sanction)."""
    if len({m.code for m in outer.actor if m.code}) < 2:
        return False
    word = inner.noun if inner.noun is not None else inner.tok
    return not any(m.code for m in inner.actor) or _governor(word).lemma_.lower() in STOP_VERBS \
        or word.head.lemma_.lower() in STOP_VERBS


def _described(tok: Token) -> bool:
    """An agentless past participle on a noun ("migrants deported from the US", "weapons seized
    last year") describes the noun; it is not what a promise or decision is about."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children)


def _restated(h: Hit, covered: dict[int, Hit]) -> Hit | None:
    """An event noun in apposition that restates the verb's own event ("launched strikes on Kyiv,
    its biggest attack in weeks"): one event, not a second one whose actor is the apposition's
    possessive pronoun."""
    if h.noun is None or h.noun.dep_ != "appos":
        return None
    up = h.noun.head
    for _ in range(3):
        outer = covered.get(up.i)
        if outer is not None and outer is not h:
            return outer if outer.etype == h.etype else None
        if up.head.i == up.i:
            return None
        up = up.head
    return None


def _purpose_host(h: Hit, covered: dict[int, Hit]) -> Hit | None:
    """The event whose purpose clause ``h`` sits in ("sent aid to help", "summoned X to protest"):
    a purpose is an intention, not a second event."""
    verb = h.tok
    if h.noun is not None and h.tok is h.noun and h.noun.dep_ in ("dobj", "pobj"):
        verb = h.noun.head if h.noun.dep_ == "dobj" else h.noun.head.head
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    host = covered.get(verb.head.i)
    return host if host is not None and host is not h else None


# verbs that report, whose subject owns what they tell (not the content of a verb above them)
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "announce", "report", "state", "claim", "confirm"})


class FoldMixin:
    lex: Lexicon

    def _absorb(self, hits: list[Hit], covered: dict[int, Hit]) -> None:
        for h in hits:
            restated = _restated(h, covered)
            if restated is not None:
                h.absorbed_into = restated  # "deployed a brigade to Lithuania, its first foreign deployment"
                continue
            if (h.etype in ("AID", "COOPERATE") and h.noun is None and h.tok.dep_ in ("xcomp", "pcomp", "dobj")
                    and h.tok.tag_ == "VBG" and self._lemma(_governor(h.tok)) in STOP_VERBS):
                h.etype, h.mode = "SANCTION", "discontinue"  # "stop supplying ammunition to Ukraine"
            if h.etype == "REQUEST" and h.tok.dep_ in ("advcl", "xcomp", "conj"):
                outer = covered.get(h.tok.head.i)
                if outer is not None and outer.etype == "PROTEST":
                    h.absorbed_into = outer  # the topic of a protest is not a separate event
                    continue
            purpose_of = _purpose_host(h, covered)
            if purpose_of is not None and purpose_of.etype not in ABSORBING:
                h.absorbed_into = purpose_of  # "deployed troops to push back the incursion"
                if purpose_of.etype == h.etype and not any(m.code for m in purpose_of.recipient):
                    # "marched in Belgrade to protest against the government"
                    purpose_of.recipient = unique(purpose_of.recipient + h.recipient, purpose_of.actor)
                continue
            outer = self._absorber(h, covered)
            if outer is None or outer is h:
                continue
            h.absorbed_into = outer
            self._fold(outer, h)
        for h in hits:
            if h.absorbed_into is not None or h.etype not in ABSORBING | {"SUPPORT", "COOPERATE", "CONCEDE"}:
                continue
            if h.etype == "AGREE" and self._lemma(h.tok) in PROMISE_VERBS and any(
                    c.dep_ == "xcomp" and (c.lemma_.lower() in RETALIATION or (
                        c.lemma_.lower() in ASPECT_VERBS and any(
                            g.dep_ == "xcomp" and g.lemma_.lower() in RETALIATION for g in c.children)))
                    for c in h.tok.children):
                h.etype, h.mode = "THREATEN", "violence"  # "vowed to respond"
            elif h.etype == "AGREE" and self._lemma(h.tok) in PROMISE_VERBS and _reprisal(h.tok):
                h.etype = "THREATEN"  # "vowed to take countermeasures against the United States"
            if h.mode is None and h.etype in ("REQUEST", "REJECT", "THREATEN") and h.etype in ABSORBING:
                h.mode = self._content_mode(h)
            if not h.recipient:  # "pledged to help Bangladesh": the complement's object
                # "reaffirmed its commitment to defend the Philippines"
                comp = [c for c in h.tok.children if c.dep_ == "xcomp"] + [
                    c for o in objects(h.tok) for c in o.children if c.dep_ == "acl"] + [
                    c for c in h.tok.children if c.dep_ == "advcl"  # "signed a deal to buy gas from Qatar"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
                if comp:
                    comp = [_content_verb(comp[0])]
                    toks = objects(comp[0]) + datives(comp[0]) + prep_objects(comp[0], ("to", "with") + tuple(
                        PARTY_PREPS.get(comp[0].lemma_.lower(), ())))
                    if not any(t.i in h.by_tok for t in toks):  # "threatened to take action against X"
                        toks += [g for x in [comp[0]] + objects(comp[0]) for g in prep_objects(
                            x, TOPIC_RPREPS if x.lemma_.lower() in TOPIC_NOUNS else COMPLEMENT_RPREPS)]
                    for c in comp[0].children:  # "pledged to help Vietnam modernise ..."
                        if c.dep_ in ("ccomp", "xcomp") and not toks:
                            toks += direct_subjects(c)[0]
                    h.recipient = unique(self._mentions(toks, h.by_tok), h.actor)
                    if not any(m.code for m in h.recipient) and h.etype in PARTNER_TYPES:
                        h.recipient = self._partner(h)  # "signed a deal with Britain to buy jets"
                elif h.etype == "REQUEST":  # "demanded that China return the weapons": who is asked
                    clause = [c for c in h.tok.children if c.dep_ == "ccomp"]
                    if clause:
                        asked = self._mentions(direct_subjects(clause[0])[0], h.by_tok)
                        h.recipient = unique([m for m in asked if m.code], h.actor)
                elif h.etype in PARTNER_TYPES:
                    h.recipient = self._partner(h)
                elif h.etype == "REJECT":
                    # "refused entry to two British lawmakers", "blocked the European aid package for
                    # Ukraine" (who it was for), else the owner: "denied Ukraine's request for transit"
                    objs = objects(h.tok)
                    own = set(codes(h.actor))
                    toks = [g for x in [h.tok, *objs] for g in prep_objects(x, ("to", "for")) if not self_owned(g)]
                    found = [m for m in self._mentions(toks, h.by_tok) if m.code and m.code not in own]
                    # "denied French military aircraft access to its airspace": the one refused
                    found = found or [m for m in self._mentions(datives(h.tok) + objs, h.by_tok)
                                      if m.code and m.code not in own]
                    h.recipient = unique(found, h.actor)
            if h.etype == "REJECT" and not any(m.code for m in h.recipient):
                # "called off a round of trade talks with the United States": the partner
                toks = [g for o in objects(h.tok) for x in [o, *prep_objects(o, ("of",))]
                        for g in prep_objects(x, ("with",))]
                own = set(codes(h.actor))
                found = [m for m in self._mentions(toks, h.by_tok) if m.code and m.code not in own]
                if found:
                    h.recipient = unique(found, h.actor)
        self._share_coordinated(hits, covered)
        for h in hits:
            if h.absorbed_into is None and h.etype in ("REJECT", "AGREE"):
                author = self._proposer(h)
                if author:
                    h.recipient = author
            if h.absorbed_into is None and h.etype in ("SUPPORT", "ACCUSE"):
                self._drop_destination(h)

    def _drop_destination(self, h: Hit) -> None:
        """The destination of a welcomed or condemned move is not the party judged."""
        dest: set[int] = set()
        for o in objects(h.tok):
            if o.lemma_.lower() in MOVE_NOUNS:
                # the parser hangs "to Haiti" on the noun, its "of" object or the verb
                hosts = [o, h.tok, *prep_objects(o, ("of",))]
                dest |= {t.i for x in hosts for g in prep_objects(x, ("to", "into")) for t in g.subtree}
        if not dest:
            return
        gone = {id(h.by_tok[i]) for i in dest if i in h.by_tok}
        kept = [m for m in h.recipient if id(m) not in gone]
        if any(m.code for m in kept):
            h.recipient = kept

    def _proposer(self, h: Hit) -> list[Mention]:
        """"rejected a demand by the IAEA", "turned down a proposal by Egypt" (the parser may hang
        "by" on the verb): the author of the proposal."""
        props = [o for o in objects(h.tok) if o.lemma_.lower() in PROPOSAL_NOUNS]
        if h.noun is not None and h.noun.lemma_.lower() in PROPOSAL_NOUNS:
            props.append(h.noun)
        if not props:
            return []
        toks = [g for x in props for g in prep_objects(x, ("by", "from"))]
        toks = toks or prep_objects(h.tok, ("by",))
        return unique([m for m in self._mentions(toks, h.by_tok) if m.code], h.actor)

    def _share_coordinated(self, hits: list[Hit], covered: dict[int, Hit]) -> None:
        """"Rwanda criticised Belgium and cut diplomatic ties": the second verb, with no party of its
        own and the same actor, takes the first verb's recipient (same-side types only)."""
        at: dict[int, Hit] = {}
        for h in hits:  # a light verb or its noun ("lodged a protest with China") names the act
            for t in (h.tok, h.noun, h.noun.head if h.noun is not None and h.noun.dep_ == "dobj" else None):
                if t is not None:
                    at.setdefault(t.i, h)
        for h in hits:
            verb = h.tok.head if h.tok.dep_ == "dobj" and h.noun is not None else h.tok
            own = set(codes(h.actor))  # "imposed sanctions on a former senator": no one else's yet
            if h.absorbed_into is not None or any(m.code not in own for m in h.recipient if m.code) or verb.dep_ != "conj":
                continue
            up = verb.head
            for _ in range(3):  # the parser may hang the verb on the first verb's complement
                if up.i in at or up.dep_ not in ("pcomp", "prep", "xcomp") or up.head.i == up.i:
                    break
                up = up.head
            first = at.get(up.i)
            if first is None and h.etype == "ASSAULT" and up.pos_ == "VERB":
                # "crossed into Russia's Kursk region and captured several villages": the place the
                # first (eventless) move went into is the target's
                found = [m for m in place_recipient(up, h.actor, h.by_tok, preps=("into", "in", "across"))
                         if m.code and m.code not in own]
                if found:
                    h.recipient = unique(found, h.actor)
                continue
            if first is None or first is h or first.absorbed_into is not None:
                continue
            if not set(codes(first.actor)) or set(codes(first.actor)) != set(codes(h.actor)):
                continue
            if not any(m.code for m in first.recipient):
                continue
            if not ({h.etype, first.etype} <= HOSTILE_SIDE or {h.etype, first.etype} <= FRIENDLY_SIDE):
                continue
            h.recipient = unique([m for m in first.recipient if m.code], h.actor)

    def _partner(self, h: Hit) -> list[Mention]:
        """The other party of a cooperative act with no complement: "restored diplomatic ties with
        Iran", "signed a trade protocol with China" (the "with" on the object), "pledged $1 billion
        for Ukraine", "reaffirmed that its commitments extend to Japanese vessels"."""
        objs = objects(h.tok)
        toks = [g for o in [*objs, h.tok] for g in prep_objects(o, ("with",))]
        if h.etype == "AGREE":
            toks += [g for x in [h.tok, *objs] for g in prep_objects(x, ("for",))]
        clause = [c for c in h.tok.children if c.dep_ == "ccomp"]
        if not toks and clause:
            toks = [g for x in [clause[0], *objects(clause[0])] for g in prep_objects(x, ("to", "with"))]
        return unique([m for m in self._mentions(toks, h.by_tok) if m.code], h.actor)

    def _absorber(self, h: Hit, covered: dict[int, Hit]) -> Hit | None:
        """The AGREE/REQUEST/REJECT/THREATEN verb whose complement ``h`` is, if any."""
        cur = h.noun if h.noun is not None else h.tok
        cond = h.tok if h.tok.dep_ == "advcl" else cur
        if cond.dep_ == "advcl" and any(c.lower_ in CONDITION_MARKS for c in cond.children):
            up = cond.head
            for _ in range(5):  # "threatened to retaliate if the EU imposed tariffs", "threatened to
                # block Sweden's bid to join NATO unless Stockholm cracked down on militants", "Tehran
                # would quit the treaty if European powers reimposed U.N. sanctions"
                outer = covered.get(up.i)
                if outer is not None and outer is not h and (outer.etype in ("THREATEN", "AGREE") or _announced(outer.tok)):
                    return outer  # the threat's condition, not an event
                if up.dep_ not in ABSORB_PATH_DEPS or up.head.i == up.i:
                    break
                up = up.head
        for _ in range(5):
            head = cur.head
            infinitive = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            if head.i == cur.i or (cur.dep_ not in ABSORB_PATH_DEPS and not infinitive):
                return None  # ("threatened on Saturday to expel": the infinitive hangs as advcl)
            if cur.dep_ == "prep" and cur.lower_ in CIRCUMSTANCE_PREPS:
                return None  # "agreed to a ceasefire after four days of fighting": the setting, not the content
            outer = covered.get(head.i)
            if outer is None and head.lemma_.lower() in REPORTING_LEMMAS and any(c.dep_ == "nsubj" for c in head.children):
                # "Pakistan's army said its forces had killed 19 militants, ..., a demand Kabul rejected": the
                # parser roots the closing summary; what a party reports is its own, no one else's content
                return None
            if outer is not None and outer is not h:
                if own_force_order(outer.tok, h.etype):
                    return None  # "ordered the Pentagon to send troops": the sending is done (event_orders)
                return outer if outer.etype in ABSORBING and cur.dep_ != "conj" else None
            cur = head
        return None

    def _fold(self, outer: Hit, inner: Hit) -> None:
        itype, imode = inner.etype, inner.mode
        if inner.tok.dep_ == "advcl" and any(c.lower_ in CONDITION_MARKS for c in inner.tok.children):
            return  # a condition of the threat says nothing about its content
        if outer.etype == "AGREE" and self._lemma(outer.tok) in PROMISE_VERBS and _negated(inner.tok):
            if itype in YIELDING:
                outer.etype, outer.mode = "REJECT", "yield"  # "vowed not to hand over the detainees": a refusal
            else:
                # "pledged not to attack shipping": a promise of restraint is no threat; the act, negated
                inner.absorbed_into = None
                outer.absorbed_into = inner
                return
        elif outer.etype == "AGREE":
            if itype in YIELDING and not _aspired(outer.tok, inner.tok):
                if agreement_not_concession(outer.tok, outer.actor) and not (
                        imode == "release" and self._lemma(outer.tok) == "agree"):
                    # a swap both sides agree stays CONCEDE (dev_stories, minimal pairs, held-out golds)
                    outer.planned = (itype, imode)  # a mutual agreement or offer: the yielding act is its content
                else:
                    outer.etype, outer.mode = "CONCEDE", None
            elif itype in HOSTILE and restrained(outer.tok, inner.tok):
                pass  # "vowed to refrain from the use of force": a promise of restraint (event_agreements)
            elif itype in HOSTILE and self._lemma(outer.tok) in PROMISE_VERBS:
                outer.etype = "THREATEN"  # "vowed to retaliate"
                outer.mode = self._threat_mode(outer, inner)
            elif itype in HOSTILE and _described(inner.tok):
                pass  # "agreed to accept flights carrying migrants deported from the US": a description
            elif itype in HOSTILE and not _pact_against(outer, inner):
                # "agreed to impose sanctions": a decision; the hostile act is the event
                inner.absorbed_into = None
                outer.absorbed_into = inner
                return
            elif itype in COOPERATIVE and itype != "AGREE":
                outer.planned = (itype, imode)
        elif outer.etype in ("REQUEST", "REJECT"):
            # (an offer's or invitation's own content first: "dismissed an offer of military talks" is `meet`)
            outer.mode = (outer.mode or (self._content_mode(outer) if itype == "AGREE" else None)
                          or REQUEST_MODE_BY_TYPE.get((itype, imode))
                          or REQUEST_MODE_BY_TYPE.get(itype) or self._content_mode(outer))
        elif outer.etype == "THREATEN":
            outer.mode = outer.mode or self._threat_mode(outer, inner)
        own0 = set(codes(outer.actor))
        # "warned that Tehran would target American bases": "Tehran" is the actor's own, not a party
        only_own = not any(m.code and m.code not in own0 for m in outer.recipient) and any(
            m.code and m.code not in own0 for m in inner.actor + inner.recipient)
        if not outer.recipient or only_own:
            has_own_subject = bool(direct_subjects(inner.tok)[0]) and inner.tok.dep_ == "ccomp"
            if has_own_subject and outer.etype in ("REQUEST", "REJECT"):
                # "demanded that Russia withdraw": the one asked is the clause's actor
                outer.recipient = unique(inner.actor, outer.actor)
            elif not inner.entry.sym:
                outer.recipient = unique(inner.recipient, outer.actor)
            else:
                # "refused to hold talks with Seoul": the other party, when the actor takes part
                parties = inner.actor + inner.recipient
                own = set(codes(outer.actor))
                if own & set(codes(parties)):
                    outer.recipient = [m for m in unique(parties, outer.actor) if m.code not in own]

    def _threat_mode(self, outer: Hit, inner: Hit) -> str | None:
        found = self._content_mode(outer)
        if found is not None and found != "violence":
            return found
        return (THREAT_MODE_BY_TYPE.get((inner.etype, inner.mode))
                or THREAT_MODE_BY_TYPE.get((inner.etype, None)) or found)

    def _content_mode(self, h: Hit) -> str | None:
        return self._content_words_mode(h.etype, h.tok, h.noun)

    def _content_words_mode(self, etype: str, tok: Token, noun: Token | None = None) -> str | None:
        """The mode named by the complement's words ("threatened to cut gas" -> restrict)."""
        table = self.lex.content_modes.get("REQUEST" if etype == "REJECT" else etype)
        if not table:
            return None
        if etype == "THREATEN":  # the nearest content word, conditions skipped (event_threat_modes)
            return nearest_content_mode(table, tok, noun)
        if (stopped := stopped_act_mode(tok)) is not None:
            return stopped  # "urged Serbia to stop buying Russian gas": a change, not a ceasefire
        heads = {c.lemma_.lower() for c in tok.children if c.dep_ in ("xcomp", "dobj")}
        for mode, vocab in table:  # the object word itself first: "sought France's help"
            if heads & vocab:
                return mode
        words: set[str] = set()
        for c in tok.children:  # (a to-infinitive hung as an adverbial clause: "rebuffed a proposal on Tuesday to hold talks")
            if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "attr", "oprd") or (
                    c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                words.update(t.lemma_.lower() for t in c.subtree)
        if noun is not None:
            words.update(t.lemma_.lower() for t in noun.subtree)
        for mode, vocab in table:
            if words & vocab:
                return mode
        return None

    # -- merge verb + noun naming one event ----------------------------------------------


def meetings_beside_visits(cands: list, doc) -> list:
    """'travelled to Tokyo for a summit with Prime Minister Ishiba', 'held talks in New Delhi with
    Putin, who was on his first trip to India': one visit. An undirected CONSULT in the same
    sentence whose parties all take part in a directed visit is that visit told twice, so the
    directed one is kept (docs/plover-decisions.md, Visits)."""
    visits = [c for c in cands if c.event == "CONSULT" and any(m.code for m in c.recipient)]
    if not visits:
        return cands
    out = []
    for c in cands:
        if c.event == "CONSULT" and not any(m.code for m in c.recipient):
            parties = {m.code for m in c.actor if m.code}
            if parties and not _dated_apart(c, doc) and any(v.sent_index == c.sent_index and (
                    not (_verbal(c, doc) and _verbal(v, doc)) or _told_within(c, v, doc))
                               and parties <= {m.code for m in v.actor + v.recipient if m.code} for v in visits):
                continue
        out.append(c)
    return out


def _dated_apart(c, doc) -> bool:
    """'hosted the negotiators in Riyadh, a week after Trump spoke with Putin by telephone': a meeting verb in an
    after / before / since / until clause is another day's meeting, not the visit told twice."""
    return any(x.dep_ == "mark" and x.lower_ in ("after", "before", "since", "until") for x in doc[c.trigger].children)


def _verbal(c, doc) -> bool:
    """A trigger that is a verb of its own ("met in Bali and met again in Woodside": two meetings);
    a noun or light-verb noun ("a summit", "held talks") may restate the visit."""
    return c.trigger_end - c.trigger_start == 1 and doc[c.trigger].pos_ in ("VERB", "AUX")


def _told_within(c, v, doc) -> bool:
    """'visited Baghdad, where he met al-Sudani', 'received al-Sharaa in Riyadh, and the two leaders
    discussed reconstruction': a meeting verb in a clause hanging on the visit's verb (relative,
    adverbial or coordinated) tells the same meeting; "met him again" is a second one."""
    t, visit = doc[c.trigger], doc[v.trigger]
    if any(x.lower_ in ("again", "later") for x in t.children):
        return False
    return t.dep_ in ("relcl", "advcl", "conj", "acl", "xcomp") and any(a.i == visit.i for a in t.ancestors)
