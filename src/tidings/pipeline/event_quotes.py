"""Quoted speech told twice (round 21, precision): a direct quotation that restates an act the story reports
beside it in the speaker's own words is one event, not two.

Wire copy pairs a paraphrase with the quote it summarises ("Trump urged Hamas to free the hostages. 'I call on
Hamas to release all hostages immediately,' he wrote"; "Zelenskiy accused Russia of targeting the grid. 'Russia is
deliberately targeting our energy infrastructure,' he said"). A blind evaluator counted the quoted copy as a
spurious event. A candidate whose trigger sits inside quotation marks is dropped when a candidate of the same type
with the same actor and recipient codes stands outside quotation marks in the same or a neighbouring sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .base import Candidate

OPENING = frozenset({"“", "``"})
CLOSING = frozenset({"”", "''"})
STRAIGHT = frozenset({'"'})
NEIGHBOURS = 1  # sentences either side in which the paraphrase may stand


def quoted_tokens(sent: Span) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (curly pairs, or straight marks taken in turn)."""
    inside: set[int] = set()
    open_ = False
    texts = parse(sent.doc).text  # (the words read by index: no Token object per word of the sentence)
    for i in range(sent.start, sent.end):
        text = texts[i]
        if text in OPENING or (text in STRAIGHT and not open_):
            open_ = True
            continue
        if text in CLOSING or (text in STRAIGHT and open_):
            open_ = False
            continue
        if open_:
            inside.add(i)
    return inside if not open_ else set()  # (an unclosed mark: a quote running on, not read)


def _key(c: Candidate) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    actors = tuple(sorted({m.code for m in c.actor if m.code}))
    if not actors:
        return None
    return c.event, actors, tuple(sorted({m.code for m in c.recipient if m.code}))


def drop_quoted_restatements(cands: list[Candidate], sents: list[Span]) -> list[Candidate]:
    """Remove the quoted copies of acts the story also reports outside quotation marks nearby."""
    quoted: dict[int, set[int]] = {}
    for c in cands:
        if c.sent_index not in quoted:
            quoted[c.sent_index] = quoted_tokens(sents[c.sent_index])
    outside = [c for c in cands if c.trigger not in quoted[c.sent_index]]
    out = []
    for c in cands:
        key = _key(c)
        if key is not None and c.trigger in quoted[c.sent_index] and any(
                o is not c and abs(o.sent_index - c.sent_index) <= NEIGHBOURS and _key(o) == key for o in outside):
            continue
        out.append(c)
    return out
