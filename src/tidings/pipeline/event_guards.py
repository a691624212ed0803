"""Precision guards of the events stage: readings of a trigger that name no PLOVER event.

Each guard is a structural rule (no lexicon state) that removes a false event seen in long
wire sentences, kept here so ``events.py`` stays a matcher:

* sports results written with a score ("won 3-1", "a 2-1 win") are not politics;
* poll shares are not actors ("42% of Americans approve of ...");
* refusing to comment is not a REJECT ("declined to comment further", "declined a request
  for comment");
* companies dealing among themselves are not political actors ("Airbus delivered 86 aircraft");
* a two-sided summary of what directed attacks already say adds nothing ("Thai jets bombed
  Cambodian positions after Cambodian troops fired rockets ... in the worst fighting between
  the two neighbours");
* the content of a proposal that was never adopted did not happen ("a resolution that would
  have demanded a ceasefire");
* the condition of a threat is part of the threat ("Moscow could strike Western capitals if
  NATO allowed Ukraine to hit targets in Russia");
* an event noun under "any" names no particular event ("vowed to respond with force to any
  U.S. military incursion");
* the demand of a protest is part of the protest ("staged a sit-in to demand his release");
* acts named in a purpose clause ("walked off the job to press the government for better pay"), in
  the content of a request, threat, refusal or promise, its coordinated acts included ("urged X to
  seize the assets and use them to arm Ukraine"), inside a condition's reported content ("only if
  X guaranteed that Israel would not strike"), or in a reason that says what failed to happen
  ("because the bloc had failed to help them fight jihadists") are not asserted;
* economic contests named with war words ("escalating a trade war"), firms acting commercially
  ("Qatar Airways suspended flights to Tehran"), the arrest a warrant orders, and acts in a
  relative clause on an "any" noun ("any response that might target ...") are no events;
* what an agreement allows ("under the deal, its border guards could withdraw") is its content, and a
  participle after a disaster clause is the disaster's ("after storms battered the region, destroying
  thousands of homes"). More clause shapes of long sentences: ``event_clauses.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import MODALS, ORDER_VERBS, TEMPORAL_PREPS, parse, set_off_time_clause
from .event_clauses import judged_deal, paired_subject, summing_subject
from .event_comments import comment_participle
from .event_hazards import hazard_alert
from .event_subjects import finite_after_infinitive
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Candidate

SCORE = re.compile(r"(?<![\d.,-])\d{1,2}-\d{1,2}(?![\d.,-]?\d)")
# a score is sports only next to a result word ("voted 52-48" is not)
# (not "lead", "score", "loss": "scores of people", "led to 10-15 deaths")
RESULT_LEMMAS = frozenset({"win", "won", "beat", "lose", "draw", "defeat", "victory", "rout", "thrash"})
SHARE_WORDS = frozenset({"%", "percent", "per", "pct"})
# "declined to comment / elaborate / give details": silence, not refusal of a proposal
COMMENT_VERBS = frozenset({"comment", "elaborate", "speculate", "disclose", "confirm", "specify", "identify", "name",
                           "answer", "respond", "say", "reveal", "detail", "give", "provide"})
COMMENT_NOUNS = frozenset({"comment", "detail", "details", "interview"})
REFUSAL_VERBS = frozenset({"decline", "refuse"})
# (not CONSULT: "made a trip to Moscow, where he met Putin" is a visit and a meeting)
COLLAPSIBLE_SYM = frozenset({"ASSAULT"})
CONDITION_MARKS = frozenset({"if", "unless", "should", "lest"})
# a threat also holds until its condition is met: "would continue the strikes until Hamas returned the bodies"
THREAT_CONDITION_MARKS = CONDITION_MARKS | {"until", "till"}


def score_report(toks: list[Token], lemmas: list[str]) -> bool:
    """A sports result: a score token ("3-1") and a result word in the same sentence."""
    return not RESULT_LEMMAS.isdisjoint(lemmas) and SCORE.search("".join(t.text_with_ws for t in toks)) is not None


def poll_share(subj_toks: list[Token]) -> bool:
    """The subject is a share of respondents: "42% of Americans approve of ...", "52 percent of voters"."""
    return any(s.lemma_.lower() in SHARE_WORDS or s.text == "%" for s in subj_toks)


def no_comment(tok: Token, objs: list[Token]) -> bool:
    """'declined to comment', 'refused to give details', 'declined a request for comment'."""
    if tok.lemma_.lower() not in REFUSAL_VERBS:
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS:
            if c.lemma_.lower() in ("give", "provide") and not any(
                    o.lemma_.lower() in COMMENT_NOUNS for o in c.children if o.dep_ == "dobj"):
                continue  # "refused to give the inspectors access" is a refusal
            return True
    return any(g.lemma_.lower() in COMMENT_NOUNS for o in objs for p in o.children
               if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj")


def counterfactual(tok: Token) -> bool:
    """'a resolution that would have demanded a ceasefire': the content of what was not adopted."""
    if tok.dep_ != "relcl":
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return "would" in aux and "have" in aux


AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "framework", "proposal",
                             "resolution", "memorandum", "protocol", "arrangement"})


# what a clause says is allowed or foreseen "under" these: "under the deal, police could deploy"
PROVISION_NOUNS = AGREEMENT_NOUNS | frozenset({"declaration", "plan", "law", "scheme", "rule", "term", "roadmap",
                                               "ceasefire", "truce", "mandate", "charter", "constitution", "bill",
                                               "draft", "blueprint", "initiative", "offer"})
# (permission only: "will withdraw under the ceasefire agreement" is a promised act, AGREE / CONCEDE)
PROVISION_MODALS = frozenset({"could", "may", "might", "can"})
# what is only proposed: any modal clause under it is its content ("under the proposal, Russia would withdraw")
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "draft", "blueprint", "initiative", "offer", "framework"})
ANY_MODALS = MODALS  # (base: the provision modals and every other)


def _provided_for(tok: Token) -> bool:
    """'under the deal its border guards could withdraw', 'Under the declaration, Ethiopian troops could
    remain to fight al Shabaab': a modal clause governed by 'under' + an agreement noun states what the
    agreement allows, not what was done (a past act under a pact stays: 'patrolled under a 2022 pact')."""
    deps, lowers, kids = (p := parse(tok.doc)).dep, p.lower, p.kids
    cur, modal = tok.i, None
    for _ in range(4):
        modal = modal or next((lowers[c] for c in kids[cur] if deps[c] == "aux" and lowers[c] in ANY_MODALS), None)
        under = [p.lemma[g] for c in kids[cur] if deps[c] == "prep" and lowers[c] == "under"
                 for g in kids[c] if deps[g] == "pobj"]
        if modal and any(u in PROPOSAL_NOUNS or (u in PROVISION_NOUNS and modal in PROVISION_MODALS) for u in under):
            return True
        # (a purpose clause, or a clause coordinated under the same "under": "... and Ukraine could resume")
        if deps[cur] not in ("xcomp", "advcl", "conj") or p.head[cur] == cur:
            return False
        cur = p.head[cur]
    return False


def _object_gap(verb: Token) -> bool:
    """A relative clause with no relative word whose gap is its object ("a protocol the two governments signed")."""
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") or c.tag_ in ("WDT", "WP") for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children)


def agreement_content(tok: Token) -> bool:
    """'signed an agreement that will allow their forces to share intelligence': what a deal,
    plan or resolution provides for is its content, not an event of its own."""
    if _provided_for(tok):
        return True
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in AGREEMENT_NOUNS and not judged_deal(cur) and not (
                cur.i == tok.i and (any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in ("which", "that")
                                        for c in cur.children) or _object_gap(cur))):
            # ("the agreement, which was signed by X and Y", "the deal that Kyiv signed", "a protocol the two
            # governments signed": the deal's own making)
            # (a relative clause only: "has no plans to attack" is a frame, and "the framework
            # reached by X and Y" the deal's own making)
            return True
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in PROVISION_NOUNS and any(
                c.dep_ == "aux" and c.lower_ in ANY_MODALS for c in cur.children):
            return True  # "rejected a U.S. plan that would require Kyiv to cede the Donbas": what it would do
        if (cur.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
                and (cur.head.lemma_.lower() in AGREEMENT_NOUNS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in cur.head.children))):
            return True  # "reached a deal to stop fighting" (the parser hangs "to stop" on either word)
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def nonspecific(noun: Token | None, trigger: Token) -> bool:
    """A bare event noun under 'any' ('to any U.S. military incursion'): no particular event.
    Not a light verb's object ('did not launch any attack' is a negated event)."""
    if noun is None or trigger.i != noun.i:
        return False
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def collapse_symmetric(cands: list[Candidate], doc=None) -> list[Candidate]:
    """Drop a symmetric ASSAULT noun whose parties are all in directed attacks of the sentence:
    "Thai jets bombed Cambodian positions after Cambodian troops fired rockets into Thailand,
    in the worst fighting between the two neighbours" is two attacks, not three. A clause of its
    own stays ("Thai and Cambodian troops fought along the border, and Thailand said its jets had
    struck Cambodian targets": two acts)."""
    out = []
    for c in cands:
        if doc is not None and doc[c.trigger].pos_ in ("VERB", "AUX") and doc[c.trigger].dep_ != "pcomp":
            out.append(c)
            continue
        if c.event in COLLAPSIBLE_SYM and not c.recipient:
            parties = {m.code for m in c.actor if m.code}
            covered: set[str] = set()
            for d in cands:
                own = {m.code for m in d.actor if m.code}
                other = {m.code for m in d.recipient if m.code}
                if d is not c and d.event == c.event and other and not own & other:
                    covered |= own | other  # one side against the other, not a toll among both
            if len(parties) >= 2 and parties <= covered:
                continue
        out.append(c)
    return out


