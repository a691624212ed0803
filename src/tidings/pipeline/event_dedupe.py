"""The per-sentence dedupe of the events stage: one event per dyad (per specific mode for COERCE), two coordinated
measure verbs kept apart, and an act only offered kept as the offer. Split from event_retype (its size limit);
the events stage imports dedupe and coordinated_measures through event_rules."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .arguments import codes
from .base import PARTY_ENTS
from .event_retype_options import OPEN_PENALTY
from .event_vows import drop_inward_vows

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate


@cache
def fold_words() -> dict[str, frozenset[str]]:
    """The word lists of knowledge/act_folds.json (see its _about)."""
    with resources.files("tidings.knowledge").joinpath("act_folds.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


# Subordinators of a time clause: what it tells happened at another time than the main clause
TIME_MARKS = frozenset({"after", "since", "before", "until", "following"})
# subordinators of a contrast: "shelled a camp near El Fasher, while the army bombed RSF positions" tells two acts
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
MAIN_CLAUSE = -1
ANY_CLAUSE = -2  # a noun trigger: it may restate an act told by a verb anywhere in the sentence


# Complements whose act is another verb's content (asked, accused, failed), not an act told on its own
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "csubj"})
REPORT_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm", "write", "note"})


def time_clause(tok: Token) -> int:
    """The head of the time clause a verb stands in ("..., weeks after Hanoi expelled two diplomats": 'expelled';
    also its coordinated and relative verbs) or of a relative clause on a named party, MAIN_CLAUSE, or ANY_CLAUSE for a verb that is another verb's
    content ("accused Beijing of failing to stop ...": no act of its own to keep apart)."""
    t = tok
    while t.dep_ != "ROOT" and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and (
                (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS | CONTRAST_MARKS
                                           for c in t.children))
                # ("shelled ..., residents said, days after the militia ambushed ...": the parser makes the
                # time clause the trailing speech verb's complement; its mark still dates another act)
                or (t.dep_ == "ccomp" and _dated_mark(t))
                or (t.dep_ in ("pcomp", "pobj") and t.head.lower_ in TIME_MARKS) or _party_relative(t)
                # ("launched drones at Lviv, having struck Kyiv a day earlier": a perfect participle's earlier act)
                or (t.dep_ == "advcl" and t.tag_ == "VBN" and any(c.lower_ == "having" for c in t.children))):
            return t.i
        if t.dep_ in CONTENT_DEPS and not (t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS):
            return ANY_CLAUSE  # (what a report tells is told, not a content: "..., while the army bombed ..., witnesses said")
        t = t.head
    return MAIN_CLAUSE


def _dated_mark(verb: Token) -> bool:
    """A time mark with its distance ("days / a week after"): a clause the parser hung as a complement."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and any(
        g.dep_ == "npadvmod" and g.i < c.i for g in [*verb.children, *c.children]) for c in verb.children)


def _party_relative(verb: Token) -> bool:
    """A relative clause on a named party tells its own, earlier act ("China, which sanctioned three U.S. firms last
    month, imposed new sanctions ..."); one on a thing restates the act ("drones that struck Kyiv")."""
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(c.ent_type_ in PARTY_ENTS for c in verb.head.children) \
            and any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True  # "Russian troops, who captured the village last week, shelled ...": a force's own earlier act
    return verb.dep_ == "relcl" and (verb.head.pos_ == "PROPN" or verb.head.ent_type_ in PARTY_ENTS) and any(
        c.lower_ in PARTY_RELATIVES or any(g.lower_ == "whose" for g in c.children) for c in verb.children)


# ("Kyiv, where the Norwegian leader arrived for a visit": a place's relative restates the meeting)
PARTY_RELATIVES = frozenset({"who", "which", "whom"})


def _clause_key(c: Candidate, doc: Doc | None) -> int:
    """Where a verb's act is told, for keeping two acts on one pair of parties apart; a noun, or an act with no
    coded target, may restate any other."""
    if doc is None or doc[c.trigger].pos_ != "VERB" or not any(m.code for m in c.recipient):
        return ANY_CLAUSE
    return time_clause(doc[c.trigger])


# Types whose modes name different acts: "seized a tanker, detained its crew", "detained the mayor and
# blocked social media" are two events even on one dyad ("shelled and bombed" stays one ASSAULT). The
# catch-all mode is no act of its own: "stripped him of his citizenship and deported him" is one deportation.
MODE_DISTINCT_TYPES = frozenset({"COERCE"})
CATCH_ALL_MODES = frozenset({None, "restrict"})


