"""Accusations voiced without an accusing verb (round 22, stories: pipeline/event_reproaches.py): a speaker's
that-clause says another party is a culprit, that its act deserves a verdict of disapproval, that it is trying to
do harm or that it did wrong; and a speaker's demand that another party end something, whatever it ends."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


def _events(coder, text, etype, date="2026-05-01"):
    return [e for e in code(coder, text, date=date) if e.event == etype]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Azerbaijan's state security service said the three detained Armenians were saboteurs.", "AZE", "ARM"),
    ("Nicaragua's interior ministry said the American pilot was a CIA operative.", "NIC", "USA"),
    ("Seoul said the North Korean balloon launches were a provocation.", "KOR", "PRK"),
    ("Lithuania closed the crossing, saying Minsk was trying to destabilise the border region.", "LTU", "BLR"),
    ("Ethiopia said Eritrea had violated the peace agreement.", "ETH", "ERI"),
    ("Somalia said Kenya had lied about its troop numbers.", "SOM", "KEN"),
    ("Ghana's foreign minister said Togo had reneged on the fishing accord.", "GHA", "TGO"),
])
def test_said_reproach_is_the_speakers_accusation(coder, text, actor, recipient):
    acc = _events(coder, text, "ACCUSE")
    assert any(entity_codes(e.actor) == (actor,) and entity_codes(e.recipient) == (recipient,) for e in acc)


@pytest.mark.parametrize("text", [
    "Azerbaijan said the three detained Armenians were not saboteurs.",
    "The Kremlin said the Ukrainian claims were baseless.",
    "Estonia denied that its border guards were aggressive.",
    "Chile said its navy was trying to reassure fishermen.",
    "Russian hackers breached the email systems of the Estonian police, the country's intelligence service said.",
    "Militants hid weapons in a school near Peshawar, Pakistani police said.",
])
def test_denials_claims_and_harmless_aims_are_no_reproach(coder, text):
    assert not _events(coder, text, "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Somalia's president said Ethiopia must stop arming regional militias.", "SOM", "ETH"),
    ("The Kurdish-led administration in northeast Syria said the strikes had destroyed two power stations and that Ankara must now "
     "stop targeting civilian sites.", "SYR", "TUR"),
    ("Colombia's foreign ministry said it welcomed the talks but that the ELN must first free all its captives.",
     "COL", "COL"),
])
def test_said_demanded_end_is_a_request_of_the_party(coder, text, actor, recipient):
    req = _events(coder, text, "REQUEST")
    assert any(entity_codes(e.actor) == (actor,) and entity_codes(e.recipient) == (recipient,) for e in req)


def test_a_forecast_end_is_no_demand(coder):
    assert not _events(coder, "Analysts said Nigeria will stop importing fuel next year.", "REQUEST")


def test_demand_told_to_an_envoy_stays_one_request(coder):
    req = _events(coder, "Kenya's foreign ministry told Somalia's ambassador that Mogadishu must stop harassing "
                         "Kenyan traders.", "REQUEST")
    assert len(req) == 1 and entity_codes(req[0].recipient) == ("SOM",)


def test_captives_named_again_are_the_accused(coder):
    acc = _events(coder, "Belarus detained two Lithuanian citizens near Grodno on Sunday. The KGB said they were "
                         "spies.", "ACCUSE")
    assert any(entity_codes(e.actor) == ("BLR",) and entity_codes(e.recipient) == ("LTU",) for e in acc)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Georgian police detained opposition leader Nika Melia on Friday. The EU's foreign policy chief said the "
     "detention was a serious setback for democracy in Georgia.", "IGO", "GEO"),
    ("Russia launched naval drills near Japan's Hokkaido on Monday. Tokyo said the drills threatened peace "
     "in the region.", "JPN", "RUS"),
])
def test_a_told_act_reproached_by_its_noun_names_its_doer(coder, text, actor, recipient):
    acc = _events(coder, text, "ACCUSE")
    assert any(entity_codes(e.recipient) == (recipient,) for e in acc)
