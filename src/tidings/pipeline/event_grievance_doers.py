"""Doers of the act a protest answers, told by forces or craft the clause names without their country (events stage,
clause shapes, round 19).

Wire copy on a diplomatic protest names the culprit state once, as the one protested to, and tells the grievance
with faceless forces: "Poland summoned the Russian ambassador after drones entered Polish airspace", "The
Philippines summoned China's ambassador over coast guard ships that had rammed a Philippine supply boat", "Lithuania
expelled a Belarusian diplomat two days after soldiers fired warning shots at a Lithuanian patrol". The drones,
ships and soldiers are the protested state's: with no country word of their own, the act either found no doer (and
was lost) or took the scene's country (the protester's own soldiers shooting at its own patrol).

Only a protest or a measure against one coded state (ACCUSE, SANCTION: a summons, a protest, an expulsion, a
recall) by another; only the clause that tells what it answers (an "after / when / as / following" clause on its
verb, a relative clause or "-ing" participle on the noun of its "over / after / following" phrase, and the
clause's second verb); only a subject that names forces or craft (``party_nouns.json`` ``watched_craft``: troops,
soldiers, guards, ships, jets, drones, balloons) with no owner or country word of its own; and only an act aimed at the
protester ("after troops shot down a drone" may be the protester's own troops). Armed groups and gunmen are not taken as the
state's: who they fight for is what the protest may be about; nor are any forces when the sentence has the protested
state arming or backing someone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .event_fold import add_with_doer
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

PROTEST_TYPES = frozenset({"ACCUSE", "SANCTION"})
# a protested state said to arm or back someone: the faceless forces may be its proxy's ("cut ties with the UAE,
# accusing it of supplying weapons to the RSF, after drones struck Port Sudan")
PROXY_TYPES = frozenset({"AID", "SUPPORT"})
# marks of a clause telling what came before the protest, or what it came with
GRIEVANCE_MARKS = frozenset({"after", "when", "as", "following"})
# prepositions whose noun is what the protest is about
GRIEVANCE_PREPS = frozenset({"over", "after", "following", "about"})
CRAFT = frozenset(word_list("party_nouns.json", "watched_craft"))


def _coded(ms: list[Mention]) -> set[str]:
    return {m.code for m in ms if m.code}


def _clause_verb(tok: Token) -> Token:
    """The first verb of a coordination the act's verb closes ("drones entered ... and one crashed"), and the verb a
    toll participle closes ("ships that had rammed a supply boat, injuring a sailor")."""
    while (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG") and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        tok = tok.head
    return tok


def _grievance(tok: Token) -> tuple[Token, Token] | None:
    """(the protest's verb, the side act's subject word) when the verb ``tok`` tells what a protest answers."""
    verb = _clause_verb(tok)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in GRIEVANCE_MARKS for c in verb.children):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return (verb.head, subj[0]) if len(subj) == 1 else None
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBG"):
        noun = verb.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in GRIEVANCE_PREPS:
            holder = prep.head  # (the verb, or its object: "lodged a protest over ...")
            return (holder.head if holder.dep_ == "dobj" else holder), noun
    return None


def _faceless(subj: Token) -> bool:
    """A force or craft named with no owner or country of its own ("drones", "coast guard ships")."""
    if subj.lemma_.lower() not in CRAFT or subj.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in subj.subtree
                   if c.i < subj.i)


def _craft_object(verb: Token) -> bool:
    """Whether the act is done to a faceless craft ("shot down a drone", "intercepted two jets"): what a state's own
    forces do to the intruder (not "rammed a Philippine supply boat")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _faceless(c) for c in verb.children)


def _protest(verb: Token, out: list[Candidate]) -> tuple[str, Mention] | None:
    """(the protester's code, the protested state's mention) of the protest candidate on ``verb``, or None."""
    for c in out:
        if c.trigger != verb.i or c.event not in PROTEST_TYPES:
            continue
        own, them = _coded(c.actor), [m for m in c.recipient if m.code]
        if len(own) == 1 and len({m.code for m in them}) == 1 and not own & {them[0].code} and not any(
                p.event in PROXY_TYPES and them[0].code in _coded(p.actor) for p in out):
            return next(iter(own)), them[0]
    return None


