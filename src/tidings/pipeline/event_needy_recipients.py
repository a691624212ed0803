"""The receiver of help named in the clause before it: "Lebanon's army has struggled to pay its soldiers since the
currency collapsed, and on Monday the European Union pledged another 200 million euros" -> EUR -> LBN. A pledge or
gift with no receiver of its own, told in a clause joined by ", and" right after a clause that tells a party's need
(knowledge/act_verbs.json need_verbs: struggle, face, run short, appeal ...), goes to that party (docs/plover-decisions.md
"Recipients named before"). Called from event_far_recipients.far_phrase when no party of another country was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

NEEDY_TYPES = frozenset({"AID", "AGREE"})
NEED_VERBS = word_list("act_verbs.json", "need_verbs")
# clause heads a need is told by
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})


def needy_party(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    if h.etype not in NEEDY_TYPES or h.noun is not None:
        return []
    verb = h.tok
    doc = verb.doc
    subj = _arguments.direct_subjects(verb)[0]
    start = min([verb.left_edge.i, *(s.left_edge.i for s in subj)])
    # ", and (on Monday) the EU pledged": the joint sits right before the clause (past a time phrase the parser
    # may leave outside it)
    k = start - 1
    while k > verb.sent.start and doc[k].dep_ in ("prep", "pobj", "advmod", "npadvmod") and doc[k].i < start:
        k -= 1
    if k < verb.sent.start + 2 or doc[k].lower_ != "and" or doc[k - 1].text != ",":
        return []
    need = _clause_head(doc[k - 2])
    if need is None or need.lemma_.lower() not in NEED_VERBS or need.i >= verb.i or (need.lemma_.lower() == "run" and not any(
            c.lower_ in ("short", "low", "out") for c in need.children)):
        return []  # ("ran short of shells", not "ran the talks")
    found = _event_targets.coded_targets(_arguments.direct_subjects(need)[0], own, by_tok)
    return [m for m in found if m.code not in own][:1]


def _clause_head(tok: Token) -> Token | None:
    """The verb heading the clause ``tok`` ends ("... since the currency collapsed": up past the time clause to
    "struggled")."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                         for c in cur.children):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# (read at call time: these modules import this one's caller)
from . import arguments as _arguments  # noqa: E402
from . import event_targets as _event_targets  # noqa: E402
