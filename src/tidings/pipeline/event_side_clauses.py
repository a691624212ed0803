"""Events in side clauses of long sentences (events stage, clause shapes, round 15): who does the act of a
relative or time clause, and which side-clause words name no event of their own.

Second events:

* a relative clause on a party the main act has already placed: "police fired tear gas at farmers who had
  staged a sit-in", "ordered the arrest of a former minister, who had criticised the junta": the antecedent is
  the doer, with the code the main act gave it (the farmers are the scene's people, the minister his state's);
  only acts done (a past or perfect clause: not "which funds the group", a standing description) and only
  the types a person or crowd can do without a state behind them;
* "the two governments / both countries" as a clause's subject: the pair the sentence has just named ("expelled
  diplomats from Peru and Chile after the two governments refused to recognise ..."); so are their people, whatever
  country a default gave them ("weeks after the two sides' foreign ministers met in Kazan", round 16);
* "the government / the authorities / the army" as a verb's subject where every party the sentence codes is of
  one country: that country's ("Police in Dhaka fired rubber bullets at students, before the government imposed
  a nationwide curfew"; a rights group or company that reports it is no second party); in a clause coordinated
  with a state's clause, that state's ("Iraqi security forces opened fire on ..., and the government expelled the
  Swedish ambassador", round 16); in a time clause under a state's act, that state's when the organ acts on a
  foreign party ("Burkina Faso ordered two French diplomats out, weeks after the junta demanded that Paris withdraw
  its advisers"; not "sanctioned Venezuelan officials after the government jailed opposition leaders");
* the target of a response told by its means ("Ankara responded by recalling its envoy"): the party whose act in
  the sentence was aimed at the responder (``answered_party``).

No event (``side_clause_filter``):

* a toll participle the parser hung on the main clause though it closes the time clause's attack ("lodged a
  protest after Afghan forces fired mortar shells at a checkpost, wounding three soldiers");
* an act years before the reported one ("two years after Azerbaijan's offensive", "two decades after the
  American invasion of Iraq"): history that dates the news, not news;
* an act held by a failure noun ("since the collapse of its talks with Washington"): the failure's backdrop;
* a refusal that is only a condition ("would respond if Athens refused to withdraw"): what would happen if an
  act did not happen is no act, not even a hypothetical one;
* a visit to a site that names no host ("condemned a visit by Israeli ministers to the Al-Aqsa compound");
* a state's meeting of its own organs ("convened an emergency meeting of the national security council"):
  CONSULT needs a second party;
* a held state going on ("kept occupying five hilltop positions inside Lebanon"): no new attack;
* a second yielding verb of the same type on the same people ("released and freed 37 prisoners"): one act (a pardon
  and the release it brings are two: CONCEDE and RETREAT, manual).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import GROUP_COUNTS, NON_COUNTRY_CODES, STATE_SECTORS
from .event_agreements import PAIR_NOUNS, PAIR_WORDS
from .event_clauses import summing_subject
from .event_fold import add_with_doer
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate, Mention
    from .event_fold import Hit

# acts a relative clause's people can be said to have done on their own (a crowd protests, a gunman attacks,
# a critic accuses); refusals, requests and promises by an uncoded antecedent are descriptions more often than acts
DONE_TYPES = frozenset({"PROTEST", "ASSAULT", "ACCUSE", "COERCE"})
PERFECT_AUX = frozenset({"have", "had", "has"})
TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "maim"})
AGO_UNITS = frozenset({"year", "decade", "century"})
HISTORY_MARKS = frozenset({"after", "since", "following"})
# a time clause under a state's act: "Nigerien troops killed 20 jihadists, days after the junta threatened ..."
TIME_MARKS = frozenset({"after", "before", "since", "as", "while", "when"})
CONDITION_MARKS = frozenset({"if", "unless"})
REFUSAL_VERBS = frozenset({"refuse", "decline", "fail", "reject", "balk"})
MEETING_WORDS = frozenset({"meeting", "session"})
# a state's own organs: a meeting of them is government business, not a consultation with another party
OWN_BODIES = word_list("party_nouns.json", "own_bodies")
# a meeting these words name is of the state's own organs: "an emergency security meeting", "a cabinet meeting"
OWN_MEETING_WORDS = frozenset({"security", "cabinet", "crisis", "government", "defence", "defense", "party", "politburo"})
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
FAILURE_NOUNS = frozenset({"collapse", "breakdown", "failure", "demise", "unravelling", "unraveling"})
HELD_STATES = frozenset({"occupy", "control", "hold"})
GOING_ON_VERBS = frozenset({"keep", "continue", "remain"})
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "hit"})
# a state's own institutions, named without their country
HOME_STATE_WORDS = word_list("party_nouns.json", "home_state_words")


STATELESS_REPORTERS = frozenset({"NGO", "MNC"})


def _codes(ms: list[Mention]) -> set[str]:
    return {m.code for m in ms if m.code}


def _done(verb: Token) -> bool:
    """A past or perfect clause ("who had staged", "who criticised"), not a present description."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() in PERFECT_AUX for c in verb.children))


