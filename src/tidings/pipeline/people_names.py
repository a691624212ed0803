"""A person named again by one part of the name (people stage).

The surname registry (``people._register``) keys a name by its last word, and by the first word only
for countries whose people wire copy calls by it (China, Korea, Thailand, ...). A name whose country
only an apposition gave ("China's ambassador, Wu Jianghao") is registered before that country is
known, and a compound surname is keyed by its last word only ("Vladimir Padrino Lopez ... Padrino
said"). A later one-word name that matched nothing is the earlier person whose name has that word,
when exactly one coded person of the story does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Mention

# name words too common to single out one person ("Mohammed bin Salman ... Mohammed Deif")
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "la", "le", "abu"})


def name_part_people(mentions: list[Mention]) -> None:
    """An uncoded one-word person mention takes the one earlier coded person whose name has that word."""
    people = [m for m in mentions if m.kind == "person" and m.code]
    if not people:
        return
    for m in mentions:
        if m.kind != "person" or m.code is not None or " " in m.text.strip():
            continue
        word = m.text.strip().lower()
        if word in _PARTICLES or len(word) < 2:
            continue
        found = {id(p): p for p in people if p.start < m.start and word in _name_words(p)}
        named = {(p.code, (p.identifier_text or p.text).lower()) for p in found.values()}
        if len(named) != 1:
            continue  # no one, or two different people share the word
        src = max(found.values(), key=lambda p: p.start)
        m.code, m.sector, m.office = src.code, src.sector, src.office
        m.identifier_text, m.identifier_id = src.identifier_text, src.identifier_id
        m.other_sectors = list(src.other_sectors)


def _name_words(p: Mention) -> set[str]:
    words: set[str] = set()
    for name in (p.text, p.identifier_text or ""):
        # only the capitalised words of the name: "Chinese Ambassador Wu Jianghao" has no name word "ambassador"
        words.update(w.lower().strip(",.'’") for w in name.split() if w[:1].isupper())
    return words
