"""A response told as restraint is no warning (pipeline/event_deterrence.py, unaimed_deterrent): 'would respond
calmly but firmly' threatens no one, 'would respond firmly to any attack' still does. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, threat", [
    ("Japan lodged a protest with Beijing on Friday after Chinese coast guard ships entered its waters, and the chief "
     "cabinet secretary said Tokyo would continue to respond calmly but firmly.", False),
    ("South Korea's unification minister said Seoul would respond calmly to the North's latest statement.", False),
    ("NATO would respond firmly to any attack on its members, Secretary General Mark Rutte said.", True),
])
def test_a_calm_response_warns_no_one(coder, text, threat):
    events = code(coder, text, date="2026-11-27")
    assert any(e.event == "THREATEN" for e in events) is threat
