"""Mode choice and per-sentence bounds for the events stage (kept apart to keep events.py short)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import codes, words
from .base import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .verblex import Lexicon

# Instrument words decide the ASSAULT mode; earlier entries win when several occur.
ASSAULT_MODE_PRIORITY = (
    "suicide-attack", "unconventional", "drone", "aerial", "heavy-weapons", "explosives", "crowd-control",
    "firearms", "primitive", "targeted", "abduct", "torture", "sexual",
)


def assault_mode(lex: Lexicon, word: Token, trigger: Token) -> str | None:
    """The most specific instrument named within two dependency steps of the trigger."""
    inst = lex.instruments
    seen: set[str] = set()
    near = [word, trigger] + list(word.children) + list(trigger.children)
    for t in list(near):
        near.extend(t.children)
    for t in near:
        mode = inst.get(t.lemma_.lower()) or inst.get(t.lower_)
        if mode:
            seen.add(mode)
    if not seen:
        return None
    return next((m for m in ASSAULT_MODE_PRIORITY if m in seen), None)


def mobilize_mode(lex: Lexicon, material: list[Token]) -> str | None:
    """Weapons beat troops (manual: mobilising ships or missiles is 'weapons')."""
    found: set[str] = set()
    for t in material:
        found |= words(t)
    for vocab, mode in lex.mobilize_objects:
        if found & vocab and mode == "weapons":
            return mode
    for vocab, mode in lex.mobilize_objects:
        if found & vocab:
            return mode
    return None


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per (type, actor codes, recipient codes) in a sentence; the most confident wins."""
    best: dict[tuple, Candidate] = {}
    order: list[tuple] = []
    for c in cands:
        key = (c.event, codes(c.actor), codes(c.recipient))
        prev = best.get(key)
        if prev is None:
            best[key] = c
            order.append(key)
        elif c.confidence > prev.confidence:
            best[key] = c
    # "carried out airstrikes inside Afghanistan, targeting ...": the same act twice, once
    # without its recipient; keep the fuller one
    with_recipient = {(k[0], k[1]) for k in order if k[2]}
    return [best[k] for k in order if k[2] or (k[0], k[1]) not in with_recipient]


def bound(cands: list[Candidate], limit: int) -> list[Candidate]:
    """Keep the ``limit`` most confident candidates, in sentence order."""
    if len(cands) <= limit:
        return cands
    ranked = sorted(range(len(cands)), key=lambda i: (-cands[i].confidence, i))
    return [cands[i] for i in sorted(ranked[:limit])]
