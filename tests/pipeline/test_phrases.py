"""Dictionary phrases split into words without the tokenizer (pipeline/phrases.py)."""

from __future__ import annotations

from tidings.dictionaries import bundled
from tidings.pipeline.context import context_knowledge
from tidings.pipeline.materiel import materiel_knowledge
from tidings.pipeline.phrases import phrase_words
from tidings.pipeline.scope import plural


def _bundled_phrases() -> list[str]:
    phrases = [e.phrase for d in bundled() for e in d]
    for kb, key in ((materiel_knowledge(), "categories"), (context_knowledge(), "lexicon")):
        for terms in kb[key].values():
            terms = terms["terms"] if isinstance(terms, dict) else terms
            phrases += [v.lower() for t in terms for v in (t, plural(t))]
    return phrases


def test_every_bundled_phrase_splits_as_the_tokenizer_splits_it(coder):
    nlp = coder.nlp
    phrases = _bundled_phrases()
    assert len(phrases) > 5000
    expected = [[t.text for t in doc] for doc in nlp.tokenizer.pipe(phrases)]
    assert phrase_words(nlp, phrases) == expected


def test_special_cases_urls_and_punctuation_go_through_the_tokenizer(coder):
    nlp = coder.nlp
    phrases = ["Cannot", "Id", "U.S.-led", "Port-au-Prince", "Côte d'Ivoire", "two  spaces", " lead", "example.com"]
    assert phrase_words(nlp, phrases) == [[t.text for t in nlp.tokenizer(p)] for p in phrases]
