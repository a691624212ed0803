"""Recipients the parse names one step away from the trigger (event_targets.py, event_parties.py,
owners.py, argument_places.py), through the full pipeline: partners of relation nouns, where aid
went, organisations after a descriptor, pronouns and participles that point back to an earlier
event, reactions to "a measure", applications and shared borders."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    # the partner of a relation noun below the object or a preposition
    ("Peru asked for a meeting with Chile's foreign minister on Monday.", ("REQUEST", ("PER",), ("CHL",))),
    ("Oman agreed on Monday to a plan for maritime cooperation with India.", ("AGREE", ("OMN",), ("IND",))),
    # talks between two others leave the one calling for them outside
    ("Brazil urged fresh negotiations between Israel and Hamas.", ("REQUEST", ("BRA",), ())),
])
def test_partner_of_a_relation_noun(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Belgian aircraft airdropped medical supplies over southern Gaza on Wednesday.", ("AID", ("BEL",), ("PSE",))),
    ("Qatar flew 40 tonnes of food to Port Sudan on Sunday.", ("AID", ("QAT",), ("SDN",))),
])
def test_aid_goes_to_the_country_of_its_destination(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_organisation_named_after_a_descriptor(coder):
    assert ("SANCTION", ("NER",), ("IGO",)) in dyads(coder, "Niger quit the regional bloc ECOWAS last year.")


@pytest.mark.parametrize(("text", "dyad"), [
    # "it" is what the same actor's earlier act named
    ("Venezuela pulled out of the Organization of American States, accusing it of interference.",
     ("ACCUSE", ("VEN",), ("IGO",))),
    # "it" is another actor's act: its doer is accused
    ("Turkish jets bombed Kurdish positions in northern Syria, and Iran condemned it.", ("ACCUSE", ("IRN",), ("TUR",))),
    # a participial demand naming no party is addressed to the party of the act it hangs on
    ("Poland rejected the European Union's migration pact on Friday, demanding exemptions for frontline states.",
     ("REQUEST", ("POL",), ("EUR",))),
])
def test_pronouns_and_participles_point_back(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_measure_reacted_to_belongs_to_the_main_clause_subject(coder):
    text = "Kyrgyzstan's parliament adopted a foreign representatives law on Wednesday, a measure the United States criticised."
    assert ("ACCUSE", ("USA",), ("KGZ",)) in dyads(coder, text)


def test_an_application_belongs_to_the_applicant_not_the_body(coder):
    text = "Slovakia's parliament endorsed Ukraine's bid to join the European Union."
    assert ("SUPPORT", ("SVK",), ("UKR",)) in dyads(coder, text)


def test_their_shared_border_names_the_other_side(coder):
    text = "Cambodia accused Thailand of deploying tanks near their common border."
    assert ("MOBILIZE", ("THA",), ("KHM",)) in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # the people using a struck thing are its target
    ("U.S. warships shot down two drones operated by the Houthis over the Red Sea.", ("ASSAULT", ("USA",), ("YEM",))),
    # a relative pronoun fronted past a speech verb stands for its noun
    ("Libya's government blamed the Wagner Group, which it said had received the drones from the United Arab Emirates.",
     ("AID", ("ARE",), ("RUS",))),
    # "both sides" are the parties of the event before
    ("Delegations from Armenia and Azerbaijan met in Abu Dhabi on Thursday, with the Emirati foreign minister urging "
     "both sides to sign a peace deal.", ("REQUEST", ("ARE",), ("ARM", "AZE"))),
    # ", with X presiding" is a circumstance, not a partner of the meeting
    ("Delegations from Armenia and Azerbaijan met in Abu Dhabi on Thursday, with the Emirati foreign minister urging "
     "both sides to sign a peace deal.", ("CONSULT", ("ARM", "AZE"), ())),
    # a domestic partner named by the same actor's earlier act
    ("Pakistan's government broke off talks with the Pakistani Taliban on Monday, accusing it of new attacks.",
     ("ACCUSE", ("PAK",), ("PAK",))),
])
def test_users_relatives_groups_and_partners(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # "supplied X with Y": X gets Y, even when its name looks like goods
    ("Libya accused Egypt of supplying the Libyan National Army with drones.", ("AID", ("EGY",), ("LBY",))),
    # the office holder of "whose" is the antecedent's
    ("Panama, whose president hosted U.S. Defense Secretary Pete Hegseth in Panama City last week, agreed on "
     "Wednesday to expand security cooperation with Washington.", ("CONSULT", ("USA",), ("PAN",))),
    # a border facility "with X" names the other side
    ("Pakistan closed two border crossings with Afghanistan on Sunday.", ("COERCE", ("PAK",), ("AFG",))),
])
def test_supply_whose_and_border_facilities(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_an_aim_toward_yielding_is_a_promise_not_a_concession(coder):
    found = dyads(coder, "Ethiopia and Eritrea agreed to work towards ending their border dispute, officials said.")
    assert any(d[0] == "AGREE" for d in found) and not any(d[0] == "CONCEDE" for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    # the owner of a thing downed or destroyed is the target
    ("Azerbaijan said its troops downed two Armenian drones on Friday.", ("ASSAULT", ("AZE",), ("ARM",))),
    # the party whose act would set a threat off
    ("Beijing warned it would respond forcefully if the Philippines allowed U.S. missiles on its soil.",
     ("THREATEN", ("CHN",), ("PHL",))),
    # an event noun's "by" hung on the reacting verb names the doer
    ("Honduras condemned the detention of dozens of Honduran migrants by Mexico on Monday.",
     ("ACCUSE", ("HND",), ("MEX",))),
    # exports of goods "to X" when the phrase hangs on the goods
    ("Beijing lifted its ban on exports of rare earths and magnets to Japan.", ("CONCEDE", ("CHN",), ("JPN",))),
])
def test_owned_objects_conditions_agents_and_destinations(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_list_the_parser_hung_on_the_subject_stays_the_objects(coder):
    # the small model attaches "the African Union and the United Nations" to the subject as an apposition
    text = ("Mali's transitional government refused to receive a joint mission from ECOWAS, the African Union and "
            "the United Nations on Thursday.")
    found = [d for d in dyads(coder, text) if d[0] == "REJECT"]
    assert found and found[0][1] == ("MLI",) and set(found[0][2]) == {"IGO", "UNO"}, dyads(coder, text)


CASES_RECIPIENT_CONVENTION_CODES_THE_DYAD = [
    pytest.param(
        "Kenya's opposition accused Uganda on Monday of sending soldiers to support M23 rebels in "
        "eastern Congo.",
        "AID", "UGA", "COD", id="troops_sent_to_back_a_party_aid_that_party"),
    pytest.param(
        "The Houthis rejected a Saudi-backed proposal for a prisoner exchange on Sunday.",
        "REJECT", "YEM", "SAU", id="the_backer_of_a_rejected_plan_is_the_recipient"),
    pytest.param(
        "Russian police raided the Moscow office of the BBC on Friday.",
        "COERCE", "RUS", "GBR", id="a_city_office_of_an_organisation_is_the_organisations"),
    pytest.param(
        "Kazakh police detained dozens of Russian-speaking residents of Uralsk.",
        "COERCE", "KAZ", "KAZ", id="a_language_modifier_is_not_a_second_country"),
    pytest.param(
        "Latvia condemned the detention of two of its citizens by Russian border guards on Tuesday.",
        "ACCUSE", "LVA", "RUS", id="a_denounced_arrest_by_a_foreign_force_targets_that_state"),
    pytest.param(
        "Ukraine filed a complaint at the WTO on Monday, alleging that Poland had illegally banned its grain.",
        "ACCUSE", "UKR", "POL", id="an_alleging_participle_names_the_accused"),
    pytest.param(
        "Belarus revoked the licences of 30 independent lawyers, a move condemned on Friday by the "
        "European Union as an attack on the rule of law.",
        "ACCUSE", "EUR", "BLR", id="a_move_hung_on_the_verb_as_its_object_still_sums_up_the_clause"),
    pytest.param(
        "Poland asked Germany to pay war reparations, a demand Berlin rejected on Tuesday.",
        "REJECT", "DEU", "POL", id="a_request_summed_up_after_a_comma_names_the_asker"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_RECIPIENT_CONVENTION_CODES_THE_DYAD)
def test_recipient_convention_codes_the_dyad(coder, text, event, actor, recipient):
    text = text
    assert (event, (actor,), (recipient,)) in dyads(coder, text), dyads(coder, text)


# -- round 6: the partner inside the object's own phrase, reactions to a summed-up move, visits --

@pytest.mark.parametrize(("text", "dyad"), [
    # a demonym on the object names the partner
    ("Armenia accepted a French-German offer to host talks on the border dispute.", ("AGREE", ("ARM",), ("DEU", "FRA"))),
    ("Seoul agreed to buy more American liquefied natural gas under the deal.", ("AGREE", ("KOR",), ("USA",))),
    ("Iran seized a Liberian-flagged tanker in the Strait of Hormuz.", ("COERCE", ("IRN",), ("LBR",))),
    # the object's own prepositions and participles
    ("India eased visa rules for Chinese nationals on Wednesday.", ("CONCEDE", ("IND",), ("CHN",))),
    ("Egypt pledged $500 million toward a plan to rebuild Sudan's capital.", ("AGREE", ("EGY",), ("SDN",))),
    ("Mexico agreed to take back migrants expelled from the United States.", ("AGREE", ("MEX",), ("USA",))),
    # a truce along a neighbour's border concedes to the neighbour
    ("Greece declared a truce along the Albanian border.", ("CONCEDE", ("GRC",), ("ALB",))),
])
def test_partner_inside_the_objects_phrase(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # topics, go-betweens and destinations of deportees are no partners (a firm based in a city is that
    # country's since round 15: actor_places.based_country)
    ("Japan and South Korea resumed sharing military intelligence on North Korean missile launches.",
     ("COOPERATE", ("JPN", "KOR"), ())),
    ("Ecuador and Peru agreed to a truce brokered by Brazil.", ("AGREE", ("ECU", "PER"), ())),
    ("The United States deported hundreds of migrants to Guatemala.", ("COERCE", ("USA",), ())),
    ("Britain imposed sanctions on a Shenzhen-based electronics firm.", ("SANCTION", ("GBR",), ("CHN",))),
])
def test_what_is_no_partner_inside_the_object(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States struck Iranian nuclear sites, a step praised by Israel and denounced by Russia.",
     {("ASSAULT", ("USA",), ("IRN",)), ("SUPPORT", ("ISR",), ("USA",)), ("ACCUSE", ("RUS",), ("USA",))}),
    ("Niger's junta expelled the French ambassador, a decision hailed by Moscow but condemned by the European Union.",
     {("SANCTION", ("NER",), ("FRA",)), ("SUPPORT", ("RUS",), ("NER",)), ("ACCUSE", ("EUR",), ("NER",))}),
])
def test_reactions_to_a_summed_up_move_target_its_doer(coder, text, expected):
    assert set(dyads(coder, text)) == expected, dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Uganda's opposition leader denounced the arrest of dozens of his supporters by police in Kampala.",
     ("ACCUSE", ("UGA",), ("UGA",))),
    ("Mozambique's opposition party condemned the killing of its spokesman.", ("ACCUSE", ("MOZ",), ("MOZ",))),
])
def test_a_denounced_act_at_home_targets_the_own_country(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelenskiy flew to Ankara for talks with Erdogan.", [("CONSULT", ("UKR",), ("TUR",))]),
    ("Modi held talks in Tokyo with Ishiba during his first visit to Japan since 2023.", [("CONSULT", ("IND",), ("JPN",))]),
    # two verbs are two meetings
    ("Orban met Putin in Moscow and then met Xi in Beijing.",
     [("CONSULT", ("HUN",), ("CHN",)), ("CONSULT", ("HUN",), ("RUS",))]),
])
def test_a_meeting_restating_a_visit_is_one_visit(coder, text, expected):
    assert dyads(coder, text) == expected


def test_protest_against_a_relation_targets_the_foreign_partner(coder):
    assert ("PROTEST", ("JOR",), ("ISR",)) in dyads(
        coder, "Hundreds of Jordanians rallied in Amman against the government's gas deal with Israel.")


@pytest.mark.parametrize(("text", "dyad"), [
    # "the two / three <states, capitals, juntas>": the countries listed earlier in the sentence
    ("After Estonia, Latvia and Lithuania expelled Russian diplomats, Moscow ordered envoys from the three Baltic "
     "states to leave.", ("SANCTION", ("RUS",), ("EST", "LTU", "LVA"))),
    ("Mali, Burkina Faso and Niger quit ECOWAS, and Nigeria urged the three juntas to reconsider.",
     ("REQUEST", ("NGA",), ("BFA", "MLI", "NER"))),
])
def test_a_counted_group_stands_for_the_countries_named_before(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a bare place in the striker's own country is no party
    ("Myanmar's military bombed Lashio on Sunday.", ("ASSAULT", ("MMR",), ())),
    ("Syrian government forces shelled Idlib province.", ("ASSAULT", ("SYR",), ())),
    # an amount's "in" phrase and a participle on the goods
    ("Germany approved 300 million euros in aid earmarked for Gaza on Tuesday.", ("AID", ("DEU",), ("PSE",))),
    # what sanctions are aimed at
    ("Washington imposed sanctions targeting Iranian oil exports to China.", ("SANCTION", ("USA",), ("IRN",))),
    # a participle's possessive pronoun points back to the partner of the act it hangs on
    ("Bolivia broke off relations with Israel, calling its government genocidal.", ("ACCUSE", ("BOL",), ("ISR",))),
])
def test_more_recipients_one_step_away(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # an act in a relative clause on a party is aimed at the clause that party sits in
    ("Mexico deployed 10,000 troops to its northern border to appease Washington, which had threatened sweeping "
     "tariffs.", ("THREATEN", ("USA",), ("MEX",))),
    ("Ukraine thanked Germany, which has pledged another 500 million euros in military aid.",
     ("AGREE", ("DEU",), ("UKR",))),
])
def test_a_relative_clause_act_aims_at_the_outer_clauses_actor(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


# -- round 7: domestic recipients as classes (event_domestic.py) ------------------------------------
@pytest.mark.parametrize(("text", "dyad"), [
    # a side taken or a language spoken is no party: the people are the scene's compatriots
    ("Armenian riot police fired tear gas at pro-Russian demonstrators outside the government building in Yerevan on Tuesday.",
     ("ASSAULT", ("ARM",), ("ARM",))),
    ("Bolivian police fired tear gas at anti-government marchers in La Paz on Monday.",
     ("ASSAULT", ("BOL",), ("BOL",))),
    ("Estonian police detained four Russian-speaking activists in Narva on Friday.",
     ("COERCE", ("EST",), ("EST",))),
    ("Slovak police detained a dozen pro-EU students in Bratislava on Sunday.",
     ("COERCE", ("SVK",), ("SVK",))),
])
def test_stance_modifiers_are_not_the_recipient(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # the audience of a report is not hit by the act reported
    ("Sudanese army drones killed 25 civilians in North Kordofan on Friday, a medical worker told Reuters.",
     ("ASSAULT", ("SDN",), ("SDN",))),
    ("Malian soldiers killed a dozen herders in the Segou region last week, two survivors told the Associated Press.",
     ("ASSAULT", ("MLI",), ("MLI",))),
])
def test_the_audience_of_a_report_is_no_recipient(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # words aimed at compatriots: opposition, protesters, students
    ("Togo's President Faure Gnassingbe rejected opposition demands for a referendum on the new constitution.",
     ("REJECT", ("TGO",), ("TGO",))),
    ("Bangladesh's interim leader Muhammad Yunus called on student protesters to end their blockade of the highway.",
     ("REQUEST", ("BGD",), ("BGD",))),
    ("Uganda's President Yoweri Museveni vowed on Sunday to crush the opposition if it tried to disrupt the vote.",
     ("THREATEN", ("UGA",), ("UGA",))),
])
def test_verbal_acts_at_compatriot_groups_take_the_home_country(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a person arrested inside a foreign mission is the scene's compatriot, not the mission's state
    ("Bolivian police arrested a former interior minister inside the Brazilian embassy in La Paz on Monday.",
     ("COERCE", ("BOL",), ("BOL",))),
    ("Nicaraguan agents detained an opposition lawmaker inside the Costa Rican consulate in Managua.",
     ("COERCE", ("NIC",), ("NIC",))),
])
def test_an_arrest_inside_a_foreign_mission_targets_the_person(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_storming_a_foreign_mission_still_targets_its_state(coder):
    assert ("COERCE", ("ECU",), ("MEX",)) in dyads(coder, "Ecuadorian police stormed the Mexican embassy in Quito on Friday night.") or \
        ("ASSAULT", ("ECU",), ("MEX",)) in dyads(coder, "Ecuadorian police stormed the Mexican embassy in Quito on Friday night.")


@pytest.mark.parametrize("text", [
    "Chinese and Indian troops withdrew from a disputed valley this week under a deal reached before a summit in Kazan.",
    "Thai and Cambodian soldiers pulled back from the frontier under an accord signed at talks in Malaysia.",
])
def test_a_place_in_another_clause_is_not_where_troops_withdrew_from(coder, text):
    found = [d for d in dyads(coder, text) if d[0] == "RETREAT"]
    assert found and all(d[2] == () for d in found), dyads(coder, text)


@pytest.mark.parametrize("text", [
    # the parser reads "sentenced" as a participle on the object noun when a speech tag follows
    "A court in Minsk sentenced opposition politician Mikola Statkevich to ten years in prison on Friday, his wife said.",
    "A court in Baku sentenced opposition leader Ali Karimli to eight years in prison on Monday, his party said.",
])
def test_a_sentenced_opponent_is_the_courts_compatriot(coder, text):
    found = [d for d in dyads(coder, text) if d[0] == "SANCTION"]
    assert found and found[0][1] == found[0][2] and found[0][1], dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a gathering or body of people banned at home: the people in it are the state's own
    ("Georgia's government banned the opposition rally planned for Saturday in Tbilisi.", ("COERCE", ("GEO",), ("GEO",))),
    ("Turkey's interior ministry banned a planned opposition rally in Ankara on Sunday.", ("COERCE", ("TUR",), ("TUR",))),
])
def test_a_banned_gathering_is_the_states_own_people(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # the opposition's complaints and demands with no addressee are aimed at its own state
    ("Uganda's main opposition party called the election a sham on Sunday.", ("ACCUSE", ("UGA",), ("UGA",))),
    ("Zambia's main opposition party called for an independent audit of the voters' roll.", ("REQUEST", ("ZMB",), ("ZMB",))),
])
def test_the_oppositions_words_address_its_own_state(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chinese warships and fighter jets surrounded Taiwan in a second day of drills.", ("MOBILIZE", ("CHN",), ("TWN",))),
    ("China sent dozens of warplanes around Taiwan on Tuesday in fresh drills.", ("MOBILIZE", ("CHN",), ("TWN",))),
])
def test_a_force_around_a_country_is_aimed_at_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_waved_flag_is_no_protest_target(coder):
    found = [d for d in dyads(coder, "Hundreds of people rallied in Ouagadougou on Sunday waving Russian flags.")
             if d[0] == "PROTEST"]
    assert found and all("RUS" not in d[2] for d in found), found


def test_the_crew_of_a_foreign_boat_is_the_target(coder):
    text = "The Philippines said Chinese coast guard personnel had attacked the crew of a Filipino supply boat with axes."
    assert any(d[0] == "ASSAULT" and d[2] == ("PHL",) for d in dyads(coder, text)), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # "those / anyone who ...": the people a relative clause picks out at home
    ("Kenya's president threatened to jail those who incite violence during the protests.", ("THREATEN", ("KEN",), ("KEN",))),
    ("Uganda's army chief vowed to arrest anyone who joins the opposition rally.", ("THREATEN", ("UGA",), ("UGA",))),
])
def test_a_threat_at_those_who_act_at_home_takes_the_home_country(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # round 8: an encircling participle or infinitive on the drills, not only the trigger itself
    ("China launched naval drills surrounding Taiwan on Thursday.", ("MOBILIZE", ("CHN",), ("TWN",))),
    ("Chinese bombers took part in exercises encircling Taiwan on Friday.", ("MOBILIZE", ("CHN",), ("TWN",))),
    ("China's navy conducted live-fire drills in the South China Sea.", ("MOBILIZE", ("CHN",), ())),
])
def test_a_force_encircling_a_country_is_aimed_at_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_go_between_offers_its_services_to_both_sides(coder):
    found = dyads(coder, "Norway offered its good offices to broker a truce between Armenia and Azerbaijan.")
    assert ("AGREE", ("NOR",), ("ARM", "AZE")) in found, found


def test_a_restating_noun_points_back_like_it(coder):
    found = dyads(coder, "Nicaragua's government rejected an offer by Costa Rican President Rodrigo Chaves to "
                         "mediate, calling the proposal an insult to the country's sovereignty.")
    assert ("ACCUSE", ("NIC",), ("CRI",)) in found, found


@pytest.mark.parametrize("text", [
    "Mexico offered to host talks between Washington and Caracas.",
    "Mexico offered on Sunday to host a new round of talks between the United States and Venezuela in Mexico City.",
])
def test_a_host_of_talks_between_two_offers_to_both(coder, text):
    found = dyads(coder, text)
    assert ("AGREE", ("MEX",), ("USA", "VEN")) in found, found


def test_talks_on_joining_a_body_have_it_as_partner(coder):
    found = dyads(coder, "Moldova's government suspended talks on joining the European Union on Friday.")
    assert ("SANCTION", ("MDA",), ("EUR",)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("China stages drills encircling Taiwan days after Lai's National Day speech", ("MOBILIZE", ("CHN",), ("TWN",))),
    # near-miss: a dependency of the actor's own state is home ground
    ("The US deployed troops around Guam.", ("MOBILIZE", ("USA",), ())),
])
def test_a_ring_of_drills_targets_the_ringed_country(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    ("India blamed the attack on militants based in Pakistan.", ("ACCUSE", ("IND",), ("PAK",))),
    # near-miss: local people blamed stay compatriots (no base named)
    ("Kenya blamed the opposition for the violence.", ("ACCUSE", ("KEN",), ("KEN",))),
])
def test_people_blamed_belong_where_they_are_based(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russia vetoed a draft resolution on Tuesday that would have called for a ceasefire in Sudan.",
     ("REJECT", ("RUS",), ("UNO",))),
    # near-miss: a head of state's veto of a bill is no council's
    ("Trump vetoed a bill passed by Congress on Friday.", ("REJECT", ("USA",), ("USA",))),
])
def test_a_vetoed_resolution_targets_the_council(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    # a threatened strike held over a condition answers every party of the condition
    ("North Korea warned it would take countermeasures if the United States and South Korea went ahead with the drills.",
     ("THREATEN", ("PRK",), ("KOR", "USA"))),
    # one's own crossing names are bare places; the closure is aimed across the border
    ("Pakistan closed the Torkham crossing with Afghanistan on Sunday.", ("COERCE", ("PAK",), ("AFG",))),
    # the ground of an arrest is no target, also when it is the only named party
    ("Duterte appeared before the court on Friday, a day after police in Manila arrested him on a warrant from the "
     "International Criminal Court.", ("COERCE", ("PHL",), ("PHL",))),
    # villages left near the border are across it
    ("Israeli forces completed their withdrawal from several villages near the border, the Lebanese army said.",
     ("RETREAT", ("ISR",), ("LBN",))),
    # near-miss: no other country named
    ("Thai troops withdrew from positions near the border, the army said.", ("RETREAT", ("THA",), ())),
    ("Iran released a French national on Friday, a gesture Paris welcomed as a first step.", ("SUPPORT", ("FRA",), ("IRN",))),
])
def test_recipients_requested_by_other_areas(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_an_offer_to_host_talks_goes_to_both_sides(coder):
    got = dyads(coder, "Erdogan spoke by telephone with Putin on Saturday and offered to host a new round of talks "
                       "between Russia and Ukraine in Istanbul.")
    assert ("AGREE", ("TUR",), ("RUS", "UKR")) in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russian drones violated Romania's airspace overnight, Bucharest said.", ("MOBILIZE", ("RUS",), ("ROU",))),
    ("Chinese coast guard ships entered Japanese waters near the Senkaku islands.", ("MOBILIZE", ("CHN",), ("JPN",))),
    # near-miss: open sea
    ("Russian bombers flew over the Baltic Sea on Monday.", ("MOBILIZE", ("RUS",), ())),
])
def test_an_intrusion_targets_the_owner_of_the_airspace(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Venezuelan navy patrol boats entered waters claimed by Guyana near an offshore oil platform on Tuesday.",
     ("MOBILIZE", ("VEN",), ("GUY",))),
    ("M23 rebels seized the town of Walikale in eastern Congo on Monday.", ("ASSAULT", ("COD",), ("COD",))),
    ("The EU's adoption of an 18th sanctions package against Russia was blocked by Slovakia for a second week.",
     ("REJECT", ("SVK",), ("EUR",))),
])
def test_owners_of_waters_towns_and_blocked_acts(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_border_named_near_an_attack_is_no_party(coder):
    got = dyads(coder, "Myanmar's junta launched airstrikes days after the Kachin Independence Army captured a "
                       "strategic town near the Chinese border.")
    assert not any("CHN" in d[2] for d in got), got


def test_fire_at_military_bases_keeps_their_owner_as_target(coder):
    # the model lemmatises "bases" as "basis": no "on the basis of" grounds phrase
    assert_coded(coder, "Iraqi militias fired drones at U.S. bases in eastern Syria overnight.", "ASSAULT",
                 actor=("IRQ",), recipient=("USA",))


@pytest.mark.parametrize(("text", "rec"), [
    ("Russian troops entered the town of Kupiansk on Sunday.", ("UKR",)),
    ("Russian forces entered the Dnipropetrovsk region for the first time on Sunday.", ("UKR",)),
    ("Ukrainian troops entered the town of Sudzha in Russia's Kursk region.", ("RUS",)),
    ("Chinese coast guard ships entered waters claimed by the Philippines.", ("PHL",)),
])
def test_the_owner_of_a_place_entered_is_the_recipient(coder, text, rec):
    got = [e for e in coder.code(text, date="2025-06-04") if e.event == "MOBILIZE"]
    assert got and tuple(sorted({r.code for r in got[0].recipient if r.code})) == rec, got


@pytest.mark.parametrize(("text", "dyad"), [
    # every country of a coordinated destination, one list
    ("Washington tightened restrictions on shipments of artificial-intelligence chips to the United Arab Emirates and "
     "Saudi Arabia.", ("SANCTION", ("USA",), ("ARE", "SAU"))),
    ("Beijing banned exports of gallium to the United States and Japan.", ("SANCTION", ("CHN",), ("JPN", "USA"))),
    ("Russia moved tactical nuclear warheads into Belarus and Kaliningrad.", ("MOBILIZE", ("RUS",), ("BLR",))),
])
def test_a_coordinated_destination_names_every_country(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a summing-up noun right after a time clause sums up that clause's act
    ("Ukraine's foreign ministry summoned the Hungarian ambassador on Monday after Budapest blocked the opening of "
     "accession talks, a move that Brussels also criticised.", ("ACCUSE", ("EUR",), ("HUN",))),
    # ... and after the main clause, the main clause's
    ("Hungary blocked the opening of accession talks with Ukraine on Monday, a move that Brussels criticised.",
     ("ACCUSE", ("EUR",), ("HUN",))),
])
def test_a_move_reacted_to_is_the_nearest_clause_before_it(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Hamas climbed down from its demand that Israel commit to a permanent end to the war before any hostage release.",
     ("CONCEDE", ("PSE",), ("ISR",))),
    ("Niger's junta dropped its demand that ECOWAS pay compensation for the border closures imposed after the coup.",
     ("CONCEDE", ("NER",), ("IGO",))),
])
def test_a_demand_dropped_goes_to_the_one_it_asked_to_act(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the author of a judged plan or proposal, not who it is for or what it would do (a lender's money stays the
    # borrower's: test_event_far_recipients)
    ("Slovakia blocked an EU proposal for Moldova on Tuesday, diplomats said.", ("REJECT", ("SVK",), ("EUR",))),
    ("Austria vetoed the European Union's plan to send observers to Armenia, diplomats said.",
     ("REJECT", ("AUT",), ("EUR",))),
    ("Hezbollah accepted a French-American proposal for a truce with Israel on Wednesday.",
     ("AGREE", ("LBN",), ("FRA", "USA"))),
])
def test_judged_proposal_names_its_author_not_its_beneficiary(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an object "it" of accuse / warn is the party named before, not the accuser; also after a reported clause the
    # speaker's act is joined to ("X said Y had ... and warned it")
    ("Estonia said Russia had jammed GPS signals over the Baltic and warned it of countermeasures.",
     ("THREATEN", ("EST",), ("RUS",))),
    ("Rwanda's army shelled positions in eastern Congo on Sunday. Kinshasa summoned Rwanda's envoy and accused it of "
     "backing the rebels.", ("ACCUSE", ("COD",), ("RWA",))),
])
def test_object_it_of_an_accusation_or_warning_is_the_other_party(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(("text", "place"), [
    # "it" is the thing the clause seized, not the place named after it
    ("Iran's navy seized a foreign tanker in the Gulf of Oman on Friday, accusing it of smuggling diesel.", "OMN"),
    ("Libyan coast guards seized a foreign trawler off the coast of Malta, accusing it of illegal fishing.", "MLT"),
])
def test_object_it_of_an_accusation_after_a_seized_thing_is_not_the_place(coder, text, place):
    assert not [d for d in dyads(coder, text) if d[0] == "ACCUSE" and place in d[2]]