def _relative_antecedent(h: Hit) -> list[Mention]:
    """The uncoded antecedent mentions a past relative clause takes as its doer, or []."""
    t = h.tok
    if t.dep_ != "relcl" or not _done(t) or h.etype not in DONE_TYPES or not h.actor:
        return []
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in t.children) or any(
            c.dep_ == "auxpass" for c in t.children):
        return []  # (the antecedent as the doer: "farmers who had staged", not "activists who had been held")
    if any(m.code for m in h.actor) or not all(m.start <= t.head.i < m.end for m in h.actor):
        return []
    return list(h.actor)


MEMBER_PREPS = frozenset({"including", "among", "include"})


def _group_member_of(noun: Token, out: list[Candidate], placed: dict) -> Mention | None:
    """The coded people a relative clause's antecedent is one of ("pardoned 30 jailed opposition figures, including a
    former lawmaker who had stormed parliament"; "arrested six Palestinians, among them a man who had stabbed a
    soldier"): the group the main act was done to, when that act
    names one coded party as its target. None when the antecedent hangs on no such group."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in MEMBER_PREPS:
        holder = head.head
    elif noun.dep_ in ("dobj", "appos") and any(  # ("among them a man": the parser's second object)
            c.dep_ == "prep" and c.lower_ == "among" for c in head.children):
        holder = head
    elif noun.dep_ == "appos":
        holder = head
    else:
        return None
    if holder.pos_ in ("NOUN", "PROPN"):
        return next((m for (a, b), m in placed.items() if a <= holder.i < b), None)
    targets = {m.code: m for c in out if c.trigger == holder.i for m in c.recipient if m.code}
    return next(iter(targets.values())) if len(targets) == 1 else None


def _pair_noun(s: Token) -> bool:
    return s.lemma_.lower() in PAIR_NOUNS and s.tag_ == "NNS" and any(k.lower_ in PAIR_WORDS for k in s.children)


def _pair_subject(t: Token) -> bool:
    return any(s.dep_ == "nsubj" and _pair_noun(s) for s in t.children)


def _pair_owned_subject(t: Token) -> bool:
    """'after the two sides' foreign ministers met': the pair's people (whatever country a default gave them)."""
    return any(s.dep_ == "nsubj" and any(k.dep_ == "poss" and _pair_noun(k) for k in s.children) for s in t.children)


def _numbered_subject(t: Token) -> int:
    """'the three' / 'the four' standing alone as a clause's subject: how many parties it names, else 0."""
    for s in t.children:
        if s.dep_ == "nsubj" and s.lower_ in GROUP_COUNTS and any(k.dep_ == "det" and k.lower_ == "the"
                                                                   for k in s.children):
            return GROUP_COUNTS[s.lower_]
    return 0


