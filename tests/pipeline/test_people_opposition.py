"""A country's own opposition or parliament named without the country takes the country of the head of state or
government the story named last (tidings.pipeline.people_opposition), not a foreign state named in between."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


def _accusation(coder, text: str):
    events = [e for e in code(coder, text.replace(" || ", "\n\n")) if e.event == "ACCUSE"]
    assert events, "no ACCUSE"
    return entity_codes(events[-1].actor), entity_codes(events[-1].recipient)


@pytest.mark.parametrize("text, dyad", [
    pytest.param("Senegalese President Macky Sall postponed the February presidential election on Saturday. || The United "
                 "States and the European Union called for the vote to be held as soon as possible. || The opposition "
                 "accused him of staging a constitutional coup.", (("SEN",), ("SEN",)), id="senegal-opposition"),
    pytest.param("Tanzanian President Samia Suluhu Hassan was declared the winner of last week's election on Saturday. || "
                 "Britain, Canada and Norway said they were deeply concerned by reports of killings of protesters. || The "
                 "opposition accused her of stealing the election.", (("TZA",), ("TZA",)), id="tanzania-opposition"),
    pytest.param("Serbian President Aleksandar Vucic said on Sunday he would call snap parliamentary elections for the "
                 "spring. || The European Commission said it expected the vote to meet international standards. || "
                 "Opposition leaders accused him of using the ballot to deflect attention from the protests.",
                 (("SRB",), ("SRB",)), id="serbia-opposition-leaders"),
])
def test_the_opposition_is_the_latest_leader_s_country(coder, text, dyad):
    assert _accusation(coder, text) == dyad
