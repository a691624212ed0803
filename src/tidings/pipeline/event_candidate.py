"""Stage 'events', second half: a trigger hit (its entry, actor and recipient words) -> one event candidate
(moved out of events.py in events round 10, unchanged). The speaker of an embedding ("X said / accused ..."),
the actor a hit lacks (the speaker, an official, the scene's forces), the recipient conventions (foreign-only
types, places, borders, domestic acts, settled partners) and the type and mode the context gives it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import event_embedded as embedded
from .argument_places import frontier_side
from .arguments import (
    border_recipient,
    codes,
    objects,
    passive_subjects,
    recipient_mentions,
    subject_tokens,
    unique,
)
from .base import NON_COUNTRY_CODES, Candidate, Mention
from .event_background import (
    attempted_goal,
    deadline,
    grievance,
    open_question,
    talk_topic,
    time_clause_gerund,
)
from .event_clauses import paired_subjects
from .event_context import retyped, withheld_accusation
from .event_deep_parties import attempt_agent
from .event_deterrence import offender_passive
from .event_guards import agreement_content, counterfactual, nonspecific
from .event_handovers import handover_receiver
from .event_meetings import hosted_by_go_between, purpose_topics
from .event_object_partner import AUTHOR_TYPES, proposal_author
from .event_parties import (
    expelled_from,
    official_passive,
    scene_victims,
    setting_targets,
    settle_recipients,
    sole_victim_country,
)
from .event_relations import free_relative_doer, whose_owner
from .event_rules import (
    assault_mode,
    domestic_recipients,
    host_and_guests,
    mobilize_mode,
    place_target,
)
from .event_stances import payer, protest_addressee, welcomed_sides
from .event_unnamed_attacks import UNNAMED_KEY, doerless_attack
from .word_lists import word_list

if TYPE_CHECKING:
    from .event_fold import Hit

# Types where a mixed recipient list may well include the actor's own country (police
# arresting nationals of several countries, protests against several governments).
SELF_DIRECTED_TYPES = frozenset({"COERCE", "PROTEST"})
FOREIGN_ONLY_TYPES = frozenset({"AID", "COOPERATE", "CONSULT", "MOBILIZE", "SANCTION", "AGREE", "THREATEN"})
ACT_MODES = frozenset({"abduct", "torture", "sexual", "targeted", "crowd-control", "destroy", "beat"})
SPEAKER_AS_ACTOR_CUES = frozenset({"say", "deny", "confirm", "claim", "announce"})
# Types whose acts "along / at / across the border with X" are aimed at X ("reopened its border crossings
# with Cambodia"); for the others a border is just a place.
BORDER_TYPES = frozenset({"MOBILIZE", "PROTEST", "ASSAULT", "COERCE", "RETREAT", "SANCTION"})
# an alleged hostile act with no target named was done to its accuser (a state)
ACCUSING_CUES = frozenset({"accuse", "condemn"})
ACCUSED_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
NONSTATE_CODES = NON_COUNTRY_CODES
# what an atrocity or a crackdown is done to: people of the doer's own country, not the accuser
PEOPLE_OBJECTS = word_list("people_nouns.json", "atrocity_objects")
# uncoded holders of a trailing belief whose view is a report, not speculation
OFFICIAL_HOLDERS = frozenset({"official", "source", "diplomat", "intelligence", "agency", "ministry", "military",
                              "government", "investigator", "prosecutor", "police"})


class CandidateMixin:
    """``Events._candidate``: the stage's other methods (``_embedding``, ``_mentions``, ...) come from the class."""

    # -- candidate ------------------------------------------------------------------------
    def _candidate(self, si: int, h: Hit, by_tok: dict[int, Mention], according) -> Candidate | None:
        e = h.entry
        actor, recipient = list(h.actor), list(h.recipient)
        # "the president, whose coast guard was rammed by Chinese ships": the antecedent's party
        actor, recipient = whose_owner(actor, h.tok.doc, by_tok), whose_owner(recipient, h.tok.doc, by_tok)
        if h.noun is not None and (doer := free_relative_doer(h.noun, self.lex.light_verbs)):
            actor = self._mentions(doer[:1], by_tok) or actor  # "began what the army called raids": the troops'
            recipient = recipient if any(m.code for m in recipient) else recipient_mentions(doer[1:], by_tok)
        conf = e.conf
        unnamed_doer = False
        speaker: list[Mention] = []
        embedding: int | None = None
        cue: str | None = None
        if counterfactual(h.tok) or embedded.unasserted_clause(h.tok) or (h.tok is not h.noun and (
                agreement_content(h.tok) or grievance(h.tok) or time_clause_gerund(h.tok) or deadline(h.tok)
                or open_question(h.tok) or attempted_goal(h.tok) or talk_topic(h.tok))):
            return None  # "a resolution that would have demanded ...": never adopted
        emb = self._embedding(h) if h.route != "blame" else None
        direct = False
        if emb is not None:
            cue, head, direct = emb
            if cue != "deny" and nonspecific(h.noun, h.tok):
                return None
            if cue in ("accuse", "condemn") and withheld_accusation(head, cue):
                return None  # "stopped short of accusing Thailand of firing": no one alleges it
            subj, _agent, _route = subject_tokens(head)
            speaker = self._mentions(subj, by_tok)
            subj_words = {s.lemma_.lower() for s in subj}
            if subj_words & self.lex.opinion_subjects and not any(m.code in NON_COUNTRY_CODES for m in speaker):
                # (kept: a body's panel files reports: "..., U.N. experts said")
                return None  # "analysts say / observers believe": speculation, not a report
            if cue == "opinion":
                # "X is believed / expected to ...": the frame's raised subject acts, no one holds it
                if not any(m.code for m in speaker) and (subj or not passive_subjects(head)) \
                        and not subj_words & OFFICIAL_HOLDERS:
                    # (kept: "Iran shipped missiles to Russia, Western intelligence officials believe")
                    return None
                cue = "claim"
            embedding = head.i
            conf -= 0.05
        elif nonspecific(h.noun, h.tok):
            return None  # "respond with force to any U.S. incursion": no particular event
        elif according is not None:
            embedding, speaker = according[0].i, according[1]
            cue = "according to"
        if e.swap:
            actor, recipient = recipient, actor
        if not any(m.code for m in actor) or (h.etype == "CONSULT" and {m.code for m in actor} <= {m.code for m in recipient}):
            # "praised X during talks with Modi": the praiser's talks (also when the clause's doer is the partner)
            actor = embedded.meeting_host(h.noun, h.etype, recipient, by_tok, self._mentions) or actor
            if not actor and (doer := embedded.framed_attack(h.noun, h.etype, by_tok, self._mentions, self._verb_triggers)):
                actor, target = doer  # "Houthi rebels sank a cargo ship in an attack in the Red Sea": the clause's act
                recipient = recipient if any(m.code for m in recipient) else recipient_mentions(target, by_tok)
        if e.sym and not any(m.code for m in actor) and cue in SPEAKER_AS_ACTOR_CUES and direct \
                and any(m.code for m in speaker) and self._subject_open(h, by_tok):
            actor = [m for m in speaker if m.code]  # "Serbia's president said he had spoken with Putin"
            conf -= 0.15
        if e.sym and h.etype != "SANCTION":  # ("stopped cooperating with X": a halted relation is directed)
            recipient = purpose_topics(h, actor, recipient)  # "met to discuss guarantees for Ukraine"
            actor = unique(actor + recipient)
            recipient = []
            if h.etype == "CONSULT" and h.mode is None and hosted_by_go_between(h.tok, h.noun):
                h.mode = "third-party"  # "held talks in Istanbul, hosted by Turkey": no one's visit
            visit = host_and_guests(h.tok, h.noun, actor, by_tok) if h.etype == "CONSULT" else None
            if visit is not None and h.mode != "third-party":  # met in one side's country: the others visit
                (actor, recipient), h.mode = visit, "visit"
        if not any(m.code for m in actor):
            if (cue in SPEAKER_AS_ACTOR_CUES and direct and any(m.code for m in speaker)
                    and (self._subject_open(h, by_tok) or (h.etype == "THREATEN" or offender_passive(h.tok)) and _agentless_passive(h.tok))
                    and not embedded.reported_noun(h.tok, h.noun)):
                # (a deterrent passive is the speaker's: "any attack will be met with a crushing response, the
                # army said")
                actor = [m for m in speaker if m.code]  # "Iran denied that it had sent ..."
                conf -= 0.15
            elif officials := (official_passive(h.tok, h.etype, cue, direct, speaker)
                               or expelled_from(h.tok, h.etype, by_tok)
                               or embedded.official_act(h.tok, h.etype, cue, direct, speaker, by_tok)
                               or embedded.blamed_doers(h.tok, h.etype, by_tok, self._mentions)):
                actor = officials  # the announcing state; the party the sentence blames for an attack
                conf -= 0.15
            elif (actor and self._domestic(h, actor, by_tok)
                    and (place := self._scene_country(h, by_tok)
                         or self._demonym_scene(h, recipient + setting_targets(h.tok, by_tok)) or (
                        None if any(m.code for m in by_tok.values()) else self._story_country)
                        or (sole_victim_country(recipient, by_tok, h.tok.doc) if h.etype == "ASSAULT" else None))):
                # "protesters clashed with police in Nairobi": civilians and police of the
                # country where it happens, else of the only country the story names (when the
                # sentence names none: "police arrested two men spying for Russia" is not RUS)
                actor = [replace(m, code=place.code) if m.code is None else m for m in actor]
                if h.etype == "ASSAULT":
                    recipient = scene_victims(recipient, place)
                conf -= 0.15
            elif forces := embedded.speaker_forces(actor, h.etype, cue, direct, speaker, h.tok.doc):
                actor = forces  # "Sandu said police had detained dozens": her state's police
                conf -= 0.15
            elif (doerless := doerless_attack(h, actor, recipient, by_tok, self.lex.instruments, lambda: (
                    self._scene_country(h, by_tok) or self._demonym_scene(h, recipient)))) is not None:
                # "a car bomb killed seven people in Mogadishu", "condemned Sunday's attack on a convoy in central
                # Mali": no doer named (or the group that claimed it); the scene's or the target's country is hit
                actor, recipient, drop, unnamed_doer = doerless
                conf += drop
            else:
                return None
        recipient = unique(recipient, actor)
        own = set(codes(actor))
        if (h.etype in FOREIGN_ONLY_TYPES and h.mode != "convict") or h.etype not in SELF_DIRECTED_TYPES and (
                len(own) > 1 or any(m.code and m.code not in own for m in recipient)):
            # "sanctions on German banks and energy companies": a member coded with the actor's own country is the
            # actors stage's default, not a target; a state does not aid, sanction or visit itself; joint actors do
            # not act on one of themselves ("Indian and Chinese soldiers pulled back from the Ladakh border")
            recipient = [m for m in recipient if m.code not in own or h.etype == "THREATEN" and _other_side(actor, m)
                         or h.etype in SIDE_TALK_TYPES and _breakaway(actor, m)]
        parties = len({m.code for m in actor + recipient if m.code})
        if parties < e.parties:
            return None
        if not any(m.code and m.code not in own for m in recipient) and not e.sym:
            # also "Turkish jets bombed PKK hideouts in northern Iraq": compatriot rebels abroad
            place = place_target(h.etype, h.tok, h.noun, actor, by_tok)
            if place:
                recipient = [m for m in recipient if m.code and m.code not in own] + place
                conf -= 0.05
        if not any(m.code for m in recipient) and h.etype in BORDER_TYPES and not e.sym:
            # a border where people are arrested or protest is a place, not the neighbour
            named = None if h.etype == "MOBILIZE" else False  # "attacked rebels near the Chinese border": no CHN
            recipient = (border_recipient(h.tok, actor, by_tok, named=named)
                         or frontier_side(h.tok, actor, by_tok, hostile=h.etype != "MOBILIZE") or recipient)
        recipient = domestic_recipients(h.etype, h.mode, actor, recipient, list(by_tok.values()))

        recipient = settle_recipients(h, actor, recipient, by_tok, self._story_country)
        if h.etype in AUTHOR_TYPES:  # "blocked an EU plan to fund Ukraine's defence": the plan's author
            recipient = proposal_author(h, set(codes(actor)), recipient, by_tok) or recipient
        recipient = handover_receiver(h, set(codes(actor)), by_tok) or recipient  # "extradited ... to the US"
        # the subject of a second "Y to V" pair is no recipient of the first ("to close X and Y to recall")
        paired = paired_subjects(self._sent_toks)  # (by index: no Token object per word)
        recipient = [m for m in recipient if not any(m.covers(i) for i in paired)] if paired else recipient
        if cue in ACCUSING_CUES and h.etype in ACCUSED_HOSTILE and not e.sym and not any(m.code for m in recipient) \
                and _aimed_act(h, own, by_tok):
            # "Guyana accused Venezuela of deploying soldiers to an island along the frontier", "Seoul accused
            # Pyongyang of jamming GPS signals near the border islands": a hostile act alleged with no target
            # named was done to the state that alleges it
            recipient = [m for m in speaker if m.code and m.code not in own and m.code not in NONSTATE_CODES][:1] \
                or recipient
        mode = h.mode
        word = h.noun if h.noun is not None else h.tok
        h.etype, mode = retyped(h.etype, mode, h.tok, word, cue, speaker, actor, self._official(actor, h.tok.doc))
        if h.etype == "ACCUSE" and not any(m.code for m in recipient):
            recipient = protest_addressee(word, actor, by_tok) or recipient  # "protested to China over ..."
        if h.etype == "SUPPORT" and h.noun is None and not any(m.code for m in recipient):
            recipient = welcomed_sides(h.tok, actor, by_tok) or recipient  # "welcomed the truce between A and B"
        if h.etype == "THREATEN" and not any(m.code and m.code not in own for m in recipient):
            # "the PLA would crush any attempt by Taipei to ...": a retyped own violence threatens the attempt's agent;
            # "vowed that Israel would pay a heavy price": a vow that took in the paying clause threatens the payer
            recipient = attempt_agent(h.tok, own, by_tok, objects(h.tok)) or payer(h.tok, own, by_tok) or recipient
        if h.etype == "ASSAULT" and mode not in ACT_MODES:
            # what was done (abduct, torture) outranks what it was done with
            mode = assault_mode(self.lex, h.noun if h.noun is not None else h.tok, h.tok) or mode
        elif h.etype == "MOBILIZE" and h.noun is None:
            things = [h.tok.doc[i] for i in h.material] or objects(h.tok)
            # (what is put on alert: "placed its air defence systems on high alert")
            things += [c for c in h.tok.children if c.dep_ == "dobj" and c not in things]
            # (a count's noun: "sent dozens of warplanes", "a flotilla of warships")
            things += [g for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            mode = mobilize_mode(self.lex, things) or mode
        if recipient or (e.sym and parties >= 2):
            conf += 0.1
        elif h.etype in ("AID", "COOPERATE", "SANCTION"):
            conf -= 0.1
        if h.noun is not None and h.tok is h.noun:
            conf -= 0.1
        cand = Candidate(
            sent_index=si, trigger=h.tok.i, trigger_start=h.start, trigger_end=h.end, event=h.etype,
            mode=mode, actor=actor, recipient=recipient, confidence=round(max(0.05, min(0.95, conf)), 3),
            speaker=speaker, embedding=embedding, embedding_cue=cue,
        )
        if h.planned is not None:
            cand.planned_event, cand.planned_mode = h.planned
        cand.extra["events.route"] = h.route
        if unnamed_doer:
            cand.extra[UNNAMED_KEY] = True
        return cand


# Objects that describe other parties without naming them: the accuser is not the one meant.
_DESCRIBED_PARTIES = frozenset({"neighbour", "neighbor", "ally", "rival", "country", "state", "nation", "region",
                                "government", "democracy", "partner"})


def _aimed_act(h: Hit, own: set[str], by_tok: dict[int, Mention]) -> bool:
    """An alleged act the accuser may have suffered: a verb whose object is neither people nor a party of the
    doer's own ("accused Pyongyang of jamming GPS signals", "of firing rockets from residential areas"); not an
    atrocity noun ("accused Sudan's government of committing genocide in Darfur": done to its own people)."""
    if h.noun is not None or h.tok.pos_ != "VERB":
        return h.etype in ("MOBILIZE", "THREATEN")
    for o in objects(h.tok):
        if o.lemma_.lower() in PEOPLE_OBJECTS or o.lemma_.lower() in _DESCRIBED_PARTIES:
            return False  # (also "of intimidating its neighbours": a target named, though not by name)
        m = by_tok.get(o.i)
        if m is not None and m.code in own:
            return False
    return True


# the two sides of one country's conflict: its state organs, and armed groups or the opposition (not unnamed
# gunmen or attackers, whose country is only the scene's: "Riyadh vowed to punish the attackers" is the story's culprit)
_STATE_SIDE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_OTHER_SIDE = frozenset({"REB", "PRM", "ISM", "IMG", "OPP"})
# words between a state and its own breakaway region ("offered to supply gas to the breakaway region of Transnistria",
# "the region's leader rejected the offer") are domestic acts with the country on both sides (round 22, stories)
SIDE_TALK_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "CONCEDE", "ACCUSE", "SUPPORT", "CONSULT"})


def _breakaway(actor: list, m: Mention) -> bool:
    """One side is a breakaway region (sector PRE): the other side of a state's own territorial divide."""
    own = [a.sector == "PRE" or "PRE" in a.other_sectors for a in actor if a.code]
    if len({a.code for a in actor if a.code}) != 1:
        return False  # (two states agreeing over a third's breakaway region: "Ethiopia and Somalia agreed ...")
    return (m.sector == "PRE" or "PRE" in m.other_sectors) != any(own)


def _other_side(actor: list, m: Mention) -> bool:
    """A compatriot on the other side of a domestic conflict ("the M23 leader threatened to march on Kinshasa unless
    Tshisekedi ...", "the junta threatened to punish the Arakan Army"): the threat's target, not the threatening
    side's own country, which a threat drops ("Netanyahu warned that Israel would ...")."""
    sides = {a.sector for a in actor if a.code}
    return bool(m.sector in _OTHER_SIDE and sides & _STATE_SIDE or m.sector in _STATE_SIDE and sides & _OTHER_SIDE)


def _agentless_passive(tok) -> bool:
    """A passive with no "by" agent: "any attack will be met with a crushing response"."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
