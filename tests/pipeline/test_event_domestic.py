"""How recipients are settled, round 8 (event_domestic.py, event_recipients.py, event_targets.py):
a curfew restricts the home population, a 'them' object stands for the crowd named before it, a
name under a place noun is no person, a vetoed council text targets the council, and a future or
negated act keeps the recipient of the plain one."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Zambia imposes overnight curfew on its capital", ("COERCE", ("ZMB",), ("ZMB",))),
    ("Authorities in Sri Lanka extended a nationwide curfew for a second day, the defence ministry said.",
     ("COERCE", ("LKA",), ("LKA",))),
    # a named part of the country restricts the home population too (round 8; round 9 tried none and
    # reverted it: fresh gold of two evaluators disagreed, older sets lost more than new ones gained)
    ("Bolivia's government imposed a night curfew in La Paz's southern districts on Monday, a minister said.",
     ("COERCE", ("BOL",), ("BOL",))),
    # abroad, the place's country, as before
    ("Israeli troops imposed a curfew on the West Bank city of Nablus on Sunday.", ("COERCE", ("ISR",), ("PSE",))),
])
def test_a_curfew_restricts_the_home_population(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_shut_internet_on_a_bare_place_still_has_no_recipient(coder):
    assert ("COERCE", ("PAK",), ()) in dyads(coder, "Pakistan suspended mobile internet services in Balochistan on Sunday.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Thousands of teachers gathered outside the education ministry in Tegucigalpa on Monday, and riot police "
     "fired tear gas to disperse them.", ("ASSAULT", ("HND",), ("HND",))),
    ("Opposition supporters marched toward the electoral commission in Lusaka, and security forces fired "
     "rubber bullets at them, wounding four.", ("ASSAULT", ("ZMB",), ("ZMB",))),
    # a coded antecedent of another country is the target
    ("Chinese coast guard ships approached two Vietnamese fishing boats near the Paracel Islands and fired "
     "water cannon at them.", ("ASSAULT", ("CHN",), ("VNM",))),
])
def test_them_stands_for_the_people_named_before(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_town_name_under_a_place_noun_is_no_domestic_target(coder):
    found = dyads(coder, "Sudan's army said it would withdraw from the town of Bara if the RSF agreed to a truce.")
    assert ("RETREAT", ("SDN",), ()) in found, found


@pytest.mark.parametrize("text", [
    "Washington cast its veto against a resolution in the Security Council on Wednesday.",
    "Russia's veto of a Security Council text on Syria drew criticism from Western members.",
])
def test_a_vetoed_council_text_targets_the_council(coder, text):
    assert any(d[0] == "REJECT" and d[2] == ("UNO",) for d in dyads(coder, text)), dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Zambia lifted its ban on maize imports from Malawi.",
    "Zambia will lift its ban on maize imports from Malawi next month.",
    "Zambia will not lift its ban on maize imports from Malawi this year, the agriculture minister said.",
])
def test_future_and_negated_lifting_keep_the_recipient(coder, text):
    assert ("CONCEDE", ("ZMB",), ("MWI",)) in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Daniel Ortega vowed on Sunday to crush the coup plotters in Nicaragua.", ("THREATEN", ("NIC",), ("NIC",))),
])
def test_words_at_the_states_opponents(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # three or more countries meeting in one of them: the host takes part, no recipient
    ("Brazilian President Lula hosted the leaders of Colombia and Chile at a summit in Brasilia on Tuesday.",
     ("CONSULT", ("BRA", "CHL", "COL"), ())),
    # two: still a visit
    ("Putin hosted Kazakh President Tokayev in Moscow on Tuesday.", ("CONSULT", ("KAZ",), ("RUS",))),
    # a country named only in the meeting's purpose clause is its topic
    ("The foreign ministers of Qatar, Egypt and Turkey met in Doha on Monday to discuss Sudan's war.",
     ("CONSULT", ("EGY", "QAT", "TUR"), ())),
])
def test_several_countries_meeting(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_topic_on_the_verb_after_a_topic_noun_is_no_partner(coder):
    found = dyads(coder, "Australia's foreign minister met her Indian counterpart on Friday, pledging closer "
                         "cooperation on Myanmar.")
    assert not any(d[0] == "AGREE" and "MMR" in d[2] for d in found), found


def test_some_of_them_are_the_crowd_named_before(coder):
    found = dyads(coder, "Thousands of teachers blocked roads around Quito on Monday, and Ecuadorian police "
                         "arrested dozens of them.")
    assert ("COERCE", ("ECU",), ("ECU",)) in found, found


def test_a_list_of_three_demonyms_meeting_are_all_actors(coder):
    found = dyads(coder, "Indian, Japanese and Australian officials met in Sydney for trilateral talks on critical minerals.")
    assert ("CONSULT", ("AUS", "IND", "JPN"), ()) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Cuba warned that its forces would repel any American incursion.", ("THREATEN", ("CUB",), ("USA",))),
    ("Israel warned that any Hezbollah attack on its northern towns would be met with overwhelming force.",
     ("THREATEN", ("ISR",), ("LBN",))),
    # no party named on the act: none
    ("Iran warned that any attack on its soil would be answered.", ("THREATEN", ("IRN",), ())),
])
def test_a_threat_answers_the_party_of_any_act(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_the_launch_participle_of_a_passive_agent_hits_its_subject(coder):
    found = dyads(coder, "A Panama-flagged, Greek-operated tanker was hit by a missile fired by the Houthis on Monday.")
    assert any(d[0] == "ASSAULT" and d[1] == ("YEM",) and "GRC" in d[2] for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Poland blocked an EU statement criticising Israel's conduct in Gaza.", ("REJECT", ("POL",), ("EUR",))),
    ("Russia and China on Friday vetoed a U.S.-drafted Security Council resolution on Haiti.",
     ("REJECT", ("CHN", "RUS"), ("UNO",))),
])
def test_a_blocked_text_names_its_author_or_council(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_communication_on_a_country_is_a_topic(coder):
    found = dyads(coder, "Japan and South Korea agreed to keep close communication on North Korea.")
    assert ("AGREE", ("JPN", "KOR"), ()) in found, found


def test_their_on_the_object_names_a_coded_owner(coder):
    found = dyads(coder, "Philippine fishermen said Chinese coast guard officers had confiscated their nets near "
                         "Scarborough Shoal.")
    assert ("COERCE", ("CHN",), ("PHL",)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Activists rallied outside the World Bank office in Accra against spending cuts.", ("PROTEST", ("GHA",), ("IGO",))),
    ("Hundreds of Ghanaians rallied outside the president's office in Accra on Monday.", ("PROTEST", ("GHA",), ("GHA",))),
])
def test_a_rally_at_an_international_bodys_office(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Nepal's army imposed a curfew in Kathmandu on Tuesday.", ("COERCE", ("NPL",), ("NPL",))),
    ("Authorities in Kenya imposed a dusk-to-dawn curfew across three counties.", ("COERCE", ("KEN",), ("KEN",))),
    # the whole country, and a place abroad
    ("Serbia's government declared a state of emergency across the country.", ("COERCE", ("SRB",), ("SRB",))),
    ("Israel imposed a curfew in the West Bank town of Tubas.", ("COERCE", ("ISR",), ("PSE",))),
])
def test_a_curfew_in_part_of_the_country_restricts_its_people(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    # a state freeing prisoners of no country of their own frees its own people, wherever they are flown
    ("Nicaragua released 135 political prisoners and flew them to Guatemala.", ("RETREAT", ("NIC",), ("NIC",))),
    ("Belarus freed 14 political prisoners on Wednesday, the opposition said.", ("RETREAT", ("BLR",), ("BLR",))),
    # near-misses: coded captives keep their code; pardons stay without a recipient (older gold)
    ("Iran freed two French nationals on Tuesday.", ("RETREAT", ("IRN",), ("FRA",))),
    ("Vietnam's president pardoned more than 8,000 prisoners ahead of National Day.", ("CONCEDE", ("VNM",), ())),
])
def test_prisoners_freed_by_their_state(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Mexico's attorney general opened a probe into the electoral institute over irregularities.",
     ("ACCUSE", ("MEX",), ("MEX",))),
    ("Pakistani Taliban fighters attacked a military compound in Bannu inside Pakistan.", ("ASSAULT", ("PAK",), ("PAK",))),
])
def test_public_bodies_probed_or_attacked_at_home(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Militants ambushed a passenger bus in Kenya's Lamu county.", ("ASSAULT", ("KEN",), ("KEN",))),
    ("Separatists attacked a train in Pakistan's Balochistan province.", ("ASSAULT", ("PAK",), ("PAK",))),
    # near-miss: abroad the place's country, as before
    ("Russian drones hit a train in Ukraine's Sumy region.", ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_an_attacked_bus_or_train_carries_the_scenes_people(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    # police act at home: with a second country named, the people they arrest are their state's
    ("Kenyan police arrested six journalists on Monday, and the United States condemned the arrests.",
     ("COERCE", ("KEN",), ("KEN",))),
    # a place below "after" is another act's place, not the arrest's
    ("French police detained four activists after a protest against Israel's war in Gaza.",
     ("COERCE", ("FRA",), ("FRA",))),
])
def test_police_arrests_at_home(coder, text, dyad):
    assert ("COERCE", dyad[1], dyad[2]) in dyads(coder, text)


def test_a_bare_count_of_victims_is_people(coder):
    assert ("ASSAULT", ("NGA",), ("NGA",)) in dyads(coder, "Nigerian troops kill 30 in raids on militant camps in Borno")


def test_an_armys_counted_victims_with_no_place_stay_unknown(coder):
    assert ("ASSAULT", ("USA",), ()) in dyads(coder, "U.S. forces struck a boat in the Caribbean, killing three.")


def test_a_legislature_removing_an_office_holder_acts_at_home(coder):
    got = dyads(coder, "Peru's Congress removed President Dina Boluarte from office in a late-night vote.")
    assert all(d[2] == ("PER",) for d in got if d[0] == "SANCTION"), got


CASES_DOMESTIC_ACT_CODES_ITS_DYAD = [
    pytest.param(
        "South Korean President Yoon Suk Yeol declared martial law on Tuesday, accusing the "
        "opposition-controlled parliament of anti-state activities and of sympathising with North "
        "Korea.",
        "COERCE", "KOR", "KOR", id="martial_law_restricts_the_home_population_when_another_country_is_named"),
    pytest.param(
        "Hungary's prime minister accused opposition leaders of taking orders from Brussels and Kyiv.",
        "ACCUSE", "HUN", "HUN", id="what_the_accused_is_charged_with_sets_no_scene"),
    pytest.param(
        "Serbian President Aleksandar Vucic urged striking university students on Monday to end their "
        "blockades of faculties.",
        "REQUEST", "SRB", "SRB", id="people_on_strike_are_the_states_opponents"),
    pytest.param(
        "Turkish authorities removed three elected pro-Kurdish mayors from office and appointed state "
        "trustees, the interior ministry said.",
        "SANCTION", "TUR", "TUR", id="office_holders_a_state_removes_are_its_own"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_DOMESTIC_ACT_CODES_ITS_DYAD)
def test_domestic_act_codes_its_dyad(coder, text, event, actor, recipient):
    got = dyads(coder, text)
    assert (event, (actor,), (recipient,)) in got, got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Nicaragua stripped 94 dissidents of their citizenship on Thursday.", ("COERCE", ("NIC",), ("NIC",))),
    ("Togo's government banned all protests after opposition supporters clashed with police in Lome.",
     ("COERCE", ("TGO",), ("TGO",))),
])
def test_a_group_or_gathering_restricted_at_home(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "rec"), [
    ("Kenyan President William Ruto pardoned 40 jailed protesters on Thursday.", ("KEN",)),
    ("Kazakhstan's president pardoned dozens of activists detained during the January unrest.", ("KAZ",)),
    # people held for taking part in unrest contest the state too
    ("Kenyan President William Ruto pardoned 40 people jailed over last year's anti-tax protests on Thursday.",
     ("KEN",)),
    # ... and so do people held for plotting against it
    ("Ghana's president pardoned three soldiers convicted over a coup plot, his office said.", ("GHA",)),
    # prisoners at large stay without a recipient, as the older gold has them
    ("Iran's supreme leader granted amnesty to thousands of prisoners.", ()),
])
def test_a_pardon_of_the_states_opponents_is_at_home(coder, text, rec):
    got = [d for d in dyads(coder, text) if d[0] == "CONCEDE"]
    assert got and got[0][2] == rec, got


@pytest.mark.parametrize(("text", "dyad"), [
    ("The junta in Mali dissolved all political parties and threatened any politician who defied the order with "
     "prosecution.", ("THREATEN", ("MLI",), ("MLI",))),
    ("Burkina Faso's junta threatened any politician who questioned the transition charter with arrest.",
     ("THREATEN", ("BFA",), ("BFA",))),
])
def test_people_a_state_threatens_by_what_they_do_are_at_home(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Sri Lanka's president apologised to the relatives of villagers killed during the civil war.",
     ("CONCEDE", ("LKA",), ("LKA",))),
    ("Bangladesh's interim government promised to compensate the families of students who died in the July unrest.",
     ("AGREE", ("BGD",), ("BGD",))),
    ("Canada's prime minister apologised to Italy for the remarks.", ("CONCEDE", ("CAN",), ("ITA",))),
])
def test_apology_or_promise_to_victims_at_home_takes_the_home_country(coder, text, dyad):
    assert dyad in dyads(coder, text)
