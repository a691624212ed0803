"""The learned recipient stage on real parses with the shipped model: it fills the recipient the rules left
empty when it is sure (a recipient in a modifier or a 'to' phrase past the object), leaves everything below its
threshold and every event the rules gave a recipient alone, and does nothing when the learned stages are off."""

from __future__ import annotations

import pytest

from tests.conftest import rule_context
from tidings.coder import CoderConfig
from tidings.learn.recips_features import NONE, slots
from tidings.pipeline import STAGE_NAMES
from tidings.pipeline.learned_recipients import LearnedRecipients

EVACUATED = "Egypt evacuated 40 wounded Sudanese children from Khartoum for treatment in Cairo on Monday."
ARMS_BAN = "Norway approved a full ban on arms sales to Myanmar on Thursday."
ASYLUM = "Canada granted asylum to a former Iranian diplomat, the ministry said."


def recipients(ctx) -> list[list[str | None]]:
    return [[m.code for m in c.recipient] for c in ctx.candidates]


def test_the_stage_runs_after_the_rule_patterns_and_before_the_claims():
    assert STAGE_NAMES.index("patterns") < STAGE_NAMES.index("learned_recipients") < STAGE_NAMES.index("claims")


def test_the_coder_fills_the_recipient(coder):
    events = coder.code(EVACUATED, date="2025-03-03")
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("AID", ["EGY"], ["SDN"])]


@pytest.mark.parametrize(("text", "event", "code"), [(EVACUATED, "AID", "SDN"), (ARMS_BAN, "SANCTION", "MMR")])
def test_an_empty_recipient_is_filled_when_the_model_is_sure(rules_coder, text, event, code):
    ctx = rule_context(rules_coder, text)
    assert [c.event for c in ctx.candidates] == [event] and recipients(ctx) == [[]]
    LearnedRecipients(rules_coder.nlp, CoderConfig())(ctx)
    assert recipients(ctx) == [[code]]
    done = ctx.candidates[0].extra["learned_recipients"]
    assert done["from"] == [] and done["to"] == [code] and done["p"] >= 0.5 and done["why"]


def test_an_accuser_is_the_accused_acts_target_only_when_the_model_is_much_surer(rules_coder):
    text = "South Africa accused Israel of genocide."
    ctx = rule_context(rules_coder, text)
    stage = LearnedRecipients(rules_coder.nlp, CoderConfig())
    assert stage.fill_speaker > stage.fill
    stage(ctx)
    assert recipients(ctx) == [["ISR"], []]  # the accusation keeps its target; the genocide gets none
    ctx = rule_context(rules_coder, text)
    LearnedRecipients(rules_coder.nlp, CoderConfig(), thresholds={"fill_speaker": stage.fill})(ctx)
    assert recipients(ctx) == [["ISR"], ["ZAF"]]


def test_below_the_threshold_nothing_is_filled(rules_coder):
    ctx = rule_context(rules_coder, EVACUATED)
    LearnedRecipients(rules_coder.nlp, CoderConfig(), thresholds={"fill": 0.99})(ctx)
    assert recipients(ctx) == [[]]


def test_the_rules_recipient_is_kept(rules_coder):
    ctx = rule_context(rules_coder, ASYLUM)
    assert recipients(ctx) == [["IRN"]]
    LearnedRecipients(rules_coder.nlp, CoderConfig())(ctx)
    assert recipients(ctx) == [["IRN"]] and "learned_recipients" not in ctx.candidates[0].extra


def test_the_stage_does_nothing_when_the_learned_stages_are_off(rules_coder):
    stage = LearnedRecipients(rules_coder.nlp, CoderConfig(learned=False))
    assert stage.model is None
    ctx = rule_context(rules_coder, EVACUATED)
    stage(ctx)
    assert recipients(ctx) == [[]]


def test_the_choices_are_the_other_coded_mentions_and_none(rules_coder):
    ctx = rule_context(rules_coder, EVACUATED)
    found = slots(ctx, ctx.candidates[0])
    assert found[-1].code == NONE and found[-1].rule  # the rules gave no recipient
    assert {s.code for s in found[:-1]} >= {"SDN"}
    sdn = next(s for s in found if s.code == "SDN")
    assert "ev=AID" in sdn.features and "rule_empty" in sdn.features and not sdn.rule


def test_the_same_story_gets_the_same_choice_twice(rules_coder):
    stage = LearnedRecipients(rules_coder.nlp, CoderConfig())
    runs = []
    for _ in range(2):
        ctx = rule_context(rules_coder, ARMS_BAN)
        stage(ctx)
        runs.append((recipients(ctx), ctx.candidates[0].extra["learned_recipients"]["p"]))
    assert runs[0] == runs[1]