def _group(cands: list[Candidate], n: int) -> list[Mention]:
    """The n parties one candidate has just named as its recipients, else []."""
    for c in cands:
        if len(_codes(c.recipient)) == n:
            return [m for m in c.recipient if m.code]
    return []


def _pair(cands: list[Candidate]) -> list[Mention]:
    """The two parties the sentence has just named: a candidate's two recipients, else its two sides."""
    for c in cands:
        if len(_codes(c.recipient)) == 2:
            return [m for m in c.recipient if m.code]
    for c in cands:
        if len(_codes(c.actor + c.recipient)) == 2:
            return [m for m in c.actor + c.recipient if m.code]
    return []


def _home_state(h: Hit, by_tok) -> list[Mention]:
    """The one country the sentence codes, for an uncoded state institution as a verb's subject, or []."""
    if h.tok.pos_ != "VERB" or not h.actor or any(m.code for m in h.actor) or h.entry.sym:
        return []
    doc = h.tok.doc
    if not all(doc[m.root].lemma_.lower() in HOME_STATE_WORDS for m in h.actor):
        return []
    # (a rights group or a company that reports it runs no government, court or police of its own)
    coded = {m.code for m in by_tok.values() if m.code} - STATELESS_REPORTERS
    if len(coded) == 1 and not coded & NON_COUNTRY_CODES:
        home = next(m for m in by_tok.values() if m.code in coded)
    elif (joined := _joined_state(h.tok, by_tok)) is not None and (h.tok.dep_ == "conj" or any(
            m.code and m.code != joined.code for m in h.recipient)):
        # "Iraqi security forces opened fire on ..., and the government expelled the Swedish envoy"; in a time clause
        # only when the organ acts on a foreigner ("expelled a German diplomat after police detained two Germans"):
        # "sanctioned Venezuelan officials after the government jailed opposition leaders" is Caracas's government
        home = joined
    else:
        return []
    return [replace(m, code=home.code, sector=m.sector or "GOV") for m in h.actor]


def _joined_state(verb: Token, by_tok) -> Mention | None:
    """The state whose organ is the subject of the clause a verb is coordinated with, or None."""
    if not (verb.dep_ == "conj" or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)) or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    for s in verb.head.children:
        m = by_tok.get(s.i) if s.dep_ == "nsubj" else None
        if m is not None and m.code and m.code not in NON_COUNTRY_CODES and (
                m.kind == "country" or m.sector in STATE_SECTORS):
            return m
    return None


def side_doers(stage, si: int, failed: list[Hit], out: list[Candidate], by_tok, according) -> list[Candidate]:
    """Candidates for failed hits whose doer a side clause leaves to the sentence (the module docstring).
    ``stage`` is the events stage; ``out`` its candidates so far."""
    if not out:
        return []
    # (only what is done to them: "arrested a lawyer who had criticised ...", not who acts in the main clause)
    placed = {(m.start, m.end): m for c in out for m in c.recipient if m.code}
    made: list[Candidate] = []
    for h in failed:
        actor: list[Mention] = []
        if ante := _relative_antecedent(h):
            actor = [replace(m, code=placed[(m.start, m.end)].code, sector=placed[(m.start, m.end)].sector)
                     for m in ante if (m.start, m.end) in placed]
            if len(actor) != len(ante) and (group := _group_member_of(h.tok.head, out, placed)) is not None:
                actor = [replace(m, code=group.code, sector=m.sector or group.sector) for m in ante]
            if len(actor) != len(ante):
                continue
        elif home := _home_state(h, by_tok):
            actor = home
        elif h.tok.pos_ == "VERB" and h.tok.dep_ in ("advcl", "conj", "relcl") and _done(h.tok) and (
                not h.actor and _pair_subject(h.tok) or _pair_owned_subject(h.tok)):
            actor = _pair(out)
            if _codes(actor) & _codes(h.recipient):
                continue
        elif not h.actor and h.tok.pos_ == "VERB" and h.tok.dep_ in ("advcl", "conj") and _done(h.tok) and (
                n := _numbered_subject(h.tok)):
            actor = _group(out, n)  # "accused Croatia, Albania and Kosovo of ..., days after the three signed ..."
        if not actor:
            continue
        add_with_doer(stage, si, h, actor, by_tok, according, made)
    return made


