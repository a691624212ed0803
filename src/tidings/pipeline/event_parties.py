"""Who the parties of a candidate are when the parse does not say it outright: domestic
violence scenes, acts a government announces in the passive, reactions to 'a move'."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import sent_start, summary_appositive
from .event_fold import meetings_beside_visits

# the round-4 recipient conventions live in event_recipients (re-exported for the events stage)
from .event_recipients import settle_recipients as settle_recipients
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

# acts only a government does, so an official speaker of an agentless passive is their doer
OFFICIAL_PASSIVE_TYPES = frozenset({"SANCTION", "CONCEDE"})
OFFICIAL_CUES = frozenset({"say", "announce", "confirm"})


def scene_victims(recipient: list[Mention], place: Mention) -> list[Mention]:
    """'Gunmen killed 12 villagers in northern Nigeria': victims named by a role take the country
    of the scene, like the gunmen themselves."""
    return [replace(m, code=place.code, confidence=min(m.confidence, 0.6))
            if m.code is None and m.kind == "agent" else m for m in recipient]


# roles people hold at home (not workers, engineers, tourists or crews, who are often foreigners where they are hit)
LOCAL_ROLES = frozenset({"activist", "journalist", "reporter", "mayor", "candidate", "politician", "lawmaker",
                         "legislator", "leader", "priest", "pastor", "imam", "judge", "prosecutor", "villager",
                         "farmer", "councillor", "councilor", "governor", "lawyer", "environmentalist"})


def sole_victim_country(recipient: list[Mention], by_tok: dict, doc) -> Mention | None:
    """'Gunmen assassinated a Honduran environmental activist at his home': with no coded place, the victims'
    country is the scene when it is the only country the sentence names and the victims hold a role people
    hold at home (an activist, journalist, mayor, priest, farmer; not 'Chinese workers', who are foreigners
    there: event_context._demonym_scene)."""
    coded = {m.code for m in by_tok.values() if m.code}
    victims = [m for m in recipient if m.code and m.kind == "agent" and any(
        doc[i].lemma_.lower() in LOCAL_ROLES for i in range(m.start, m.end))]
    if len(coded) == 1 and victims and victims[0].code in coded:
        return victims[0]
    return None


ATTACK_SETTINGS = frozenset({"attack", "raid", "assault", "ambush"})


def setting_targets(tok, by_tok: dict) -> list[Mention]:
    """'Gunmen killed 12 people in an attack on a Nigerian village': the target of the attack noun that sets the
    killing's scene (its demonym names the scene, as on a direct target: event_context._demonym_scene)."""
    out = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for noun in p.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in ATTACK_SETTINGS:
                out += [m for q in noun.children if q.dep_ == "prep" and q.lower_ in ("on", "against")
                        for g in q.children if g.dep_ == "pobj"
                        for t in [g, *(c for c in g.children if c.dep_ in ("amod", "compound"))]
                        if (m := by_tok.get(t.i)) is not None]
    return out


def official_passive(trigger: Token, etype: str, cue: str | None, direct: bool, speaker: list[Mention]) -> list[Mention]:
    """'Three Russian diplomats have been expelled, Bulgaria's foreign ministry said': a government
    announcing an agentless passive SANCTION / CONCEDE did it itself. Never violence ('two
    soldiers were killed, Ukraine's military said')."""
    if etype not in OFFICIAL_PASSIVE_TYPES or cue not in OFFICIAL_CUES or not direct:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return []
    # (a judiciary announcing a sentence passed it: "Iran's judiciary said a Swedish national had been sentenced")
    return [m for m in speaker if m.code and (m.sector == "GOV" or (m.kind == "country" and m.sector is None)
                                              or (m.sector == "JUD" and etype == "SANCTION"))]


EXPEL_VERBS = frozenset({"deport", "expel", "extradite", "evict", "banish"})


def expelled_from(trigger: Token, etype: str, by_tok: dict[int, Mention]) -> list[Mention]:
    """'Hundreds of Afghan migrants were deported from Iran', 'two Russian diplomats were expelled from Moldova':
    an agentless passive expulsion is done by the state it is from (not 'expelled from the party')."""
    if etype not in ("COERCE", "SANCTION") or trigger.lemma_.lower() not in EXPEL_VERBS:
        return []
    kids = list(trigger.children)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    froms = [g for c in kids if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return [m for g in froms if (m := by_tok.get(g.i)) is not None and m.code and m.kind == "country"][:1]


REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
MOVE_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act", "development", "incident", "episode",
                        "provocation"})