def _same_act(key: tuple, other: tuple) -> bool:
    """Keys (type, actor codes, recipient codes, mode, coordinated act): one act unless both modes are specific and
    differ, or both are verbs of one coordination that name different measures (coordinated_measures)."""
    if len(key) > 4 and len(other) > 4 and key[4] is not None and other[4] is not None and key[4] != other[4]:
        return False
    if len(key) > 5 and len(other) > 5 and ANY_CLAUSE not in (key[5], other[5]) and key[5] != other[5]:
        return False  # two verbs, one in a time clause: "lodged a protest with Beijing, weeks after it accused China"
    return key[:3] == other[:3] and (key[0] not in MODE_DISTINCT_TYPES or key[3] in CATCH_ALL_MODES
                                     or other[3] in CATCH_ALL_MODES or key[3] == other[3])


COORDINATED_KEY = "types.coordinated"
# (ACCUSE: "summoned the ambassador and lodged a protest" are two acts)
MEASURE_VERB_TYPES = frozenset({"SANCTION", "ACCUSE", "ASSAULT"})
# the verbal and cooperative types and the handovers: a conjoined verb phrase is coded as a clause of its own, and it
# stays a second act when both verbs have an object of their own ("vacated three bases and handed the compounds to
# Somali units", "shipped medical supplies to Gaza and funded two field hospitals"); "thanked and praised the
# mediators" (one object) stays one. Not the readiness, protest, easing or restriction told by several verbs, which
# the gold files code once ("scrambled jets and put its missile units on alert", "burned tyres and blocked roads",
# "lifted the curfew and restored internet access", "detained the president and closed the borders"), nor a promise,
# an approval or a meeting told by two verbs (AGREE and SUPPORT measured: a false event each).
OWN_OBJECT_TYPES = frozenset({"RETREAT", "AID", "COOPERATE", "REJECT", "REQUEST", "THREATEN"})
# violent acts are two only when each verb names a victim of its own: "struck a car near Tyre and bombed a house in
# Kfar Kila", "kidnapped 20 schoolchildren and ambushed a police patrol" (round 18)
VIOLENT_VERB_TYPES = frozenset({"ASSAULT"})
# what an attack leaves, takes or destroys is its toll, its gain or its havoc, not a second attack: "set fire to a
# police station and killed two officers", "shelled Armenian positions and seized several hilltops", "killed 17
# villagers and set homes ablaze", "stormed the village and torched olive groves"
RESULT_VERBS = frozenset({"kill", "wound", "injure", "maim", "seize", "capture", "occupy", "take", "leave", "claim",
                          "set", "burn", "torch", "raze", "loot", "destroy", "demolish"})


def _own_victim(verb: Token) -> bool:
    """A violent verb with its own object noun, not one that points back at the other verb's ("... and torched
    it", "... and burned their homes"); both verbs need one ("shelled and bombed Kharkiv" is one attack)."""
    pronouns = fold_words()["encounter_pronouns"]
    return any(o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.lower_ not in pronouns and not any(
        k.dep_ == "poss" and k.tag_ == "PRP$" for k in o.children) for o in verb.children)


def coordinated_measures(cands: list[Candidate], doc) -> None:
    """'said it would impose a 25% tariff on U.S. goods and would add 11 American firms to its entity list',
    'expelled two diplomats and closed the consulate': two verbs of one coordination with different lemmas name
    two measures, even on one dyad; the per-sentence dedupe keeps both (it still merges a verb and its own
    noun, or one verb reported twice)."""
    verbs = {c.trigger: c for c in cands if c.event in MEASURE_VERB_TYPES | OWN_OBJECT_TYPES
             and doc[c.trigger].pos_ == "VERB"}
    for i, c in verbs.items():
        t = doc[i]
        if t.dep_ != "conj":
            continue
        first = verbs.get(t.head.i)
        if first is None or first.event != c.event or doc[first.trigger].lemma_.lower() == t.lemma_.lower():
            continue
        if same_encounter(t):
            continue  # "summoned the ambassador and handed him a note of protest": one summons
        if c.event in VIOLENT_VERB_TYPES and (t.lemma_.lower() in RESULT_VERBS or not (_own_victim(t) and _own_victim(t.head))):
            continue  # "shelled and bombed Kharkiv", "stormed the village and burned it": one attack
        if c.event in OWN_OBJECT_TYPES and not (_own_object(t) and _own_object(t.head) and time_clause(t) != ANY_CLAUSE):
            continue  # "arrested and jailed five activists": one object, one act; "persuading the two sides to halt
            # the fighting and allow aid convoys in": what another verb asks for is no act told twice
        if any(o.dep_ == "dobj" and o.lemma_.lower() not in OPEN_PENALTY and _points_back(o, t.head) for o in t.children):
            continue  # "ordered the closure of the consulate and expelled its staff": one measure, told in two verbs
        first.extra[COORDINATED_KEY] = first.trigger
        c.extra[COORDINATED_KEY] = c.trigger