# a threat, and an offer (AGREE / CONCEDE / RETREAT to come) hold their act over the condition's party
CONDITIONED_TYPES = frozenset({"THREATEN", "AGREE", "CONCEDE", "RETREAT"})


def drop_threat_conditions(cands: list[Candidate], doc) -> list[Candidate]:
    """Events inside the if/unless clause of a threat are its condition, not events (also an inverted one: 'Were
    Israel to attack again, Iran would respond with a far stronger barrage'); a threat or an offer ('was ready to
    accept a truce if Israel withdrew') that names no one is aimed at the condition's actor, as in
    event_retype.conditional_threats."""
    spans: list[tuple[int, int]] = []
    owners: dict[int, list[tuple[int, int]]] = {}
    for c in cands:
        if c.event not in CONDITIONED_TYPES:
            continue
        heads = [doc[c.trigger]]
        heads += [k for k in heads[0].children if k.dep_ in ("ccomp", "xcomp")]
        while c.event != "THREATEN" and heads[-1].dep_ in ("xcomp", "acomp") and len(heads) < 4:
            heads.append(heads[-1].head)  # an offer's readiness: "was ready to accept a truce if Israel ..."
        for h in heads:
            for k in h.children:
                if k.dep_ == "advcl" and (any(m.dep_ == "mark" and m.lower_ in THREAT_CONDITION_MARKS for m in k.children)
                                          or _inverted_condition(k)):
                    sub = list(k.subtree)
                    spans.append((sub[0].i, sub[-1].i))
                    owners.setdefault(id(c), []).append(spans[-1])
    if not spans:
        return cands
    # (an offer's condition stays, hypothetical: "could ease sanctions if Minsk frees more prisoners")
    held = [sp for c in cands if c.event == "THREATEN" for sp in owners.get(id(c), [])]
    out = [c for c in cands if c.event == "THREATEN" or not any(a <= c.trigger <= b for a, b in held)
           or _own_time(doc[c.trigger], held)]
    dropped = [c for c in cands if id(c) not in owners]  # (the acts a condition holds)
    for c in out:
        if id(c) in owners and not any(m.code for m in c.recipient):
            own = {m.code for m in c.actor if m.code}
            named = [m for d in dropped if any(a <= d.trigger <= b for a, b in owners[id(c)])
                     for m in d.actor if m.code and m.code not in own]
            c.recipient = [m for k, m in enumerate(named) if m.code not in {n.code for n in named[:k]}]
    return out


