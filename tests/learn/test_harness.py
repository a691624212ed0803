"""The training harness: which gold it reads, and the contexts it hands the training code."""

from __future__ import annotations

import shutil

import pytest

from tests.learn.conftest import TINY_GOLD
from tidings.learn.harness import contexts, is_held_out, training_files


def codes(mentions) -> frozenset[str]:
    return frozenset(m.code for m in mentions if m.code)


def test_training_files_leave_the_held_out_files_out(tmp_path):
    for name in ("a.jsonl", "b_sealed.jsonl", "lead_holdout_r1.jsonl", "dev_events_holdout.jsonl", "c.jsonl"):
        (tmp_path / name).write_text("")
    assert [p.name for p in training_files(tmp_path)] == ["a.jsonl", "c.jsonl"]


def test_the_real_training_files_hold_no_sealed_file():
    files = training_files()
    assert files and not any(is_held_out(p) for p in files)


def test_contexts_refuse_a_sealed_file(tmp_path, rules_coder):
    sealed = tmp_path / "tiny_sealed.jsonl"
    shutil.copy(TINY_GOLD, sealed)
    with pytest.raises(ValueError, match="held-out"):
        next(contexts([sealed], rules_coder))


def test_contexts_refuse_a_coder_with_the_learned_stages_on(coder):
    with pytest.raises(ValueError, match="learned"):
        next(contexts([TINY_GOLD], coder))


def test_contexts_hand_each_story_with_its_gold_and_the_rule_candidates(rules_coder):
    found = list(contexts([TINY_GOLD], rules_coder))
    assert [g.id for g, _ in found][:2] == ["tiny_gold/tiny-01", "tiny_gold/tiny-02"]
    by_id = {g.id: (g, ctx) for g, ctx in found}
    gold, ctx = by_id["tiny_gold/tiny-06"]
    assert [e.event for e in gold.events] == ["ACCUSE"]
    accuse = [c for c in ctx.candidates if c.event == "ACCUSE"]
    assert accuse and codes(accuse[0].actor) == {"DEU"} and codes(accuse[0].recipient) == {"RUS"}
    assert ctx.mentions and ctx.sents


def test_contexts_stop_after_the_named_stage(rules_coder):
    _, early = next(iter(contexts([TINY_GOLD], rules_coder, stop_after="events")))
    assert early.candidates
    # the dates stage has not run: no candidate carries a date yet
    assert all(c.date is None for c in early.candidates)
