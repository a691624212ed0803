"""An accusation answered in the same sentence: a sentence-final "which X rejected", a semicolon
between the accusation and the answer, and an event in a "when" clause of an old, dated act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

DATE = "2026-11-20"


@pytest.mark.parametrize("text, etype, accused", [
    ("Seoul blamed Pyongyang for jamming GPS signals near the border, which North Korea rejected.",
     "COERCE", "PRK"),
    ("Colombia's government blamed ELN rebels for bombing a police station in Cauca, which the ELN denied.",
     "ASSAULT", "COL"),
    ("Sudan's army-backed government accused the UAE of arming the RSF, which Abu Dhabi firmly rejected on Monday.",
     "AID", "ARE"),
])
def test_a_closing_which_rejected_contests_the_accused_act_and_is_no_refusal(coder, text, etype, accused):
    events = code(coder, text, date=DATE)
    assert not [e for e in events if e.event == "REJECT"], [(e.event, e.event_text) for e in events]
    ev = find_event(events, etype)
    assert ev.claim.status == "contested", ev.claim.cues
    assert accused in set(entity_codes(ev.claim.denied_by))


def test_a_proposal_the_other_side_rejected_stays_a_refusal(coder):
    events = code(coder, "Kyiv proposed an energy truce over the winter, which Moscow rejected.", date=DATE)
    assert find_event(events, "REJECT").claim.status == "asserted"


def test_a_clause_after_a_semicolon_is_not_reported_by_the_next_speaker(coder):
    text = "Mali accused Algeria of shooting down its drone; Algiers said the drone had entered its airspace."
    ev = find_event(code(coder, text, date=DATE), "ACCUSE")
    assert ev.claim.status == "asserted"
    assert not set(entity_codes(ev.claim.by)) & {"DZA"}, ev.claim.cues


@pytest.mark.parametrize("text", [
    "In March 2019, when Moscow first sent military advisers to Caracas, Washington warned of consequences.",
    "In 2018, when Ankara launched an offensive on Afrin, Paris called for restraint.",
])
def test_an_event_in_a_when_clause_of_an_old_dated_act_is_historical(coder, text):
    events = code(coder, text, date=DATE)
    assert events and all(e.aux_mode == "historical" for e in events), [(e.event, e.aux_mode) for e in events]


def test_denying_reports_of_one_named_act_does_not_contest_other_allegations(coder):
    text = ("PORT-AU-PRINCE, Feb 11 (Reuters) - Gang members stormed the town of Mirebalais overnight, killing at "
            "least 20 people, residents said on Wednesday.\n"
            "A spokesman for the Kenyan contingent denied reports that its officers had abandoned a post near "
            "Mirebalais during the attack.")
    assault = find_event(code(coder, text, date=DATE), "ASSAULT")
    assert assault.claim.status == "alleged", assault.claim.cues


@pytest.mark.parametrize("text, etype, denier", [
    ("Congo's government accused Rwanda of sending hundreds of troops to fight alongside M23, a charge Kigali denies.",
     "AID", "RWA"),
    ("Sudan accused the UAE of arming the RSF, a charge Abu Dhabi has repeatedly rejected.", "AID", "ARE"),
    ("Kyiv accused Moscow of shelling a power plant in Zaporizhzhia, an accusation the Kremlin dismissed as absurd.",
     "ASSAULT", "RUS"),
    # the charge parsed as a second object of the accusation verb
    ("Peru's interior ministry accused Bolivian smugglers of attacking a Peruvian police post near Desaguadero on "
     "Sunday, a charge the Bolivian government denied in a statement.", "ASSAULT", "BOL"),
    # the accusation parsed as the complement of the closing denial
    ("Amnesty International accused Ethiopian troops of shelling a school in the Amhara region last month, "
     "allegations the Ethiopian government denied.", "ASSAULT", "ETH"),
])
def test_a_closing_charge_someone_denies_contests_the_charge_not_the_accusation(coder, text, etype, denier):
    events = code(coder, text, date=DATE)
    assert find_event(events, "ACCUSE").claim.status == "asserted"
    assert not [e for e in events if e.event == "REJECT"], [(e.event, e.event_text) for e in events]
    ev = find_event(events, etype)
    assert ev.claim.status == "contested" and denier in set(entity_codes(ev.claim.denied_by)), ev.claim.cues


@pytest.mark.parametrize("text, etype, denier", [
    ("Venezuela's defence minister said the armed forces had seized a Colombian fishing boat in the Gulf of "
     "Venezuela on Saturday, while Bogota denied the claim.", "COERCE", "COL"),
    ("Azerbaijan's defence ministry said Armenian forces had opened fire on its positions near Lachin, although "
     "Yerevan denied it.", "ASSAULT", "ARM"),
    ("Pakistan's military said its jets struck militant hideouts in Afghanistan's Paktika province, though the "
     "Taliban government denied that any strikes had taken place.", "ASSAULT", "AFG"),
    ("The Sudanese army said its drones had struck RSF positions around El Fasher overnight, though the RSF "
     "denied that report.", "ASSAULT", "SDN"),
])
def test_a_report_denied_in_a_concessive_clause_is_contested(coder, text, etype, denier):
    ev = find_event(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "contested", ev.claim.cues
    assert denier in set(entity_codes(ev.claim.denied_by))


CASES_CLAIM_STATUS_BESIDE_A_REBUTTAL = [
    pytest.param(
        "Thailand's army said it had shelled Cambodian positions near the temple, though it did not say when.",
        "ASSAULT", "asserted", id="a_concessive_clause_without_a_denial_leaves_the_report_asserted"),
    pytest.param(
        "Police in Dhaka denied detaining the opposition leader on Sunday, after his party said "
        "plainclothes officers took him from his home.",
        "COERCE", "contested", id="a_denial_after_the_other_side_spoke_is_contested"),
    # rejecting a demand refuses it; it does not deny that it was made
    pytest.param(
        "Peru's foreign ministry demanded that La Paz stop smugglers from using Bolivian roads, a "
        "demand La Paz rejected hours later.",
        "REQUEST", "asserted", id="a_demand_the_other_side_rejected_was_made"),
]


@pytest.mark.parametrize(("text", "event", "status"),
                         CASES_CLAIM_STATUS_BESIDE_A_REBUTTAL)
def test_claim_status_beside_a_rebuttal(coder, text, event, status):
    text = text
    assert find_event(code(coder, text, date=DATE), event).claim.status == status


def test_neither_claim_verified_reaches_both_reports(coder):
    text = ("Armenia's defence ministry said Azerbaijani troops fired on its positions near Sotk on Monday. "
            "Azerbaijan's defence ministry said Armenian forces had shelled its posts in Kalbajar first. "
            "Neither claim could be independently verified.")
    events = [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT"]
    assert len(events) == 2 and all(e.claim.status == "alleged" for e in events), [e.claim.cues for e in events]


def test_a_single_unverified_report_reaches_one_sentence_back_only(coder):
    text = ("Armenia's defence ministry said Azerbaijani troops fired on its positions near Sotk on Monday. "
            "Azerbaijan's defence ministry said Armenian forces had shelled its posts in Kalbajar first. "
            "The report could not be independently verified.")
    statuses = {e.event_text: e.claim.status for e in code(coder, text, date=DATE) if e.event == "ASSAULT"}
    assert statuses == {"fired": "asserted", "shelled": "alleged"}


def test_a_un_body_telling_what_a_state_did_is_alleged_and_its_own_acts_asserted(coder):
    ev = find_event(code(coder, "The U.N. refugee agency said Pakistan had deported more than 2,000 Afghan "
                                "refugees across the Torkham crossing last week.", date=DATE), "COERCE")
    assert ev.claim.status == "alleged" and "UNO" in entity_codes(ev.claim.by)
    own = find_event(code(coder, "The World Food Programme said it had delivered 3,000 tonnes of wheat to Gaza.",
                          date=DATE), "AID")
    assert own.claim.status == "asserted"


@pytest.mark.parametrize("text, etype, other", [
    ("Iranian state media reported on Tuesday that Tehran had freed two detained French teachers, but the French "
     "foreign ministry said they remained in custody.", "RETREAT", "FRA"),
    ("Russia's defence ministry said its forces had captured the village of Kurakhove, but Ukraine's army said its "
     "troops were still holding positions in the village.", "ASSAULT", "UKR"),
    ("Venezuela said it had freed six Americans, but the State Department said the men had not been released.",
     "RETREAT", "USA"),
])
def test_another_party_saying_it_did_not_happen_contests_the_report(coder, text, etype, other):
    ev = find_event(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "contested", ev.claim.cues
    assert other in set(entity_codes(ev.claim.denied_by))


@pytest.mark.parametrize("text, etype", [
    ("Israel said its jets struck a Hezbollah depot in southern Lebanon, but Lebanese officials said no one was "
     "hurt.", "ASSAULT"),
    ("Taiwan said Chinese warships had entered its waters, but Beijing said it would continue its drills.",
     "MOBILIZE"),
    ("Myanmar's junta said it had released 3,000 prisoners in an amnesty, but rights groups said most political "
     "detainees remained behind bars.", "RETREAT"),
])
def test_a_but_clause_that_adds_or_plans_leaves_the_report_asserted(coder, text, etype):
    assert find_event(code(coder, text, date=DATE), etype).claim.status == "asserted"


@pytest.mark.parametrize("text, accuser", [
    ("Poland said Russia was behind the bombing of a railway line near Lublin.", "POL"),
    ("Moscow said Kyiv was responsible for the drone attack on the Kursk nuclear plant.", "RUS"),
])
def test_the_act_someone_is_said_to_be_behind_is_alleged(coder, text, accuser):
    ev = find_event(code(coder, text, date=DATE), "ASSAULT")
    assert ev.claim.status == "alleged" and accuser in set(entity_codes(ev.claim.by)), ev.claim.cues


CASES_CLAIM_STATUS_OF_AN_INSISTED_OR_REJECTED_STATEMENT = [
    pytest.param(
        "Ukraine's army was responsible for the strike on the bridge.",
        "asserted", id="an_act_the_story_says_an_army_was_responsible_for_is_told"),
    pytest.param(
        "Moscow insists that Ukrainian drones hit the Kursk power plant.",
        "alleged", id="a_party_insisting_on_what_another_did_still_alleges_it"),
    pytest.param(
        "Kyiv rejected Moscow's statement that Ukrainian troops had shelled Horlivka.",
        "contested", id="rejecting_a_named_partys_statement_that_contests_its_content"),
]


@pytest.mark.parametrize(("text", "status"),
                         CASES_CLAIM_STATUS_OF_AN_INSISTED_OR_REJECTED_STATEMENT)
def test_claim_status_of_an_insisted_or_rejected_statement(coder, text, status):
    ev = find_event(code(coder, text, date=DATE), 'ASSAULT')
    assert ev.claim.status == status


@pytest.mark.parametrize("text, etype", [
    ("Beijing insisted that it has never supplied lethal weapons to Moscow.", "AID"),
    ("Caracas maintained that its coast guard had not seized the Guyanese trawler.", "COERCE"),
])
def test_a_party_insisting_on_its_own_conduct_asserts_it(coder, text, etype):
    ev = find_event(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "asserted"
    assert ev.aux_mode == "negation"


def test_a_denial_that_names_the_act_by_its_noun_contests_the_story_report(coder):
    text = ("Israeli drones struck a van near Nabatieh on Friday, killing a man.\n\n"
            "The army declined to comment.\n\n"
            "On Saturday an Israeli military spokeswoman denied that Israel had carried out the strike.")
    ev = find_event(code(coder, text, date=DATE), "ASSAULT")
    assert ev.claim.status == "contested"
    assert "ISR" in entity_codes(ev.claim.denied_by)


def test_denying_that_any_decision_was_taken_contests_the_reported_plan(coder):
    text = ("Polish media reported that Warsaw would expel the Belarusian consul in Bialystok. "
            "The Polish foreign ministry denied that any such decision had been taken.")
    ev = find_event(code(coder, text, date=DATE), "SANCTION")
    assert ev.aux_mode == "future"
    assert ev.claim.status == "contested"


def test_a_decision_denied_by_an_outside_party_leaves_the_plan_alleged(coder):
    text = ("Reports said Kenya plans to send more police officers to Haiti. "
            "Uganda denied that any decision had been taken.")
    assert all(e.claim.status != "contested" for e in code(coder, text, date=DATE))


def test_dismissing_a_named_partys_claim_contests_it(coder):
    ev = find_event(code(coder, "Kyiv dismissed as propaganda Moscow's claim that Ukrainian troops had shelled "
                                "a school in Horlivka.", date=DATE), "ASSAULT")
    assert ev.claim.status == "contested"
    assert entity_codes(ev.claim.by) == ("RUS",) and entity_codes(ev.claim.denied_by) == ("UKR",)


def test_rejecting_a_report_that_accuses_contests_the_act_and_keeps_the_accusation(coder):
    events = code(coder, "The Taliban rejected a U.N. report accusing its fighters of killing former soldiers.",
                  date=DATE)
    assert find_event(events, "ACCUSE").claim.status == "asserted"
    act = find_event(events, "ASSAULT")
    assert act.claim.status == "contested" and entity_codes(act.claim.denied_by) == ("AFG",)


def test_an_appeal_joined_to_a_denied_claim_is_the_deniers_own_act(coder):
    events = code(coder, "Moscow rejected claims that it had shelled the dam and urged U.N. inspectors to visit it.",
                  date=DATE)
    assert find_event(events, "REQUEST").claim.status == "asserted"


def test_a_second_act_sharing_the_reported_had_stays_reported(coder):
    ev = find_event(code(coder, "Moscow said Kyiv had attacked the plant and shelled the town.", date=DATE),
                    "ASSAULT")
    assert entity_codes(ev.claim.by) == ("RUS",)


@pytest.mark.parametrize("text, etype, status", [
    ("Georgian border guards detained two Russian soldiers near Kveshi on Sunday, the Georgian interior ministry "
     "said. Moscow called the report a fabrication.", "COERCE", "contested"),
    ("Russia's defence ministry said its air defences had shot down 30 Ukrainian drones overnight. Kyiv dismissed "
     "the claim as propaganda.", "ASSAULT", "contested"),
    ("The United States imposed new sanctions on Iranian oil exports, the Treasury said. Tehran called the "
     "sanctions illegal.", "SANCTION", "asserted"),
])
def test_the_party_an_act_was_done_to_may_deny_the_report_of_it(coder, text, etype, status):
    ev = find_event(code(coder, text, date=DATE), etype)
    assert ev.claim.status == status, ev.claim.cues


@pytest.mark.parametrize("text, etype", [
    ("Georgian border guards detained two Russian soldiers near the village of Kveshi on Sunday, the Georgian "
     "interior ministry said, while Moscow's foreign ministry called the report fabricated.", "COERCE"),
    ("Ukraine said Russian troops had executed prisoners near Pokrovsk, but Moscow called the report fabricated.",
     "ASSAULT"),
])
def test_a_participle_label_of_falsehood_is_a_denial(coder, text, etype):
    ev = find_event(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "contested", ev.claim.cues


@pytest.mark.parametrize("text", [
    "Peru asked Chile to return two seized trawlers, a Chilean newspaper said, though Santiago denied it.",
    "Peru reportedly asked Chile to return two seized trawlers, a Chilean radio station said, though Chilean "
    "officials denied receiving any such request.",
])
def test_concessive_denial_by_the_asked_party_contests_a_report_from_its_own_country(coder, text):
    found = [(e.event, e.claim.status) for e in code(coder, text, date="2026-11-20")]
    assert found == [("REQUEST", "contested")]


def test_concessive_denial_of_another_clause_leaves_the_act_told(coder):
    text = "Chilean jets bombed a rebel camp near the border on Monday, although Peru denied that its soldiers had crossed."
    assert [e.claim.status for e in code(coder, text, date="2026-11-20") if e.event == "ASSAULT"] == ["asserted"]


def test_rejecting_as_groundless_reports_denies_their_content(coder):
    found = [(e.event, e.claim.status) for e in code(
        coder, "Chile rejected as groundless reports that its navy had boarded a Peruvian trawler.", date="2026-11-20")]
    assert found == [("COERCE", "denied")]
