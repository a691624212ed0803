"""Authors of acts the story told without an event (coref, events stage; called from ``coref.implicit_recipients``).

A reaction names an earlier act by a definite noun, but the act itself was no coded event: a parliament's vote
("Georgia's parliament passed a bill ... The EU deplored the vote"), an official's words ("Orban told a rally
that ... The Commission called the comments offensive"), a president's order ("Noboa ordered troops into the
prisons ... Lawmakers criticised the deployment"). When ``coref._antecedent`` finds no event, the recipient is
the coded subject of an earlier clause (up to three sentences back) that tells the act: its verb is one of the
noun family's verbs or its object one of the family's nouns (knowledge/act_authors.json). Speech verbs count
only as a sentence's main verb with the content after them ("X told a rally that ..."), never as the trailing
attribution of a report ("..., the military said").
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .base import STATE_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .base import Mention

_LOOKBACK = 3  # sentences; a dateline is a sentence of its own
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "oprd"})


@cache
def _families_data() -> dict:
    with resources.files("tidings.knowledge").joinpath("act_authors.json").open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if k != "_about"}


@cache
def families() -> dict[str, tuple[frozenset[str], frozenset[str], tuple[str, ...], bool]]:
    """noun lemma -> (its family's nouns, verbs, antecedent types, speech flag), read once."""
    out = {}
    for fam in _families_data().values():
        entry = (frozenset(fam["nouns"]), frozenset(fam["verbs"]), tuple(fam["types"]), bool(fam["speech"]))
        out.update(dict.fromkeys(fam["nouns"] + fam.get("aliases", []), entry))
    return out


@cache
def generic_nouns() -> frozenset[str]:
    """Family nouns that name no act type of their own ("the law", "the remarks"): looked up as "the decision"."""
    return frozenset(n for fam in _families_data().values() if fam["generic"] for n in fam["nouns"])


def reference_types() -> dict[str, tuple[str, ...]]:
    """The family nouns as reference nouns of ``coref._REFERENCE_NOUNS`` (noun -> antecedent types)."""
    return {noun: entry[2] for noun, entry in families().items() if noun in entry[0]}


def act_authors(sent: Span, noun: Token, mentions: list[Mention], actor: list[Mention]) -> list[Mention]:
    """The coded author of the act ``noun`` names, told up to three sentences before ``sent`` without an
    event; [] when none is found. The reacting party's own codes are no author, except a state body whose
    act a non-state party of the same country reacts to ("the opposition condemned the deployment")."""
    entry = families().get(noun.lemma_.lower())
    if entry is None or not mentions:
        return []
    own = {m.code for m in actor if m.code}
    doc = sent.doc
    start = sent.start
    for _ in range(_LOOKBACK):
        if start == 0:
            break
        prev = doc[start - 1].sent
        start = prev.start
        for verb in _telling_verbs(prev, entry):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None and verb.dep_ in ("xcomp", "conj"):
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            found = [m for m in mentions if m.code and subj.left_edge.i <= m.root <= subj.right_edge.i
                     and (m.root == subj.i or m.start <= subj.i < m.end or m.root in {c.i for c in subj.children})]
            # the subject's own head first ("the opposition-controlled National Assembly" is the assembly)
            found.sort(key=lambda m: not (m.root == subj.i or m.start <= subj.i < m.end))
            other = [m for m in found if m.code not in own]
            if other:
                return other[:1]
            if found and _domestic(actor, found[0]):
                return found[:1]
            if found:
                return []  # the reacting party's own act: no reaction to someone else
    return []


def _telling_verbs(sent: Span, entry: tuple[frozenset[str], frozenset[str], tuple[str, ...], bool]) -> list[Token]:
    """Verbs of ``sent`` that tell the family's act, the last first: the verb whose object is a family noun,
    then a family verb (a speech verb only as the main verb with its content after it)."""
    nouns, verbs, _types, speech = entry
    out: list[Token] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in nouns and tok.dep_ in _OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
            out.append(tok.head)
        elif lemma in verbs and tok.pos_ == "VERB":
            if speech and not (tok.dep_ == "ROOT" and any(c.dep_ in _CONTENT_DEPS and c.i > tok.i
                                                          for c in tok.children)):
                continue
            out.append(tok)
    return list(reversed(out))


# the branches a separation of powers sets against the executive and each other
_BRANCHES = frozenset({"LEG", "JUD"})


def _domestic(actor: list[Mention], author: Mention) -> bool:
    """A non-state party (opposition, lawyers, rights groups) reacting to its own state's act, or one branch of
    the state answering another ("parliament passed a bill ... the president vetoed the bill")."""
    mine = {m.sector for m in actor if m.code}
    if author.sector not in STATE_SECTORS or not mine or None in mine:
        return False
    return not mine & STATE_SECTORS or mine <= STATE_SECTORS and author.sector not in mine \
        and bool((mine | {author.sector}) & _BRANCHES)
