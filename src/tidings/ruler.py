"""The model's ``attribute_ruler``, applied faster with the same result token for token.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of ~180 one-word patterns (tag map, morph rules:
``{"TAG": "NN"}`` -> POS NOUN, ``{"LOWER": "'s", "TAG": "POS"}`` -> ...) over every doc; on the
benchmark corpus that is ~0.55 s of spaCy's ~4.8 s, as much as every tidings stage together.
The same rules looked up per word in dictionaries take a tenth of that. ``parse_texts`` runs
the pipeline with this stand-in in the ruler's place; ``nlp`` itself is left as loaded (a bare
``nlp.pipe`` still runs spaCy's own ruler).

What the ruler does, and so what this repeats: all patterns are matched against the doc as it
comes in (no rule sees another's changes); the matches, sorted by rule number, set the rule's
attributes on the matched span's ``index`` word in that order, so for every word and attribute
the highest-numbered matching rule wins. Rules with anything this module does not read
(operators, fuzzy or set tests, extension attributes, callbacks) make ``FastRuler.compile`` return None,
and the real component runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# pattern keys understood: a word attribute compared as its hash (or 0 / 1 for IS_SPACE)
_READ = ("TAG", "LOWER", "ORTH", "DEP", "POS", "IS_SPACE")
# the more selective a key, the earlier it is used to index the rules
_INDEX_ORDER = ("LOWER", "ORTH", "TAG", "POS", "DEP", "IS_SPACE")
_SET = ("POS", "TAG", "MORPH", "LEMMA", "DEP")


class FastRuler:
    """``AttributeRuler.__call__`` for one compiled ruler (see the module doc)."""

    def __init__(self, ruler: Any, name: str, cols: list[int], indexed: list[tuple[int, dict]], unindexed: list,
                 attrs: list[dict]) -> None:
        self._ruler, self._count = ruler, len(attrs)
        self.name = name
        self._cols = cols  # the attribute ids read, in the order of the array's columns
        self._indexed = indexed  # (column, {value: [rule, ...]}) per indexing column
        self._unindexed = unindexed  # rules with no equality test to index them by
        self._attrs = attrs

    @classmethod
    def compile(cls, nlp: Any, name: str = "attribute_ruler") -> FastRuler | None:
        from spacy.attrs import IDS
        from spacy.pipeline import AttributeRuler
        from spacy.strings import get_string_id

        if name not in nlp.pipe_names:
            return None
        ruler = nlp.get_pipe(name)
        if type(ruler) is not AttributeRuler:
            return None
        settable = {IDS[a] for a in _SET}
        cols = [IDS[a] for a in _READ]
        col_of = {a: k for k, a in enumerate(_READ)}
        rank = {a: k for k, a in enumerate(_INDEX_ORDER)}
        rules: list[tuple[int, tuple, int]] = []  # (rule number, specs, offset of the word set)
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if not isinstance(attrs, dict) or not set(attrs) <= settable:
                return None
            on_match, patterns = ruler.matcher.get(str(order))
            if on_match is not None:
                return None
            for pattern in patterns:
                specs = []
                for spec in pattern:
                    tests = []
                    for key, value in spec.items():
                        if key not in col_of:
                            return None
                        col = col_of[key]
                        if key == "IS_SPACE":
                            if not isinstance(value, bool):
                                return None
                            tests.append((rank[key], col, "==", int(value)))
                        elif isinstance(value, str):
                            tests.append((rank[key], col, "==", get_string_id(value)))
                        elif (isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}
                              and all(isinstance(v, str) for v in next(iter(value.values())))):
                            op, words = next(iter(value.items()))
                            tests.append((rank[key], col, op, frozenset(get_string_id(v) for v in words)))
                        elif (isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str)
                              and key != "IS_SPACE"):
                            # searched in the word's string, as spaCy does; the answer kept per string
                            tests.append((rank[key], col, "REGEX", (re.compile(value["REGEX"]), {})))
                        else:
                            return None
                    specs.append(tuple(sorted(tests, key=lambda t: t[0])))
                if not specs or not -len(specs) <= index < len(specs):
                    return None  # (spaCy raises on an index outside the span)
                rules.append((order, tuple(specs), index % len(specs)))
        indexed: dict[int, dict] = {}
        unindexed = []
        for rule in rules:
            first = rule[1][0]
            eq = next((t for t in first if t[2] == "=="), None)
            isin = next((t for t in first if t[2] == "IN"), None)
            if eq is not None:
                indexed.setdefault(eq[1], {}).setdefault(eq[3], []).append(rule)
            elif isin is not None:  # (each word has one value: a rule filed under each of its set is found once)
                for value in isin[3]:
                    indexed.setdefault(isin[1], {}).setdefault(value, []).append(rule)
            else:
                unindexed.append(rule)
        # per value: the rules the lookup alone decides (one word, one equality test: the one looked up),
        # as (rule number, offset), and the rest, whose other tests ``_matches`` checks
        for table in indexed.values():
            for value, found in table.items():
                table[value] = ([(r[0], r[2]) for r in found if _decided(r)], [r for r in found if not _decided(r)])
        ordered = sorted(indexed.items(), key=lambda kv: rank[_READ[kv[0]]])
        return cls(ruler, name, cols, ordered, unindexed, [dict(a) for a in ruler.attrs])

    def current(self, nlp: Any) -> bool:
        """The ruler compiled is still ``nlp``'s, with no rule added since."""
        return self.name in nlp.pipe_names and nlp.get_pipe(self.name) is self._ruler and len(self._ruler.attrs) == self._count

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        rows = doc.to_array(self._cols).tolist()
        n = len(rows)
        found: list[tuple[int, int]] = []  # (rule number, word set)
        indexed, unindexed, strings = self._indexed, self._unindexed, doc.vocab.strings
        # walked a column at a time, only the words whose value some rule is filed under (the order found does
        # not matter: ``found`` is sorted below)
        columns = list(zip(*rows, strict=True))
        for col, table in indexed:
            column = columns[col]
            for s in [s for s, v in enumerate(column) if v in table]:
                decided, others = table[column[s]]
                for order, offset in decided:
                    found.append((order, s + offset))
                for rule in others:
                    if _matches(rule[1], rows, s, n, strings):
                        found.append((rule[0], s + rule[2]))
        for rule in unindexed:
            for s in _starts(rule, columns, n, strings):
                if _matches(rule[1], rows, s, n, strings):
                    found.append((rule[0], s + rule[2]))
        if not found:
            return doc
        found.sort()  # by rule number (spaCy sorts by it, then by position: the same order per word)
        merged: dict[int, dict] = {}
        attrs = self._attrs
        for order, i in found:
            got = merged.get(i)
            if got is None:
                merged[i] = dict(attrs[order])
            else:
                got.update(attrs[order])
        for i, values in merged.items():
            # (each attribute is its own field of the word: setting the last value of each at once
            # leaves the word as setting them one rule at a time does)
            set_token_attrs(doc[i], values)
        return doc


