"""Sentence-final speakers the parser read into the clause before them (round 11, lead).

Wire copy closes a report with its source: "Russia threatened to cut gas supplies to Moldova, U.S. and
British officials said." The model often reads the last name of the report and the speaker's modifiers as one
list ("Moldova, U.S. and British" officials), hangs the speaker noun on the report's preposition ("to ...
officials") and leaves "said" without a subject. The recipient then takes the speaker's countries and the
report loses its source. The repair moves words in the tree, with no new parse: the speaker noun becomes the
subject of the speech verb, the name before the comma takes back the place the speaker noun had, and the
speaker's modifiers hang on the speaker noun again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import forget, parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# speech verbs that close a report ("..., officials said / told reporters / reported / added")
TAIL_SPEECH_VERBS = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "write", "claim", "allege"})
# words a speaker noun phrase is made of ("U.S. and British defence officials", "two Western diplomats")
SPEAKER_PARTS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM", "PUNCT"})
MAX_SPEAKER_WORDS = 7
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _tail_edits(sent: Span) -> list[tuple[int, int, str]]:
    """The (word, new head, new label) moves for one sentence, or []."""
    p = parse(sent.doc)  # by index: no Token object for every word of every sentence
    found = next((i for i in range(sent.end - 1, sent.start - 1, -1)
                  if p.pos[i] == "VERB" and p.lemma[i] in TAIL_SPEECH_VERBS), None)
    verb = None if found is None else sent.doc[found]
    if verb is None or verb.i - sent.start < 4 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    if any(t.pos_ == "VERB" for t in sent.doc[verb.i + 1 : sent.end]):
        return []  # the speech verb must close the sentence (an adverbial may follow: "on Monday")
    comma = next((t for t in reversed(sent.doc[sent.start : verb.i]) if t.text == ","), None)
    if comma is None or comma.i < sent.start + 2:
        return []
    span = sent.doc[comma.i + 1 : verb.i]
    if not 0 < len(span) <= MAX_SPEAKER_WORDS or any(t.pos_ not in SPEAKER_PARTS for t in span):
        return []
    noun = span[-1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= comma.i or noun.head.i == noun.i:
        return []  # (the speaker noun already hangs after the comma: nothing was misread)
    before = sent.doc[comma.i - 1]
    if before.head.i != noun.i or before.pos_ not in ("PROPN", "NOUN"):
        return []  # only the misreading this module is for: the name before the comma hung on the speaker
    edits = [(noun.i, verb.i, "nsubj"), (before.i, noun.head.i, noun.dep_), (comma.i, verb.i, "punct")]
    for t in span[:-1]:
        if not span.start <= t.head.i < span.end:
            # the speaker's first modifier, read as the list's next member: back on the speaker noun
            edits.append((t.i, noun.i, "nmod" if t.pos_ == "PROPN" else "amod" if t.pos_ == "ADJ" else "compound"))
    for t in sent.doc[sent.start : comma.i]:
        if t.head.i == before.i and t.dep_ in ("conj", "cc", "punct") and t.i > before.i:
            edits.append((t.i, noun.i, t.dep_))  # (a conjunct after the name is the speaker's)
    return edits


def repair_speaker_tails(doc: Doc) -> int:
    """Mend the sentence-final speakers of ``doc`` in place; returns how many sentences changed."""
    from spacy.attrs import DEP, HEAD

    edits = [e for sent in doc.sents for e in _tail_edits(sent)]
    if not edits:
        return 0
    arr = doc.to_array([HEAD, DEP])
    for i, head, dep in edits:
        arr[i] = [(head - i) % (1 << 64), doc.vocab.strings.add(dep)]  # (unsigned: two's complement)
    doc.from_array([HEAD, DEP], arr)
    forget(doc)
    return len({i for i, _, dep in edits if dep == "nsubj"})

