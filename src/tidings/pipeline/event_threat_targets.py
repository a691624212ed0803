"""Whom a threat answers when its own words name the act, not the party (split from event_domestic.py):
a party named on an "any" noun ("would repel any American incursion"), and the doer of an act told before
the threat and named again by a bare definite noun ("struck hideouts in Paktika ..., warning that the attack
would not go unanswered"). ``settle_recipients`` (event_recipients.py) runs these on a THREATEN with no party."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import NON_COUNTRY_CODES
from .word_lists import word_list

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from .base import Mention


# -- "warned that its forces would repel any American incursion" ----------------------------------------
ANY_DETS = frozenset({"any", "every"})
THREAT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def any_act_party(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """The party whose act a threat answers: a coded demonym or name on a noun with "any" in the
    threat's own clause ("would repel any American incursion" -> USA, "any Indian misadventure
    would be met with a swift response" -> IND). Runs only on a THREATEN with no party."""
    extra = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "of") for g in c.children]
    for t in any_nouns(verb, extra):
        for c in t.children:
            m = by_tok.get(c.i)
            if c.dep_ in ("amod", "compound", "nmod", "poss") and m is not None and m.code and m.code not in own \
                    and m.code not in NON_COUNTRY_CODES:
                return [m]
    return []


def any_nouns(verb: Token, extra: list[Token] | None = None) -> Iterator[Token]:
    """The nouns with "any" in a threat's own clause ("would repel any American incursion", "any attempt by
    Taipei"), nearest first, not inside relative clauses or parentheticals."""
    todo = [c for c in verb.children if c.dep_ in THREAT_CLAUSE_DEPS] + list(extra or [])
    seen: set[int] = set()
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if any(c.dep_ == "det" and c.lower_ in ANY_DETS for c in t.children):
            yield t
        todo += [c for c in t.children if c.dep_ not in ("relcl", "parataxis")]


# Nouns that name a hostile act again ("the attack would not go unanswered", "this aggression will be
# answered") and the verbs that tell such an act first
RESTATED_HOSTILE_NOUNS = word_list("act_nouns.json", "restated_hostile_acts")
HOSTILE_VERBS = word_list("act_verbs.json", "first_hostile_verbs")
RESTATING_DETS = frozenset({"the", "this", "that", "such"})


def restated_act_doer(verb: Token, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'Pakistani jets struck hideouts in Paktika, Afghan officials said, warning that the attack would not go
    unanswered' -> PAK: a threat whose clause has a bare definite act noun for subject (no owner, no "of" or
    "by") answers the doer of the hostile act told before it in the sentence, when that doer is another party."""
    direct_subjects = _arguments.direct_subjects
    mentions_of = _owners.mentions_of

    nouns = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not any(n.lower_ in RESTATED_HOSTILE_NOUNS and any(d.dep_ == "det" and d.lower_ in RESTATING_DETS
                                                          for d in n.children)
               and not any(d.dep_ in ("poss", "compound", "amod", "prep", "relcl", "acl") for d in n.children)
               for n in nouns):
        return []
    sent = verb.sent
    for t in reversed([t for t in sent if t.i < verb.i and t.pos_ == "VERB" and t.lemma_.lower() in HOSTILE_VERBS]):
        subj, _ = direct_subjects(t)
        found = [m for m in mentions_of(subj, by_tok) if m.code and m.code not in own and m.code not in NON_COUNTRY_CODES]
        if found:
            return found[:2]
        if subj:
            return []  # the nearest act told before is the one named again
    return []


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
from . import owners as _owners  # noqa: E402
