"""The part of a sentence that belongs to one event: shared by the dates, places and materiel stages.

A date, place or weapon belongs to an event only when it hangs off the event's own
clause: "officials said on Monday that Iran shipped missiles" has two clauses, and
"on Monday" dates the saying, not the shipping.

* ``event_scope``: the tokens of the event's clause, by tree distance from the
  trigger (the walk never enters another clause: ccomp, advcl, relcl, ...);
* ``event_heads``: the words a date or place phrase may hang from (the trigger, the
  path to its clause head, their direct arguments, occasion nouns);
* ``secondary_scope``: what a coordinated, participle, "when ..." or "where ..."
  clause shares with the event, used only when the own clause has nothing;
* ``antecedents``: earlier mentions of a definite noun trigger ("the visit").

Number words ("four", "a dozen") are parsed here too: dates, materiel and size all
need them. docs/dates-places-materiel.md has the rules with examples.
"""

from __future__ import annotations

import re
from collections import deque
from functools import cache
from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate

# Links that start a new clause: never crossed when collecting an event's modifiers.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "conj", "pcomp"})
# Links a trigger climbs through to reach the head of its own clause (a verb's
# "pcomp" link is a clause boundary, see _clause_head).
CLIMB_DEPS = frozenset(
    {"xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "compound", "amod", "attr", "oprd",
     "dative", "pcomp", "agent", "appos", "nmod"}
)
# "when"-type subordinate clauses describe the same occasion ("were killed when a missile hit ...").
TEMPORAL_MARKERS = frozenset({"when", "as", "while", "after", "during"})

_SCOPE_KEY = "_scope"
_HEADS_KEY = "_heads"
_SECONDARY_KEY = "_secondary"
# Prepositions introducing what a statement is about, not where or when it was made.
CONTENT_PREPS = frozenset({"for", "against", "about", "over", "of", "to", "into", "on", "with", "toward",
                           "towards", "from", "regarding", "concerning"})
# Direct arguments of an anchor word: phrases attached to them still describe the event.
ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"})


def _clause_head(tok: Token) -> Token:
    j = _clause_head_index(parse(tok.doc), tok.i)
    return tok if j == tok.i else tok.doc[j]


def _clause_head_index(p, i: int) -> int:
    # A noun trigger ("strikes") hands over to its verb; a verb trigger in an
    # xcomp ("began shipping") to its governing verb. Stop at the first verb that
    # heads its own clause.
    seen = 0
    while p.dep[i] in CLIMB_DEPS and p.head[i] != i and seen < 12:
        # A verb heads its own clause; only an xcomp ("began shipping") shares its
        # governor's, and a gerund used as a noun ("Fighting continued") climbs like
        # one. A gerund after a preposition ("accused Iran of supplying") is another
        # event: its time is not the accusation's.
        if p.pos[i] in ("VERB", "AUX") and p.dep[i] not in ("xcomp", "amod", "nsubj", "nsubjpass", "dobj"):
            break
        i = p.head[i]
        seen += 1
    return i


def _walk(doc: Doc, starts: list[int], allowed: set[int] | None, block_clauses: bool) -> dict[int, int]:
    """Breadth-first over the undirected dependency tree; returns token index -> distance."""
    p = parse(doc)  # indices and labels only: no Token object per step
    heads, deps, poses, kids = p.head, p.dep, p.pos, p.kids
    dist: dict[int, int] = {}
    queue: deque[int] = deque()
    for i in starts:
        if i not in dist:
            dist[i] = 0
            queue.append(i)
    while queue:
        i = queue.popleft()
        nbrs = [c for c in kids[i] if not (block_clauses and deps[c] in CLAUSE_DEPS and poses[c] in ("VERB", "AUX"))]
        # (a root is its own head: already in ``dist``, so skipped below)
        if not (block_clauses and deps[i] in CLAUSE_DEPS and poses[i] in ("VERB", "AUX")):
            nbrs.append(heads[i])
        for n in nbrs:
            if n in dist or (allowed is not None and n not in allowed):
                continue
            dist[n] = dist[i] + 1
            queue.append(n)
    return dist


def event_scope(doc: Doc, cand: Candidate) -> dict[int, int]:
    """Token index -> tree distance from the trigger, for the tokens of the event's own clause.

    Cached on the candidate (``extra``): the dates, places and materiel stages share it.
    """
    cached = cand.extra.get(_SCOPE_KEY)
    if cached is not None:
        return cached
    p = parse(doc)  # (``doc[i].sent`` slices the doc: two Token objects)
    allowed = set(range(p.sent_start[cand.trigger], p.sent_end[cand.trigger]))
    starts = [cand.trigger] + [i for i in range(cand.trigger_start, cand.trigger_end) if i != cand.trigger]
    dist = _walk(doc, starts, allowed, block_clauses=True)
    cand.extra[_SCOPE_KEY] = dist
    return dist


