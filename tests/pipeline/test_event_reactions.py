"""Reaction nouns governed by an eliciting verb (pipeline/event_reactions.py)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "Israel's strike on the compound drew sharp condemnation from Turkey and Egypt on Tuesday.",
    "The decision to expel the envoy was met with protests from Beijing, state media said.",
    "Seoul's new drills prompted a stern rebuke from Pyongyang, which called them a rehearsal for invasion.",
])
def test_a_sentence_with_an_eliciting_verb_passes_the_word_gate(coder, text):
    from tidings.pipeline.base import parse
    from tidings.pipeline.event_reactions import _may_elicit

    doc = coder.nlp(text)
    assert _may_elicit(parse(doc), 0, len(doc))


def test_a_sentence_without_an_eliciting_verb_yields_no_reaction_hit(coder):
    from tidings.pipeline.base import parse
    from tidings.pipeline.event_reactions import _elicitor_at, _may_elicit

    doc = coder.nlp("Turkey and Egypt condemned the Israeli strike on the compound in sharp terms on Tuesday.")
    p = parse(doc)
    assert not _may_elicit(p, 0, len(doc))
    assert all(_elicitor_at(p, i) is None for i in range(len(doc)))


def test_a_reaction_drawn_by_an_act_is_still_coded(coder):
    events = code(coder, "Israel's strike on the compound drew sharp condemnation from Turkey on Tuesday.")
    assert any(e.event == "ACCUSE" and [a.code for a in e.actor] == ["TUR"] for e in events)
