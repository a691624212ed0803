"""The halves of a divided country (the actors stage, via ``people.resolve_people``).

Wire copy on Korea names North Korea once and then writes "the North" ("urged the North to return
to talks", "the North's state news agency"; also after South Korea alone: "South Korea's military said
the North had fired"), and "the South" for South Korea once North Korea is named.
Such a capitalised "the North" / "the South" is a reference to the half the story named before it,
made a pronoun mention so that roles it owns ("the North's leader") take its country.
"""

from __future__ import annotations

from .base import Mention, tokens_with_lower

# the word -> (the half it names, the Koreas one of which must be named before it)
_HALVES: dict[str, tuple[str, frozenset[str]]] = {
    # "North Korea ... the North", "South Korea's military said the North had fired"
    "north": ("PRK", frozenset({"PRK", "KOR"})),
    # "the South" alone is often South Sudan or a region; after North Korea it is Seoul
    "south": ("KOR", frozenset({"PRK"})),
}
# "the North Atlantic", "the South of France", "the North-South divide": not a country
_NOT_AFTER = frozenset({"of", "-", "–", "and", "/"})


def divided_halves(doc, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """"the North" after a Korea was named -> PRK (a pronoun mention whose antecedent is the latest PRK
    mention, or a country mention when only Seoul was named); "the South" after North Korea -> KOR."""
    out: list[Mention] = []
    named = [m for m in mentions if m.code in ("PRK", "KOR") and m.kind in ("country", "org", "person", "agent")]
    if not named:
        return out
    for tok in tokens_with_lower(doc, _HALVES):
        if covered[tok.i] is not None or tok.text not in ("North", "South") or tok.i == 0 \
                or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in _NOT_AFTER or nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
            continue
        code, needs = _HALVES[tok.lower_]
        before = [m for m in named if m.end <= tok.i and m.code in needs]
        if not before:
            continue
        # the latest mention of the half itself, else (named only by its neighbour) no antecedent
        ante = next((m for m in reversed(before) if m.code == code), None)
        m = Mention(start=tok.i - 1, end=tok.i + 1, start_char=doc[tok.i - 1].idx,
                    end_char=tok.idx + len(tok.text), text=doc[tok.i - 1:tok.i + 1].text, code=code,
                    sector=ante.sector if ante is not None and ante.kind == "country" else None,
                    kind="pronoun" if ante is not None else "country", sent_index=sent_of(tok.i), root=tok.i,
                    antecedent=ante, confidence=0.8 if ante is None else min(0.8, ante.confidence))
        out.append(m)
        covered[tok.i - 1] = covered[tok.i] = m
    return out