def _anchors(doc: Doc, cand: Candidate, climb_xcomp: bool = True, descend_xcomp: bool = True) -> set[int]:
    """The trigger phrase, the path up to its clause head, and verbs the trigger
    governs through xcomp ("agreed to supply"). Without ``climb_xcomp`` the path stops
    below a governing verb: in "agreed on Monday to impose sanctions", Monday dates the
    agreement, not the sanctions still to come."""
    p = parse(doc)
    trig = cand.trigger
    head = _clause_head_index(p, trig)
    out = {cand.trigger, *range(cand.trigger_start, cand.trigger_end)}
    i = trig
    while i != head and p.head[i] != i:
        if not climb_xcomp and p.dep[i] == "xcomp":
            break
        i = p.head[i]
        out.add(i)
    stack = [trig] if descend_xcomp else []
    while stack:
        for c in p.kids[stack.pop()]:
            if p.dep[c] == "xcomp" and c not in out:
                out.add(c)
                stack.append(c)
    return out


@cache
def _event_nouns() -> frozenset[str]:
    from .gazetteer import places_knowledge

    return frozenset(places_knowledge().get("event_nouns", ()))


def attachment_heads(doc: Doc, anchors: set[int], skip_preps: frozenset[str] = frozenset()) -> set[int]:
    """Words a date or place phrase may hang from to belong to the event: the anchors
    and their direct arguments ("hit a market | in Kharkiv", "launched drones at
    targets | in the Kursk region"), but not nouns nested deeper ("for use in the
    war | in Ukraine" is about the war, not where the supplying happened)."""
    heads = set(anchors)
    todo = list(anchors)
    event_nouns = _event_nouns()
    p = parse(doc)
    deps, lowers, kids = p.dep, p.lower, p.kids
    while todo:
        a = todo.pop()
        for c in kids[a]:
            found: list[int] = []
            if deps[c] in ARG_DEPS:
                found.append(c)
            elif deps[c] in ("prep", "agent") and lowers[c] not in skip_preps:
                found.extend(g for g in kids[c] if deps[g] == "pobj")
            for i in found:
                if i in heads:
                    continue
                heads.add(i)
                # A noun naming an occasion is the event seen again: "killed nine in an
                # attack on a church | in Burkina Faso", "host a summit with leaders | in Seoul".
                if p.pos[i] == "NOUN" and p.lemma[i] in event_nouns:
                    todo.append(i)
    # An "of" phrase is part of its noun: "the village of Novohrodivka | near Pokrovsk".
    for h in list(heads):
        for c in kids[h]:
            if deps[c] == "prep" and lowers[c] == "of":
                heads.update(g for g in kids[c] if deps[g] == "pobj")
    return heads


def event_heads(doc: Doc, cand: Candidate, climb_xcomp: bool = True, verbal: bool = False) -> set[int]:
    """Attachment heads of the event's own clause (cached on the candidate).

    ``verbal``: the event is a statement (request, accusation, threat...). What it is
    about is not where it happened: "called for a ceasefire in Gaza", "pressed Israel
    to scale back operations in Gaza". Only the statement's own circumstances count
    ("during a meeting at the White House").
    """
    key = f"{_HEADS_KEY}{int(climb_xcomp)}{int(verbal)}"
    cached = cand.extra.get(key)
    if cached is None:
        anchors = _anchors(doc, cand, climb_xcomp, descend_xcomp=not verbal)
        cached = attachment_heads(doc, anchors, CONTENT_PREPS if verbal else frozenset())
        cand.extra[key] = cached
    return cached


def phrase_head(tok: Token) -> int:
    """The word a phrase headed by ``tok`` modifies: through its preposition for a pobj."""
    if tok.dep_ == "pobj" and tok.head.head.i != tok.head.i:
        return tok.head.head.i
    return tok.head.i