def reaction_recipients(cands: list, doc) -> None:
    """'China launched drills around Taiwan, a move Taipei's defence ministry condemned as a
    provocation': a reaction in a relative clause on 'a move' summing up the main clause is
    aimed at the main clause's actor."""
    for c in cands:
        if c.event not in REACTION_TYPES or any(m.code for m in c.recipient):
            continue
        t = _summary_reaction(doc[c.trigger])
        # "a move Taipei condemned", "a decision welcomed by Ankara"
        if t.dep_ not in ("relcl", "acl"):
            continue
        if t.head.lemma_.lower() in MOVE_NOUNS and (t.head.dep_ in ("npadvmod", "appos") or summary_appositive(t.head)):
            verb = t.head.head
        elif t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.head.head.pos_ == "VERB" and any(
                x.dep_ in ("dobj", "nsubjpass") and x.lower_ in ("that", "which") for x in t.children):
            # "deployed warships around Taiwan in drills that Taipei condemned": the drills are the
            # deployment the clause's verb names
            verb = t.head.head.head
        else:
            continue
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "approved by the State Department, a decision ...": hung on the last noun
        own = {m.code for m in c.actor if m.code}
        for _ in range(3):
            found = next((d for d in cands if d is not c and (d.trigger_start <= verb.i < d.trigger_end
                                                              or d.trigger == verb.i)), None)
            if found is not None or verb.head.i == verb.i:
                break
            # "vetoed a resolution that would have demanded ..., a move X described as a disgrace":
            # the move hangs on a clause that is no event; the event is the one above it
            verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
        if found is not None:
            doers = [m for m in found.actor if m.code and m.code not in own]
            if doers:
                c.recipient = doers
                # "India suspended the water treaty, a move Pakistan called an act of war": a relation cut
                # or restored with no partner named is the reacting party's
                if _partnerless_relation(found, doc):
                    found.recipient = [m for m in c.actor if m.code and m.code not in {d.code for d in doers}]

    _pronoun_targets(cands, doc)
    _implied_partners(cands, doc)
    _answered_acts(cands, doc)
    _relative_targets(cands, doc)
    _foreign_reproach_only(cands)
    # (run here, on the sentence's settled candidates: the events stage calls this once per sentence)
    cands[:] = meetings_beside_visits(cands, doc)


def _foreign_reproach_only(cands: list) -> None:
    """'Japan lodged a protest with China over the detention of a Japanese executive': a reproach aimed at
    another country is not also aimed at the reproacher's own (the victim's nationality the over / of phrase
    names); the candidate stage drops such own codes by type, a protest noun retyped to ACCUSE comes after."""
    for c in cands:
        if c.event != "ACCUSE":
            continue
        own = {m.code for m in c.actor if m.code}
        if own and any(m.code and m.code not in own for m in c.recipient) and any(m.code in own for m in c.recipient):
            c.recipient = [m for m in c.recipient if m.code not in own]


# what two parties have together: cut, suspended or restored without naming the other side, the partner is
# implied by the sentence (docs: "Actors and recipients", round 9)
RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "treaty", "pact", "agreement", "accord", "deal",
                            "cooperation", "contact", "contacts", "link", "links", "partnership", "relationship"})
RELATION_TYPES = frozenset({"SANCTION", "SUPPORT", "AGREE", "REJECT", "CONCEDE"})


def _partnerless_relation(c, doc) -> bool:
    own = {m.code for m in c.actor if m.code}
    if c.event not in RELATION_TYPES or len(own) != 1 or any(m.code and m.code not in own for m in c.recipient):
        return False
    t = doc[c.trigger]
    objs = [x for x in t.children if x.dep_ in ("dobj", "nsubjpass")] + (
        [t] if t.lemma_.lower() in RELATION_NOUNS else [])
    return any(o.lemma_.lower() in RELATION_NOUNS or o.lower_ in RELATION_NOUNS for o in objs)


def _implied_partners(cands: list, doc) -> None:
    """'Mali cut diplomatic ties on Sunday, accusing Ukraine of backing rebels': the accused of a reaction
    participle on a partnerless cut (or restoration) of relations is the other side."""
    for c in cands:
        if not _partnerless_relation(c, doc):
            continue
        own = {m.code for m in c.actor if m.code}
        for d in cands:
            t = doc[d.trigger]
            if d is c or d.sent_index != c.sent_index or d.event not in ("ACCUSE", "REJECT", "REQUEST") or (
                    {m.code for m in d.actor if m.code} != own) or t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj") \
                    or t.head.i != c.trigger:
                continue
            partners = [m for m in d.recipient if m.code and m.code not in own]
            if partners:
                c.recipient = partners
                break


