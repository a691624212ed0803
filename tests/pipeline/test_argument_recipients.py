"""Recipients read off an object's apposition (argument_recipients). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Indian External Affairs Minister Subrahmanyam Jaishankar met his Saudi counterpart in Riyadh on Sunday, the "
     "first visit by an Indian foreign minister to the kingdom in three years.", "IND", "SAU"),
    ("Chinese Foreign Minister Wang Yi met his Australian counterpart in Canberra on Wednesday, the first trip by a "
     "Chinese foreign minister to Australia since 2017.", "CHN", "AUS"),
])
def test_a_summing_act_noun_after_a_counterpart_keeps_the_meeting(coder, text, actor, recipient):
    evs = [e for e in code(coder, text, date=DATE) if e.event == "CONSULT"]
    assert evs and {m.code for m in evs[0].actor} == {actor} and {m.code for m in evs[0].recipient} == {recipient}


def test_the_agent_of_a_judged_act_in_apposition_is_still_the_target(coder):
    text = "The Philippines condemned the raid, a night-time assault by Chinese coast guard personnel on a supply boat."
    evs = [e for e in code(coder, text, date=DATE) if e.event == "ACCUSE"]
    assert evs and {m.code for m in evs[0].recipient} == {"CHN"}
