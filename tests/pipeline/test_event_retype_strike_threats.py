"""A strike, blockade or sit-in a group announces it will stage unless / until / if someone else acts is a threat
to restrict (manual, THREATEN restrict names strikes): event_retype.conditional_threats reads PROTEST as it reads
an announced attack or sanction. A condition nobody meets (the weather), no condition at all, or a possibility
('could block highways if ...') leaves the announced protest as it was; so does a forecast by others."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text,actor", [
    ("Nurses at Nigeria's federal hospitals would walk off the job next Monday unless the health ministry paid salary "
     "arrears owed since January, the president of their union told a news conference in Abuja on Wednesday.",
     ("NGA",)),
    ("Teachers in Zimbabwe said they would stage a sit-in at the education ministry if the government did not "
     "restore their allowances, their union told reporters in Harare.", ("ZWE",)),
    ("Ukrainian hauliers would blockade the border crossings with Poland unless Warsaw scrapped the permit "
     "requirement, the head of the carriers' association said on Monday.", ("UKR",)),
])
def test_protest_held_over_a_condition_is_a_threat(coder, text, actor):
    events = code(coder, text)
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats and threats[0].mode == "restrict"
    assert set(actor) <= set(entity_codes(threats[0].actor)) or not actor
    assert "PROTEST" not in [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Dockworkers in Kenya said they would walk out on Monday if the heavy rain continued, their union said.",
    "Farmers in France said they would rally again in Paris on Saturday, the organisers told reporters.",
    "Serbian farmers could block major highways next week if the government fails to raise subsidies, their "
    "association warned on Tuesday.",
])
def test_protest_without_a_partys_condition_is_no_threat(coder, text):
    assert "THREATEN" not in [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Ugandan troops crossed into South Sudan at the weekend to help government forces repel an offensive by "
     "opposition fighters near Nasir, a Ugandan army spokesman said.", ("UGA",), ("SSD",)),
    ("Rwandan soldiers entered Mozambique's Cabo Delgado province in July to support government troops battling "
     "Islamist insurgents, the Rwandan defence ministry said.", ("RWA",), ("MOZ",)),
])
def test_troops_going_in_to_back_a_government_are_aid(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert ("AID", actor, recipient) in found


def test_troops_going_in_to_pursue_rebels_stay_a_deployment(coder):
    events = code(coder, "Chadian troops crossed into Sudan on Friday to pursue rebels who had attacked a border "
                         "post, the army said.")
    assert "AID" not in [e.event for e in events]
