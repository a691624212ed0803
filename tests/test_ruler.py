"""The faster stand-ins for the model's attribute ruler and lemmatizer: the same docs as ``nlp.pipe``, byte for byte."""

from __future__ import annotations

from tidings.ruler import FastLemmatizer, FastRuler, parse_texts

TEXTS = [
    "Iran accused Israel of attacking its embassy in Damascus on Monday.",
    "It's not clear whether they'd agreed; there is no deal, and y'all ain't seen nothin' yet.",
    "The U.S.-led coalition bombed Houthi radar sites.  Officials did not comment.\n\nI told you so.",
    "Russia's foreign ministry said it had summoned the ambassador, who declined to say if talks would resume.",
    "",
    "   ",
    "Who's there? Whose plan is it, and which side will back it?",
]


def test_docs_are_those_of_nlp_pipe(coder):
    fast, lemmatizer = FastRuler.compile(coder.nlp), FastLemmatizer.compile(coder.nlp)
    assert fast is not None and lemmatizer is not None
    stock = [doc.to_bytes() for doc in coder.nlp.pipe(TEXTS, batch_size=4)]
    for _ in range(2):  # (the second time from the lemmas kept)
        assert [doc.to_bytes() for doc in parse_texts(coder.nlp, TEXTS, 4, fast, lemmatizer)] == stock
    assert [doc.to_bytes() for doc in parse_texts(coder.nlp, TEXTS, 4, fast)] == stock


def test_without_a_ruler_it_is_nlp_pipe(coder):
    import spacy

    blank = spacy.blank("en")
    assert FastRuler.compile(blank) is None and FastLemmatizer.compile(blank) is None
    assert [d.text for d in parse_texts(blank, ["a b", "c"], 2, None)] == ["a b", "c"]


def test_rules_with_a_word_set_are_looked_up_not_tried_on_every_word(coder):
    fast = FastRuler.compile(coder.nlp)
    assert fast is not None
    # (only rules with no equality and no IN test, the model's two REGEX rules, are unindexed: tried on the words
    # whose string passes their first regex)
    assert all(all(t[2] == "REGEX" for t in rule[1][0]) for rule in fast._unindexed)
    text = "Officials did not say which talks had resumed, and the ones that had were those he did attend."
    stock = next(coder.nlp.pipe([text])).to_bytes()
    assert next(parse_texts(coder.nlp, [text], 1, fast)).to_bytes() == stock
