"""Type repairs of the events stage for candidates whose trigger word names another type than the act:
troops sent to back a party (AID, not MOBILIZE), one's own weapons destroyed (RETREAT disarm, not
ASSAULT), a hostile gerund under an agreed halt (AGREE, not ASSAULT). Called from
event_rules.fold_participles once the candidates of a sentence are built."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import codes, objects
from .base import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token


SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "rush", "move", "station"})
BACKING_VERBS = frozenset({"support", "help", "assist", "back", "reinforce", "bolster", "aid", "prop", "defend"})
# Whom troops are sent to back: a party, not a place or a task ("to protect the border").
BACKED_PARTIES = frozenset({
    "rebel", "government", "army", "force", "regime", "ally", "junta", "militia", "fighter", "troop",
    "administration", "authority", "president", "leader",
})


def troops_in_support(c: Candidate, t: Token) -> Candidate | None:
    """'sending soldiers across the border to support the M23 rebels': troops sent to back a party are
    military aid to it (manual, AID: military assistance), not a mobilisation."""
    if c.event != "MOBILIZE" or t.lemma_.lower() not in SENDING_VERBS:
        return None
    for comp in t.children:
        if comp.dep_ not in ("advcl", "xcomp") or comp.lemma_.lower() not in BACKING_VERBS \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        if any(o.pos_ == "PROPN" or o.lemma_.lower() in BACKED_PARTIES for o in objects(comp)):
            return replace(c, event="AID", mode=None)
    return None


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
    return replace(c, event="AGREE", mode=None)


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
THREAT_CONTENT = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict"}
THREAT_CONTENT_MODES = {("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel"}
THREAT_MODALS = frozenset({"will", "would", "could", "'ll", "may", "might", "wo", "shall"})
CONDITION_MARKS = frozenset({"if", "unless"})
ANNOUNCING_CUES = frozenset({"say", "warn", "announce", "claim", "according to"})
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


def _announced(c: Candidate, main: Token) -> bool:
    """The conditional clause is someone's statement: 'Moscow will respond ..., the spokeswoman told reporters',
    '..., according to a ministry statement'."""
    if c.embedding_cue in ANNOUNCING_CUES and c.speaker:
        return True
    if main.dep_ == "ccomp" and main.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in main.sent if t.i + 1 < len(t.doc))


def _conditional_main(t: Token) -> Token | None:
    """The condition of the future or modal clause a trigger belongs to: 'Moscow will respond by confiscating
    ... if Washington goes ahead', 'Tehran could quit the treaty should Britain trigger ...'."""
    v = t
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in v.children):
            return _condition(v) or (None if v.i == t.i else _condition(t))
        if v.dep_ not in CLAUSE_LINKS or v.head.i == v.i or (v.dep_ == "advcl" and v.tag_ != "VBG"):
            return None
        v = v.head
    return None


def conditional_threats(cands: list[Candidate], doc) -> list[Candidate]:
    """'If Washington seizes Russian assets, Moscow will respond by confiscating US companies' property, the
    ministry said': the announced hostile act (attack, seizure, sanction) of the speaker's side is a THREATEN by
    its actor, and the act in the condition is no event (it has not happened). Without a speaker the act
    stays a hypothetical one for the claims stage. The threatened party is the condition's actor when the act
    has no recipient of its own."""
    threats: dict[int, tuple[int, int]] = {}
    for c in cands:
        t = doc[c.trigger]
        if c.event not in THREAT_CONTENT and c.event != "THREATEN" or t.pos_ != "VERB" \
                or any(k.dep_ == "neg" for k in t.children):
            continue
        cond = _conditional_main(t)
        if cond is not None and c.event != "THREATEN" and not _announced(c, cond.head):
            continue  # unannounced, it stays a hypothetical act ("Pakistan could expel Afghan diplomats if ...")
        if cond is not None and not any(m.code for m in c.speaker if m.code not in codes(c.actor)):
            sub = list(cond.subtree)
            threats[c.trigger] = (sub[0].i, sub[-1].i)
    if not threats:
        return cands
    spans = list(threats.values())
    inside = [c for c in cands if c.trigger not in threats and any(a <= c.trigger <= b for a, b in spans)]
    out: list[Candidate] = []
    for c in cands:
        if c in inside:
            continue
        if c.trigger in threats and c.event != "THREATEN":
            a, b = threats[c.trigger]
            own = set(codes(c.actor))
            conditioners = [m for d in inside if a <= d.trigger <= b for m in d.actor if m.code and m.code not in own]
            recipient = c.recipient if any(m.code for m in c.recipient) else conditioners
            c = replace(c, event="THREATEN", mode=THREAT_CONTENT_MODES.get((c.event, c.mode), THREAT_CONTENT[c.event]),
                        recipient=recipient or c.recipient)
        out.append(c)
    return out
