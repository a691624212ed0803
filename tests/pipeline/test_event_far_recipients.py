"""Round 12 recipient classes (event_far_recipients.py, event_targets.py, owners.py, event_subjects.py): recipients
far from the trigger in long sentences: a "to X" torn into the goods' list or value, the holder a relative clause
names for the thing hit, whom sanctioned firms serve behind a report verb, the place of the people aid is for, the
doer a summing-up noun points back to, a group's own demonym over a listed member, and the main verb after a
rooted name's relative clause."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Denmark said it had shipped a batch of howitzers, spare barrels and armoured ambulances worth about 90 million "
     "euros to Ukraine in May.", ("AID", ("DNK",), ("UKR",))),
    ("South Korea pledged on Monday to provide rice, medicine and water pumps, worth about $12 million, to Myanmar "
     "under an emergency programme.", ("AGREE", ("KOR",), ("MMR",))),
    ("Italy sent tents and generators to families displaced by the floods in northern Libya.",
     ("AID", ("ITA",), ("LBY",))),
])
def test_aid_goes_where_a_far_to_phrase_or_the_helped_peoples_place_says(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ukrainian drones struck a fuel depot near Belgorod that was used by Russian troops to supply units at the front.",
     ("ASSAULT", ("UKR",), ("RUS",))),
    ("Israeli jets bombed a depot on the edge of the Syrian town of Qusayr that the army said belonged to Hezbollah.",
     ("ASSAULT", ("ISR",), ("LBN",))),
    ("Israeli aircraft hit a truck near the Syrian border that the military said was carrying rockets for Hezbollah.",
     ("ASSAULT", ("ISR",), ("LBN",))),
])
def test_the_holder_a_relative_clause_names_for_the_thing_hit_is_the_target(coder, text, dyad):
    assert dyad in dyads(coder, text)


CASES_RECIPIENT_FAR_FROM_THE_TRIGGER_IS_FOUND = [
    # (decisions: a strike on compatriot rebels abroad targets the host country)
    pytest.param(
        "ASSAULT", "TUR", "IRQ",
        "Turkish jets destroyed 12 shelters in northern Iraq used by PKK militants, the ministry said.",
        id="compatriot_holders_abroad_leave_the_host_country"),
    pytest.param(
        "ACCUSE", "USA", "NIC",
        "Nicaragua's National Assembly voted to strip dozens of critics living abroad of their "
        "citizenship, a move the United States condemned.",
        id="a_move_summing_a_vote_points_past_the_participle_to_the_voters"),
    pytest.param(
        "COERCE", "PER", "BOL",
        "Peru's interior minister said police had arrested four Bolivian nationals, including a "
        "former policeman, in connection with the robbery of a bank in Puno last week.",
        id="a_listed_member_the_story_lends_a_country_keeps_the_groups_own"),
    pytest.param(
        "REQUEST", "LVA", "DEU",
        "Latvian President Edgars Rinkevics, who has often criticised Moscow, urged Berlin on Monday "
        "to send more air-defence systems to the Baltic states.",
        id="a_past_tense_after_a_rooted_names_relative_clause_is_the_main_verb"),
    pytest.param(
        "SUPPORT", "ITA", "MDA",
        "Italy's foreign minister voiced firm support on Monday, speaking to reporters after a "
        "meeting in Rome, for Moldova's bid to join the European Union.",
        id="a_recipient_phrase_after_a_parenthetical_participle_is_the_events"),
    pytest.param(
        "REQUEST", "UNO", "PRK",
        "In a letter to Pyongyang, the UN human rights chief demanded information on the detained workers.",
        id="a_letter_or_message_the_act_was_made_in_names_its_addressee"),
    pytest.param(
        "SANCTION", "MEX", "CHN",
        "Mexico, which has long courted Chinese investors, announced new tariffs on Monday, targeting "
        "textiles and shoes imported from China.",
        id="a_penaltys_aiming_participle_names_the_goods_origin"),
    pytest.param(
        "COERCE", "IRN", "PAN",
        "Iran seized a Panama-flagged tanker carrying oil to China in the Gulf on Friday.",
        id="a_carrier_of_goods_other_than_arms_keeps_its_flag"),
    pytest.param(
        "AID", "BEL", "UKR",
        "Belgium announced on Friday a new military package, including drones, mortar rounds and "
        "radar parts worth some 900 million euros, for Ukraine's armed forces.",
        id="a_for_phrase_on_a_value_torn_off_onto_the_verb_names_whom_the_package_is_for"),
]


@pytest.mark.parametrize(("event", "actor", "recipient", "text"),
                         CASES_RECIPIENT_FAR_FROM_THE_TRIGGER_IS_FOUND)
def test_recipient_far_from_the_trigger_is_found(coder, event, actor, recipient, text):
    assert (event, (actor,), (recipient,)) in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Australia imposed sanctions on four trading firms, which it said had helped Moscow buy drone parts.",
     ("SANCTION", ("AUS",), ("RUS",))),
    ("New Zealand sanctioned three tanker operators registered in Gabon, which Wellington said were transporting "
     "Russian crude.", ("SANCTION", ("NZL",), ("RUS",))),
])
def test_sanctioned_firms_stand_for_whom_a_reported_clause_says_they_serve(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Spain sent blankets and generators worth 3 million euros to Gaza on Friday.", ("AID", ("ESP",), ("PSE",))),
    ("Belgium pledged emergency aid worth 20 million euros for families in Sudan's Kordofan region.",
     ("AGREE", ("BEL",), ("SDN",))),
])
def test_a_to_or_for_phrase_hung_on_the_goods_value_names_whom_they_are_for(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_carrier_of_aid_works_for_no_one_the_aid_is_for(coder):
    assert ("COERCE", ("ISR",), ("PSE",)) not in dyads(
        coder, "The Israeli navy intercepted a yacht carrying food for Gaza that was organised by activists.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Egypt, a key mediator that hosts the talks, condemned on Thursday Israel's decision to seize the crossing.",
     ("ACCUSE", ("EGY",), ("ISR",))),
    ("Norway's prime minister, who toured the camps last year, pledged on Monday emergency aid worth 30 million "
     "crowns for refugees in Chad.", ("AGREE", ("NOR",), ("TCD",))),
])
def test_an_object_read_into_a_weekday_on_phrase_is_the_verbs(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Canada announced the sanctions on Monday, which target Iranian missile makers and their suppliers.",
     ("SANCTION", ("CAN",), ("IRN",))),
    ("The new measures, which target Belarusian banks and potash traders, were approved by EU ambassadors on Friday.",
     ("SANCTION", ("EUR",), ("BLR",))),
    ("Brazil on Tuesday extended the duties, which apply to steel and glass from China and India, for a year.",
     ("SANCTION", ("BRA",), ("CHN", "IND"))),
    ("Germany suspended the programme on Monday that had trained Nigerien soldiers for years.",
     ("SANCTION", ("DEU",), ("NER",))),
])
def test_a_penaltys_relative_clause_names_what_it_hits_even_past_the_day(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_group_led_by_a_partys_official_is_that_partys(coder):
    assert ("CONSULT", ("IND", "VNM"), ()) in dyads(
        coder, "Vietnam held talks on Monday with a delegation led by India's defence minister.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany's decision to send Leopard tanks to Ukraine was welcomed by Kyiv but sharply criticised by Moscow.",
     ("ACCUSE", ("RUS",), ("DEU",))),
    ("Police raids on the offices of Mozambique's main opposition party in Maputo on Wednesday were condemned by the "
     "European Union as disproportionate.", ("ACCUSE", ("EUR",), ("MOZ",))),
    # a party inside a clause on the act is not its doer
    ("Niger's military government ordered the French ambassador to leave within 48 hours, a decision hailed by "
     "Russia's foreign ministry but condemned by the European Union.", ("ACCUSE", ("EUR",), ("NER",))),
])
def test_a_judgement_in_the_passive_aims_at_the_doer_of_its_subject(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("U.S. forces struck a boat that Washington said was carrying drugs from Venezuela, killing 11 people.",
     ("ASSAULT", ("USA",), ("VEN",))),
    ("A U.S. military strike on a boat that Washington said was carrying drugs from Venezuela killed 11 people.",
     ("ASSAULT", ("USA",), ("VEN",))),
])
def test_a_carrier_struck_is_on_the_side_it_comes_from(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Thailand shut every checkpoint along its eastern frontier on Saturday and summoned the Cambodian ambassador, a "
     "day after Cambodian artillery opened fire near the Chong Chom crossing, the army said.",
     ("ASSAULT", ("KHM",), ("THA",))),
    ("South Korea's defence ministry raised its alert level along the border on Thursday after North Korea moved "
     "several artillery batteries closer to the demilitarised zone, a spokesman said.", ("MOBILIZE", ("PRK",), ("KOR",))),
    ("Ukraine's foreign minister praised Berlin's courage on Friday after Germany eased its rules on the use of "
     "long-range weapons, saying the step would save lives in Kharkiv.", ("CONCEDE", ("DEU",), ("UKR",))),
    ("Hundreds of protesters in Nairobi set up burning barricades on Tuesday, a day after police shot dead a "
     "schoolteacher in custody, witnesses said.", ("ASSAULT", ("KEN",), ("KEN",))),
])
def test_an_act_in_an_after_clause_lands_on_the_party_whose_reaction_the_main_clause_tells(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_weapons_test_in_an_after_clause_answers_no_one(coder):
    found = dyads(coder, "Japan lodged a strong protest with Beijing on Monday after China test-fired an "
                         "intercontinental ballistic missile into the Pacific Ocean for the first time in decades.")
    assert not any(d[0] == "MOBILIZE" and d[2] for d in found)


def test_a_state_forces_crowd_control_with_no_named_target_is_at_its_own_people(coder):
    found = dyads(coder, "Riot police in Nairobi lobbed tear gas canisters and used water cannon to push back crowds of "
                         "teachers marching on the treasury over unpaid allowances, witnesses told reporters.")
    assert ("ASSAULT", ("KEN",), ("KEN",)) in found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Venezuela deployed troops and air defence units along its Caribbean coast on Tuesday in response to the U.S. "
     "naval build-up in the region, Defence Minister Vladimir Padrino said in a televised address.",
     ("MOBILIZE", ("VEN",), ("USA",))),
    ("Lithuania reinforced its border guard units near Medininkai on Friday in response to Belarus's decision to host "
     "Wagner fighters close to the frontier, the interior ministry said.", ("MOBILIZE", ("LTU",), ("BLR",))),
    ("Pakistani artillery shelled positions along the Line of Control overnight in retaliation for an Indian drone "
     "strike on a border post near Kotli, a military spokesman said on Sunday.", ("ASSAULT", ("PAK",), ("IND",))),
])
def test_an_act_done_in_response_to_a_partys_act_is_aimed_at_that_party(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Spain granted asylum to a Venezuelan opposition leader, prompting Venezuela's parliament to demand that the "
     "government sever diplomatic ties with Madrid.", ("REQUEST", ("VEN",), ("VEN",))),
    ("Thousands of protesters in Nairobi demanded on Tuesday that the government scrap the finance bill, witnesses "
     "said.", ("REQUEST", ("KEN",), ("KEN",))),
    ("Opposition lawmakers in Seoul urged the government on Monday to suspend the deployment of the missile defence "
     "system.", ("REQUEST", ("KOR",), ("KOR",))),
])
def test_a_countrys_own_non_state_party_addresses_its_own_government(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The main teachers' union in Tunisia rejected a government offer on back pay on Monday, saying it fell far short "
     "of inflation.", ("REJECT", ("TUN",), ("TUN",))),
    ("Nigeria's main labour congress accepted the government's offer of a new minimum wage on Thursday, ending a "
     "two-day strike.", ("AGREE", ("NGA",), ("NGA",))),
    ("Garment workers' unions in Bangladesh turned down a government wage offer on Sunday and vowed to keep factories "
     "shut until pay rises by half.", ("REJECT", ("BGD",), ("BGD",))),
])
def test_a_countrys_own_non_state_party_answers_its_own_governments_offer(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Finland and Sweden refused on Monday to back a new European Union loan for Hungary, diplomats said, arguing that "
     "Budapest had not met the rule-of-law conditions.", ("REJECT", ("FIN", "SWE"), ("HUN",))),
    ("Japan backed a World Bank credit line for Sri Lanka on Thursday, the finance ministry said.",
     ("SUPPORT", ("JPN",), ("LKA",))),
    ("The United States vetoed an Asian Development Bank grant for Myanmar's junta, officials said.",
     ("REJECT", ("USA",), ("MMR",))),
])
def test_a_stance_on_a_lenders_money_concerns_the_borrower(coder, text, dyad):
    assert dyad in dyads(coder, text)