def _culprit(tok: Token, out: list[Candidate]) -> tuple[str, Mention, Token] | None:
    found = _grievance(tok)
    if found is None or not _faceless(found[1]):
        return None
    protest = _protest(found[0], out)
    return (protest[0], protest[1], found[1]) if protest is not None else None


def _stand_in(subj: Token, them: Mention) -> Mention:
    """A mention of the protested state on the faceless subject's words (the actors stage made none for them)."""
    left = min(c.i for c in subj.subtree if c.i <= subj.i and c.dep_ != "det")
    doc = subj.doc
    return replace(them, start=left, end=subj.i + 1, start_char=doc[left].idx, end_char=subj.idx + len(subj.text),
                   text=doc[left:subj.i + 1].text, kind="agent", sector="MIL", root=subj.i, identifier_id=None,
                   identifier_text=None, office=None, antecedent=None, other_sectors=[], group=[])


def grievance_doers(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok, according) -> list[Candidate]:
    """Candidates for failed hits whose faceless doer is the protested state (module docstring)."""
    made: list[Candidate] = []
    for h in failed:
        if h.tok.pos_ != "VERB" or _coded(h.actor) or h.entry.sym or _craft_object(h.tok):
            continue  # (a clash has two sides; "troops shot down a drone" are the protester's own)
        found = _culprit(h.tok, out)
        if found is None:
            continue
        own, them, subj = found
        if not _coded(h.recipient) <= {own} or not all(m.start <= subj.i < m.end for m in h.actor):
            continue
        actor = [replace(m, code=them.code, sector=m.sector or "MIL") for m in h.actor] or [_stand_in(subj, them)]
        tried: list[Candidate] = []
        add_with_doer(stage, si, h, actor, by_tok, according, tried)
        # (the target is often read off the act's own words only now: "entered Polish airspace")
        made.extend(c for c in tried if _coded(c.recipient) == {own})
    return made


def grievance_actors(out: list[Candidate], doc) -> None:
    """Give the protested state a grievance act whose faceless doer took the protester's own code from the scene
    ("expelled a Belarusian diplomat after soldiers fired warning shots at a Lithuanian patrol": LTU -> BLR)."""
    for c in out:
        t = doc[c.trigger]
        if t.pos_ != "VERB" or c.event in PROTEST_TYPES:
            continue
        found = _culprit(t, out)
        if found is None:
            continue
        own, them, subj = found
        if _coded(c.actor) != {own} or _coded(c.recipient) != {own}:
            continue
        if _clause_verb(t) is t:
            if not all(m.start <= subj.i < m.end for m in c.actor):
                continue
            c.actor = [replace(m, code=them.code) for m in c.actor]
        else:  # (a toll participle or second verb that took another clause's subject: the faceless doer's)
            c.actor = [_stand_in(subj, them)]
    _hung_tolls(out, doc)


def _hung_tolls(out: list[Candidate], doc) -> None:
    """A toll participle the parser hung on the protest's verb closes the grievance act ("summoned China's
    ambassador over coast guard ships that had rammed a supply boat, injuring a navy sailor": the ships injured
    him, not the summoning state)."""
    for c in out:
        t = doc[c.trigger]
        if c.event != "ASSAULT" or t.tag_ != "VBG" or t.dep_ != "advcl" or any(
                k.dep_ in ("nsubj", "mark") for k in t.children):
            continue
        protest = next((p for p in out if p.trigger == t.head.i and p.event in PROTEST_TYPES), None)
        if protest is None or _coded(c.actor) != _coded(protest.actor):
            continue
        acts = [g for g in out if g is not c and g.event == c.event and _culprit(doc[g.trigger], out) is not None
                and _coded(g.actor) <= _coded(protest.recipient)]
        if len(acts) == 1:
            c.actor = list(acts[0].actor)