def _starts(rule: tuple, columns: list[tuple[int, ...]], n: int, strings: Any) -> Iterable[int]:
    """Where an unindexed rule can start: the words that pass its first word's regex test, searched once per
    distinct string (kept with the test, as ``_matches`` keeps it); every word when its first word has none."""
    test = next((t for t in rule[1][0] if t[2] == "REGEX"), None)
    if test is None:
        return range(n)
    column, (pattern, known) = columns[test[1]], test[3]
    passing = set()
    for got in set(column):
        hit = known.get(got)
        if hit is None:
            hit = known[got] = bool(pattern.search(strings[got]))
        if hit:
            passing.add(got)
    return [s for s, v in enumerate(column) if v in passing] if passing else ()


def _decided(rule: tuple) -> bool:
    # one word, one test, an equality: the index lookup that found the rule was that test
    return len(rule[1]) == 1 and len(rule[1][0]) == 1 and rule[1][0][0][2] == "=="


def _matches(specs: tuple, rows: list[list[int]], s: int, n: int, strings: Any) -> bool:
    if s + len(specs) > n:
        return False
    for k, tests in enumerate(specs):
        row = rows[s + k]
        for _rank, col, op, value in tests:
            got = row[col]
            if op == "==":
                if got != value:
                    return False
            elif op == "IN":
                if got not in value:
                    return False
            elif op == "REGEX":
                hit = value[1].get(got)
                if hit is None:
                    hit = value[1][got] = bool(value[0].search(strings[got]))
                if not hit:
                    return False
            elif got in value:  # NOT_IN
                return False
    return True


class FastLemmatizer:
    """The model's rule lemmatizer (``lemmatizer``, after the ruler) with each answer kept per word,
    POS and morphology: spaCy's own cache skips the words it finds in their base form, which it
    works out again from the morphology every time. A lemma is a function of those three (the
    rules, exceptions and base-form test read nothing else), and a miss asks spaCy's lemmatizer."""

    def __init__(self, lemmatizer: Any, name: str) -> None:
        self._lemmatizer, self.name = lemmatizer, name
        self._lemmas: dict[tuple[int, int, int], str] = {}

    @classmethod
    def compile(cls, nlp: Any, name: str = "lemmatizer") -> FastLemmatizer | None:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        if name not in nlp.pipe_names:
            return None
        lem = nlp.get_pipe(name)
        if type(lem) not in (Lemmatizer, EnglishLemmatizer) or lem.mode != "rule":
            return None
        return cls(lem, name)

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lem = self._lemmatizer
        if not lem._validated or lem.mode != "rule":
            return lem(doc)  # (spaCy checks its tables on the first doc)
        lemmas, overwrite, add = self._lemmas, lem.overwrite, doc.vocab.strings.add
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        new = arr[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if overwrite or lemma == 0:
                found = lemmas.get((orth, pos, morph)) if pos else None  # (no POS: spaCy warns each time)
                if found is None:
                    found = lem.lemmatize(doc[i])[0]
                    if pos:
                        lemmas[orth, pos, morph] = found
                # (what ``token.lemma_ = found`` stores, set for all words at once: no Token object per word)
                new[i] = add(found)
                changed = True
        if changed:
            doc.from_array([LEMMA], new)
        return doc


def parse_texts(nlp: Any, texts: Iterable[str], batch_size: int, fast: FastRuler | None,
                lemmatizer: FastLemmatizer | None = None) -> Iterator[Any]:
    """``nlp.pipe(texts, batch_size=batch_size)`` with ``fast`` in place of its ruler and ``lemmatizer`` in
    place of its lemmatizer (the same docs); ``nlp.pipe`` itself when ``fast`` is None or no longer matches
    the pipeline."""
    if fast is None or not fast.current(nlp):
        return nlp.pipe(texts, batch_size=batch_size)
    from spacy.util import _pipe

    names = nlp.pipe_names
    after = names[names.index(fast.name):]
    docs: Iterator[Any] = map(fast, nlp.pipe(texts, batch_size=batch_size, disable=after))
    for name in after[1:]:  # the rest of the pipeline, chained as ``Language.pipe`` chains it
        proc = nlp.get_pipe(name)
        if lemmatizer is not None and name == lemmatizer.name and proc is lemmatizer._lemmatizer:
            docs = map(lemmatizer, docs)
            continue
        docs = _pipe(docs, proc=proc, name=name, default_error_handler=nlp.default_error_handler,
                     kwargs={"batch_size": batch_size})
    return docs
