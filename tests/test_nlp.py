"""The loaded English model: tokenizer adjustments tidings makes on top of spaCy."""

from __future__ import annotations

import pytest

from tidings.nlp import load_model


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("a U.S.-led coalition", ["a", "U.S.", "-", "led", "coalition"]),
        ("the U.N.-backed talks", ["the", "U.N.", "-", "backed", "talks"]),
        ("joint U.S.-South Korean drills", ["joint", "U.S.", "-", "South", "Korean", "drills"]),
    ],
)
def test_hyphen_after_an_abbreviation_splits_off_the_country(text, tokens):
    assert [t.text for t in load_model()(text)] == tokens


@pytest.mark.parametrize("text", ["Kim Jong-un", "pro-Russian rebels", "a U.S. official", "the so-called plan"])
def test_other_text_tokenizes_as_in_stock_spacy(text):
    import spacy

    stock = spacy.blank("en")
    assert [t.text for t in load_model()(text)] == [t.text for t in stock(text)]


def test_abbreviated_country_in_a_hyphenated_compound_is_an_actor(coder):
    events = coder.code("The U.S.-led coalition bombed Houthi radar sites in Yemen on Saturday.")
    assert any(e.event == "ASSAULT" and "USA" in {a.code for a in e.actor} for e in events)


def test_military_bases_lemmatise_as_base_not_basis():
    doc = load_model()("Rockets hit two bases, officials said, on the basis of radar data.")
    assert [t.lemma_ for t in doc if t.lower_ in ("bases", "basis")] == ["base", "basis"]


def test_hope_and_cope_keep_their_lemmas():
    nlp = load_model()
    doc = nlp("Seoul hopes to deepen ties, and the ministry copes with the backlog.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hopes"] == "hope"
    assert lemmas["copes"] == "cope"
