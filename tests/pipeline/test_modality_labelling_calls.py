"""A labelling call ('calling the attack a violation') judges its object; it plans or seeks
nothing, so the accusation it makes is no hypothetical one."""

from __future__ import annotations

from tests.conftest import code


def test_labelling_call_is_a_plain_accusation(coder):
    text = ("A Pakistani airstrike in eastern Afghanistan killed eight civilians, Taliban officials said, calling the "
            "attack a violation of Afghan sovereignty.")
    accusations = [e for e in code(coder, text, date="2026-11-24") if e.event == "ACCUSE"]
    assert accusations and all(e.aux_mode is None for e in accusations)


def test_call_for_an_act_stays_hypothetical(coder):
    events = code(coder, "The Arab League called for sanctions on Israel.", date="2026-11-24")
    assert [e.aux_mode for e in events if e.event == "SANCTION"] in ([], ["hypothetical"])
