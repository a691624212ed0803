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


def test_per_parse_answers_again_with_new_token_objects_equal_to_a_fresh_call(coder):
    from tidings.pipeline.arguments import objects

    doc = coder.nlp("Russia expelled two Polish diplomats and closed the consulate.")
    verb = doc[1]
    first, again = objects(verb), objects(verb)
    assert [t.i for t in first] == [t.i for t in again] == [t.i for t in objects.__wrapped__(verb)]
    assert all(a is not b for a, b in zip(first, again, strict=True))  # (a fresh call makes new Token objects)


def test_per_parse_keeps_no_answer_that_holds_its_own_word(coder):
    from tidings.pipeline.base import parse, per_parse

    @per_parse
    def itself(tok):
        return [tok]

    doc = coder.nlp("Talks resumed.")
    tok = doc[0]
    assert itself(tok)[0] is tok
    assert not any(key[0] is itself.__wrapped__ for key in parse(doc).memo)


def test_forget_drops_the_per_parse_answers_with_the_tree(coder):
    from tidings.pipeline.arguments import objects
    from tidings.pipeline.base import forget, parse

    doc = coder.nlp("Iran seized a tanker.")
    objects(doc[1])
    assert parse(doc).memo
    forget(doc)
    assert not parse(doc).memo