ANSWER_TYPES = frozenset({"THREATEN", "ACCUSE", "SANCTION", "PROTEST"})
ANSWER_PREPS = frozenset({"after", "following", "over", "against"})


def _answered_acts(cands: list, doc) -> None:
    """'Iran vows revenge after Israeli strikes on nuclear sites': a reprisal, reproach or penalty with no
    party of its own answers the doer of the act named in its after / following / over phrase when that
    act is an event of the sentence."""
    for c in cands:
        own = {m.code for m in c.actor if m.code}
        if c.event not in ANSWER_TYPES or not own or any(m.code and m.code not in own for m in c.recipient):
            continue
        t = doc[c.trigger]
        # (on the trigger, its complement or its object: "vowed to retaliate | after ...", "threatened revenge
        # | following ...")
        holders = [t] + [x for x in t.children if x.dep_ in ("xcomp", "ccomp", "dobj")]
        # ("following" tagged as a verb takes a dobj; "after Indian missile strikes" may be read as a clause)
        nouns = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ANSWER_PREPS
                 for g in p.children if g.dep_ in ("pobj", "dobj")]
        nouns += [x for h in holders for x in h.children if x.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWER_PREPS for m in x.children)]
        for d in cands:
            if d is c or d.sent_index != c.sent_index or not any(d.trigger_start <= n.i < d.trigger_end
                                                                 or d.trigger == n.i for n in nouns):
                continue
            doers = [m for m in d.actor if m.code and m.code not in own]
            if doers:
                c.recipient = doers
                break


def _summary_reaction(t: Token) -> Token:
    """'a decision hailed by Moscow but condemned by the EU': the second reaction is the first's
    conjunct, or (a parser slip) hangs as a subjectless passive on the main verb."""
    if t.dep_ != "conj" or t.tag_ != "VBN" or any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
        return t
    while t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.tag_ == "VBN":
        t = t.head
    if t.dep_ == "conj" and any(x.dep_ == "agent" for x in t.children):
        first = next((x for x in reversed(list(t.doc[sent_start(t):t.i])) if x.dep_ == "acl" and x.tag_ == "VBN"
                      and x.head.lemma_.lower() in MOVE_NOUNS), None)
        if first is not None:
            return first
    return t


# reactions whose object is a pronoun, or a participial demand naming no party, in a sentence that names the
# referent in an earlier event: "withdrew from ECOWAS, accusing it of ...", "held up the EU's
# sanctions package, demanding guarantees", "the strike on Sumy ..., with Macron calling it a crime"
PRONOUN_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
BACK_PRONOUNS = frozenset({"it", "them", "this"})
BACK_POSSESSIVES = frozenset({"its", "their", "his", "her"})  # ("expelled the French ambassador, calling his remarks ...")
# a definite noun that restates the earlier act, as the object of a reaction participle, points back
# like "it" ("rejected an offer by Colombia to host talks, calling the proposal an interference")
RESTATING_NOUNS = frozenset({"proposal", "offer", "plan", "move", "decision", "measure", "step", "initiative", "idea",
                             "demand", "request", "remarks", "comments", "law", "bill"})
RESTATING_DETS = frozenset({"the", "this", "that", "these", "those"})
# ... for a participle of the reacting party, also the act itself named again ("Guyana's foreign ministry said,
# calling the incursion a grave violation of its sovereignty": the incursion told before it)
RESTATED_ACTS = word_list("act_nouns.json", "restated_acts")
# ... and nouns that only ever sum up an act told before them ("criticised the rupture", "dismissed the gesture")
SUMMARY_NOUNS = word_list("act_nouns.json", "summary_only_nouns")
GROUP_WORDS = frozenset({"side", "party", "country", "nation", "government", "leader", "neighbour", "neighbor"})
OBJECTLESS_PARTICIPLE_TYPES = frozenset({"REQUEST"})


