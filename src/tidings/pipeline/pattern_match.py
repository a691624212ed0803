"""Matching one PETRARCH verb pattern around one verb, for the 'patterns' stage.

The words before ``*`` are matched leftwards from the verb over the sentence, the words
after it rightwards over the verb's own phrase; ``$`` / ``+`` / ``%`` elements mark the
source, target and compound actors (see ``patterns`` for how they are used). Kept apart
from the stage so each module reads as one step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .arguments import mentions_for
from .base import Mention

if TYPE_CHECKING:
    from ..petrarch_verbs import Element, Pattern, VerbBlock, VerbForm

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass
class VerbMatch:
    block: VerbBlock
    form: VerbForm
    start: int  # token span of the verb phrase ("broken down", "wire tapped")
    end: int
    surface: bool  # found by its written form, not by lemma


@dataclass
class PatternFound:
    code: str | None
    pattern: Pattern | None
    source: list[Mention] | None = None
    target: list[Mention] | None = None
    compound: str | None = None  # "pre" / "post": where '%' matched
    used: list[int] = field(default_factory=list)  # tokens the pattern's words matched


def coordinated(m: Mention, doc, by_tok: dict[int, Mention]) -> list[Mention]:
    """A mention and the mentions coordinated with it ("Gondor and Arnor")."""
    head = doc[m.root] if 0 <= m.root < len(doc) else doc[m.start]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    found = mentions_for(head, by_tok)
    if m not in found:
        return [m]
    return [m] + [x for x in found if x is not m]


class PatternMatcher:
    """Matches one pattern around one verb."""

    def __init__(self, synsets, words: list[str], doc, sent, match: VerbMatch, post_window: list[int],
                 mentions: list[Mention], by_tok: dict[int, Mention]) -> None:
        self.synsets = synsets
        self.words = words
        self.sent_start, self.sent_end = sent.start, sent.end
        self.vstart, self.vend = match.start, match.end
        self.post = post_window
        self.mentions = mentions
        self.doc = doc
        self.by_tok = by_tok
        self.used: list[int] = []  # the chosen pattern's word tokens (set by Patterns)

    def match(self, pattern: Pattern) -> PatternFound | None:
        found = PatternFound(pattern.code, pattern)
        # leftwards: the element nearest the verb first
        cursor = self.vstart
        for e in reversed(pattern.pre):
            pos = self._left(e, cursor, e.joined, found)
            if pos is None:
                return None
            cursor = pos
        cursor = self.vend - 1
        allowed = set(self.post)
        for e in pattern.post:
            pos = self._right(e, cursor, e.joined, allowed, found)
            if pos is None:
                return None
            cursor = pos
        return found

    # each returns the new cursor: the first (left) / last (right) token the element used
    def _left(self, e: Element, cursor: int, adjacent: bool, found: PatternFound) -> int | None:
        if e.kind == "skip":  # a noun phrase: the nearest noun (or actor) before the cursor
            for pos in range(cursor - 1, self.sent_start - 1, -1):
                if self.doc[pos].pos_ in _NOMINAL:
                    m = self.by_tok.get(pos)
                    return m.start if m is not None else pos
            return None
        if e.kind in ("source", "target", "compound"):
            before = [m for m in self.mentions if m.end <= cursor and m.start >= self.sent_start]
            if not before:
                return None
            m = before[-1]
            if adjacent and m.end != cursor:
                return None
            return self._mark(e, m, found, "pre")
        for pos in range(cursor - 1, self.sent_start - 1, -1):
            start = self._phrase_ending_at(e, pos)
            if start is not None:
                found.used.extend(range(start, pos + 1))
                return start
            if adjacent:
                return None
        return None

    def _right(self, e: Element, cursor: int, adjacent: bool, allowed: set[int], found: PatternFound) -> int | None:
        if e.kind == "skip":  # a noun phrase: the next actor, or noun with its compounds
            for pos in range(cursor + 1, self.sent_end):
                if pos in allowed and self.doc[pos].pos_ in _NOMINAL:
                    m = self.by_tok.get(pos)
                    if m is not None:
                        return m.end - 1
                    while pos + 1 in allowed and self.doc[pos].head.i > pos and self.doc[pos].dep_ == "compound":
                        pos += 1
                    return pos
            return None
        if e.kind in ("source", "target", "compound"):
            after = [m for m in self.mentions if m.start > cursor and m.start in allowed]
            if not after:
                return None
            m = after[0]
            if adjacent and m.start != cursor + 1:
                return None
            return self._mark(e, m, found, "post")
        for pos in range(cursor + 1, self.sent_end):
            if pos not in allowed:
                if adjacent:
                    return None
                continue
            end = self._phrase_starting_at(e, pos, allowed)
            if end is not None:
                found.used.extend(range(pos, end + 1))
                return end
            if adjacent:
                return None
        return None

    def _mark(self, e: Element, m: Mention, found: PatternFound, side: str) -> int | None:
        group = coordinated(m, self.doc, self.by_tok)
        if e.kind == "source":
            found.source = group
        elif e.kind == "target":
            found.target = group
        elif len(group) < 2:
            return None  # '%' needs coordinated actors
        else:
            found.compound = side
        return min(x.start for x in group) if side == "pre" else max(x.end for x in group) - 1

    def _alternatives(self, e: Element) -> tuple[tuple[str, ...], ...]:
        return self.synsets.get(e.value, ()) if e.kind == "synset" else ((e.value,),)

    def _phrase_starting_at(self, e: Element, pos: int, allowed: set[int]) -> int | None:
        for words in self._alternatives(e):
            end = pos + len(words)
            if end <= self.sent_end and all(p in allowed for p in range(pos, end)) \
                    and tuple(self.words[pos:end]) == words:
                return end - 1
        return None

    def _phrase_ending_at(self, e: Element, pos: int) -> int | None:
        for words in self._alternatives(e):
            start = pos - len(words) + 1
            if start >= self.sent_start and tuple(self.words[start : pos + 1]) == words:
                return start
        return None

__all__ = ["PatternFound", "PatternMatcher", "VerbMatch", "coordinated"]
