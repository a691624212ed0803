"""Story references of the actors stage added in round 7 (stories): "the ministry", "the military",
"the drones", an object "it" for the body asked, "it" in a relative clause, untitled leaders whose
first word the tagger reads as a preposition ("To Lam"), and "both capitals"."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event
from .test_actors import by_text, run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2025-06-10": run(stage, coder.nlp, text, date)


# -- "the ministry": the country whose ministry, minister or spokesperson was named last -----------

CASES_DEFINITE_NOUN_TAKES_ITS_PARTYS_CODE = [
    pytest.param(
        "MANILA (Reuters) - The Philippines accused China of firing water cannon at a supply boat. "
        "Philippine officials said two sailors were hurt near the shoal. Chinese foreign ministry "
        "spokesperson Mao Ning said the coast guard had acted lawfully. The ministry also accused "
        "Manila of provoking the incident.",
        "ministry", "CHN", id="the_ministry_is_the_last_named_spokesperson_s_not_the_story_s_main_country"),
    pytest.param(
        "Ethiopia's foreign ministry said Eritrean troops had crossed the border. Eritrean "
        "Information Minister Yemane Gebremeskel called the claim false. The ministry summoned "
        "Eritrea's envoy on Tuesday.",
        "ministry", "ETH", id="the_ministry_is_never_the_country_it_acts_on"),
    pytest.param(
        "Thailand's military said Cambodian troops had laid new mines along the frontier. Cambodian "
        "officials rejected the claim. The military said two soldiers lost legs.",
        "military", "THA", id="the_military_is_the_military_named_last"),
    pytest.param(
        "Sudan accused Chad of letting weapons cross its border. Chadian government spokesman Gassim "
        "Cherif denied that the army had helped any armed group.",
        "army", "TCD", id="the_army_in_a_denial_is_the_speaker_s"),
    pytest.param(
        "Congo's government filed a complaint in February, saying that Rwanda had armed the M23 "
        "rebels, which it accuses of killing civilians in North Kivu.",
        "it", "COD", id="relative_it_is_the_main_clause_subject"),
    pytest.param(
        "The ICJ heard Ukraine's arguments in March. Ukraine had asked the court to order an end to "
        "the fighting, a request it granted in part.",
        "it", "UNO", id="a_request_it_rejected_is_the_addressee_s"),
    pytest.param(
        "LONDON (Reuters) - Britain and France agreed a migration deal. Starmer praised Macron. The "
        "EU commissioner was turned away at the airport by authorities loyal to eastern commander "
        "Khalifa Haftar.",
        "authorities", "LBY", id="a_role_loyal_to_a_commander_takes_his_country"),
    pytest.param(
        "Russia denied on Tuesday that Azerbaijan had summoned its ambassador over the crash.",
        "its", "RUS", id="its_ambassador_summoned_in_a_denied_clause_is_the_denier_s"),
    pytest.param(
        "Thailand accused gunmen based in Myanmar of shelling a border village, and the foreign "
        "ministry said it had summoned the Myanmar envoy in Bangkok.",
        "foreign ministry", "THA", id="the_ministry_of_a_joined_clause_is_the_first_clause_s_state"),
]


@pytest.mark.parametrize(("text", "word", "code"),
                         CASES_DEFINITE_NOUN_TAKES_ITS_PARTYS_CODE)
def test_definite_noun_takes_its_partys_code(actors, text, word, code):
    ms = actors(text)
    assert by_text(ms, word).code == code


def test_the_defence_ministry_prefers_the_same_ministry_named_earlier(actors):
    ms = actors("Armenian Foreign Minister Ararat Mirzoyan met his counterpart in Geneva. "
                "Azerbaijan's defence ministry said on Monday that Armenian troops had fired on its positions. "
                "Mirzoyan denied it. The defence ministry said the shooting lasted an hour.")
    assert [m.code for m in ms if m.text == "defence ministry"] == ["AZE"]


def test_a_story_ministry_event_gets_its_actor(coder):
    evs = code(coder, "HANOI, Oct 5 (Reuters) - Vietnam accused Chinese forces of ramming a fishing boat near the "
                      "Spratly Islands on Sunday. A Vietnamese foreign ministry spokesperson said the crew had been "
                      "detained for six hours. The ministry demanded that Beijing release the boat's catch.",
               date="2025-10-05")
    ev = find_event(evs, "REQUEST")
    assert (entity_codes(ev.actor), entity_codes(ev.recipient)) == (("VNM",), ("CHN",))


# -- "the military", "the army": the same institution named last, else the speaker's ---------------

# -- "the drones", "the rockets": whoever's weapons the story named last ---------------------------

def test_the_drones_are_the_other_side_s_drones_named_earlier(coder):
    evs = code(coder, "Russia's defence ministry said its air defences had destroyed 40 Ukrainian drones over the "
                      "Bryansk and Kursk regions overnight. The drones hit an oil depot near Bryansk and set it on "
                      "fire, the ministry said.", date="2025-03-14")
    hits = [e for e in evs if e.event == "ASSAULT" and "hit" in e.event_text]
    assert hits and entity_codes(hits[0].actor) == ("UKR",)


def test_the_rockets_launched_by_a_group_named_earlier(actors):
    ms = actors("Israel said Hezbollah had fired rockets at the northern town of Kiryat Shmona. "
                "The rockets damaged two houses, the army said.")
    assert by_text(ms, "The rockets").code is not None
    assert by_text(ms, "The rockets").antecedent.text == "Hezbollah"


# -- an object "it" is the body asked; "it" in a relative clause -----------------------------------

def test_asked_it_is_the_council_not_the_asker(coder):
    ev = find_event(code(coder, "Algeria, a non-permanent member of the U.N. Security Council, asked it on "
                                "Monday to hold an emergency session on Gaza.", date="2025-03-03"), "REQUEST")
    assert (entity_codes(ev.actor), entity_codes(ev.recipient)) == (("DZA",), ("UNO",))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Peru closed its embassy in Mexico City after Mexico's government granted asylum to a former Peruvian prime minister "
     "it accused of plotting a coup.", ("MEX",), ("PER",)),
    ("Ghana recalled its ambassador on Monday, and Burkina Faso expelled three Ghanaian traders it accused "
     "of smuggling weapons.", ("BFA",), ("GHA",)),
])
def test_relative_it_in_a_time_clause_or_conjunct_is_that_clauses_subject(coder, text, actor, recipient):
    # a clause with a named subject of its own hosts the relative: its subject, not the main clause's
    ev = find_event(code(coder, text, date="2025-04-08"), "ACCUSE")
    assert (entity_codes(ev.actor), entity_codes(ev.recipient)) == (actor, recipient)


# -- untitled leaders ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("To Lam met Indonesian President Prabowo Subianto in Jakarta on Thursday.", "CONSULT", ("VNM",)),
        ("Vietnam's leader To Lam met Putin in Moscow.", "CONSULT", ("VNM",)),
        ("To Lam accused China of violating Vietnam's sovereignty in the South China Sea.", "ACCUSE", ("VNM",)),
        ("Petro accused Washington of murdering fishermen in the Caribbean.", "ACCUSE", ("COL",)),
        ("Tamim called on Israel to halt its strikes on Gaza.", "REQUEST", ("QAT",)),
    ],
)
def test_untitled_leaders(coder, text, etype, actor):
    ev = find_event(code(coder, text, date="2025-09-10"), etype)
    assert entity_codes(ev.actor) == actor


def test_to_lam_is_the_subject_not_a_preposition(actors):
    m = by_text(actors("To Lam met Kenyan President William Ruto in Nairobi on Tuesday."), "To Lam")
    assert m.code == "VNM"


def test_both_capitals_are_the_two_parties(coder):
    ev = find_event(code(coder, "Armenia and Azerbaijan traded accusations of border shooting. "
                                "Iran's foreign minister visited both capitals this week.", date="2025-05-10"),
                    "CONSULT")
    assert entity_codes(ev.recipient) == ("ARM", "AZE")


# -- "the two countries" after a pair that only reacted; roles described by whom they serve -------

def test_the_two_countries_are_the_story_s_parties_not_the_pair_that_urged_restraint(actors):
    ms = actors("ADDIS ABABA (Reuters) - Ethiopia accused Eritrea on Monday of massing troops near their border. "
                "Eritrea said Ethiopia wanted a port on the Red Sea. The United States and Britain urged restraint. "
                "Officials from the two countries are due to meet in Nairobi next week.")
    assert sorted(m.code for m in ms if m.text == "the two countries") == ["ERI", "ETH"]


# -- "the council", "the group" far back, "it said" after a weapons subject, "the two leaders" -------

_LEBANON = ("BEIRUT, June 12 (Reuters) - Israeli warplanes struck targets in southern Lebanon on Thursday after "
            "Hezbollah fired rockets at northern Israel, the Israeli military said. "
            "The rockets hit an empty school in Kiryat Shmona, it said. "
            "Lebanon's foreign ministry condemned the strikes and said it would complain to the U.N. Security Council. "
            "The ministry urged the council to press Israel to respect the ceasefire. "
            "The council is due to meet on Friday, and France has asked it to extend the mandate of the UNIFIL force. "
            "Lebanese President Joseph Aoun called Macron and asked him to press Israel to halt the attacks. "
            "The two leaders agreed that the army must be the only armed force in the south. "
            "The group said in a statement that it had targeted an Israeli artillery position.")


def test_story_references_in_a_lebanon_story(actors):
    ms = actors(_LEBANON, "2025-06-12")
    assert by_text(ms, "the council").code == "UNO"
    its = [m.code for m in ms if m.text == "it"]
    assert its[0] == "ISR"  # "..., it said" after "The rockets hit": the military that spoke
    assert "UNO" in its  # "France has asked it"
    assert sorted(m.code for m in ms if m.text == "The two leaders") == ["FRA", "LBN"]
    assert by_text(ms, "The group").code == "LBN"  # the story's only armed group, five sentences back


# -- requests from other areas (round 7) ------------------------------------------------------------

def test_us_after_a_number_is_the_country_before_a_noun(actors):
    ms = actors("Beijing blacklisted 13 US drone makers over arms sales to Taiwan.")
    assert by_text(ms, "US drone makers").code == "USA"
    assert not [m for m in actors("The meeting ended at 5 PM local time.") if m.code]


def test_members_country_passes_to_their_union(actors):
    ms = actors("Belgian farmers' unions said they would drive tractors into central Brussels.")
    assert [m.code for m in ms if m.text.endswith("unions")] == ["BEL"]
    assert "BEL" in {m.code for m in ms if m.text == "they"}


def test_marchers_are_a_crowd(actors):
    ms = actors("Bolivian police fired tear gas at anti-government marchers in La Paz.")
    assert any(m.text.startswith("marchers") and m.sector == "CVL" for m in ms)


def test_his_in_a_closing_appositive_is_the_subject_s(actors):
    ms = actors("Chinese Foreign Minister Wang Yi held talks with his Indian counterpart Subrahmanyam Jaishankar "
                "in New Delhi on Monday, his first visit to India in three years.", "2025-08-18")
    assert [m.code for m in ms if m.text == "his"] == ["CHN", "CHN"]


def test_both_leaders_are_the_pair_named_later_in_the_sentence(actors):
    ms = actors("U.S. Secretary of State Marco Rubio said he had spoken to both foreign ministers by phone, hours "
                "after India launched missile strikes on Pakistan.")
    assert sorted(m.code for m in ms if m.text == "both foreign ministers") == ["IND", "PAK"]


# -- round 11: "the mission" of a named body; the ministry of a joined clause's state ------------------

def test_a_body_noun_after_an_organisation_is_the_organisation_s(actors):
    ms = actors("Burkina Faso expelled the deputy head of the UN mission on Monday. "
                "The mission had reported killings of civilians by the army.")
    assert [m.code for m in ms if m.text == "mission"] == ["UNO", "UNO"]


def test_the_mission_names_its_doer_in_a_later_act(coder):
    events = code(coder, "Somalia welcomed the African Union mission in March. "
                         "The mission attacked al-Shabaab positions near Baidoa on Friday.", date="2025-09-12")
    attack = find_event(events, "ASSAULT")
    assert entity_codes(attack.actor) == ("IGO",)


@pytest.mark.parametrize(("text", "name"), [
    ("Pakistan's army said on Saturday its troops had killed 30 militants in North Waziristan, and the foreign "
     "ministry urged the Taliban administration in Kabul to stop attacks.", "foreign ministry"),
    ("Pakistan's army killed 30 militants in North Waziristan on Saturday, and the foreign office urged the Taliban "
     "administration in Kabul to stop attacks.", "foreign office"),
])
def test_the_ministry_joined_to_a_reported_clause_is_the_reporters_state(actors, text, name):
    assert by_text(actors(text), name).code == "PAK"
