"""Headline capitals: Title Case headlines and all-caps words read again in sentence case.

"Pakistan Closes Airspace To Indian Airlines", "Mali Junta Suspends All Political Parties": en_core_web_sm
tags every capitalised word a proper noun, so the verb becomes part of one long name and the events stage
finds no verb. The same happens to an all-caps word ("Iran SLAMS US over strikes") and to a headline set in
capitals throughout. The repair is a spelling rule, not a phrase list: in such a short sentence every word
that is a common English word (the model's own lemma index, or a stop word) and no name the actor
dictionaries know (countries, capitals, demonyms, people, organisations: "Trump", "Congress", "South
Korea", "US") is put in lower case, the sentence is parsed again (tagger, parser, lemmatizer, entities)
and the other headline repairs run on that parse. The new tree, tags, lemmas and entities replace the old
ones; the words keep their own text. Unknown capitalised words stay as they are: they are names.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_TOKENS = 30  # headlines and leads; a long sentence in Title Case is a title, not news
MIN_WORDS = 3  # capitalised content words a Title Case headline has at least
TITLE_SHARE = 0.75  # share of content words capitalised (or all in capitals) that makes a sentence Title Case
# marks that end a line of its own: a stop, or a headline's lead ("BREAKING:", "Sudan -")
END_MARKS = frozenset({".", "!", "?", '"', "'", "\u201d", ":", "-", "\u2013", "\u2014", "|"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_KINDS = frozenset({"country", "person", "org", "block"})  # agents ("police", "army") are common nouns
MAX_NAME_WORDS = 4
REPARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# inflection endings stripped to find a word's lemma in the index: (ending, what replaces it)
ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
           ("ing", ""), ("ing", "e"))


@cache
def _names() -> tuple[frozenset[tuple[str, ...]], dict[str, str]]:
    """Lower-cased word tuples of every name the dictionaries know, and each one-word name's own spelling
    ('us' -> 'US', 'iran' -> 'Iran')."""
    from ..dictionaries import bundled

    phrases: set[tuple[str, ...]] = set()
    spelling: dict[str, str] = {}
    for d in bundled():
        for e in d.entries:
            if e.kind not in NAME_KINDS:
                continue
            words = tuple(e.phrase.split())
            if 0 < len(words) <= MAX_NAME_WORDS:
                phrases.add(tuple(w.lower() for w in words))
                if len(words) == 1:
                    spelling.setdefault(words[0].lower(), words[0])
    return frozenset(phrases), spelling


_COMMON: dict[int, frozenset[str]] = {}


def _lexicon(nlp) -> frozenset[str]:
    """The common English words the model's lemmatizer knows (lemma index and irregular forms) and its stop
    words: lower-case words, one set per model."""
    found = _COMMON.get(id(nlp))
    if found is None:
        words: set[str] = set(nlp.Defaults.stop_words)
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for name in ("lemma_index", "lemma_exc"):
                if name in lookups.tables:
                    for table in lookups.get_table(name).values():
                        words.update(w for w in table if w.isalpha())
        found = _COMMON[id(nlp)] = frozenset(words)
    return found


def _common(low: str, lexicon: frozenset[str]) -> bool:
    if low in lexicon:
        return True
    return any(low.endswith(end) and len(low) - len(end) >= 3 and low[: len(low) - len(end)] + new in lexicon
               for end, new in ENDINGS)


def _shape(sent: Span) -> str | None:
    """'title' for a Title Case headline, 'caps' for one set in capitals, 'words' for a sentence with
    all-caps common words in it, None for ordinary text."""
    if len(sent) > MAX_TOKENS:
        return None
    content = [t for t in sent if t.is_alpha and len(t) > 1 and not t.is_stop]
    if len(content) < MIN_WORDS:
        return None
    upper = sum(1 for t in content if t.text.isupper())
    if upper >= TITLE_SHARE * len(content) and upper >= MIN_WORDS:
        return "caps"
    title = sum(1 for t in content if t.text[0].isupper() and not t.text.isupper())
    # (a lowercase verb means sentence case with many names: "Prime Minister Keir Starmer met President ...")
    if title + upper >= TITLE_SHARE * len(content) and title >= MIN_WORDS and not any(
            t.text.islower() and t.pos_ in ("VERB", "AUX") for t in content) and any(
            t.text[0].isupper() for t in content[1:] if not t.text.isupper()):
        return "title"
    # (an acronym in a sentence with its own lowercase verb is a name: "accused Pyongyang of jamming GPS signals")
    return "words" if any(t.text.isupper() and len(t) >= 3 for t in content) and not any(
        t.text.islower() and t.pos_ in ("VERB", "AUX") for t in content) else None


def _name_words(sent: Span) -> dict[int, str]:
    """Word positions (in the sentence) inside a known name, with the spelling the name should have."""
    phrases, spelling = _names()
    low = [t.lower_ for t in sent]
    found: dict[int, str] = {}
    k = 0
    while k < len(low):
        for n in range(min(MAX_NAME_WORDS, len(low) - k), 0, -1):
            if tuple(low[k: k + n]) in phrases:
                for j in range(k, k + n):
                    found[j] = spelling.get(low[j], low[j].capitalize()) if n == 1 else low[j].capitalize()
                k += n
                break
        else:
            k += 1
    return found


def _sentence_case(sent: Span, shape: str, lexicon: frozenset[str]) -> list[str] | None:
    """The sentence's words in sentence case, or None when no word changes."""
    names = _name_words(sent)
    words = [t.text for t in sent]
    for k, t in enumerate(sent):
        if not t.is_alpha:
            continue
        text = t.text
        if k in names:
            # (a name keeps its capitals; in an all-caps headline it gets its own spelling back: "IRAN" -> "Iran")
            if shape == "caps" or (text.isupper() and len(text) > 2 and names[k] != text.upper()):
                words[k] = names[k] if names[k].upper() == text.upper() else text
            continue
        if shape == "words" and not (text.isupper() and len(text) >= 3):
            continue
        if text.islower():
            continue
        if _common(t.lower_, lexicon):
            words[k] = t.lower_
        elif shape == "caps":
            words[k] = text.capitalize()  # an unknown word in a headline set in capitals: a name
    if words and words[0][:1].islower() and sent[0].text[:1].isupper():
        words[0] = words[0][:1].upper() + words[0][1:]  # the sentence's first word keeps its capital
    return None if words == [t.text for t in sent] else words


