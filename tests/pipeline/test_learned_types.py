"""The learned type stage on real parses with the shipped model: it drops a candidate the model is sure is
no event, leaves everything below its thresholds alone, re-types with a consistent mode, and does nothing
when the learned stages are off."""

from __future__ import annotations

from tests.conftest import rule_context
from tidings.coder import CoderConfig
from tidings.learn.linear import LinearModel
from tidings.pipeline import STAGE_NAMES
from tidings.pipeline.learned_types import DROP_THRESHOLD, LearnedTypes

INVASION = "Cuba accused Washington on Monday of preparing a military invasion of the island."
PATROL_BOATS = "Japan sent two patrol boats to Manila on Wednesday as part of a maritime security package."




def types(ctx) -> list[str]:
    return [c.event for c in ctx.candidates]


def test_the_default_pipeline_leaves_the_stage_out():
    # it would drop an accusation's alleged content the claims spec codes (docs/learned.md)
    assert "learned_types" not in STAGE_NAMES


def test_a_background_invasion_in_an_accusation_is_dropped_when_sure(rules_coder):
    ctx = rule_context(rules_coder, INVASION)
    assert types(ctx) == ["ACCUSE", "ASSAULT"]
    LearnedTypes(rules_coder.nlp, CoderConfig(), drop_threshold=0.8)(ctx)
    assert types(ctx) == ["ACCUSE"]


def test_below_the_threshold_nothing_is_dropped(rules_coder):
    ctx = rule_context(rules_coder, INVASION)
    stage = LearnedTypes(rules_coder.nlp, CoderConfig())
    assert stage.drop_threshold == DROP_THRESHOLD
    # the model says NONE for the invasion, but below the shipped threshold
    assert stage.dropped(ctx) == []
    stage(ctx)
    assert types(ctx) == ["ACCUSE", "ASSAULT"]


def test_a_plain_accusation_is_kept(rules_coder):
    ctx = rule_context(rules_coder, "Germany accused Russia on Monday of orchestrating cyberattacks on its railways.")
    stage = LearnedTypes(rules_coder.nlp, CoderConfig(), drop_threshold=0.5)
    stage(ctx)
    assert "ACCUSE" in types(ctx)


def test_the_stage_does_nothing_when_the_learned_stages_are_off(rules_coder):
    stage = LearnedTypes(rules_coder.nlp, CoderConfig(learned=False), drop_threshold=0.0, retype_threshold=0.0)
    assert stage.model is None
    ctx = rule_context(rules_coder, INVASION)
    stage(ctx)
    assert types(ctx) == ["ACCUSE", "ASSAULT"]


def test_a_retype_drops_a_mode_the_new_type_does_not_have(rules_coder):
    ctx = rule_context(rules_coder, PATROL_BOATS)
    (cand,) = ctx.candidates
    cand.mode = "weapons"  # a MOBILIZE mode; AID has none
    # a real model, written out by hand: sending naval vessels is aid
    model = LinearModel(classes=["AID", "MOBILIZE", "NONE"], bias={"AID": 0.0, "MOBILIZE": 0.0, "NONE": -5.0},
                        weights={"obj.cls=naval_vessel": {"AID": 6.0}})
    LearnedTypes(rules_coder.nlp, CoderConfig(), model=model, retype_threshold=0.9)(ctx)
    assert (cand.event, cand.mode) == ("AID", None)
    assert cand.extra["learned_types"]["from"] == "MOBILIZE"
    assert cand.extra["learned_types"]["why"][0][0] == "obj.cls=naval_vessel"


def test_no_retype_below_the_retype_threshold(rules_coder):
    ctx = rule_context(rules_coder, PATROL_BOATS)
    model = LinearModel(classes=["AID", "MOBILIZE", "NONE"], bias={"AID": 0.0, "MOBILIZE": 0.0, "NONE": -5.0},
                        weights={"obj.cls=naval_vessel": {"AID": 1.0}})
    LearnedTypes(rules_coder.nlp, CoderConfig(), model=model, retype_threshold=0.9)(ctx)
    assert types(ctx) == ["MOBILIZE"]


def test_the_coder_does_not_run_the_stage(coder):
    assert not any(st.name == "learned_types" for st in coder.stages)