def _pronoun_targets(cands: list, doc) -> None:
    for c in cands:
        own = {m.code for m in c.actor if m.code}
        # (a pronoun coreference gave the actor's own country is no target: "calling its government ...")
        if c.event not in PRONOUN_TARGET_TYPES or any(m.code and m.code not in own for m in c.recipient):
            continue
        t = doc[c.trigger]
        objs = [x for x in t.children if x.dep_ in ("dobj", "obj", "dative", "oprd")]  # "calling its government genocidal"
        # "broke off relations with Israel, calling its government genocidal": the pronoun owns the object
        pronoun = any(o.lower_ in BACK_PRONOUNS or any(x.dep_ == "poss" and x.lower_ in BACK_POSSESSIVES
                                                       for x in o.children) for o in objs) or (
            t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and any(
                o.lemma_.lower() in RESTATING_NOUNS | RESTATED_ACTS and any(
                    x.dep_ == "det" and x.lower_ in RESTATING_DETS for x in o.children) for o in objs)) or (
            # "Ecuador broke off relations with Mexico, and Brazil criticised the rupture": a finite
            # reaction joined to the act, with a bare definite noun restating it (no owner, no "of")
            t.dep_ == "conj" and any(
                o.lemma_.lower() in RESTATING_NOUNS | SUMMARY_NOUNS and any(
                    x.dep_ == "det" and x.lower_ in RESTATING_DETS for x in o.children)
                and not any(x.dep_ in ("poss", "compound", "relcl", "acl") or (x.dep_ == "prep" and x.lower_ != "as")
                            for x in o.children) for o in objs))
        if any(o.lemma_.lower() in GROUP_WORDS and any(x.lower_ in ("both", "two") for x in o.children) for o in objs):
            # "met in Istanbul, with Turkey's foreign minister urging both sides to agree": everyone
            # in the earlier event
            before = [d for d in cands if d is not c and d.sent_index == c.sent_index and d.trigger < c.trigger]
            own = {m.code for m in c.actor if m.code}
            if before:
                d = max(before, key=lambda x: x.trigger)
                sides = [m for m in d.actor + d.recipient if m.code and m.code not in own]
                if len({m.code for m in sides}) >= 2:
                    c.recipient = sides
            continue
        objectless = (not pronoun and c.event in OBJECTLESS_PARTICIPLE_TYPES and t.tag_ == "VBG"
                      and t.dep_ == "advcl" and not any(x.dep_ in ("ccomp", "xcomp") for x in t.children))
        if not (pronoun or objectless):
            continue
        own = {m.code for m in c.actor if m.code}
        earlier = [d for d in cands if d is not c and d.sent_index == c.sent_index and d.trigger < c.trigger]
        if objectless:  # only the event the participle hangs on
            earlier = [d for d in earlier if d.trigger == t.head.i]
        if not earlier:
            continue
        d = max(earlier, key=lambda x: x.trigger)
        doers = [m for m in d.actor if m.code and m.code not in own]
        partners = [m for m in d.recipient if m.code and m.code not in own]
        if {m.code for m in d.actor if m.code} <= own:
            # the same actors' earlier act named the referent (a compatriot one too: "suspended
            # talks with the ELN, accusing it of war crimes")
            partners = [m for m in d.recipient if m.code]
            if partners:
                c.recipient = partners
        elif pronoun and doers:
            c.recipient = doers  # "Egypt condemned it": whoever did it


# acts of a party named in a relative clause, aimed at the clause the party sits in: "Mexico sent
# troops to the border to appease Washington, which had threatened sweeping tariffs" (USA -> MEX),
# "Ukraine thanked Germany, which has pledged more aid" (DEU -> UKR)
RELATIVE_TARGET_TYPES = frozenset({"THREATEN", "AGREE", "SANCTION", "AID", "ACCUSE", "REQUEST", "SUPPORT", "REJECT",
                                   "CONCEDE", "COOPERATE"})


def _relative_targets(cands: list, doc) -> None:
    for c in cands:
        own = {m.code for m in c.actor if m.code}
        if c.event not in RELATIVE_TARGET_TYPES or not own or any(m.code and m.code not in own for m in c.recipient):
            continue
        t = doc[c.trigger]
        if t.dep_ != "relcl" or not any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("which", "who", "that")
                                        for x in t.children):
            continue
        outer = None
        for a in t.head.ancestors:  # the nearest event above the party's noun
            outer = next((d for d in cands if d is not c and (d.trigger == a.i or d.trigger_start <= a.i < d.trigger_end)),
                         None)
            if outer is not None:
                break
        if outer is None:
            continue
        doers = [m for m in outer.actor if m.code and m.code not in own]
        if doers and not any(m.code in own for m in outer.actor):
            c.recipient = doers
