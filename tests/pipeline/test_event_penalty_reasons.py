"""A penalty's stated reason that charges the penalised party with an act is an accusation
(tidings.pipeline.event_penalty_reasons)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text,actor,recipient", [
    ("Poland expelled a Russian diplomat on Monday, saying he had organised an arson attack on a Warsaw "
     "shopping centre.", ("POL",), ("RUS",)),
    ("Britain sanctioned two Chinese companies on Friday, saying they had shipped drone engines to Russia.",
     ("GBR",), ("CHN",)),
])
def test_reason_charging_an_act_is_an_accusation(coder, text, actor, recipient):
    accusations = [e for e in code(coder, text) if e.event == "ACCUSE"]
    assert len(accusations) == 1
    assert entity_codes(accusations[0].actor) == actor and entity_codes(accusations[0].recipient) == recipient


def test_act_in_the_reason_clause_is_the_penalised_partys(coder):
    events = code(coder, "Britain sanctioned two Chinese companies on Friday, saying they had shipped drone "
                         "engines to Russia.")
    aid = [e for e in events if e.event == "AID"]
    assert aid and entity_codes(aid[0].actor) == ("CHN",)


@pytest.mark.parametrize("text", [
    # conduct that is no event
    "Latvia expelled a Belarusian diplomat on Monday, saying he had met intelligence officers in Riga.",
    # a plan, not a charge
    "Latvia expelled a Belarusian diplomat on Monday, saying it would not tolerate interference.",
])
def test_reason_without_a_charged_act_is_no_accusation(coder, text):
    assert not [e for e in code(coder, text) if e.event == "ACCUSE"]