# particles the parser reads as prepositions: "cordoned off the campus", "rounded up the organisers"
PHRASAL_PREPS = frozenset({"off", "up", "down", "out", "over", "back", "away"})


def _own_object(verb: Token) -> bool:
    """A verb with an object noun of its own (also a phrasal verb's, and one its subject owns: "closed its
    airspace"); a pronoun points back at the other verb's ("... and handed them over")."""
    pronouns = fold_words()["encounter_pronouns"]
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    objs += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in PHRASAL_PREPS
             for g in p.children if g.dep_ == "pobj"]
    return any(o.pos_ in ("NOUN", "PROPN") and o.lower_ not in pronouns for o in objs)


def _points_back(obj: Token, first: Token) -> bool:
    """An object owned by "its" / "their" that can be the first verb's object's ("closed the consulate and expelled
    its staff"), not the subject's own ("would expel 12 consular officials and recall its ambassador": 'its' cannot
    be the plural officials): the pronoun agrees in number with a noun the first verb acts on."""
    poss = next((k for k in obj.children if k.dep_ == "poss" and k.lower_ in ("its", "their")), None)
    if poss is None:
        return False
    plural = poss.lower_ == "their"
    held = [o for o in first.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
    held += [g for o in held for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return not held or any((h.tag_ in ("NNS", "NNPS")) == plural for h in held)


def same_encounter(second: Token) -> bool:
    """A coordinated verb whose addressee is a pronoun for the first verb's object acts on that person in the same
    encounter ("summoned China's ambassador and handed him a note of protest")."""
    first = second.head
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in first.children):
        return False
    pronouns = fold_words()["encounter_pronouns"]
    heard = [c for c in second.children if c.dep_ in ("dative", "dobj")]
    heard += [g for c in second.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
              for g in c.children if g.dep_ == "pobj"]
    return any(h.lower_ in pronouns for h in heard)


def entry_steps(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """'stormed and seized the headquarters', 'boarded and seized the tanker': the entry verb coordinated with a
    seizure of the same thing by the same actor is the raid's first step; one COERCE seize stays (manual, COERCE
    seize: execute search, confiscate property, raid). An entry with its own different object stays its act."""
    seizures = {c.trigger: c for c in cands if c.event == "COERCE" and c.mode == "seize"}
    if not seizures:
        return cands
    entries = fold_words()["entry_verbs"]
    drop: set[int] = set()
    for c in cands:
        t = doc[c.trigger]
        if c.event != "ASSAULT" or t.pos_ != "VERB" or t.lemma_.lower() not in entries:
            continue
        pair = [doc[i] for i in seizures if doc[i].dep_ == "conj" and doc[i].head.i == t.i]
        pair += [t.head] if t.dep_ == "conj" and t.head.i in seizures else []
        for s in pair:
            seizure = seizures[s.i]
            own = [o for o in t.children if o.dep_ == "dobj"]
            taken = [o for o in s.children if o.dep_ == "dobj"]
            if set(codes(c.actor)) == set(codes(seizure.actor)) and (
                    not own or not taken or {o.lemma_.lower() for o in own} == {o.lemma_.lower() for o in taken}):
                drop.add(id(c))
                if not any(m.code for m in seizure.recipient) and any(m.code for m in c.recipient):
                    seizure.recipient = list(c.recipient)
                break
    return [c for c in cands if id(c) not in drop]


def _better(c: Candidate, prev: Candidate) -> bool:
    """The candidate to keep of two reports of one act: the specific mode, then the more confident."""
    if c.event in MODE_DISTINCT_TYPES and (c.mode in CATCH_ALL_MODES) != (prev.mode in CATCH_ALL_MODES):
        return prev.mode in CATCH_ALL_MODES
    return c.confidence > prev.confidence


PROMISABLE_TYPES = frozenset({"AID", "COOPERATE"})


def offered_only(cands: list[Candidate]) -> list[Candidate]:
    """'offered Chad 30 million euros in humanitarian aid': the aid noun's light verb is the party's offer, an AGREE
    of its own; the aid is promised, not given (manual, AID: broad promises of future aid are AGREE), so the
    noun's act goes and the offer stays."""
    offers = {(c.trigger, codes(c.actor)) for c in cands if c.event == "AGREE"}
    return [c for c in cands if not (c.event in PROMISABLE_TYPES and c.trigger_end - c.trigger_start > 1
                                     and (c.trigger_start, codes(c.actor)) in offers)]


def dedupe(cands: list[Candidate], doc: Doc | None = None) -> list[Candidate]:
    """One candidate per (type, actor codes, recipient codes) in a sentence -- per specific mode too for the
    types whose modes are different acts; the specific, then the most confident, wins. An act only offered is
    the offer (offered_only). Two verbs, one in a time clause and one outside it (or in another), are two acts
    (time_clause); an entry verb and the seizure it leads to are one (entry_steps)."""
    cands = offered_only(cands)
    if doc is not None:
        cands = entry_steps(drop_inward_vows(cands, doc), doc)
    best: dict[tuple, Candidate] = {}
    order: list[tuple] = []
    for c in cands:
        key = (c.event, codes(c.actor), codes(c.recipient), c.mode, c.extra.get(COORDINATED_KEY), _clause_key(c, doc))
        prev_key = next((k for k in order if _same_act(k, key)), None)
        if prev_key is None:
            best[key] = c
            order.append(key)
        elif _better(c, best[prev_key]):
            best[prev_key] = c
    # "carried out airstrikes inside Afghanistan, targeting ...": the same act twice, once
    # without its recipient; keep the fuller one
    with_recipient = [k for k in order if k[2]]
    return one_per_trigger([best[k] for k in order if k[2] or not any(
        _same_act((k[0], k[1], w[2], k[3], k[4], ANY_CLAUSE), w) and not (len(k[1]) > 1 and _told_apart(best[k], best[w], doc))
        for w in with_recipient)])


# PLOVER's quad categories: material acts over verbal ones when one word is read both ways
MATERIAL_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "CONCEDE", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                            "ASSAULT"})