INVERTED_CONDITION_WORDS = frozenset({"should", "were", "had"})


def _inverted_condition(clause: Token) -> bool:
    """'Were Israel to attack again, Iran would respond ...', 'Should Washington impose tariffs, ...': a condition
    made by inversion opens with its auxiliary (or is the fronted 'were' itself) before its subject."""
    first = next(iter(clause.subtree))
    if first.lower_ not in INVERTED_CONDITION_WORDS or first.i >= clause.i and first.i != clause.i:
        return False
    subj = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and first.i < subj[0].i and (first.i == clause.i or (
        first.dep_ in ("aux", "auxpass") and first.head.i == clause.i))


def _own_time(tok: Token, spans: list[tuple[int, int]]) -> bool:
    """A clause with a time of its own inside a condition's span is no part of it: "if India attacks its
    water infrastructure, a day after New Delhi suspended the treaty" (the parser hangs the time clause
    on the condition)."""
    cur = tok
    for _ in range(8):
        if any(k.dep_ in ("mark", "advmod") and k.lower_ in CLAUSE_MARKS for k in cur.children):
            return True
        if cur.head.i == cur.i or not any(a <= cur.head.i <= b for a, b in spans):
            return False
        cur = cur.head
    return False


DATE_ENTS = frozenset({"DATE", "TIME"})


def dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ('on Tuesday', 'in March'): no verb particle."""
    if prep.dep_ != "prep":
        return False
    pobjs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(pobjs) and all(g.ent_type_ in DATE_ENTS for g in pobjs)


# "sending drones into Polish airspace": weapons sent into another's space are an incursion, not aid
INCURSION_SPACES = frozenset({"airspace", "territory", "waters"})


def incursion(h) -> bool:
    """An AID whose thing is sent *into / over* another's airspace or territory."""
    return h.etype == "AID" and any(
        g.lemma_.lower() in INCURSION_SPACES
        for c in h.tok.children if c.dep_ == "prep" and c.lower_ in ("into", "over")
        for g in c.children if g.dep_ == "pobj")


# -- clause guards (events round 5): acts named in purposes, requested content, conditions ----
# a purpose infinitive's own head: "walked off the job to press the government", "in order to avoid"
PURPOSE_FRAMES = frozenset({"intend", "design", "aim", "mean", "seek", "try", "attempt", "help"})
# what a purpose is about: a verb clause hung on the act with "to" / "in order to" / "so that"
PURPOSE_MARKS = frozenset({"so", "order"})
UNIT_NOUNS = frozenset({"force", "forces", "mission", "contingent", "unit", "brigade", "coalition", "squadron",
                        "battalion", "detachment", "flotilla", "fleet"})
ABSORBING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE"})
# marks of a clause with a time of its own inside a complement ("... when Wang meets Rubio")
CLAUSE_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "because", "once", "until", "whilst",
                          "though", "although"})
# the content of what is asked, threatened, refused or promised (never a relative clause: its
# verb has a subject and a time of its own, "urged Iran to free the sailors it seized last week")
CONTENT_PATH_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "compound", "amod",
                               "nmod", "acl", "pcomp", "npadvmod", "appos"})
DESIRE_VERBS = frozenset({"want", "wish"})
WISH_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# an act that did not happen: "because the bloc had failed to help them fight jihadists"
FAILURE_VERBS = frozenset({"fail", "neglect", "refuse"})
REASON_MARKS = frozenset({"because", "since", "as"})
# economic conflicts named with war words: "escalating a trade war", "a price war", "tariff battles"
ECONOMIC_CONFLICT_MODS = word_list("impersonal_causes.json", "economic_conflicts")
WAR_NOUNS = frozenset({"war", "warfare", "battle", "offensive", "attack", "assault", "fight"})
NATURAL_CAUSES = word_list("impersonal_causes.json", "natural_causes")


def _is_purpose(tok: Token) -> bool:
    """A verb heading a purpose clause: 'to press ...' hung as advcl on an act, 'in order to avoid',
    'so that they can protect', or the infinitive of 'intended / designed / aimed to ...'."""
    if tok.dep_ == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod", "aux")}
        if "to" in marks and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True  # "walked off the job to press the government for better pay"
        if marks & PURPOSE_MARKS or any(c.dep_ == "mark" and c.lower_ == "that" and any(
                g.lower_ == "so" for g in c.children) for c in tok.children):
            return True  # "in order to avoid clashes", "so that they can protect themselves"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PURPOSE_FRAMES and tok.head.tag_ in ("VBN", "VBG", "VB"):
        return True  # "a move intended to pressure", "aimed to", "to help shoot down"
    return False


