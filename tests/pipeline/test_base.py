"""Helpers shared by the pipeline stages (pipeline/base.py)."""

from __future__ import annotations

from tidings.pipeline.base import tokens_with_lower


def test_tokens_with_lower_finds_cue_words_in_order_whatever_their_case(coder):
    doc = coder.nlp("It said the Kingdom would reply; the kingdom's envoy left, and it was over.")
    found = tokens_with_lower(doc, {"it", "kingdom"})
    assert [t.text for t in found] == ["It", "Kingdom", "kingdom", "it"]
    assert [t.i for t in found] == sorted(t.i for t in found)


def test_tokens_with_lower_on_words_the_vocabulary_never_saw_is_empty(coder):
    doc = coder.nlp("Nothing here.")
    assert tokens_with_lower(doc, {"zzqxwordneverseen"}) == []


def test_forget_drops_the_per_tree_answers_with_the_tree(coder):
    from tidings.pipeline.base import forget, parse
    from tidings.pipeline.owners import conjuncts

    doc = coder.nlp("France, Germany and Italy condemned the attack.")
    assert [t.text for t in conjuncts(doc[0])] == ["France", "Germany", "Italy"]
    assert parse(doc).memo
    forget(doc)
    assert not parse(doc).memo


def test_doc_words_holds_every_lemma_and_lower_case_form_of_the_doc(coder):
    from tidings.pipeline.base import doc_words

    doc = coder.nlp("Rebels Pulled out of the town.")
    found = doc_words(doc)
    assert {"rebels", "rebel", "pulled", "pull", "out", "of", "town", "."} <= found
    assert "off" not in found
    assert doc_words(doc) is found  # (kept with the doc's parse)
