"""Training of the learned trigger model: labels from the evaluator's matching, a reproducible model file."""

from __future__ import annotations

from pathlib import Path

from tests.learn.conftest import trained_twice
from tidings.evaluate import GoldEvent, GoldStory
from tidings.learn.train_triggers import NONE, YES, Row, StoryData, collect, examples, label

TINY_TRIGGERS = Path(__file__).parent / "data" / "tiny_triggers.jsonl"


def _gold(*events: tuple[str, str, str | None]) -> GoldStory:
    return GoldStory(id="s", text="", date=None, events=[
        GoldEvent(event=t, actor=frozenset({a}), recipient=frozenset({r} if r else ())) for t, a, r in events])


def _row(tok: int, built: dict[str, tuple[str, str | None]]) -> Row:
    row = Row("s", 0, tok, sorted(built))
    for t, (a, r) in built.items():
        row.built[t] = (t, frozenset({a}), frozenset({r} if r else ()))
        row.pairs[t] = [f"T={t}", f"tok={tok}"]
    return row


def test_a_missed_gold_event_goes_to_the_one_uncoded_word_that_builds_it():
    rows = [_row(1, {"COERCE": ("MLI", None)}), _row(5, {"REJECT": ("MLI", None)})]
    sd = StoryData(_gold(("ACCUSE", "NGO", "MLI"), ("COERCE", "MLI", None)), [("ACCUSE", frozenset({"NGO"}),
                                                                              frozenset({"MLI"}))], rows)
    label([sd])
    assert [r.label for r in rows] == ["COERCE", NONE]


def test_among_several_words_the_one_sharing_the_gold_actor_takes_it():
    rows = [_row(1, {"ASSAULT": ("RUS", None)}), _row(5, {"ASSAULT": ("UKR", None)})]
    sd = StoryData(_gold(("ASSAULT", "UKR", "RUS")), [], rows)
    label([sd])
    assert [r.label for r in rows] == [NONE, "ASSAULT"]


def test_a_word_a_missed_event_may_belong_to_but_not_uniquely_is_left_out():
    rows = [_row(1, {"ASSAULT": ("RUS", None)}), _row(5, {"ASSAULT": ("RUS", None)})]
    sd = StoryData(_gold(("ASSAULT", "RUS", "UKR")), [], rows)
    label([sd])
    assert [r.label for r in rows] == [None, None] and examples([sd])[0] == []


def test_an_event_the_rules_already_matched_labels_no_word():
    rows = [_row(1, {"ACCUSE": ("NGO", "MLI")})]
    sd = StoryData(_gold(("ACCUSE", "NGO", "MLI")), [("ACCUSE", frozenset({"NGO"}), frozenset({"MLI"}))], rows)
    label([sd])
    assert rows[0].label == NONE and examples([sd])[0] == [(["T=ACCUSE", "tok=1"], NONE)]


def test_the_tiny_file_yields_the_side_seizure_as_an_event(rules_coder):
    data = collect([TINY_TRIGGERS], rules_coder)
    label(data)
    ex, _ = examples(data)
    assert any(y == YES and "T=COERCE" in feats for feats, y in ex)


def test_train_models_reproduces_the_trigger_model_file_byte_for_byte(tmp_path):
    outs = trained_twice(tmp_path, TINY_TRIGGERS, "triggers")
    assert outs[0] == outs[1] and b'"component":"triggers"' in outs[0] and b'"EVENT"' in outs[0]
