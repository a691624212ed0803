"""The argument helpers that keep their answers with the doc's ``Parse`` (``prep_objects``, ``objects``,
``direct_subjects``, ``subject_tokens``): a second call gives the same words as new Token objects, and a
changed tree (``forget``) is walked afresh."""

from __future__ import annotations

import pytest

from tidings.pipeline.arguments import direct_subjects, objects, prep_objects, subject_tokens
from tidings.pipeline.base import forget

SENTENCE = "Poland and Lithuania imposed sanctions on Belarus and Russia over the border crisis on Tuesday."


def _positions(answer) -> list:
    if isinstance(answer, tuple):  # (tokens, agent[, route])
        return [[t.i for t in answer[0]], *answer[1:]]
    return [t.i for t in answer]


def _tokens(answer) -> list:
    return list(answer[0]) if isinstance(answer, tuple) else list(answer)


@pytest.mark.parametrize(("ask", "word"), [
    pytest.param(lambda t: prep_objects(t, ("on",)), "sanctions", id="prep_objects"),
    pytest.param(lambda t: prep_objects(t, frozenset({"over", "on"})), "sanctions", id="prep_objects-set"),
    pytest.param(objects, "imposed", id="objects"),
    pytest.param(direct_subjects, "imposed", id="direct_subjects"),
    pytest.param(subject_tokens, "imposed", id="subject_tokens"),
])
def test_kept_answer_is_the_same_words_as_new_tokens(coder, ask, word):
    doc = coder.parse([SENTENCE])[0]
    tok = next(t for t in doc if t.text == word)
    first, again = ask(tok), ask(tok)
    assert _tokens(first), "the sentence has an answer to keep"
    assert _positions(again) == _positions(first)
    assert all(a is not b for a, b in zip(_tokens(first), _tokens(again), strict=True))
    forget(doc)
    assert _positions(ask(tok)) == _positions(first)


def test_prepositions_are_filtered_per_call(coder):
    doc = coder.parse([SENTENCE])[0]
    tok = next(t for t in doc if t.text == "sanctions")
    on = [t.text for t in prep_objects(tok, ("on",))]
    assert on == ["Belarus", "Russia"]
    assert prep_objects(tok, ("with",)) == []
    assert [t.text for t in prep_objects(tok, ("on",))] == on