def _unit_purpose(tok: Token) -> bool:
    """'authorised a new force to fight Haiti's gangs', 'a mission to monitor the truce': what a force
    or mission is for is its purpose, not an act."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ in ("acl", "relcl"):
        return tok.head.lemma_.lower() in UNIT_NOUNS
    # (or hung on the verb: "authorised a new force to fight")
    return tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in UNIT_NOUNS for c in tok.head.children)


def purpose_content(cands: list[Candidate], doc) -> list[Candidate]:
    """Acts named in a purpose clause are intentions (docs: "Purpose clauses are intentions"):
    "nurses walked off the job to press the government for better pay" is one PROTEST, "sent jets
    to Poland to help shoot down Russian drones" one MOBILIZE, "a move intended to pressure Israel
    to halt its offensive" no RETREAT. Only below another candidate of the sentence (a lone
    "... said on Monday to protest" keeps its act) and only for acts the sentence does not assert
    elsewhere."""
    triggers = {c.trigger for c in cands}
    spans = {i for c in cands for i in range(c.trigger_start, c.trigger_end)}
    out = []
    for c in cands:
        cur, inside = doc[c.trigger], False
        for _ in range(6):
            if cur.head.i == cur.i or paired_subject(cur) is not None or comment_participle(cur):
                break  # ("prompting X to expel ... and Y to retaliate": Y's own act; "..., condemning X": the asker's)
            if _unit_purpose(cur):
                inside = True
                break
            if finite_after_infinitive(cur) or (cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.i > 0
                                                and doc[cur.i - 1].text == "," and _is_purpose(cur.head)):
                # "flew to Manila to meet Marcos and signed a pact": the main clause's second act; "detained 200
                # farmers marching to demand crop prices, firing tear gas at crowds": a participle set off after a
                # purpose tells how the main act went, it is no part of the purpose
                break
            if _is_purpose(cur):
                head = cur.head
                # the clause hangs on another act of the sentence (or on a frame over it)
                hosts = {head.i} | {h.i for h in head.ancestors}
                if (hosts - {c.trigger}) & (triggers | spans):
                    inside = True
                break
            if cur.dep_ == "relcl" or (cur.tag_ in ("VBD", "VBZ", "VBP") and any(
                    k.dep_ in ("nsubj", "nsubjpass") for k in cur.children)):
                break  # a clause with a subject and tense of its own ("..., as Beijing imposed duties")
            cur = cur.head
        if not inside:
            out.append(c)
    return out


def _content_path(tok: Token, root: Token) -> bool:
    """True when ``tok`` hangs below ``root`` through complement words only (no relative clause,
    no finite past verb with a subject of its own)."""
    cur = tok
    for _ in range(10):
        subject = any(k.dep_ in ("nsubj", "nsubjpass") for k in cur.children)
        if any(k.dep_ in ("mark", "advmod") and k.lower_ in CLAUSE_MARKS for k in cur.children) or subject and (
                cur.tag_ == "VBD" or (cur.dep_ == "advcl" and cur.tag_ in ("VBZ", "VBP"))):
            return False  # a time or reason clause: "urged X to send a mission after a drone struck"
        if cur.i == root.i:
            return True
        if cur.dep_ not in CONTENT_PATH_DEPS or comment_participle(cur) or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in TEMPORAL_PREPS:
            return False  # a setting or time: "agreed to reopen trade, during a visit by Wang Yi", "since clashes in 2020"
        cur = cur.head
    return False


def requested_content(cands: list[Candidate], doc) -> list[Candidate]:
    """What a request, threat, refusal or promise is about is its content, not an asserted event:
    the second act of "called on the Security Council to impose sanctions on Israel and halt arms
    shipments" or "urged EU partners to seize frozen assets and use the money to arm Ukraine", and
    the noun of "threatened to block the renewal of EU sanctions" (the folding rules keep the first
    act as the mode; its coordinated acts and nouns used to leak)."""
    roots: list[tuple[Candidate, Token]] = []
    # an order that is itself the event: "ordering Ottawa to withdraw 41 diplomats" is the expulsion, and the
    # withdrawal its content (only the ordered verb and its base-form conjuncts: not "... to leave and accused")
    ordered = {k.i for c in cands if doc[c.trigger].lemma_.lower() in ORDER_VERBS for k in doc[c.trigger].children
               if k.dep_ == "xcomp" and k.tag_ == "VB"}
    ordered |= {k.i for i in ordered for k in doc[i].children if k.dep_ == "conj" and k.tag_ == "VB"}
    cands = [c for c in cands if c.trigger not in ordered]
    for c in cands:
        if c.event not in ABSORBING_TYPES:
            continue
        trig = doc[c.trigger]
        holders = [trig] + [doc[i] for i in range(c.trigger_start, c.trigger_end) if i != trig.i]
        for h in holders:
            for k in h.children:
                if k.dep_ == "ccomp" and k.i < h.i and summing_subject(h):
                    continue  # "X demanded that Kabul stop ..., a demand Kabul rejected": the main clause, not content
                if k.dep_ in ("xcomp", "ccomp") or (k.dep_ == "acl" and any(a.lower_ == "to" for a in k.children)):
                    roots.append((c, k))
                elif h.pos_ == "NOUN" and k.dep_ in ("acl", "relcl") and (k.tag_ in ("VB", "VBP") and any(
                        a.lower_ == "that" for a in k.children) or k.tag_ == "VB"):
                    roots.append((c, k))  # "Poland's request that Hungary hand over X" (a subjunctive clause)
    if not roots:
        return cands
    out = []
    for c in cands:
        tok = doc[c.trigger]
        # (kept: what an ultimatum or an answer answers: "vowed to retaliate against India's strikes")
        if c.extra.get("events.route") not in ("ultimatum", "answered") and not finite_after_infinitive(tok) and any(
                owner is not c and c.trigger not in range(owner.trigger_start, owner.trigger_end)
                and _content_path(tok, root) for owner, root in roots):
            continue
        out.append(c)
    return out


def _condition(tok: Token) -> Token | None:
    """The if / unless clause verb the token belongs to, if any (within six steps)."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in cur.children):
            return cur
        if cur.head.i == cur.i or cur.dep_ == "relcl" or set_off_time_clause(cur):
            return None  # (", a day after Ukrainian drones hit ...": an act of its own)
        cur = cur.head
    return None


