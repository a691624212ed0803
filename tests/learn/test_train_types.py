"""Training of the learned type model: labels from the evaluator's matching, and a reproducible model file."""

from __future__ import annotations

from tests.learn.conftest import TINY_GOLD, trained_twice
from tidings.evaluate import GoldEvent
from tidings.learn.train_types import NONE, labels
from tidings.pipeline.base import Candidate, Mention


def _party(code: str) -> Mention:
    return Mention(start=0, end=1, start_char=0, end_char=1, text=code, code=code, sector=None, kind="country",
                   sent_index=0, root=0)


def _cand(event: str, actor: str, recipient: str | None = None) -> Candidate:
    return Candidate(sent_index=0, trigger=0, trigger_start=0, trigger_end=1, event=event, actor=[_party(actor)],
                     recipient=[_party(recipient)] if recipient else [])


def _gold(event: str, actor: str, recipient: str | None = None) -> GoldEvent:
    return GoldEvent(event=event, actor=frozenset({actor}), recipient=frozenset({recipient} if recipient else ()))


def test_a_credited_candidate_keeps_its_rule_type():
    c = _cand("ACCUSE", "DEU", "RUS")
    assert labels(["ACCUSE"], [c], [c], [_gold("ACCUSE", "DEU", "RUS")]) == ["ACCUSE"]


def test_an_uncredited_candidate_takes_the_type_of_the_missed_gold_event_it_aligns_with():
    c = _cand("MOBILIZE", "JPN", "PHL")
    assert labels(["MOBILIZE"], [c], [c], [_gold("AID", "JPN", "PHL")]) == ["AID"]


def test_a_candidate_aligned_with_nothing_is_none():
    sent, extra = _cand("AID", "JPN", "PHL"), _cand("CONSULT", "QAT", "OMN")
    gold = [_gold("AID", "JPN", "PHL")]
    assert labels(["AID", "CONSULT"], [sent, extra], [sent, extra], gold) == ["AID", NONE]


def test_a_candidate_the_later_stages_drop_or_retype_is_left_out():
    dropped, retyped = _cand("ASSAULT", "RUS", "UKR"), _cand("AGREE", "CHN", "IND")
    assert labels(["ASSAULT", "CONSULT"], [dropped, retyped], [retyped], []) == [None, None]


def test_train_models_reproduces_the_model_file_byte_for_byte(tmp_path):
    outs = trained_twice(tmp_path, TINY_GOLD, "types")
    assert outs[0] == outs[1] and b'"component":"types"' in outs[0]
