"""Measures re-typed by event_measures and the round-15 trigger data (docs/plover-decisions.md, 'Fifteenth development
round (types)'). Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text", [
    "Kazakhstan revoked the exploration licence of a Chinese-owned oil company on Thursday.",
    "Azerbaijan shuttered the Baku office of the United States Agency for International Development.",
    "Moldova suspended the activities of the Russian cultural centre in Chisinau on Tuesday.",
])
def test_foreign_states_office_or_licence_closed_is_a_sanction(coder, text):
    assert types(coder, text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Pakistan's media regulator suspended the licences of three private news channels on Sunday.",
    "Thailand's election commission dissolved the opposition People's Party on Wednesday.",
    "Israel closed Al Jazeera's office in Jerusalem.",
    "Russia banned the activities of the German Marshall Fund.",
])
def test_domestic_closures_stay_coercion(coder, text):
    assert types(coder, text) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "A court in Minsk jailed a Polish journalist for eight years on Tuesday.",
    "A Moscow court jailed an American teacher on Friday for smuggling cannabis.",
    "Russia jailed a US journalist for spying.",
    "Iran jailed a French teacher for espionage.",
])
def test_court_jailing_is_a_conviction(coder, text):
    assert types(coder, text) == ["SANCTION"]


CASES_MEASURE_IS_CODED_AS_ITS_TYPE = [
    pytest.param(
        "Police in Tbilisi jailed dozens of protesters overnight.", "COERCE",
        id="police_jailing_without_term_stays_an_arrest"),
    pytest.param(
        "Germany doubled its humanitarian funding for Sudan last year.",
        "AID", id="past_increase_of_aid_stays_aid"),
    pytest.param(
        "Russian troops torched a village near Kupiansk.", "ASSAULT", id="troops_torching_a_village_stay_assault"),
    pytest.param(
        "Israel barred two US congresswomen from entering the country.",
        "REJECT", id="people_barred_from_entering_stay_a_rejection"),
    pytest.param("Russian troops seized the town of Avdiivka.", "ASSAULT", id="town_seized_stays_assault"),
    pytest.param("Russia sent an aid convoy to Syria.", "AID", id="aid_convoy_sent_stays_aid"),
    pytest.param(
        "Hungary blocked 50 billion euros in EU aid for Ukraine.", "REJECT",
        id="aid_inside_what_a_veto_blocks_is_no_aid"),
    pytest.param(
        "Thailand's constitutional court dismissed Prime Minister Srettha Thavisin.",
        "SANCTION", id="court_dismissing_a_prime_minister_judges_him"),
    pytest.param("Japan paid compensation to South Korean forced labourers.", "AID", id="compensation_paid_is_aid"),
]


@pytest.mark.parametrize(("text", "event"),
                         CASES_MEASURE_IS_CODED_AS_ITS_TYPE)
def test_measure_is_coded_as_its_type(coder, text, event):
    assert types(coder, text) == [event]


@pytest.mark.parametrize("text", [
    "Norway will double its humanitarian funding for Gaza next year.",
    "Japan will triple its development aid to Vietnam, the foreign ministry said.",
])
def test_future_increase_of_aid_is_a_promise(coder, text):
    assert types(coder, text) == ["AGREE"]


def test_refusal_at_an_act_is_one_reject_with_the_refused_party(coder):
    assert dyads(coder, "Hungary balked at extending a credit line to Serbia.") == [("REJECT", ("HUN",), ("SRB",))]


@pytest.mark.parametrize("text", [
    "Hundreds of unpaid textile workers set fire to a factory warehouse outside Dhaka on Sunday.",
    "Angry villagers stormed a police station in Kasese after a boy died in custody.",
    "Furious traders looted shops in Lagos after the currency collapsed.",
])
def test_civilian_crowds_rioting_is_protest(coder, text):
    assert types(coder, text) == ["PROTEST"]


def test_court_striking_down_a_law_is_no_assault(coder):
    assert types(coder, "Romania's Constitutional Court struck down a pension reform passed by parliament.") == []


@pytest.mark.parametrize("text", [
    "Lithuania barred Belarusian-registered lorries from entering its territory.",
    "Poland banned Russian freight trucks from crossing its eastern frontier.",
])
def test_vehicles_barred_from_a_country_is_a_sanction(coder, text):
    assert types(coder, text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Nicaragua ordered a group of American missionaries to leave the country.",
    "Russia told two BBC correspondents to leave the country.",
])
def test_people_ordered_to_leave_are_deported(coder, text):
    assert types(coder, text) == ["COERCE"]


def test_head_of_a_un_office_told_to_leave_is_expelled(coder):
    assert dyads(coder, "Mali told the head of the UN human rights office in Bamako to leave the country.") == [
        ("SANCTION", ("MLI",), ("UNO",))]


@pytest.mark.parametrize("text", [
    "Sudan's Rapid Support Forces dispatched a convoy of armoured pickups towards El Fasher.",
    "India shifted an additional infantry division to the Line of Actual Control in Ladakh.",
    "Mali's army dispatched a detachment of special forces to Kidal.",
    "Turkey sent a convoy of tanks and howitzers into northern Syria.",
])
def test_formations_sent_towards_a_place_mobilize(coder, text):
    assert types(coder, text) == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Mali's junta seized gold from a mining firm owned by Barrick.",
    "Burkina Faso's authorities requisitioned 200 kilograms of gold from an industrial mine.",
])
def test_goods_taken_from_a_firm_are_a_seizure(coder, text):
    assert types(coder, text) == ["COERCE"]


@pytest.mark.parametrize("text, etype", [
    ("India snapped trade links with Pakistan.", "SANCTION"),
    ("Kenya pulled out of the mediation between Sudan's warring parties.", "SANCTION"),
    ("Venezuela took over the Colombian-owned supermarkets.", "COERCE"),
    ("Vietnam scrapped visa requirements for Polish citizens.", "CONCEDE"),
    ("Russia lifted visa requirements for Chinese tourists.", "CONCEDE"),
    ("The African Union expelled Mali from the bloc.", "SANCTION"),
    ("Pakistan expelled thousands of Afghan refugees.", "COERCE"),
])
def test_ending_and_taking_over_verbs_by_what_they_end(coder, text, etype):
    assert types(coder, text) == [etype]


@pytest.mark.parametrize("text, etype", [
    ("Indian and Chinese troops brawled along the disputed border in Ladakh.", "ASSAULT"),
    ("Protesters scuffled with police outside parliament in Tbilisi.", "PROTEST"),
])
def test_scuffles_by_who_scuffles(coder, text, etype):
    assert types(coder, text) == [etype]


@pytest.mark.parametrize("text, etype", [
    ("Police stormed the headquarters of the opposition party in Tbilisi.", "COERCE"),
    ("Ecuadorian soldiers stormed a prison in Guayaquil at dawn.", "COERCE"),
    ("Israeli troops stormed the Jenin refugee camp.", "ASSAULT"),
    ("Russian troops stormed the town of Avdiivka.", "ASSAULT"),
    ("Haitian police stormed a gang stronghold in Carrefour, killing eight suspected gang members.", "ASSAULT"),
])
def test_storming_by_police_or_into_a_building_at_home_is_a_raid(coder, text, etype):
    assert types(coder, text) == [etype]


@pytest.mark.parametrize("text", [
    "Nicaragua cancelled the legal registration of 1,500 non-governmental organisations on Friday.",
    "Russia withdrew the accreditation of two German journalists.",
])
def test_papers_cancelled_or_withdrawn_restrict(coder, text):
    assert types(coder, text) == ["COERCE"]


@pytest.mark.parametrize("text, etype", [
    ("The Nigerian army said it had killed 40 bandits and freed 12 hostages in an operation in Zamfara state.", "AID"),
    ("Hamas freed three Israeli hostages on Saturday.", "RETREAT"),
])
def test_captives_freed_by_force_are_rescued(coder, text, etype):
    found = types(coder, text)
    assert etype in found and ({"AID", "RETREAT"} - {etype}).isdisjoint(found)
