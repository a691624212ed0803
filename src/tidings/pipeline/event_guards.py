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
* the demand of a protest is part of the protest ("staged a sit-in to demand his release").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
BUSINESS_CODES = frozenset({"MNC"})
# (not traders or consumers: they boycott)
MARKET_ACTORS = frozenset({"investor", "shareholder", "speculator", "bondholder", "depositor", "market"})
# (not CONSULT: "made a trip to Moscow, where he met Putin" is a visit and a meeting)
COLLAPSIBLE_SYM = frozenset({"ASSAULT"})
CONDITION_MARKS = frozenset({"if", "unless", "should", "lest"})


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


def business_only(cand: Candidate, doc=None) -> bool:
    """Every coded party is a company, or every actor a market participant ("investors pulled
    money out of risky assets"): commerce, not politics."""
    coded = [m.code for m in cand.actor + cand.recipient if m.code]
    if bool(coded) and all(c in BUSINESS_CODES for c in coded):
        return True
    return doc is not None and bool(cand.actor) and all(doc[m.root].lemma_.lower() in MARKET_ACTORS for m in cand.actor)


def counterfactual(tok: Token) -> bool:
    """'a resolution that would have demanded a ceasefire': the content of what was not adopted."""
    if tok.dep_ != "relcl":
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return "would" in aux and "have" in aux


AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "framework", "proposal",
                             "resolution", "memorandum", "protocol", "arrangement"})


def agreement_content(tok: Token) -> bool:
    """'signed an agreement that will allow their forces to share intelligence': what a deal,
    plan or resolution provides for is its content, not an event of its own."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in AGREEMENT_NOUNS:
            # (a relative clause only: "has no plans to attack" is a frame, and "the framework
            # reached by X and Y" the deal's own making)
            return True
        if (cur.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
                and (cur.head.lemma_.lower() in AGREEMENT_NOUNS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in cur.head.children))):
            return True  # "reached a deal to stop fighting" (the parser hangs "to stop" on either word)
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head is cur:
            return False
        cur = cur.head
    return False


def nonspecific(noun: Token | None, trigger: Token) -> bool:
    """A bare event noun under 'any' ('to any U.S. military incursion'): no particular event.
    Not a light verb's object ('did not launch any attack' is a negated event)."""
    if noun is None or trigger is not noun:
        return False
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def collapse_symmetric(cands: list[Candidate]) -> list[Candidate]:
    """Drop a symmetric ASSAULT whose parties are all in directed attacks of the sentence:
    "Thai jets bombed Cambodian positions after Cambodian troops fired rockets into Thailand,
    in the worst fighting between the two neighbours" is two attacks, not three."""
    out = []
    for c in cands:
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


def drop_threat_conditions(cands: list[Candidate], doc) -> list[Candidate]:
    """Events inside the if/unless clause of a threat are its condition, not events."""
    spans: list[tuple[int, int]] = []
    for c in cands:
        if c.event != "THREATEN":
            continue
        heads = [doc[c.trigger]]
        heads += [k for k in heads[0].children if k.dep_ in ("ccomp", "xcomp")]
        for h in heads:
            for k in h.children:
                if k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in k.children):
                    sub = list(k.subtree)
                    spans.append((sub[0].i, sub[-1].i))
    if not spans:
        return cands
    return [c for c in cands if c.event == "THREATEN" or not any(a <= c.trigger <= b for a, b in spans)]


PURPOSE_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl"})


def drop_protest_demands(cands: list[Candidate], doc) -> list[Candidate]:
    """A REQUEST in the purpose clause of a protest ("held a rally to demand ...", "marched to
    demand ...") is the protest's demand (manual, PROTEST), not a second event."""
    protest_words = {i for c in cands if c.event == "PROTEST" for i in range(c.trigger_start, c.trigger_end)}
    protest_words |= {c.trigger for c in cands if c.event == "PROTEST"}
    if not protest_words:
        return cands

    def under_protest(tok: Token) -> bool:
        for _ in range(3):
            if tok.dep_ not in PURPOSE_DEPS or tok.head is tok:
                return False
            tok = tok.head
            if tok.i in protest_words or any(k.i in protest_words for k in tok.children if k.dep_ == "dobj"):
                return True
        return False

    # (a vow too: "began a hunger strike, vowing to continue until ...")
    return [c for c in cands if c.event not in ("REQUEST", "AGREE") or not under_protest(doc[c.trigger])]


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
