"""The learned trigger stage: events the rules missed, built by the events stage's own machinery when a
learned model is sure of them (real spaCy model, real knowledge files, the shipped model file)."""

from __future__ import annotations

import pytest

from tidings.coder import CoderConfig, make_story
from tidings.learn.harness import MODELS_DIR
from tidings.learn.linear import LinearModel, load
from tidings.pipeline.learned_triggers import MODEL_NAME, THRESHOLD, YES, LearnedTriggers, proposals

# Rules code the accusation and the killing; the seizure in the time clause stays uncoded, and the events
# machinery reads it as COERCE by the Malian army.
SIDE_SEIZURE = ("Amnesty International accused the army on Tuesday of killing civilians in Kidal after the "
                "soldiers seized the northern town.")


def _sure_of(etype: str) -> LinearModel:
    """A hand-made model that is sure of every built event of one type, and of nothing else."""
    return LinearModel(classes=[YES, "NONE"], bias={YES: -5.0, "NONE": 0.0},
                       weights={f"T={etype}": {YES: 10.0}})


def _context_after_patterns(coder, text: str):
    story = make_story(text, date="2024-09-10")
    doc = coder.parse([text])[0]
    return coder.story_context(doc, story, stop_after="patterns")


@pytest.fixture(scope="module")
def events_stage(coder):
    return next(st for st in coder.stages if st.name == "events")


def test_the_stage_adds_the_event_a_sure_model_names_with_the_rules_actor(coder, events_stage):
    ctx = _context_after_patterns(coder, SIDE_SEIZURE)
    before = {(c.event, c.trigger) for c in ctx.candidates}
    LearnedTriggers(None, CoderConfig(), events_stage, model=_sure_of("COERCE"))(ctx)
    added = [c for c in ctx.candidates if (c.event, c.trigger) not in before]
    assert [(c.event, ctx.doc[c.trigger].text) for c in added] == [("COERCE", "seized")]
    assert {m.code for m in added[0].actor} == {"MLI"}
    assert added[0].extra["learned_triggers"] in ("strict", "relaxed")


def test_the_stage_adds_nothing_below_its_threshold(coder, events_stage):
    ctx = _context_after_patterns(coder, SIDE_SEIZURE)
    n = len(ctx.candidates)
    LearnedTriggers(None, CoderConfig(), events_stage, model=_sure_of("ASSAULT"))(ctx)  # (no ASSAULT to build)
    LearnedTriggers(None, CoderConfig(), events_stage)(ctx)  # the shipped model is not sure of the seizure
    assert len(ctx.candidates) == n


def test_the_stage_does_nothing_when_the_learned_stages_are_off(coder, events_stage):
    ctx = _context_after_patterns(coder, SIDE_SEIZURE)
    n = len(ctx.candidates)
    LearnedTriggers(None, CoderConfig(learned=False), events_stage, model=_sure_of("COERCE"))(ctx)
    assert len(ctx.candidates) == n


def test_a_word_the_rules_coded_is_never_proposed(coder, events_stage):
    ctx = _context_after_patterns(coder, SIDE_SEIZURE)
    coded = {c.trigger for c in ctx.candidates}
    assert coded and not coded & {i for i, _ in proposals(events_stage, ctx)}


def test_sports_reports_get_no_learned_events(coder, events_stage):
    ctx = _context_after_patterns(coder, "England struck three times in the final session at Lord's to win the "
                                         "third Test by 22 runs.")
    assert list(proposals(events_stage, ctx)) == []


def test_the_features_of_a_proposal_are_the_same_on_every_run(coder, events_stage):
    runs = []
    for _ in range(2):
        ctx = _context_after_patterns(coder, SIDE_SEIZURE)
        runs.append([(i, [(t, feats) for t, _, feats in options]) for i, options in proposals(events_stage, ctx)])
    assert runs[0] == runs[1] and runs[0]


def test_the_build_gate_changes_no_decision(coder, events_stage):
    # (the bound on what a built event's features add: an event just above the threshold is still built)
    ctx = _context_after_patterns(coder, SIDE_SEIZURE)
    model = load(MODELS_DIR / f"{MODEL_NAME}.json")
    probs = [model.proba(feats)[YES] for _, options in proposals(events_stage, ctx) for _, _, feats in options]
    assert probs
    stage = LearnedTriggers(None, CoderConfig(), events_stage, threshold=max(probs) * 0.999)

    def sure(gate):
        return [(i, t) for i, options in proposals(events_stage, ctx, gate=gate) for t, _, feats in options
                if stage.model.proba(feats)[YES] >= stage.threshold]

    assert sure(stage._worth_building) == sure(None) != []


def test_the_shipped_model_round_trips_through_json(tmp_path):
    model = load(MODELS_DIR / f"{MODEL_NAME}.json")
    model.save(tmp_path / "m.json")
    again = load(tmp_path / "m.json")
    assert again.to_json() == model.to_json() and set(model.classes) == {YES, "NONE"}
    assert 0.5 < THRESHOLD < 1.0
