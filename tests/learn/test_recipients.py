"""Training the learned recipient chooser: labels from the aligned gold event, reproducible weights."""

from __future__ import annotations

from tests.learn.conftest import TINY_GOLD, trained_twice
from tidings.learn.harness import contexts
from tidings.learn.recips_features import NONE
from tidings.learn.train_recipients import FILL, collect, examples, train


def test_each_aligned_rule_event_gets_one_label_per_choice(rules_coder):
    events = list(collect((g, ctx, "tiny") for g, ctx in contexts([TINY_GOLD], rules_coder)))
    assert events
    for e in events:
        assert e.slots[-1].code == NONE and len(e.labels) == len(e.slots)
        # a choice is right when its code is a gold recipient; NONE when the gold has none
        assert e.labels[-1] == (not e.gold)
        assert all(y == (s.code in e.gold) for s, y in zip(e.slots[:-1], e.labels[:-1], strict=True))
    pairs = examples(events)
    assert len(pairs) == sum(len(e.slots) for e in events) and {y for _, y in pairs} <= {"0", "1"}


def test_training_reproduces_the_same_weights_byte_for_byte(rules_coder):
    first = train([TINY_GOLD], rules_coder)
    assert first.to_json() == train([TINY_GOLD], rules_coder).to_json()
    assert first.meta["thresholds"]["fill"] == FILL


def test_train_models_reproduces_the_recipient_model_file_byte_for_byte(tmp_path):
    outs = trained_twice(tmp_path, TINY_GOLD, "recipients")
    assert outs[0] == outs[1] and b'"component":"recipients"' in outs[0]


def test_cross_validation_counts_the_fills_by_threshold(rules_coder):
    from tidings.learn.train_recipients import cross_validate, labelled_events

    events = labelled_events([TINY_GOLD], rules_coder)
    for k, e in enumerate(events):  # (one file: two made-up groups, so each fold has training data)
        e.group = f"part{k % 2}"
    found = cross_validate(events, thresholds=(0.3, 0.9), folds=2)
    assert set(found) == {0.3, 0.9}
    assert all(set(c) == {"right", "wrong", "lost"} and min(c.values()) >= 0 for c in found.values())
    # a higher threshold never fills more
    assert sum(found[0.9].values()) <= sum(found[0.3].values())
