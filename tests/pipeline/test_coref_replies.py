"""Replies across sentences (coref_replies): a vow against the culprits of the story's attack."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("NIAMEY, Sept 7 (AFP) - Fighters of the Islamic State Sahel Province killed at least 20 soldiers in an ambush "
         "in western Niger, the defence ministry said on Sunday. || Niger's junta declared three days of national "
         "mourning and vowed to hunt down those responsible.", (("NER",), ("IMG",))),
        ("Houthi drones struck a Saudi Aramco oil facility in Jeddah on Friday, starting a large fire, the Saudi-led "
         "coalition said. || Riyadh vowed to punish the attackers and said its air defences had been put on high "
         "alert.", (("SAU",), ("YEM",))),
        ("Russian missiles hit a crowded shopping centre in Kharkiv on Saturday, killing 16 people, regional officials "
         "said. || Ukraine's president vowed to punish the attackers and called on allies to send more air defence "
         "systems.", (("UKR",), ("RUS",))),
    ],
)
def test_vow_against_those_responsible_targets_the_attacker(coder, text, dyad):
    events = [e for e in code(coder, text.replace(" || ", "\n\n")) if e.event == "THREATEN"]
    assert events and (entity_codes(events[-1].actor), entity_codes(events[-1].recipient)) == dyad


@pytest.mark.parametrize("text, dyad", [
    pytest.param("China on Friday demanded that Japanese Prime Minister Sanae Takaichi retract her comments on Taiwan.\n\n"
                 "Takaichi refused to withdraw the remarks, telling parliament that they were consistent with policy.",
                 (("JPN",), ("CHN",)), id="refused-to-withdraw-the-remarks"),
    pytest.param("U.S. Secretary of State Antony Blinken on Monday urged Israel to call off the planned offensive in "
                 "Rafah.\n\nNetanyahu declined to cancel the operation, telling his cabinet that Israel would act alone.",
                 (("ISR",), ("USA",)), id="declined-to-cancel-the-operation"),
])
def test_refusing_an_act_on_something_told_answers_the_demand(coder, text, dyad):
    ev = [e for e in code(coder, text) if e.event == "REJECT"][-1]
    assert (entity_codes(ev.actor), entity_codes(ev.recipient)) == dyad
