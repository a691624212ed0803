"""Promises of restraint (pipeline/event_agreements.restrained): a promise not to let a hostile act happen is an
agreement, no threat of the act. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "Kabul pledged on Thursday not to allow militants to use Afghan territory to attack Pakistan.",
    "Islamabad promised on Monday not to let armed groups use Pakistani soil to attack Afghanistan.",
])
def test_a_promise_not_to_allow_an_attack_is_no_threat(coder, text):
    types = [e.event for e in code(coder, text)]
    assert "THREATEN" not in types and "AGREE" in types, types


def test_a_conditional_vow_to_strike_stays_a_threat(coder):
    text = "Tehran vowed to strike back if Israel does not halt its raids."
    assert "THREATEN" in [e.event for e in code(coder, text)]
