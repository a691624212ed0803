"""Cooperation phrasings of wire copy (verbs.json, event_nominal): a joint operation with a coded partner that an
attack happened in, trade or traffic reopened with a neighbour, a security cooperation pact signed, lists exchanged
(COOPERATE); police arriving abroad (AID); forces sent for relief (AID, not MOBILIZE); penalties a government is considering (SANCTION, hypothetical); 'offered no hint / evidence' is no
offer."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

CODED = [
    ("Kenyan troops killed 11 al Shabaab fighters near Kismayo in a joint operation with Somali forces on Friday.",
     "COOPERATE", ("KEN", "SOM"), ()),
    ("Latvia reopened freight traffic with Russia at the Terehova crossing after a two-week closure.",
     "COOPERATE", ("LVA", "RUS"), ()),
    ("Australia and Papua New Guinea signed a security cooperation treaty in Canberra on Monday.",
     "COOPERATE", ("AUS", "PNG"), ()),
    ("Mongolia opened a new railway crossing with China at Gashuunsukhait on Friday, officials said.", "COOPERATE",
     ("CHN", "MNG"), ()),
    ("Armenia and Azerbaijan exchanged lists of missing persons through the Red Cross.", "COOPERATE",
     ("ARM", "AZE"), ()),
    ("Mexico is considering tariffs on Chinese cars, the economy minister said.", "SANCTION", ("MEX",), ("CHN",)),
    ("Britain is contemplating a ban on Russian steel imports, officials said.", "SANCTION", ("GBR",), ("RUS",)),
    # energy sold across a border is trade (COOPERATE), not aid; arms supplied stay AID
    ("Azerbaijan has been supplying gas to Hungary through the TurkStream pipeline since January.", "COOPERATE",
     ("AZE",), ("HUN",)),
    ("Belarus supplied artillery shells to Russia, Ukrainian intelligence said.", "AID", ("BLR",), ("RUS",)),
    # police arriving abroad are police assistance (manual, AID), not a visit
    ("Rwandan police officers arrived in Mozambique on Monday to help secure the gas-rich province.", "AID",
     ("RWA",), ("MOZ",)),
]


@pytest.mark.parametrize("text,etype,actor,recipient", CODED)
def test_cooperation_phrasing_is_coded(coder, text, etype, actor, recipient):
    e = find_event(code(coder, text), etype)
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient


def test_considered_penalty_is_hypothetical(coder):
    e = find_event(code(coder, "Mexico is considering tariffs on Chinese cars, the economy minister said."), "SANCTION")
    assert e.aux_mode == "hypothetical"


@pytest.mark.parametrize("text", [
    "The central bank governor offered no hint of an interest rate cut in his testimony to parliament.",
    "The army spokesman offered no evidence for the claim at a briefing in Islamabad.",
    "The ministry is considering the proposal, a spokesman said.",
    "The army killed 12 militants in a joint operation near the border.",
])
def test_near_miss_is_not_cooperation_or_offer(coder, text):
    assert not [e for e in code(coder, text) if e.event in ("AGREE", "COOPERATE", "REQUEST")], text


@pytest.mark.parametrize("text", [
    "Italy sent two navy ships to help evacuate wounded civilians from Gaza.",
    "Turkey deployed military helicopters to rescue villagers trapped by floods in Libya.",
])
def test_forces_sent_for_relief_are_aid(coder, text):
    events = code(coder, text)
    assert [e.event for e in events] == ["AID"], [(e.event, e.event_text) for e in events]


def test_forces_sent_for_own_citizens_stay_mobilisation(coder):
    events = code(coder, "South Korea deployed a military transport plane to evacuate its citizens from Israel.")
    assert "AID" not in [e.event for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Paris Club forgave 300 million dollars of Sudan's debt on Wednesday, the finance ministry said.", ("IGO",), ("SDN",)),
    ("China agreed to write off 1.5 billion dollars of Ghana's debt, the finance ministry in Accra said.", ("CHN",),
     ("GHA",)),
])
def test_debt_forgiveness_is_aid(coder, text, actor, recipient):
    e = find_event(code(coder, text), "AID")
    assert entity_codes(e.actor) == actor and entity_codes(e.recipient) == recipient
