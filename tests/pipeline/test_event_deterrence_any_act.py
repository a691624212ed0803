"""'Any' hostile act a deterrent answers (pipeline/event_deterrence.py, _any_act_of_a_party): an act on what the
speaker defends ('any attack on our territory will be met with a crushing response') or one whose doer a 'by'
phrase names ('any incursion by Russian jets') is a warning; a defence pact's clause on either side stays none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, actor, recipient", [
    ("Any attack on our sovereignty will be met with an overwhelming response, Iran's armed forces chief said on "
     "Sunday.", "IRN", set()),
    ("Venezuela's defence minister said any aggression against its territory would be met with force.", "VEN", set()),
    ("Any violation by Turkish jets of Greek airspace will be met with a firm response, Greece's defence minister "
     "said.", "GRC", {"TUR"}),
])
def test_any_hostile_act_met_with_force_threatens(coder, text, actor, recipient):
    threats = [e for e in code(coder, text, date="2026-11-27") if e.event == "THREATEN"]
    assert threats and {a.code for a in threats[0].actor} == {actor}
    assert {r.code for r in threats[0].recipient} == recipient


@pytest.mark.parametrize("text", [
    "Under the treaty, any attack on either signatory would be treated as an attack on both.",
    "The storm was met with a swift response from emergency services, officials in Manila said.",
])
def test_no_warning_without_a_hostile_act_on_a_defended_good(coder, text):
    assert not any(e.event == "THREATEN" for e in code(coder, text, date="2026-11-27"))