def condition_content(cands: list[Candidate], doc) -> list[Candidate]:
    """What is reported inside a condition holds no event ("only if Washington guaranteed that Israel
    would not strike": the content of a guarantee that was not given). The condition's own act stays
    a hypothetical event (manual, auxiliary modes: "If Israel strikes Beirut, Hezbollah will respond";
    "would recognise Palestine if Hamas released the hostages"), except under a threat
    (``drop_threat_conditions``) or inside a purpose (``purpose_content``)."""
    out = []
    for c in cands:
        tok = doc[c.trigger]
        cond = _condition(tok)
        if cond is not None:
            path, cur = [], tok
            while cur.i != cond.i and cur.head.i != cur.i:
                path.append(cur)
                cur = cur.head
            if any(p.dep_ == "ccomp" for p in path):
                continue
        out.append(c)
    return out


def hostile_wish(cand: Candidate, doc) -> bool:
    """'Kurti said the attack showed Serbia wanted to annex the north of Kosovo': a wish for material
    conflict is no event (a wish to cooperate is a willingness, AGREE in the manual, and stays)."""
    tok = doc[cand.trigger]
    return cand.event in WISH_TYPES and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DESIRE_VERBS


def failed_reason(cands: list[Candidate], doc) -> list[Candidate]:
    """'because the West had failed to keep its promise to ease restrictions', 'because the bloc
    had failed to help them fight jihadists': a reason that says what did not happen names no act
    (an asserted failure is no PLOVER event; its object is not one either)."""
    out = []
    for c in cands:
        drop = False
        for a in [doc[c.trigger], *doc[c.trigger].ancestors]:
            if a.lemma_.lower() in FAILURE_VERBS and a.i != c.trigger and a.dep_ == "advcl" \
                    and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in a.children):
                drop = True
                break
            if a.dep_ == "relcl":
                break
        if not drop:
            out.append(c)
    return out


def economic_conflict(cand: Candidate, doc) -> bool:
    """'escalating a trade war', 'a price war', 'the chip battle': an economic contest named with a
    war word is no ASSAULT."""
    if cand.event != "ASSAULT":
        return False
    for i in range(cand.trigger_start, cand.trigger_end):
        t = doc[i]
        if t.lemma_.lower() in WAR_NOUNS and any(
                k.dep_ in ("compound", "amod", "nmod") and k.lemma_.lower() in ECONOMIC_CONFLICT_MODS for k in t.children):
            return True
    return False


# incidents whose toll a relative clause tells: the attack nouns (coded by the noun itself) and blasts and fires
# that are nobody's act unless a doer is named on them
INCIDENT_NOUNS = NATURAL_CAUSES | frozenset({
    "attack", "strike", "airstrike", "bombing", "raid", "shelling", "assault", "ambush", "shooting",
    "massacre", "bombardment", "barrage", "explosion", "blast", "fire", "sinking", "incident",
})
RELATIVE_SUBJECTS = frozenset({"which", "that"})


