"""The content mode of a threat: the word nearest the threatening verb decides (events stage, folds).

The manual's THREATEN mode is what is threatened. The complement's words name it, but a long complement
names several things: "warned Israel of a crushing response to any attack on its territory" threatens
violence (the response), not territory (what the attack would hit); "threatened to use nuclear weapons
if its territory was violated" names its territory only in the condition; "threatened to cut diplomatic
ties" cuts ties (relations), not trade (restrict). So: conditions (if / unless clauses) are no content,
the word fewest dependency steps from the trigger wins, and a verb that only says stopping (cut, halt,
suspend, ...) takes the mode of what it stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import CONDITION_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "attr", "oprd"})
NOUN_DEPS = frozenset({"compound", "amod", "nmod", "prep", "acl"})
# verbs that only say that something stops: what stops names the threat ("cut ties", "halt talks")
STOPPING_VERBS = frozenset({"cut", "halt", "suspend", "end", "stop", "close", "shut", "freeze", "curtail", "scale"})


def _mode_of(table: list[tuple[str, frozenset[str]]], lemma: str) -> str | None:
    return next((mode for mode, vocab in table if lemma in vocab), None)


def _condition(t: Token) -> bool:
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)


def nearest_content_mode(table: list[tuple[str, frozenset[str]]], tok: Token, noun: Token | None) -> str | None:
    """The mode of the content word nearest the trigger (breadth first, conditions skipped); with none outside
    the conditions, the conditions' words ("might deliver missiles to Russia if the West reimposes sanctions":
    what the threat answers still tells that it is one)."""
    return _nearest(table, tok, noun, skip_conditions=True) or _nearest(table, tok, noun, skip_conditions=False)


def _nearest(table: list[tuple[str, frozenset[str]]], tok: Token, noun: Token | None, *,
             skip_conditions: bool) -> str | None:
    # (a to-infinitive the parser hung as an adverbial clause: "threatened on Monday to sever ties")
    level = [c for c in tok.children if c.dep_ in CONTENT_DEPS or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if noun is not None:  # the threat noun's own words: "a tariff threat", "threats of military action"
        level += ([noun] if noun.i != tok.i else []) + [c for c in noun.children if c.dep_ in NOUN_DEPS]
    seen = {tok.i}
    for _ in range(8):
        found: list[str] = []
        nxt: list[Token] = []
        for t in level:
            if t.i in seen or (skip_conditions and _condition(t)):
                continue
            seen.add(t.i)
            mode = _mode_of(table, t.lemma_.lower())
            if t.lemma_.lower() in STOPPING_VERBS:
                # "cut diplomatic ties": what is stopped, when it names a mode of its own
                inner = [m for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                         if (m := _mode_of(table, c.lemma_.lower()))]
                mode = inner[0] if inner else mode
            if mode is not None:
                found.append(mode)
            nxt.extend(t.children)
        if found:
            return next(mode for mode, _ in table if mode in found)
        level = nxt
        if not level:
            return None
    return None
