"""Parties the parse hides (event_deep_parties.py, argument_recipients.py, event_object_partner.py, round 11),
through the full pipeline: the party blamed at the end of a long attack phrase, an object read as the subject of
a participle clause, people who work for a coded body, the agent of "any attempt by X", captives rescued at
home, and the sides of a go-between's offer in other shapes."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Lithuania blamed the arson attack on a warehouse in Vilnius on Russian military intelligence.",
     ("ACCUSE", ("LTU",), ("RUS",))),
    ("Israel blamed the rocket attack on a kibbutz near the border on Hezbollah.", ("ACCUSE", ("ISR",), ("LBN",))),
    ("Kenya blamed the attack on a bus in Mandera on al Shabaab militants.", ("ACCUSE", ("KEN",), ("SOM",))),
])
def test_blamed_party_at_the_end_of_the_attack_phrase(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_single_blamed_party_unchanged(coder):
    assert ("ACCUSE", ("UKR",), ("RUS",)) in dyads(coder, "Ukraine blamed the overnight missile strike on Russia.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Houthi missiles struck a Greek tanker anchored off Hodeidah.", ("ASSAULT", ("YEM",), ("GRC",))),
    ("Russian drones attacked a Moldovan-flagged barge moored on the Danube.", ("ASSAULT", ("RUS",), ("MDA",))),
])
def test_object_read_as_a_participle_subject(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Belarusian police detained a cameraman working for a Polish television channel.", ("COERCE", ("BLR",), ("POL",))),
    ("Iranian authorities detained two women who work for a British charity in Tehran.",
     ("COERCE", ("IRN",), ("GBR",))),
])
def test_people_stand_for_whom_they_work_for(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_any_attempt_by_a_party(coder):
    found = dyads(coder, "Beijing warned it would crush any attempt by Taipei to seek formal independence.")
    assert ("THREATEN", ("CHN",), ("TWN",)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Colombian police rescued three engineers who had been abducted by dissidents in Cauca.",
     ("AID", ("COL",), ("COL",))),
    ("Nigerian soldiers rescued 40 kidnapped farmers in a forest in Katsina state.", ("AID", ("NGA",), ("NGA",))),
])
def test_captives_rescued_at_home(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_crew_rescued_from_a_ship_has_no_home_recipient(coder):
    found = dyads(coder, "The Indian Coast Guard rescued 14 crew members from a burning Singapore-flagged ship off Kerala.")
    assert ("AID", ("IND",), ()) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Turkey renewed its offer to host talks between Russia and Ukraine.", ("AGREE", ("TUR",), ("RUS", "UKR"))),
    ("Qatar offered to act as a mediator between Venezuela and the United States.", ("AGREE", ("QAT",), ("USA", "VEN"))),
    ("Kenya offered to serve as a guarantor of talks between Ethiopia and Eritrea.", ("AGREE", ("KEN",), ("ERI", "ETH"))),
    ("Hungary's Orban offered Budapest as a venue for a meeting between the U.S. and Russian presidents.",
     ("AGREE", ("HUN",), ("RUS", "USA"))),
])
def test_go_between_offer_shapes(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Erdogan and Aliyev met on the margins of a regional summit in Baku on Thursday.", ("CONSULT", ("TUR",), ("AZE",))),
    ("Talks between Egyptian and Ethiopian officials in Addis Ababa ended without agreement.",
     ("CONSULT", ("EGY",), ("ETH",))),
])
def test_two_party_meeting_in_one_side_country_placed_deep(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_sideline_meeting_in_a_third_country_stays_symmetric(coder):
    found = dyads(coder, "Ramaphosa and Lula met on the sidelines of the UN General Assembly in New York.")
    assert ("CONSULT", ("BRA", "ZAF"), ()) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Seoul denounced the provocation, a launch of two missiles by North Korea.", ("ACCUSE", ("KOR",), ("PRK",))),
    ("Kenya condemned the attack, a raid carried out by Somali militants on a police post.",
     ("ACCUSE", ("KEN",), ("SOM",))),
    ("Ghana condemned the incident, the beating of three traders by Nigerian police.", ("ACCUSE", ("GHA",), ("NGA",))),
])
def test_act_in_apposition_to_the_judged_object_names_the_target(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("China criticised the arrest of a Chinese businessman in Manila.", ("ACCUSE", ("CHN",), ("PHL",))),
    ("Nigeria denounced the mistreatment of Nigerian students in Ghana.", ("ACCUSE", ("NGA",), ("GHA",))),
])
def test_judged_act_on_own_people_abroad_aims_at_the_host_state(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Australia unveiled a set of financial sanctions targeting Iran's Revolutionary Guards.",
     ("SANCTION", ("AUS",), ("IRN",))),
    ("The EU adopted a new package of sanctions aimed at Russian oil traders.", ("SANCTION", ("EUR",), ("RUS",))),
])
def test_sanctions_noun_with_an_aiming_participle(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_promised_amount_in_a_form_of_support_to_a_party(coder):
    found = dyads(coder, "Saudi Arabia promised $2 billion in loans to Pakistan.")
    assert ("AGREE", ("SAU",), ("PAK",)) in found, found


def test_uncoded_crew_is_no_home_patient(coder):
    found = dyads(coder, "Iranian commandos boarded the tanker and detained its sailors.")
    assert ("COERCE", ("IRN",), ()) in found and ("COERCE", ("IRN",), ("IRN",)) not in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("A U.S. strike against a Houthi radar site killed three fighters on Tuesday, the Pentagon said.",
     ("ASSAULT", ("USA",), ("YEM",))),
    ("A Pakistani drone strike on a Taliban post killed four Afghan soldiers.", ("ASSAULT", ("PAK",), ("AFG",))),
])
def test_attack_noun_subject_of_a_toll_verb_names_the_target(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)
