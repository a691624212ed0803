"""The per-sentence dedupe of the events stage: one event per dyad (per specific mode for COERCE), two coordinated
measure verbs kept apart, and an act only offered kept as the offer. Split from event_retype (its size limit);
the events stage imports dedupe and coordinated_measures through event_rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import codes
from .event_retype_options import OPEN_PENALTY

if TYPE_CHECKING:
    from .base import Candidate


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
    return key[:3] == other[:3] and (key[0] not in MODE_DISTINCT_TYPES or key[3] in CATCH_ALL_MODES
                                     or other[3] in CATCH_ALL_MODES or key[3] == other[3])


COORDINATED_KEY = "types.coordinated"
# (COERCE keeps its mode rule: "arrested and jailed" is one arrest; ACCUSE: "summoned the ambassador and lodged a
# protest" are two acts)
MEASURE_VERB_TYPES = frozenset({"SANCTION", "ACCUSE"})


def coordinated_measures(cands: list[Candidate], doc) -> None:
    """'said it would impose a 25% tariff on U.S. goods and would add 11 American firms to its entity list',
    'expelled two diplomats and closed the consulate': two verbs of one coordination with different lemmas name
    two measures, even on one dyad; the per-sentence dedupe keeps both (it still merges a verb and its own
    noun, or one verb reported twice)."""
    verbs = {c.trigger: c for c in cands if c.event in MEASURE_VERB_TYPES and doc[c.trigger].pos_ == "VERB"}
    for i, c in verbs.items():
        t = doc[i]
        if t.dep_ != "conj":
            continue
        first = verbs.get(t.head.i)
        if first is None or first.event != c.event or doc[first.trigger].lemma_.lower() == t.lemma_.lower():
            continue
        if any(o.dep_ == "dobj" and o.lemma_.lower() not in OPEN_PENALTY
               and any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in o.children) for o in t.children):
            continue  # "ordered the closure of the consulate and expelled its staff": one measure, told in two verbs
        first.extra[COORDINATED_KEY] = first.trigger
        c.extra[COORDINATED_KEY] = c.trigger


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


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per (type, actor codes, recipient codes) in a sentence -- per specific mode too for the
    types whose modes are different acts; the specific, then the most confident, wins. An act only offered is
    the offer (offered_only)."""
    cands = offered_only(cands)
    best: dict[tuple, Candidate] = {}
    order: list[tuple] = []
    for c in cands:
        key = (c.event, codes(c.actor), codes(c.recipient), c.mode, c.extra.get(COORDINATED_KEY))
        prev_key = next((k for k in order if _same_act(k, key)), None)
        if prev_key is None:
            best[key] = c
            order.append(key)
        elif _better(c, best[prev_key]):
            best[prev_key] = c
    # "carried out airstrikes inside Afghanistan, targeting ...": the same act twice, once
    # without its recipient; keep the fuller one
    with_recipient = [k for k in order if k[2]]
    return [best[k] for k in order if k[2] or not any(
        _same_act((k[0], k[1], w[2], k[3], k[4]), w) for w in with_recipient)]
