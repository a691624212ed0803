"""Events embedded in speech and clauses (events round 7, pipeline/event_embedded.py)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes


def types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text)]


CASES_EMBEDDED_ACT_TAKES_ITS_DOER = [
    pytest.param(
        "Armenia's interior ministry said on Friday that 98 people had been detained in Yerevan "
        "during clashes outside the government building.",
        "COERCE", "ARM", id="agentless_arrest_reported_by_a_ministry_is_its_states"),
    pytest.param(
        "Peru's President Dina Boluarte told reporters that police had arrested 14 people accused of "
        "blocking highways near Cusco.",
        "COERCE", "PER", id="police_a_president_speaks_of_are_her_states"),
    pytest.param(
        "Hungarian Prime Minister Viktor Orban flew to Beijing on Monday for talks with Xi Jinping.",
        "CONSULT", "HUN", id="a_visit_by_plane_is_still_a_visit"),
    pytest.param(
        "Serbian riot police fired pepper spray at hundreds of students in Novi Sad on Monday night "
        "who were protesting the detention of two classmates.",
        "PROTEST", "SRB", id="a_who_clause_hung_on_a_thing_belongs_to_the_crowd_before_it"),
    pytest.param(
        "Pakistan protested the detention of its fishermen by Indian authorities.",
        "ACCUSE", "PAK", id="a_government_protesting_an_act_still_accuses"),
    pytest.param(
        "Hundreds of protesters gathered outside the Turkish military base in Mogadishu on Sunday, "
        "demanding the departure of Turkish troops.",
        "PROTEST", "SOM", id="a_foreign_base_is_no_scene_country_for_a_crowd"),
    pytest.param(
        "Syria's foreign ministry said Israeli jets had struck an air base near Homs, calling the "
        "raid a flagrant violation of international law.",
        "ACCUSE", "SYR", id="a_speech_participle_after_a_report_is_the_speakers"),
    pytest.param(
        "Mali described the Algerian foreign minister's remarks on the drone incident as hostile and "
        "unacceptable.",
        "ACCUSE", "MLI", id="a_verdict_hung_on_the_object_still_judges"),
]


@pytest.mark.parametrize(("text", "event", "actor"),
                         CASES_EMBEDDED_ACT_TAKES_ITS_DOER)
def test_embedded_act_takes_its_doer(coder, text, event, actor):
    assert_coded(coder, text, event, actor=(actor,))


CASES_REPORTED_ACT_IS_NOT_THE_REPORTERS = [
    pytest.param(
        "Four Colombian soldiers were killed in an ambush in Cauca province, the army said on Monday.",
        "ASSAULT", "COL", id="agentless_killing_reported_by_an_army_is_not_its_own"),
    pytest.param(
        "Bandits killed nine soldiers in an ambush near the Niger border on Sunday, local officials "
        "in Sokoto state said.",
        "ASSAULT", "NER", id="a_border_is_no_scene_country_for_a_domestic_attack"),
    pytest.param(
        "Philippine officials reported a build-up of vessels near Second Thomas Shoal on Monday.",
        "MOBILIZE", "PHL", id="a_reported_build_up_is_not_the_reporters"),
    pytest.param(
        "Ukraine's air force said Russian drones had hit a power plant in Odesa, killing a guard.",
        "ASSAULT", "UKR", id="a_result_participle_after_a_report_stays_the_doers"),
]


@pytest.mark.parametrize(("text", "event", "reporter"),
                         CASES_REPORTED_ACT_IS_NOT_THE_REPORTERS)
def test_reported_act_is_not_the_reporters(coder, text, event, reporter):
    evs = code(coder, text)
    assert not any(e.event == event and entity_codes(e.actor) == (reporter,) for e in evs)


def test_agentless_attack_blamed_on_a_party_is_its_act(coder):
    assert_coded(coder, "Three Nigerien soldiers were killed when their patrol was ambushed near Tillaberi, the "
                 "defence ministry said, blaming Islamic State fighters crossing from Mali.", "ASSAULT",
                 recipient=("NER",))
    assert_coded(coder, "Two Thai rangers were wounded near the Cambodian border on Saturday, the army said, "
                 "blaming Cambodian troops.", "ASSAULT", actor=("KHM",), recipient=("THA",))


def test_second_clause_subject_swallowed_into_the_first_object(coder):
    evs = code(coder, "Tensions rose after Pakistan shelled villages in eastern Afghanistan and Afghan forces "
                      "attacked border posts in Kurram.")
    assert any(e.event == "ASSAULT" and entity_codes(e.actor) == ("AFG",) for e in evs)
    assert any(e.event == "ASSAULT" and entity_codes(e.actor) == ("PAK",) for e in evs)


def test_people_flown_somewhere_are_carried_not_visiting(coder):
    assert "CONSULT" not in types(coder, "Belarus freed 52 prisoners, including several foreigners, and flew them "
                                         "to Lithuania on Thursday.")


CASES_EMBEDDED_WORDS_THAT_TELL_NO_ACT_GIVE_NO_EVENT = [
    pytest.param(
        "Dozens of Syrian families have been stranded for months at the border with Jordan seeking "
        "refuge, aid groups said.",
        id="waiting_for_asylum_is_no_request"),
    pytest.param(
        "Diplomats said a draft statement prepared by Malta, which would condemn the attacks on aid "
        "convoys in Sudan, had not yet been agreed.",
        id="what_a_draft_would_say_is_no_act"),
    pytest.param(
        "The Pentagon declined to say whether American jets had struck the convoy near Deir ez-Zor.",
        id="what_a_speaker_would_not_say_is_no_event"),
    pytest.param(
        "Families in Kharkiv braced for more Russian glide bomb attacks on Thursday.",
        id="strikes_civilians_brace_for_are_not_reported"),
]


@pytest.mark.parametrize(("text",),
                         CASES_EMBEDDED_WORDS_THAT_TELL_NO_ACT_GIVE_NO_EVENT)
def test_embedded_words_that_tell_no_act_give_no_event(coder, text):
    assert types(coder, text) == []


CASES_EMBEDDED_ACT_KEEPS_ITS_TYPE = [
    pytest.param(
        "REQUEST",
        "The former Venezuelan minister sought asylum at the Argentine embassy in Caracas on Tuesday.",
        id="asking_for_asylum_is_still_a_request"),
    pytest.param(
        "REQUEST",
        "Ghana rejects IMF conditions, demands fresh talks on debt relief",
        id="a_finite_verb_after_a_comma_with_its_own_object_is_a_verb"),
    pytest.param(
        "SANCTION",
        "Nigeria is weighing whether to expel the French ambassador.",
        id="weighing_whether_to_act_stays_hypothetical"),
    pytest.param(
        "ASSAULT",
        "Iran braced for an Israeli strike on its oil facilities on Friday.",
        id="a_party_bracing_for_an_attack_keeps_it_hypothetical"),
]


@pytest.mark.parametrize(("event", "text"),
                         CASES_EMBEDDED_ACT_KEEPS_ITS_TYPE)
def test_embedded_act_keeps_its_type(coder, event, text):
    assert event in types(coder, text)


def test_talks_framing_a_clause_are_the_subjects_talks(coder):
    assert_coded(coder, "Japanese Prime Minister Shigeru Ishiba praised Australia's support for a free and open "
                 "Indo-Pacific during talks with Prime Minister Anthony Albanese in Canberra on Friday.", "CONSULT",
                 actor=("JPN",), recipient=("AUS",))


def test_a_bare_setting_is_still_no_meeting(coder):
    assert "CONSULT" not in types(coder, "Macron told reporters at the summit in Brussels that France would send "
                                         "more air defence systems to Ukraine.")


def test_a_state_that_will_not_be_coerced_is_not_its_own_coercer(coder):
    evs = code(coder, '"Lithuania will not be intimidated," President Gitanas Nauseda told reporters in Vilnius.')
    assert not any(entity_codes(e.actor) == ("LTU",) and entity_codes(e.recipient) == ("LTU",) for e in evs)


def test_a_prison_term_hung_on_the_name_still_jails(coder):
    assert_coded(coder, "A court in Algiers sentenced novelist Kamel Daoud's publisher to three years in prison on "
                 "Tuesday, state media reported.", "SANCTION", mode="convict")


def test_a_speaker_with_an_unresolved_he_is_the_one_who_met(coder):
    assert_coded(coder, "Hungary's prime minister said he had spoken by phone with Erdogan and discussed gas supplies.",
                 "CONSULT", actor=("HUN", "TUR"))


def test_a_name_swallowed_before_the_last_verb_is_its_subject(coder):
    evs = code(coder, "Tensions rose in March after Indian troops fired at Chinese soldiers and Beijing summoned "
                      "India's ambassador.")
    assert any(e.event == "ACCUSE" and entity_codes(e.actor) == ("CHN",) for e in evs)


def test_names_inside_the_subject_phrase_stay_its_members(coder):
    assert_coded(coder, "The defence ministers of Greece and Turkey met in Brussels on Thursday.", "CONSULT",
                 actor=("GRC", "TUR"))


def test_crowds_a_state_accuses_are_its_own(coder):
    evs = code(coder, "Georgia's interior minister accused protesters of attacking riot police with fireworks "
                      "outside parliament.")
    assert any(e.event in ("PROTEST", "ASSAULT") and entity_codes(e.actor) == ("GEO",) for e in evs)


