"""Targets of acts told in a time clause: "Kuwait put its forces on alert after Iraqi militiamen fired rockets across
the border". An attack or move across a border, frontier or line whose target the clause does not name is aimed at
the state across it; when the clause hangs on a main clause whose subject is another coded party, that party is
the one across the border (the reaction's own subject names it). Called by the events stage after the dedupe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import subject_tokens
from .event_dedupe import ANY_CLAUSE, MAIN_CLAUSE, time_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate, Mention

CROSSING_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
CROSSED_WORDS = frozenset({"border", "frontier", "boundary", "line"})


def _crosses(verb: Token) -> bool:
    """'fired rockets across the border', 'sent drones over the frontier', 'crossed the demarcation line'."""
    return any(p.dep_ == "prep" and p.lower_ in ("across", "over") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CROSSED_WORDS for g in p.children) for p in verb.children) or any(
        o.dep_ == "dobj" and o.lemma_.lower() in CROSSED_WORDS for o in verb.children) and verb.lemma_.lower() == "cross"


def across_border_targets(cands: list[Candidate], doc: Doc, by_tok: dict[int, Mention]) -> None:
    """An attack or move across a border in a time clause with no coded target aims at the main clause's subject."""
    for c in cands:
        if c.event not in CROSSING_TYPES or any(m.code for m in c.recipient):
            continue
        verb = doc[c.trigger]
        if verb.pos_ != "VERB" or not _crosses(verb):
            continue
        clause = time_clause(verb)
        if clause in (MAIN_CLAUSE, ANY_CLAUSE):
            continue
        main = doc[clause].head
        own = {m.code for m in c.actor if m.code}
        found = [by_tok[s.i] for s in subject_tokens(main)[0] if s.i in by_tok]
        found = [m for m in found if m.code and m.code not in own]
        if found:
            c.recipient = found[:1]
