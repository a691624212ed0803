"""Attacks reported with no attacker named (pipeline/event_unnamed_attacks.py): a weapon as the subject of a
finite verb hits the scene's country (not in a time clause, not a described weapon); a specific attack condemned, or an
attack noun that killed people, is kept as an ASSAULT with no actor and its target's (else its scene's) country as
recipient; a condemning statement far away does not make the condemner the target. Sentences written for these
tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Italy condemned Wednesday's attack on an army patrol in northern Burkina Faso, in which nine soldiers died.",
     "BFA"),
    ("The Netherlands denounced Monday's bombing of a hospital in the Sudanese city of El Fasher.", "SDN"),
    ("A car bomb attack on a checkpoint in the Somali capital Mogadishu killed five soldiers on Thursday.", "SOM"),
    ("Greece condemned an arson attack on its consulate in Istanbul.", "GRC"),
    ("Nigeria's foreign ministry condemned Saturday's deadly bombing at a bus depot in Maiduguri.", "NGA"),
])
def test_attack_with_no_named_doer_is_kept_with_its_target(coder, text, recipient):
    assert ("ASSAULT", (), (recipient,)) in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Attacks on aid workers must stop, the Norwegian foreign minister said in Oslo.",
    "The council adopted a resolution, which condemned the attacks in Madrid, by a unanimous vote.",
    "Belgium condemned attacks on journalists in general terms at the United Nations on Friday.",
    "Chile condemned the attack on the Bolivian embassy when its foreign minister spoke on Thursday.",
    "Peru condemned the March attack on a police station in the Colombian city of Cali.",
])
def test_generic_or_described_attacks_add_no_actorless_assault(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "ASSAULT" and not d[1]]


def test_named_scene_not_the_condemner_is_the_target(coder):
    text = "Australia condemned the Islamic State attack on a church in the Philippine city of Marawi on Sunday."
    found = dyads(coder, text)
    assert ("ASSAULT", ("IMG",), ("PHL",)) in found
    assert not [d for d in found if d[0] == "ASSAULT" and "AUS" in d[2]]


def test_unnamed_attack_is_not_coded_beside_its_own_killing(coder):
    text = ("Canada condemned Saturday's mortar attack on a displacement camp in Ituri, eastern Congo, which killed at "
            "least nine civilians.")
    assaults = [d for d in dyads(coder, text) if d[0] == "ASSAULT"]
    assert len(assaults) == 1


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Three car bombings, all claimed by Islamic State, killed 22 people in the Iraqi city of Samarra on Friday.",
     "IMG", "IRQ"),
    ("Denmark condemned a suicide bombing in Jalalabad for which Islamic State claimed responsibility.", "IMG", "AFG"),
])
def test_group_that_claimed_the_attack_is_its_doer(coder, text, actor, recipient):
    assert ("ASSAULT", (actor,), (recipient,)) in dyads(coder, text)


def test_attack_no_group_claimed_keeps_no_doer(coder):
    text = "Denmark condemned a bombing at a market in Jalalabad for which no group has claimed responsibility."
    assert ("ASSAULT", (), ("AFG",)) in dyads(coder, text)


def test_party_the_condemner_blames_is_the_doer(coder):
    text = "Lithuania condemned an arson attack on a warehouse in Vilnius on Friday, blaming Russian military intelligence."
    assert ("ASSAULT", ("RUS",), ("LTU",)) in dyads(coder, text)


def assaults(coder, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    return [(entity_codes(e.actor), entity_codes(e.recipient), e.mode) for e in code(coder, text)
            if e.event == "ASSAULT"]


@pytest.mark.parametrize(("text", "recipient", "mode"), [
    ("A car bomb killed nine people near a market in Mogadishu on Thursday, a police officer said.",
     "SOM", "explosives"),
    ("A roadside bomb hit a police van in Pakistan's Khyber district on Monday, killing three officers.",
     "PAK", "explosives"),
    ("An airstrike killed 11 people at a fuel station in northern Yemen on Friday, residents said.", "YEM", "aerial"),
    ("A blast ripped through a crowded bus station in the Afghan city of Herat on Sunday.", "AFG", "explosives"),
    ("A bomb exploded outside a court building in Quetta on Wednesday, wounding six people.", "PAK", "explosives"),
])
def test_doerless_weapon_attack_hits_the_scene(coder, text, recipient, mode):
    assert ((), (recipient,), mode) in assaults(coder, text)


@pytest.mark.parametrize("text", [
    "Lithuania closed its embassy in Kabul on Tuesday, days after a car bomb killed four guards in the city.",
    "Tensions exploded in Nairobi after the disputed vote.",
    "An ammunition depot exploded in Ukraine's Zhytomyr region on Friday.",
])
def test_time_clauses_and_non_weapon_subjects_add_no_doerless_attack(coder, text):
    assert not [a for a in assaults(coder, text) if not a[0]]
