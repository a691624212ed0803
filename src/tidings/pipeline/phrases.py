"""Dictionary phrases as ``PhraseMatcher`` patterns, without a ``Doc`` per phrase.

The actors, materiel and context stages match ~10,000 knowledge phrases. Running every phrase through
``nlp.tokenizer`` made a Doc, and a lexeme for every word not yet in the vocabulary: most of the time
``tidings.default_coder()`` spent on the knowledge. ``PhraseMatcher.add`` also takes a pattern as the
sequence of its words' attribute hashes, and matching compares only those hashes, so a pattern needs
the phrase's words, not a Doc.

A phrase of plain ASCII words separated by single spaces, none of them a tokenizer special case
("Cannot", "Id") or a URL or token match, is tokenized into exactly those words: no prefix, suffix or
infix rule of the English tokenizer fires without punctuation, a digit or a non-ASCII letter (the
tests check every bundled phrase against the tokenizer). Those are split here; any other phrase still
goes through the tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*\Z")


def phrase_words(nlp, phrases: Sequence[str]) -> list[list[str]]:
    """The words ``nlp.tokenizer`` makes of each phrase (``[t.text for t in nlp.tokenizer(phrase)]``)."""
    tokenizer = nlp.tokenizer
    special = tokenizer.rules or {}
    matchers = [m for m in (tokenizer.token_match, tokenizer.url_match) if m is not None]
    out: list[list[str] | None] = []
    hard: list[int] = []
    for k, phrase in enumerate(phrases):
        words = phrase.split(" ") if _PLAIN.match(phrase) else None
        if words is None or any(w in special or any(m(w) for m in matchers) for w in words):
            hard.append(k)
            out.append(None)
        else:
            out.append(words)
    for k, doc in zip(hard, tokenizer.pipe([phrases[k] for k in hard]), strict=True):
        out[k] = [t.text for t in doc]
    return out  # type: ignore[return-value]


def pattern(nlp, words: Sequence[str], attr: str = "LOWER") -> list[int]:
    """A ``PhraseMatcher`` pattern: the hashes of the words' ``LOWER`` (or ``ORTH``) strings, as
    ``PhraseMatcher.add`` would read them off a Doc of these words."""
    add = nlp.vocab.strings.add
    if attr == "LOWER":
        return [add(w.lower()) for w in words]
    return [add(w) for w in words]


def patterns(nlp, phrases: Sequence[str], attr: str = "LOWER") -> list[list[int]]:
    """``pattern`` of every phrase, in order."""
    return [pattern(nlp, words, attr) for words in phrase_words(nlp, phrases)]