def _rank(c: Candidate) -> tuple[int, int, int]:
    """Which reading of one trigger word stays: an AGREE (what is offered or proposed is not done: "handed a
    ceasefire proposal which would see the release of hostages"), then a material act over a verbal one ("approved
    $250 million in budget support": AID, not also SUPPORT; "ordered the dispatch of a carrier group": MOBILIZE,
    not also REQUEST), then the reading that names more of the act (the longer trigger)."""
    return (c.event == "AGREE", c.event in MATERIAL_TYPES, c.trigger_end - c.trigger_start)


def one_per_trigger(cands: list[Candidate]) -> list[Candidate]:
    """One event per trigger word and dyad: two candidates of different types on the same head word with the same
    parties are two readings of one act, and the better one stays (_rank). The documented double codings are on different words and stay
    ("pardoned and freed": CONCEDE and RETREAT; docs/plover-decisions.md); a second category of the same record
    (a prison sentence's arrest) is the record's own ``events.also``, not a second candidate."""
    by_word: dict[tuple, Candidate] = {}
    for c in cands:
        key = (c.trigger, codes(c.actor), codes(c.recipient))
        prev = by_word.get(key)
        if prev is None or (prev.event != c.event and _rank(c) > _rank(prev)):
            by_word[key] = c
    keep = {id(c) for c in by_word.values()}
    return [c for c in cands if id(c) in keep
            or by_word[(c.trigger, codes(c.actor), codes(c.recipient))].event == c.event]


def _told_apart(a: Candidate, b: Candidate, doc: Doc | None) -> bool:
    """Two verbs in different clauses, one of them a time clause ("hosted the negotiators, a week after Trump spoke
    with Putin"): two acts, though the joint one (two actors, as a call between two leaders) names no target."""
    if doc is None or doc[a.trigger].pos_ != "VERB" or doc[b.trigger].pos_ != "VERB":
        return False
    ka, kb = time_clause(doc[a.trigger]), time_clause(doc[b.trigger])
    return ANY_CLAUSE not in (ka, kb) and ka != kb
