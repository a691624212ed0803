"""Acts told in reduced clauses (event_reduced_clauses): a party charged in a passive participle, and a launch
participle the parser makes a reported clause of its own. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "event"), [
    ("Australia on Wednesday imposed travel bans on five Israeli settlers accused of attacking Palestinian "
     "farmers in the West Bank.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("The Treasury sanctioned a Chinese firm accused of supplying satellite images to Houthi rebels in Yemen.",
     ("AID", ("CHN",), ("YEM",))),
    ("South Korea seized a Panamanian-flagged freighter suspected of ramming a South Korean fishing boat.",
     ("ASSAULT", ("PAN",), ("KOR",))),
])
def test_a_party_accused_of_a_concrete_act_in_a_participle_did_it_alleged(coder, text, event):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient), e.claim.status)
             for e in code(coder, text)]
    assert (*event, "alleged") in found, found


def test_people_suspected_of_helping_or_conduct_do_no_act(coder):
    found = dyads(coder, "Myanmar's junta arrested 14 villagers suspected of helping resistance fighters in the "
                         "Sagaing region.")
    assert not any(e == "AID" for e, _, _ in found), found


def test_a_deed_on_no_named_party_in_a_charge_participle_is_no_event(coder):
    found = dyads(coder, "Swedish police boarded a Maltese-flagged freighter suspected of damaging a data cable "
                         "under the Baltic Sea.")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(("text", "event"), [
    ("Syrian officials said on Sunday that rockets fired from Lebanon had hit a border village near Qusayr.",
     ("ASSAULT", ("LBN",), ("SYR",))),
    ("Azerbaijani officials said drones launched from Armenia had struck a power plant near Ganja.",
     ("ASSAULT", ("ARM",), ("AZE",))),
])
def test_a_launch_ground_in_a_reported_clause_names_the_attacker(coder, text, event):
    assert event in dyads(coder, text)
