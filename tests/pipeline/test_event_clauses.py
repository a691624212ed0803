"""Clause shapes of long sentences (pipeline/event_clauses.py): side-clause words that name no event. Sentences
written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text", [
    "The junta arrested the head of the electoral commission and dissolved the national assembly in Niamey, steps "
    "the African Union said threatened the transition.",
    "Russia massed troops on the border with Ukraine, a move that threatened the fragile truce, NATO said.",
])
def test_a_summed_up_step_that_threatens_something_is_no_threat(coder, text):
    assert not any(e.event == "THREATEN" for e in code(coder, text))