def secondary_scope(doc: Doc, cand: Candidate) -> tuple[dict[int, int], set[int]]:
    """Tokens (with distances) and attachment heads of clauses that share the event's
    occasion: the verbs this clause is coordinated with, and "when/as/after ..." clauses
    under the event's clause head. Empty when there are none."""
    cached = cand.extra.get(_SECONDARY_KEY)
    if cached is not None:
        return cached
    own = event_scope(doc, cand)
    p = parse(doc)
    deps, lowers, kids = p.dep, p.lower, p.kids
    head = _clause_head_index(p, cand.trigger)
    allowed = set(range(p.sent_start[head], p.sent_end[head]))
    starts: list[int] = []
    if deps[head] == "conj" and p.head[head] != head:
        starts.append(p.head[head])
    # Modifiers shared by coordinated verbs hang from the last one: "killed seven and
    # wounded nine | in an attack on Sunday".
    starts.extend(c for c in kids[head] if deps[c] == "conj" and p.pos[c] in ("VERB", "AUX"))
    for c in kids[head]:
        if deps[c] == "advcl" and any(
            deps[g] in ("mark", "advmod") and lowers[g] in TEMPORAL_MARKERS for g in kids[c]
        ):
            starts.append(c)
    if deps[head] == "advcl" and p.tag[head] == "VBG" and not any(deps[c] == "mark" for c in kids[head]):
        # "missiles hit Odesa overnight, killing three": the killing is the hit's.
        starts.append(p.head[head])
    if deps[head] == "relcl" and any(deps[c] == "advmod" and lowers[c] in ("where", "when") for c in kids[head]):
        # "a visit to Kyiv on Wednesday, where they will meet ...": the meeting shares
        # the time and place of what "where" refers to.
        starts.append(p.head[head])
        governor = phrase_head(doc[p.head[head]])
        if governor != p.head[head]:
            starts.append(governor)
    result: tuple[dict[int, int], set[int]] = ({}, set())
    if starts:
        dist = _walk(doc, starts, allowed, block_clauses=True)
        result = ({i: d + 10 for i, d in dist.items() if i not in own}, attachment_heads(doc, set(starts)))
    cand.extra[_SECONDARY_KEY] = result
    return result


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def antecedents(doc: Doc, cand: Candidate, limit: int = 3) -> list[Candidate]:
    """For a definite noun trigger ("the visit", "its attack"), earlier mentions of the
    same noun, nearest first, as stand-in candidates: "a visit to Kyiv on Wednesday ...
    The visit is set to be followed by ..." is one visit, with one date and place.
    Empty for verbs, indefinite nouns or a first mention."""
    trig = doc[cand.trigger]
    if trig.pos_ != "NOUN" or not any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in trig.children):
        return []
    from .base import Candidate as _Candidate

    lemma = trig.lemma_.lower()
    out: list[Candidate] = []
    p = parse(doc)
    for j in range(trig.i - 1, -1, -1):
        if p.pos[j] == "NOUN" and p.lemma[j] == lemma:
            out.append(_Candidate(sent_index=cand.sent_index, trigger=j, trigger_start=j, trigger_end=j + 1,
                                  event=cand.event, mode=cand.mode, actor=cand.actor, recipient=cand.recipient,
                                  aux_mode=cand.aux_mode, planned_event=cand.planned_event))
            if len(out) >= limit:
                break
    return out


# -- numbers ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "couple": 2,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
           "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
           "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "k": 1_000}
# Vague plurals ("dozens of", "hundreds of") are not numbers: the quantity stays null.
VAGUE = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "several",
                   "many", "some", "few", "numerous", "countless", "tens"})
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SPLIT_RE = re.compile(r"[\s\-]+")
_SUFFIX_RE = re.compile(r"(\d)(bn|mn|m|k|tn|b)\b")
_CURRENCY = "$€£¥₽"


def parse_number(text: str) -> float | None:
    """'1,200' -> 1200; 'four' -> 4; 'twenty-five' -> 25; '1.5 billion' -> 1.5e9; 'dozens' -> None."""
    clean = _SUFFIX_RE.sub(r"\1 \2", text.lower().strip().strip(_CURRENCY))
    for sym in _CURRENCY:
        clean = clean.replace(sym, " ")
    words = [w for w in _SPLIT_RE.split(clean) if w and w not in ("and", "us", "usd", "eur")]
    if not words or any(w in VAGUE for w in words):
        return None
    total = 0.0
    current: float | None = None
    for w in words:
        if _NUM_RE.match(w):
            val = float(w.replace(",", ""))
            current = val if current is None else current + val
        elif w in _UNITS:
            if w in ("a", "an") and current is not None:
                return None
            current = (current or 0) + _UNITS[w] if w != "dozen" else (current or 1) * 12
        elif w in _SCALES:
            current = (current if current is not None else 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = None
        else:
            return None
    if current is not None:
        total += current
    return total


def plural(term: str) -> str:
    """English plural of a lexicon term's last word, for PhraseMatcher patterns."""
    head, _, last = term.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        last = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last