# -- no event -----------------------------------------------------------------------------------------------
def _toll_of_side_attack(c: Candidate, t: Token, by_trigger: dict[int, Candidate]) -> bool:
    if c.event != "ASSAULT" or t.tag_ != "VBG" or t.dep_ != "advcl" or t.lemma_.lower() not in TOLL_LEMMAS:
        return False
    host = by_trigger.get(t.head.i)
    if host is not None and host.event == "ASSAULT":
        return False  # (folded where it hangs)
    for k in t.head.children:
        a = by_trigger.get(k.i)
        if a is not None and a is not c and a.event == "ASSAULT" and k.dep_ == "advcl" and k.i < t.i \
                and t.left_edge.i - k.right_edge.i <= 2:
            if not any(m.code for m in a.recipient):
                a.recipient = [m for m in c.recipient if m.code] or a.recipient
            return True
    return False


def _years_since(prep: Token) -> bool:
    return any(g.dep_ in ("npadvmod", "advmod") and g.lemma_.lower() in AGO_UNITS for g in prep.children)


def _years_before(t: Token) -> bool:
    """The trigger lies in an "N years after / since" clause or phrase (not a main clause that has one)."""
    cur = t
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return any(k.dep_ == "mark" and k.lower_ in HISTORY_MARKS and _years_since(k) for k in cur.children)
        if cur.dep_ == "pobj" and cur.head.lower_ in HISTORY_MARKS:
            return _years_since(cur.head)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _failed_holder(t: Token) -> bool:
    """'since the collapse of its talks with Washington', 'after the breakdown of the truce talks': the act a failure
    noun holds is the backdrop of the failure, no event of the sentence."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" \
        and t.head.head.lemma_.lower() in FAILURE_NOUNS


def _refusal_condition(c: Candidate, t: Token) -> bool:
    return c.event == "REJECT" and t.lemma_.lower() in REFUSAL_VERBS and t.dep_ == "advcl" \
        and any(k.dep_ == "mark" and k.lower_ in CONDITION_MARKS for k in t.children)


def _own_organs_meeting(c: Candidate, t: Token) -> bool:
    if c.event != "CONSULT" or len(_codes(c.actor + c.recipient)) != 1:
        return False
    doc = t.doc
    if any(m.code is None and doc[m.root].lemma_.lower() not in OWN_BODIES for m in c.actor + c.recipient):
        return False
    meeting = t if t.lemma_.lower() in MEETING_WORDS else next(
        (k for k in t.children if k.dep_ == "dobj" and k.lemma_.lower() in MEETING_WORDS), None)
    if meeting is None:
        return False
    bodies = [g for k in meeting.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
              if g.dep_ == "pobj"]
    if not bodies and not any(k.dep_ == "prep" and k.lower_ in ("with", "between") for k in [*meeting.children, *t.children]):
        # "convened an emergency security meeting", "chaired a cabinet meeting": the modifier names the organ
        return any(k.dep_ in ("compound", "amod") and k.lemma_.lower() in OWN_MEETING_WORDS for k in meeting.children)
    return bool(bodies) and all(g.lemma_.lower() in OWN_BODIES for g in bodies)


def _hostless_visit(c: Candidate, t: Token) -> bool:
    """'condemned a visit by Israeli ministers to the Al-Aqsa compound': a visit to a site names no host, and
    one party meets no one (a visit to a capital or a country is coded with its host)."""
    if c.event != "CONSULT" or t.lemma_.lower() not in VISIT_NOUNS or len(_codes(c.actor + c.recipient)) != 1:
        return False
    dest = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "to" for g in k.children if g.dep_ == "pobj"]
    return bool(dest) and all(g.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and g.pos_ != "PROPN"
                              for g in dest) and not any(c.recipient)


def _kept_state(c: Candidate, t: Token) -> bool:
    """'kept occupying five hilltop positions', 'continued to occupy the town': holding on to what was taken is
    a state that goes on, no new act."""
    return c.event == "ASSAULT" and t.lemma_.lower() in HELD_STATES and t.dep_ == "xcomp" \
        and t.head.lemma_.lower() in GOING_ON_VERBS


def _second_yield(c: Candidate, t: Token, by_trigger: dict[int, Candidate]) -> bool:
    if c.event not in YIELD_TYPES or t.dep_ != "conj":
        return False
    first = by_trigger.get(t.head.i)
    if first is None or first.event != c.event or _codes(first.actor) != _codes(c.actor):
        return False  # (a pardon and the release it brings are two acts: CONCEDE and RETREAT, manual)
    # one object for both verbs: the parser hangs it on the second ("pardoned and freed 37 people")
    return not any(k.dep_ == "dobj" for k in t.head.children)


def answered_party(cands: list[Candidate], doc) -> None:
    """'refused to hand over the suspect to Turkey, ... and Ankara responded by recalling its envoy': a response
    told as its means ("responded / retaliated by V-ing") with no target named answers the party whose act in the
    sentence was aimed at the responder (fills the recipient in place)."""
    for c in cands:
        t = doc[c.trigger]
        if any(m.code for m in c.recipient) or not c.actor or t.dep_ != "pcomp" or t.head.lower_ != "by" \
                or t.head.head.lemma_.lower() not in RESPONSE_VERBS:
            continue
        own = _codes(c.actor)
        doers = [o for o in cands if o is not c and own & _codes(o.recipient) and not own & _codes(o.actor)]
        if len({code for o in doers for code in _codes(o.actor)}) == 1:
            c.recipient = [m for m in doers[0].actor if m.code]


def side_clause_filter(cands: list[Candidate], doc) -> list[Candidate]:
    """Drop the side-clause readings that name no event (the module docstring)."""
    if len(cands) < 1:
        return cands
    by_trigger = {c.trigger: c for c in cands}
    out = []
    for c in cands:
        t = doc[c.trigger]
        if _toll_of_side_attack(c, t, by_trigger) or _years_before(t) or _failed_holder(t) \
                or _refusal_condition(c, t) or _own_organs_meeting(c, t) or _hostless_visit(c, t) or _kept_state(c, t) or _second_yield(c, t, by_trigger):
            continue
        out.append(c)
    answered_party(out, doc)
    return out


SUMMED_REACTIONS = frozenset({"REJECT", "ACCUSE", "SUPPORT"})


def summed_reaction_targets(cands: list[Candidate], doc) -> None:
    """'..., and the foreign office demanded that Kabul stop militants ..., a demand Kabul rejected hours later': a
    reaction whose subject is the summing noun (the parser roots it) answers the last act told before that noun
    (fills the recipient in place, when the reaction names none)."""
    for c in cands:
        t = doc[c.trigger]
        if c.event not in SUMMED_REACTIONS or any(m.code for m in c.recipient) or t.pos_ != "VERB" \
                or not summing_subject(t):
            continue
        noun = next(k for k in t.children if k.dep_ == "nsubj" and k.left_edge.i > 0
                    and doc[k.left_edge.i - 1].lower_ == ",")
        own = {m.code for m in c.actor if m.code}
        before = [o for o in cands if o is not c and o.trigger < noun.left_edge.i and any(
            m.code and m.code not in own for m in o.actor)]
        if before:
            last = max(before, key=lambda o: o.trigger)
            c.recipient = [m for m in last.actor if m.code and m.code not in own]
