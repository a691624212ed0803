"""Token-level helpers of the aux-mode walk (split out of ``tidings.pipeline.modality``).

Small questions asked of one word of a spaCy parse: does it carry its own negation
("did not deny", "neither confirmed nor denied"), is it passive, does it carry its own
time phrase ("met again last year"), which words of a time phrase date it ("in the summer
of 2022", not "in their first talks since March 2022"), is it a condition by inversion
("Had Russia attacked ..."), a gerund the tagger read as a modifier ("denied shipping drones").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Parse, parse
from .dates import MONTH_SET, MONTHS, WEEKDAY_SET
from .event_unasserted import condition_kind, conditions_possible

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .claim_cue_data import Cues

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")


def _alternation(texts: tuple[str, ...]) -> re.Pattern[str] | None:
    if not texts:
        return None
    ordered = sorted(texts, key=lambda t: (-len(t), t))
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in ordered) + r")\b")


_TIME_NOUNS = WEEKDAY_SET | MONTH_SET | {"year", "month", "week", "day", "night", "morning", "evening", "weekend",
                                        "decade", "today", "yesterday", "tonight"}


def _dated(tok: Token) -> bool:
    """The word carries its own time phrase ("met again last year", "struck on Monday", "in 2023")."""
    for c in tok.children:
        if c.dep_ in ("npadvmod", "tmod") and _lemma(c) in _TIME_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "since"):
            for g in c.children:
                if g.dep_ == "pobj" and (_lemma(g) in _TIME_NOUNS or _YEAR.fullmatch(g.text)):
                    return True
    return False


def _dating_text(prep: Token, span) -> str:
    """The words of a time phrase that date the event: a year reached from the preposition
    through other prepositions than "of" dates something else ("in their first talks since
    March 2022", "in the latest transfer under a 2023 agreement"); "in the summer of 2022"
    and "during the 2008 war" keep theirs."""
    p = parse(prep.doc)  # the climb by index: no Token object per word and step
    head, dep, lower, target = p.head, p.dep, p.lower, prep.i
    keep = []
    for i in range(span.start, span.end):
        node, ok = i, True
        while node != target and head[node] != node:
            node = head[node]
            if node != target and dep[node] == "prep" and lower[node] != "of":
                ok = False
                break
        if ok and node == target:
            keep.append(p.text[i])
    return " ".join(keep).lower()


def _inverted_condition(clause: Token) -> str | None:
    """'Had Russia attacked ...', 'Were Russia to attack ...': a condition by subject-auxiliary inversion."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if clause.lower_ == "were" and clause.i < subj.i:
        return "were"
    for c in clause.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were") and c.i < subj.i:
            return c.lower_
    return None


def _has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _has_particle(tok: Token, particle: str) -> bool:
    return any(c.dep_ in ("prt", "advmod", "acomp", "prep") and c.lower_ == particle for c in tok.children)


def _matches(lemma: str, tok: Token, words: frozenset[str], particles: dict[str, str]) -> bool:
    if lemma not in words:
        return False
    need = particles.get(lemma)
    return need is None or _has_particle(tok, need)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _misparsed_gerund(tok: Token) -> bool:
    # "denied shipping drones", "refrained from directly supplying weaponry" (VBG as amod)
    return tok.dep_ in ("compound", "amod") and tok.tag_ == "VBG"


def is_negated(tok: Token, cues: Cues) -> bool:
    """True when ``tok`` carries its own negation ("did not deny", "never confirmed")."""
    return _negated(parse(tok.doc), tok.i, cues.negation.neg_children)


def _negated(p: Parse, i: int, neg) -> bool:
    deps, lowers, kids = p.dep, p.lower, p.kids
    if any((deps[c] == "neg" or (deps[c] == "advmod" and lowers[c] == "never")) and p.lemma[c] in neg for c in kids[i]):
        return True
    # "neither confirmed nor denied": both conjuncts are negated
    if any(deps[c] == "preconj" and lowers[c] == "neither" for c in kids[i]):
        return True
    head = p.head[i]
    if deps[i] != "conj" or head == i:
        return False
    head_cc = {lowers[c] for c in kids[head] if deps[c] == "cc"}
    if "nor" in head_cc:
        return True
    # "did not confirm or deny": the shared negation covers an "or" conjunct without its own auxiliary
    return "or" in head_cc and not any(deps[c] in ("aux", "nsubj") for c in kids[i]) and _negated(p, head, neg)


def is_passive(tok: Token) -> bool:
    p = parse(tok.doc)
    return any(p.dep[c] in ("auxpass", "nsubjpass") for c in p.kids[tok.i])


def finite_past_conjunct(tok: Token) -> bool:
    """A simple past conjunct of a base-form verb or a progressive cannot share that verb's
    modal, "to", "did" or "was": in "said it would take Belarus to court and recalled its
    ambassador", "did not attack Kyiv and withdrew" and "was not trying to provoke India and
    wanted to work with New Delhi" the second verb is coordinated with the clause above, a
    fact told in its own right (the parser hangs it on the first verb)."""
    head = tok.head
    if (tok.dep_ == "conj" and tok.tag_ == "VB" and tok.lower_ == tok.lemma_.lower() and head.i != tok.i
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and gerund_governor(head) is not None):
        # "accused the UAE of supplying drones to the RSF and cut ties with Abu Dhabi": a past the tagger read as
        # a base form (cut, put, shut, hit) cannot continue a gerund, which would need its -ing
        return True
    return (tok.dep_ == "conj" and tok.tag_ == "VBD" and head.tag_ in ("VB", "VBG") and head.i != tok.i
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and (any(c.dep_ in ("aux", "auxpass") for c in head.children) or gerund_governor(head) is not None))


def gerund_governor(tok: Token) -> Token | None:
    """The verb whose prepositional gerund ``tok`` is ("accused Algeria **of shooting** down a
    drone"), else None. A simple past verb conjoined to such a gerund ("... and recalled its
    ambassador") cannot be part of it: it is coordinated with that verb, the speaker's own act."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep":
        return None
    gov = tok.head.head
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != tok.head.i else None


def fronted_condition(clause: Token) -> Token | None:
    """An if / unless clause the parser hung on the speech verb that follows the reported
    clause: in "Ethiopia would mass troops only if diplomacy failed, Abiy told parliament"
    the condition belongs to the massing, not to the telling."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i or clause.i > head.i:
        return None
    return next((c for c in head.children if c.dep_ == "advcl" and clause.i < c.i < head.i and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)


# a month right before a year in a time phrase's words: "in december 2023", "on march 3 , 2023"
_MONTH_BEFORE_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(?:\d{1,2}\s*,?\s*)?$")


def months_back(dating: str, year: re.Match[str], ref_year: int, ref_month: int | None) -> int | None:
    """Months from a month named with its year ("in December 2023", "on March 3, 2023") to the
    story's month; None without a month (or a story month, or for a decade)."""
    if ref_month is None or year.group(0).endswith("s"):
        return None
    month = _MONTH_BEFORE_YEAR.search(dating[: year.start()])
    if month is None:
        return None
    return (ref_year - int(year.group(1))) * 12 + ref_month - (MONTHS.index(month.group(1)) + 1)


def _for_to(tok: Token) -> bool:
    # "no plans for Russia to attack": an infinitive with its own "for" subject
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose(tok: Token) -> bool:
    # "will travel to Kyiv to meet X": the infinitive shares the trip's modality
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children)


def multiword_condition_cue(tok: Token) -> str | None:
    """A condition with a multiword mark on ``tok``: 'will free the soldiers as long as the army suspends ...',
    'would join talks provided that the RSF withdrew', 'would reopen the crossings only on condition that ...'
    make the act conditional, as 'if' does, and so is the condition's own act. ('in case' is a precaution: the
    act it guards happens, only the feared act is hypothetical.) The parser hangs the clause on the verb, on its
    object or on the mark's own words ('long', 'condition', 'provided'): all are looked at, two levels down."""
    if not conditions_possible(tok.doc):
        return None  # (the walk below asks ~30 words per step; a doc with no condition word has none)
    own = condition_kind(tok)
    if own is not None:
        return own
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    holders = [tok, *objs, *(g for h in (tok, *objs) for c in h.children if c.dep_ == "prep"
                             for g in c.children if g.dep_ == "pobj")]
    for h in holders:
        for c in h.children:
            kinds = [condition_kind(c)] + [condition_kind(g) for g in c.children] + [
                condition_kind(k) for g in c.children if g.dep_ == "pobj" for k in g.children]
            kind = next((k for k in kinds if k is not None and k != "in case"), None)
            if kind is not None:
                return kind
    return None


_PAST_PREFIXES = ("re", "over", "under", "out", "with", "mis", "up")
# irregular pasts that take those prefixes: 'retook', 'overran', 'withheld', 'outfought', 'rebuilt', 'resent'
_IRREGULAR_PASTS = frozenset({"took", "ran", "held", "fought", "built", "sent", "won", "struck", "drew", "threw",
                              "wrote", "drove", "rode", "gave", "made", "laid", "paid", "stood", "told", "sold",
                              "caught", "sought", "brought", "kept", "met", "led", "set", "shot", "hit", "cut"})


def simple_present(tok: Token) -> bool:
    """A simple present with no auxiliary ('meets Biden on Thursday'), not a prefixed irregular past the tagger read
    as a present ('retook', 'overran', 'withheld': VBP)."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    low = tok.lower_
    return not any(low.startswith(p) and low[len(p):] in _IRREGULAR_PASTS for p in _PAST_PREFIXES)


_REFUSING = frozenset({"reject", "refuse", "rebuff", "dismiss", "spurn", "veto", "decline"})
_REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "ultimatum", "proposal", "offer", "bid"})


def refused_others_act(noun: Token, verb: Token) -> bool:
    """'rejected calls from Brussels for a rerun', 'rebuffed Kyiv's demands': a request or offer another party made,
    refused by the verb's subject, was made; the refusal does not negate it (what it asks for stays open)."""
    if _lemma(verb) not in _REFUSING or noun.lemma_.lower() not in _REQUEST_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" or c.dep_ == "prep" and c.lower_ in ("from", "by")
               for c in noun.children)
