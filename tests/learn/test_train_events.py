"""Training the learned event detector: labels from the gold events the rules missed, reproducible weights."""

from __future__ import annotations

from pathlib import Path

from tests.learn.conftest import trained_twice
from tidings.learn.train_events import NONE, choose_threshold, collect, examples, label, train

TINY_EVENTS = Path(__file__).parent / "data" / "tiny_events.jsonl"


def test_a_missed_gold_event_labels_the_uncoded_clause_head_that_carries_it(rules_coder):
    data = collect([TINY_EVENTS], rules_coder)
    label(data)
    labelled = {(r.story, r.lemma): r.label for sd in data for r in sd.rows}
    # the rules code the phone call and miss the strikes the 'while' clause reports
    assert labelled[("tiny_events/tev-01", "press")] == "ASSAULT"
    assert all(y in (NONE, None) for (story, _), y in labelled.items() if story.endswith("tev-05"))
    pairs, weights = examples(data)
    assert len(pairs) == len(weights) and any(y == "ASSAULT" for _, y in pairs)


def test_training_reproduces_the_same_weights_byte_for_byte(rules_coder):
    first = train([TINY_EVENTS], rules_coder)
    assert first.to_json() == train([TINY_EVENTS], rules_coder).to_json()
    # (too few files to cross-validate: the model is shipped unable to add anything)
    assert first.meta["threshold"] > 1.0


def test_train_models_reproduces_the_event_model_file_byte_for_byte(tmp_path):
    outs = trained_twice(tmp_path, TINY_EVENTS, "events")
    assert outs[0] == outs[1] and b'"component":"events"' in outs[0]


def test_the_threshold_is_the_lowest_whose_cross_validated_additions_are_precise_enough():
    folds = [{0.5: {"added": 10, "right": 5}, 0.7: {"added": 6, "right": 5}, 0.9: {"added": 1, "right": 1}}] * 2
    assert choose_threshold(folds, precision=0.75) == 0.7
    assert choose_threshold(folds, precision=1.01) > 1.0
    # (2 of 2 right is no evidence: too few additions to read a precision off)
    assert choose_threshold(folds, precision=0.9) > 1.0
