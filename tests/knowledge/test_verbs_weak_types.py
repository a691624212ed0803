"""Lexicon entries for the weakest types and their wrong-type look-alikes (verbs.json): 'running joint patrols'
(light verb run: COOPERATE), 'suspending export controls on X' (an eased restriction: CONCEDE, not a negated
SANCTION), investigators 'linking' someone to a plot (ACCUSE); the same words in other senses code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

EXPRESSIONS = [
    ("COOPERATE", "Colombian and Ecuadorian troops have been running joint patrols along their shared border since "
                  "March, the Colombian defence ministry said on Wednesday.", ("COL", "ECU"), ()),
    ("CONCEDE", "The U.S. Commerce Department said on Monday it was suspending export controls on chip-design software "
                "sold to Chinese firms.", ("USA",), ("CHN",)),
    ("ACCUSE", "Romania expelled three Russian diplomats on Tuesday after prosecutors linked them to an arson plot "
               "against a Bucharest shopping centre, the foreign ministry said.", ("ROU",), ("RUS",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS, ids=[e[0] for e in EXPRESSIONS])
def test_expression_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text", [
    "Three men linked to the attack were arrested in Paris on Monday.",
    "The opposition ran a campaign against corruption before the vote.",
    "Shares in the joint venture between Toyota and a Chinese state carmaker rose 4 percent in Shanghai.",
])
def test_same_words_in_other_senses_code_nothing_of_that_type(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event in ("ACCUSE", "COOPERATE", "ASSAULT")]


@pytest.mark.parametrize("text", [
    "Ukrainian and Moldovan sappers jointly cleared mines along the Dniester last month, the interior ministry said.",
    "Ghana and Togo together manage the Volta basin water resources, officials said.",
])
def test_joint_work_of_two_parties_is_cooperation(coder, text):
    assert "COOPERATE" in [e.event for e in code(coder, text, date="2026-03-02")]


def test_clearing_without_a_partner_is_no_cooperation(coder):
    assert not [e for e in code(coder, "Police cleared protesters from the square.", date="2026-03-02")
                if e.event == "COOPERATE"]


# a weapon shown or aimed at someone, entry refused to persons, a closure kept until another party acts, records
# given to another state's investigators, workers occupying an office, a closed crossing (round 17, types)
WEAK_TYPE_ENTRIES = [
    ("THREATEN", "A Serbian police officer pointed his pistol at Kosovo customs officers at the Jarinje crossing on "
                 "Sunday, Kosovo police said.", ("SRB",), ("KOS",)),
    ("THREATEN", "An Indian soldier brandished a machete at Chinese troops during a scuffle in Sikkim, Chinese state "
                 "media said.", ("IND",), ("CHN",)),
    ("THREATEN", "Taiwan said Chinese warships locked fire-control radar onto a Taiwanese frigate east of the island "
                 "on Monday.", ("CHN",), ("TWN",)),
    ("REJECT", "Latvia banned entry to 14 Russian journalists on Friday over their coverage of the war, the interior "
               "ministry said.", ("LVA",), ("RUS",)),
    ("PROTEST", "Dockworkers occupied the offices of the port authority in Piraeus on Thursday, demanding higher pay, "
                "Greek police said.", ("GRC",), ("GRC",)),
    ("THREATEN", "Algeria would keep its airspace closed to Moroccan aircraft until Rabat apologised, the Algerian "
                 "foreign ministry said on Sunday.", ("DZA",), ("MAR",)),
    ("COOPERATE", "Britain provided French investigators with files on the smuggling gang behind the Channel "
                  "crossings, the Home Office said.", ("GBR",), ("FRA",)),
    ("COERCE", "Thailand closed all crossings with Cambodia to traffic on Saturday, the Thai army said.", ("THA",),
     ("KHM",)),
    ("COOPERATE", "A Peruvian former president was extradited from the United States to Peru on Friday, Peruvian "
                  "officials said.", ("USA",), ("PER",)),
    ("COOPERATE", "Two Mexican cartel leaders were handed over to U.S. authorities on Thursday, Mexico's attorney "
                  "general said.", ("MEX",), ("USA",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), WEAK_TYPE_ENTRIES,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(WEAK_TYPE_ENTRIES)])
def test_weak_type_entry_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text,etype", [
    ("The photographer pointed his camera at the French president as he left the Elysee on Monday.", "THREATEN"),
    ("Pakistan banned access to the social media platform X on Saturday, the telecoms authority said.", "REJECT"),
    ("The carmaker would keep its plant in Turin closed until demand for electric cars recovered, its chief "
     "executive said.", "THREATEN"),
    ("Chinese firms occupied the top three places in the ranking of solar panel makers, the report said.", "ASSAULT"),
    ("The Philippine coast guard shared photographs of the encounter with reporters in Manila on Sunday.",
     "COOPERATE"),
])
def test_weak_type_words_in_other_senses_code_nothing_of_that_type(coder, text, etype):
    assert etype not in [e.event for e in code(coder, text, date="2026-03-02")]


@pytest.mark.parametrize("text", [
    "Moldova expelled a Russian diplomat on Tuesday, accusing Moscow of bankrolling unrest in the autonomous region of "
    "Gagauzia.",
    "Moldova suspended the Russian cultural centre in Chisinau, accusing Moscow of financing vote buying.",
    "Prosecutors said the network had funded disinformation campaigns in three Baltic states.",
])
def test_funding_an_illicit_activity_is_no_aid(coder, text):
    assert "AID" not in [e.event for e in code(coder, text, date="2026-03-02")]


def test_funding_a_party_or_a_build_stays_aid(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient))
             for e in code(coder, "Saudi Arabia financed the construction of a hospital in Gaza, the Saudi embassy said.",
                           date="2026-03-02")]
    assert ("AID", ("SAU",), ("PSE",)) in found


# money put up for a party ('stumped up', 'coughed up'), officers seconded abroad, a response another party will
# receive (round 17, types, second batch)
MONEY_AND_RESPONSE = [
    ("AID", "Germany stumped up an extra 500 million euros for Ukraine's air defences on Friday, the defence ministry "
            "in Berlin said.", ("DEU",), ("UKR",)),
    ("AID", "Britain coughed up 200 million pounds for Jordan's refugee programme on Tuesday.", ("GBR",), ("JOR",)),
    ("AID", "Kenya seconded 400 police officers to Haiti to help fight gangs, the Kenyan interior ministry said.",
     ("KEN",), ("HTI",)),
    ("THREATEN", "Israel would receive a devastating blow if it struck Lebanon, Hezbollah's leader warned.", ("LBN",),
     ("ISR",)),
    ("THREATEN", "Iran's Supreme Leader vowed that the United States would receive a crushing response if it attacked "
                 "Iranian territory.", ("IRN",), ("USA",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), MONEY_AND_RESPONSE,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(MONEY_AND_RESPONSE)])
def test_money_put_up_and_responses_to_come_code_their_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text", [
    "Ukraine received a positive response from the European Union to its membership bid, Brussels said.",
    "Investors stumped up 2 billion dollars for the new share issue, the company said.",
])
def test_a_response_received_or_money_for_a_firm_is_no_event(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event in ("THREATEN", "AID")]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Beijing cautioned Manila that its patience over the Second Thomas Shoal had limits, a Chinese foreign ministry "
     "spokesman told reporters on Friday.", ("CHN",), ("PHL",)),
    ("Pyongyang warned Seoul that it would not tolerate any further leaflet launches across the border.", ("PRK",),
     ("KOR",)),
    ("Tehran warned that any attack on its nuclear sites would not go unanswered, the foreign ministry said.", ("IRN",),
     ()),
])
def test_warning_of_lost_patience_or_no_tolerance_is_a_threat(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("THREATEN", actor, recipient) in found


@pytest.mark.parametrize("text", [
    "Analysts warned that investors' patience with the company's management was wearing thin.",
    "The health ministry warned that hospitals would not tolerate further cuts to their budgets.",
])
def test_patience_or_tolerance_without_parties_is_no_threat(coder, text):
    assert "THREATEN" not in [e.event for e in code(coder, text, date="2026-03-02")]


@pytest.mark.parametrize("text", [
    "The U.S. Commerce Department said it was suspending export controls on chip-design software, part of a truce "
    "under which Beijing resumed shipments of rare-earth magnets to American manufacturers.",
    "Indonesia shipped nickel ore to Chinese smelting companies in record volumes in May, customs data showed.",
])
def test_goods_shipped_to_firms_are_no_aid(coder, text):
    assert "AID" not in [e.event for e in code(coder, text, date="2026-03-02")]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Denmark financed the production of long-range drones by Ukrainian manufacturers under a scheme announced on "
     "Friday.", ("DNK",), ("UKR",)),
    ("Germany delivered 40 tanks to Ukraine's armed forces on Monday, the defence ministry said.", ("DEU",), ("UKR",)),
])
def test_aid_to_a_states_producers_or_forces_stays_aid(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("AID", actor, recipient) in found


@pytest.mark.parametrize("text,etype,actor", [
    ("The Greek government did a U-turn on a planned tax on short-term rentals on Monday after protests by property "
     "owners.", "CONCEDE", ("GRC",)),
    ("The Czech government made a volte-face on the pension reform on Friday after weeks of protests in Prague.", "CONCEDE",
     ("CZE",)),
    ("Vietnam and Laos pooled their border guards to patrol the frontier against smugglers, Vietnamese state media "
     "said.", "COOPERATE", ("LAO", "VNM")),
])
def test_policy_reversal_and_pooled_forces_code_their_type(coder, text, etype, actor):
    found = [(e.event, entity_codes(e.actor)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor) in found


@pytest.mark.parametrize("text", [
    "The driver made a U-turn on the motorway near Lyon, police said.",
    "Ferrari did a U-turn on its engine supplier deal on Monday.",
])
def test_a_turn_of_a_driver_or_firm_is_no_concession(coder, text):
    assert "CONCEDE" not in [e.event for e in code(coder, text, date="2026-03-02")]


@pytest.mark.parametrize(("text", "mobilized"), [
    ("Israel called up two reserve brigades on Sunday, the military said, as exchanges of fire with Hezbollah across "
     "the Lebanese border intensified.", True),
    ("Russia's defence ministry said it had called up 160,000 conscripts for its autumn draft, the largest intake in "
     "years.", True),
    ("Mexico's ruling party called up its supporters to rally in the Zocalo on Sunday in defence of the judicial "
     "reform, party leaders in Mexico City said.", False),
    ("Investigators in Seoul called up the phone records of the former defence minister, prosecutors said, as they "
     "widened a probe into the martial law decree.", False),
])
def test_call_up_mobilizes_forces_not_supporters_or_records(coder, text, mobilized):
    assert any(e.event == "MOBILIZE" for e in code(coder, text, date="2026-03-02")) == mobilized


@pytest.mark.parametrize(("text", "aid"), [
    ("The IMF board approved a $1.1 billion disbursement to Pakistan on Monday, the fund said, releasing the final "
     "tranche of a bailout agreed last year.", True),
    ("The U.S. State Department approved the sale of 40 F-16 jets to Turkey on Friday, officials said.", True),
    ("The Kenyan treasury approved a $500 million increase in its own road-building budget for next year, Finance "
     "Minister Njuguna Ndung'u told parliament in Nairobi on Thursday.", False),
    ("Brazil's congress approved a 12 percent rise in defence spending on Wednesday, the lower house speaker said, "
     "despite objections from the Workers' Party.", False),
])
def test_approved_increase_of_own_spending_is_no_aid_or_support(coder, text, aid):
    events = {e.event for e in code(coder, text, date="2026-03-02")}
    assert ("AID" in events) == aid and (aid or "SUPPORT" not in events)


@pytest.mark.parametrize(("text", "mobilized"), [
    ("Ethiopia poured troops into the Amhara region on Tuesday after Fano militiamen seized the town of Lalibela, "
     "residents said.", True),
    ("The Sudanese army has poured reinforcements into the western city of El Obeid since Sunday, a military source "
     "told AFP.", True),
    ("China has staged warships and amphibious assault vessels off its Fujian coast, Taiwan's defence ministry said "
     "on Wednesday.", True),
    ("Russia staged strategic bombers at an air base near the Finnish border last month, the Finnish defence forces "
     "said in a statement on Monday.", True),
    ("North Korea staged a military parade in Pyongyang on Thursday to mark the ruling party's anniversary, state "
     "media reported.", False),
    ("Gulf investors poured billions of dollars into British football clubs last year, a Deloitte report said.", False),
    ("Chelsea staged a stunning comeback against Real Madrid on Wednesday at Stamford Bridge.", False),
])
def test_forces_poured_in_or_staged_are_mobilized(coder, text, mobilized):
    assert any(e.event == "MOBILIZE" for e in code(coder, text, date="2026-03-02")) == mobilized


@pytest.mark.parametrize(("text", "aid"), [
    ("The World Bank has set aside $1.5 billion for Lebanon's reconstruction, its regional director told reporters in "
     "Beirut.", True),
    ("The Kenyan treasury set aside 5 billion shillings for drought relief in the north, the finance minister said.",
     False),
    ("Both parties set aside their differences to pass the budget, lawmakers in Washington said.", False),
])
def test_money_set_aside_for_another_party_is_aid(coder, text, aid):
    assert any(e.event == "AID" for e in code(coder, text, date="2026-03-02")) == aid


@pytest.mark.parametrize(("text", "etype"), [
    ("Hungary finally unblocked a 50 billion euro support package for Ukraine at a summit in Brussels on Thursday, "
     "after Viktor Orban won assurances on frozen EU funds.", "CONCEDE"),
    ("The Cypriot government unblocked the new sanctions package against Russia on Friday after Brussels agreed to "
     "drop two Cypriot firms from the list, officials in Nicosia said.", "CONCEDE"),
    ("Hungary will not unblock the 6.6 billion euros in military aid for Ukraine until Kyiv restores the language "
     "rights of ethnic Hungarians, Foreign Minister Peter Szijjarto told reporters.", "THREATEN"),
    ("Engineers unblocked the drainage channels on the motorway near Rotterdam overnight, the Dutch roads agency "
     "said.", None),
])
def test_unblocked_funds_or_packages_are_a_veto_dropped(coder, text, etype):
    events = {e.event for e in code(coder, text, date="2026-03-02")}
    assert (etype in events) if etype else not events


@pytest.mark.parametrize("text, etype", [
    ("Hungary closed its border to Ukrainian grain imports.", "SANCTION"),
    ("Afghanistan closed the Torkham border crossing to Pakistani trucks on Wednesday.", "SANCTION"),
    ("Slovakia closed its border to imports of Ukrainian wheat.", "SANCTION"),
    ("Egypt closed the Rafah crossing to all traffic on Monday.", "COERCE"),
])
def test_a_crossing_closed_to_goods_is_a_trade_cut_and_to_traffic_a_closure(coder, text, etype):
    types = [e.event for e in coder.code(text, date="2025-06-01")]
    assert types == [etype], types


@pytest.mark.parametrize("text, dyad", [
    ("Washington cut tariffs on Indian textiles to 15 percent after the trade talks.", ("USA", "IND")),
    ("Beijing slashed tariffs on Australian wine last year, ending a three-year dispute.", ("CHN", "AUS")),
    ("The European Union lowered duties on Ukrainian steel.", ("EUR", "UKR")),
    ("India cut import duties on American whiskey.", ("IND", "USA")),
    ("Canada halved its surcharge on Chinese electric vehicles.", ("CAN", "CHN")),
])
def test_a_tariff_cut_on_a_partys_goods_is_a_concession_to_it(coder, text, dyad):
    events = coder.code(text, date="2025-06-01")
    assert [(e.event, e.actor[0].code, e.recipient[0].code) for e in events] == [("CONCEDE", *dyad)], events


@pytest.mark.parametrize("text", [
    "The government cut taxes on fuel.",
    "The central bank cut interest rates by half a point.",
    "The retailer cut prices on Chinese-made televisions.",
])
def test_cuts_of_taxes_rates_and_prices_are_no_concession(coder, text):
    assert coder.code(text, date="2025-06-01") == []


@pytest.mark.parametrize(("text", "recipient"), [
    ("Morocco expelled four Algerian officials on Friday.", "DZA"),
    ("Niamey ordered the expulsion of a Beninese trade delegation on Monday.", "BEN"),
])
def test_expelling_a_states_officials_or_delegation_is_a_sanction(coder, text, recipient):
    found = [(e.event, e.mode, entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("SANCTION", "expel", (recipient,)) in found


def test_expelling_a_states_workers_stays_a_deportation(coder):
    found = [e.event for e in code(coder, "Angola expelled 300 Congolese miners on Friday.", date="2026-03-02")]
    assert "COERCE" in found and "SANCTION" not in found