def incident_toll(cand: Candidate, doc) -> bool:
    """'The Russian attack on Kyiv, which killed 12 people, ...', 'the explosion at the Iranian port, which killed 57
    people, ...': the parser hangs the relative clause on the place or thing of the incident noun's phrase, which
    then reads as the killer; the toll is the incident's (an attack noun is coded itself, a blast or a crash is
    nobody's act), so the relative's verb is no event of its own."""
    tok = doc[cand.trigger]
    if tok.dep_ != "relcl" or not any(k.dep_ == "nsubj" and k.lower_ in RELATIVE_SUBJECTS for k in tok.children):
        return False
    ante = tok.head
    if ante.dep_ != "pobj" or ante.head.dep_ != "prep" or ante.head.lower_ not in ("on", "at", "in", "of", "near"):
        return False
    outer = ante.head.head
    return outer.pos_ == "NOUN" and outer.lemma_.lower() in INCIDENT_NOUNS and ante.lemma_.lower() not in INCIDENT_NOUNS


def natural_cause(cand: Candidate, doc) -> bool:
    """'after an earthquake in the country's north killed more than 20 people': a disaster, disease or
    accident kills and destroys; it attacks no one (and lends no actor). So does an incident whose toll a
    relative clause tells (incident_toll)."""
    if cand.event in ("MOBILIZE", "THREATEN"):  # an alert or warning for a storm or an outbreak (event_hazards)
        return hazard_alert(doc[cand.trigger])
    if cand.event != "ASSAULT":
        return False
    if incident_toll(cand, doc):
        return True
    tok = doc[cand.trigger]
    subjects = [k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass", "agent")]
    if not subjects and tok.dep_ == "conj" and tok.i > 0:
        # misparsed as a conjunct of the main verb: "sent hospitals after an earthquake in the north killed 20"
        start = max(tok.head.i + 1, tok.i - 8)
        return any(t.lemma_.lower() in NATURAL_CAUSES and t.pos_ == "NOUN" for t in doc[start:tok.i])
    if not subjects and tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG":
        # a participle belongs to the nearest clause before it: "braced for another typhoon after storms
        # battered the region, destroying thousands of homes" (the storms destroy, not the residents)
        clause = tok.head
        before = [k for k in clause.children if k.dep_ in ("advcl", "conj") and k.i < tok.i and k.pos_ == "VERB"]
        clause = before[-1] if before else clause
        subjects = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass", "agent")]
    return any(_natural(k) for k in subjects)


def _natural(subj: Token) -> bool:
    """A disaster noun, or a list or phrase of them: "heavy rains and landslides", "a wave of floods"."""
    return any(t.lemma_.lower() in NATURAL_CAUSES and t.pos_ in ("NOUN", "PROPN") for t in [subj, *(
        k for k in subj.children if k.dep_ in ("conj", "compound", "pobj")), *(
        g for k in subj.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj")])


def arrest_warrant(cand: Candidate, doc) -> bool:
    """'issued a warrant for his arrest': the arrest is what the warrant orders (THREATEN arrest,
    manual), not a COERCE of its own."""
    if cand.event != "COERCE":
        return False
    tok = doc[cand.trigger]
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ("warrant", "warrants")


def hypothetical_any(cand: Candidate, doc) -> bool:
    """'any Israeli response that might target Iranian energy sites', 'any deal that rewarded Moscow
    for attacking its neighbours': acts of a relative clause or participle on an 'any' noun are not events."""
    tok = doc[cand.trigger]
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass") and any(
            k.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "any" for d in k.children) for k in tok.children):
        return True  # "any Chinese vessel entering its waters would be boarded", the noun read as the gerund's subject
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "acl" and a.tag_ == "VBG" and a.head.pos_ in ("NOUN", "PROPN") \
                and any(k.dep_ == "det" and k.lower_ == "any" for k in a.head.children):
            return True  # "any Israeli aircraft entering its airspace": whoever would do it
        if a.dep_ == "relcl" or (a.dep_ == "acl" and a.head.lemma_.lower() in ("attempt", "bid", "effort")
                                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in a.children)):
            # (also what "any attempt / bid to V" would do: "would repel any Chinese attempt to seize the islands")
            return any(k.dep_ == "det" and k.lower_ == "any" for k in a.head.children)
    return False

