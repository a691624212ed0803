"""The learned event stage: events in secondary clauses the rules miss, built by the events stage's own
machinery when a model is sure of them (real spaCy model, real knowledge files, hand-made tiny models)."""

from __future__ import annotations

import pytest

from tests.conftest import rule_context
from tidings.coder import CoderConfig
from tidings.learn.linear import LinearModel
from tidings.pipeline import STAGE_NAMES
from tidings.pipeline.learned_events import NONE, LearnedEvents

# the rules code the phone call; the strikes of the 'while' clause stay uncoded
WHILE_STRIKES = ("Jordan's foreign minister telephoned his Egyptian counterpart on Sunday to discuss aid deliveries, "
                 "while Israel pressed on with air strikes on the southern Gaza Strip.")


def sure_of(feature: str, etype: str) -> LinearModel:
    """A tiny model sure that a clause head with ``feature`` is an event of ``etype``, and of nothing else."""
    return LinearModel(classes=[etype, NONE], bias={etype: -8.0, NONE: 0.0}, weights={feature: {etype: 16.0}},
                       meta={"threshold": 0.9})


@pytest.fixture(scope="module")
def events_stage(rules_coder):
    return next(st for st in rules_coder.stages if st.name == "events")


def added_events(ctx, before):
    return [c for c in ctx.candidates if (c.event, c.trigger) not in before]


def test_the_stage_runs_after_the_rule_patterns_and_before_the_learned_recipients():
    assert STAGE_NAMES.index("patterns") < STAGE_NAMES.index("learned_events") < STAGE_NAMES.index(
        "learned_recipients")


def test_a_secondary_clause_event_the_rules_miss_is_added_with_its_doer(rules_coder, events_stage):
    ctx = rule_context(rules_coder, WHILE_STRIKES)
    before = {(c.event, c.trigger) for c in ctx.candidates}
    assert [c.event for c in ctx.candidates] == ["CONSULT"]
    LearnedEvents(None, CoderConfig(), events_stage, model=sure_of("lem=press", "ASSAULT"))(ctx)
    added = added_events(ctx, before)
    assert [(c.event, ctx.doc[c.trigger].text) for c in added] == [("ASSAULT", "pressed")]
    assert {m.code for m in added[0].actor} == {"ISR"}


def test_an_added_event_carries_the_mark_its_probability_and_its_evidence_span(rules_coder, events_stage):
    ctx = rule_context(rules_coder, WHILE_STRIKES)
    before = {(c.event, c.trigger) for c in ctx.candidates}
    LearnedEvents(None, CoderConfig(), events_stage, model=sure_of("lem=press", "ASSAULT"))(ctx)
    (cand,) = added_events(ctx, before)
    mark = cand.extra["learned_events"]
    assert mark["p"] >= 0.9 and mark["why"][0][0] == "lem=press"
    assert cand.confidence <= mark["p"]
    assert "pressed" in ctx.doc[cand.trigger_start:cand.trigger_end].text


@pytest.mark.parametrize("config, model", [
    (CoderConfig(learned=False), sure_of("lem=press", "ASSAULT")),  # the learned stages off
    (CoderConfig(), None),  # (no model given and, in the test, the threshold out of reach below)
])
def test_the_stage_is_a_no_op_when_off_or_without_a_model(rules_coder, events_stage, config, model):
    ctx = rule_context(rules_coder, WHILE_STRIKES)
    n = len(ctx.candidates)
    stage = LearnedEvents(None, config, events_stage, model=model)
    if model is None:
        stage.model = None  # (what a missing model file leaves)
    stage(ctx)
    assert len(ctx.candidates) == n


def test_nothing_is_added_below_the_threshold(rules_coder, events_stage):
    ctx = rule_context(rules_coder, WHILE_STRIKES)
    n = len(ctx.candidates)
    LearnedEvents(None, CoderConfig(), events_stage, model=sure_of("lem=press", "ASSAULT"), threshold=1.01)(ctx)
    assert len(ctx.candidates) == n


def test_a_clause_head_the_rules_coded_is_never_proposed(rules_coder, events_stage):
    ctx = rule_context(rules_coder, WHILE_STRIKES)
    stage = LearnedEvents(None, CoderConfig(), events_stage, model=sure_of("lem=telephone", "CONSULT"))
    assert stage.proposals(ctx) == []