def _clauses(span: Span) -> int:
    """Verbs with a subject of their own."""
    return sum(1 for t in span if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children))


def _lines(doc: Doc) -> list[Span]:
    """The doc's sentences, with a short sentence that ends in no stop joined to the next one: the model splits
    a headline in capitals where it finds no verb ("IRAN FIRES MISSILES | AT US BASE")."""
    lines: list[Span] = []
    start = None
    for sent in doc.sents:
        if start is None:
            start = sent.start
        if sent[-1].text in END_MARKS or sent.end - start > MAX_TOKENS or "\n" in sent[-1].whitespace_ \
                or (sent.end < len(doc) and doc[sent.end].is_space):
            lines.append(doc[start: sent.end])
            start = None
    if start is not None:
        lines.append(doc[start:])
    return lines


def recase_headlines(doc: Doc, nlp, verbs) -> frozenset[int]:
    """Re-read the Title Case / all-caps sentences of ``doc`` in sentence case, in place (tree, tags, lemmas,
    entities; the text is kept); returns the start tokens of the sentences re-read."""
    from spacy.attrs import DEP, HEAD, POS, TAG
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

    from .base import forget
    from .headlines import (  # (imported here: headlines imports this module)
        _offset,
        repair_headlines,
    )

    fixes = []
    lexicon: frozenset[str] | None = None
    for sent in _lines(doc):
        shape = _shape(sent)
        if shape is None:
            continue
        lexicon = lexicon if lexicon is not None else _lexicon(nlp)
        words = _sentence_case(sent, shape, lexicon)
        if words is None:
            continue
        new = SpacyDoc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
        for name in REPARSE_PIPES:
            if name in nlp.pipe_names:
                new = nlp.get_pipe(name)(new)
        if len(new) != len(sent):
            continue
        repair_headlines(new, nlp, verbs, recase=False)
        # kept unless the sentence case loses a verb with a subject (a parse the capitals got right is kept too:
        # its nouns get their common tags and lemmas, "Recalls Ambassador" -> recall ambassador/NN)
        if _clauses(new[:]) < max(1, _clauses(sent)):
            continue
        fixes.append((sent.start, sent.end, new))
    if not fixes:
        return frozenset()
    arr = doc.to_array([HEAD, DEP, POS, TAG])
    for start, _end, new in fixes:
        for j, t in enumerate(new):
            arr[start + j] = [_offset(t.head.i - j), t.dep, t.pos, t.tag]
    doc.from_array([HEAD, DEP, POS, TAG], arr)
    ents = [e for e in doc.ents if not any(e.start < end and e.end > start for start, end, _ in fixes)]
    for start, _end, new in fixes:
        for j, t in enumerate(new):
            doc[start + j].lemma_ = t.lemma_ if t.text.islower() or t.pos_ == "VERB" else doc[start + j].lemma_
        ents += [SpacySpan(doc, start + e.start, start + e.end, label=e.label_) for e in new.ents]
    doc.ents = sorted(ents, key=lambda e: e.start)
    forget(doc)
    return frozenset(start for start, _end, _new in fixes)
