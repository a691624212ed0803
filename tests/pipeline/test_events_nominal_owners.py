"""Event nouns whose owner is named in one of three shapes ("X's Y", "Y by X", "the X Y"),
as subjects of verbs that are no event, in background phrases and under a demand for an inquiry; and nouns
that stay no event (an operation against a vice, a market's timeline, a rescue with no doer)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes

# (id, sentence, type, actor codes, recipient codes); None leaves a side unchecked
CODED = [
    # an owned operation "against" a party is an assault on it
    ("owned_operation_against_rebels_abroad",
     "Ankara's operation against PKK militants in northern Iraq has displaced hundreds of villagers.",
     "ASSAULT", ("TUR",), ("IRQ",)),
    ("demonym_operation_against_fighters",
     "The French operation against jihadist fighters in northern Mali lasted nine years.",
     "ASSAULT", ("FRA",), ("MLI",)),
    ("owned_operation_against_militants_at_home",
     "Egypt's operation against militants in North Sinai ended in 2023.",
     "ASSAULT", ("EGY",), ("EGY",)),
    # a suspension of sales, licences or permits is a cut
    ("suspension_of_weapons_sales",
     "Germany's suspension of weapons sales to Turkey took effect on Monday.",
     "SANCTION", ("DEU",), ("TUR",)),
    ("demonym_suspension_of_licences",
     "The Dutch suspension of F-35 parts licences to Israel was upheld by a court.",
     "SANCTION", ("NLD",), ("ISR",)),
    # a rescue by a coded force aids the people it frees
    ("owned_rescue_of_fishermen",
     "The Indian navy's rescue of 19 Pakistani fishermen from pirates took place on Monday.",
     "AID", ("IND",), ("PAK",)),
    ("demonym_rescue_of_sailors",
     "The Italian rescue of Tunisian sailors near Lampedusa was praised in Tunis.",
     "AID", ("ITA",), ("TUN",)),
    # a flag burned by a crowd
    ("flag_burning_by_demonym_crowd",
     "The burning of Israeli flags by Jordanian protesters outside the embassy in Amman drew a rebuke.",
     "PROTEST", ("JOR",), ("ISR",)),
    ("flag_burning_by_crowd_in_a_city",
     "The burning of a Turkish flag by activists in Stockholm drew condemnation from Ankara.",
     "PROTEST", ("SWE",), ("TUR",)),
    # an airspace or waters violation is the intruder's move
    ("airspace_violation_by_helicopter",
     "The violation of Polish airspace by a Belarusian helicopter lasted less than a minute.",
     "MOBILIZE", ("BLR",), ("POL",)),
    ("accused_of_violating_waters",
     "Manila accused Beijing of repeated violations of Philippine waters.",
     "MOBILIZE", ("CHN",), ("PHL",)),
    # the act an inquiry, apology or reparation is sought for was done
    ("inquiry_into_deportation_by_police",
     "Uganda demanded an inquiry into the deportation of three Ugandan activists by Kenyan police.",
     "COERCE", ("KEN",), ("UGA",)),
    ("investigation_into_killing_by_soldiers",
     "Ghana called for an investigation into the killing of a Ghanaian trader by Nigerian soldiers.",
     "ASSAULT", ("NGA",), ("GHA",)),
    ("apology_for_detention",
     "Britain demanded an apology for the detention of its sailors by Iran's navy.",
     "COERCE", ("IRN",), ("GBR",)),
    # a demonym owner does the act; the troops are its means (not a second doer)
    ("demonym_deployment_of_troops_along_border",
     "The Ethiopian deployment of troops along the Eritrean border alarmed Asmara.",
     "MOBILIZE", ("ETH",), ("ERI",)),
    # a "by" phrase the parser hangs on the recipient
    ("by_phrase_on_the_recipient",
     "The delivery of Patriot systems to Ukraine by Germany was completed in March.",
     "AID", ("DEU",), ("UKR",)),
    # a market's timeline keeps an act that names both sides
    ("market_after_two_sided_attack",
     "After Monday's Iranian missile attack on Israel, oil prices jumped.",
     "ASSAULT", ("IRN",), ("ISR",)),
    # "blamed the act on X" where the parser hangs "on X" on the act's own phrase
    ("blamed_on_hung_on_the_place",
     "Sudan's army blamed the shelling of a hospital in Omdurman on the RSF.",
     "ASSAULT", ("SDN",), None),
    ("blamed_on_after_a_chain_of_ons",
     "Kyiv blamed the bombing of a dam on the Dnipro on Russian forces.",
     "ASSAULT", ("RUS",), ("UKR",)),
    # a reprisal after an owned act names its target ("following" read as a verb)
    ("following_recall_answered_by_summons",
     "Following Algeria's recall of its ambassador, France summoned Algeria's charge d'affaires.",
     "SANCTION", ("DZA",), ("FRA",)),
    # envoys of an unresolved pronoun are recalled by the parties that speak of it
    ("recall_of_their_ambassadors_said_by_three",
     "Mali, Niger and Burkina Faso said the recall of their ambassadors from Algiers came after Algeria shot down a "
     "Malian drone.",
     "SANCTION", ("BFA", "MLI", "NER"), ("DZA",)),
    ("arrival_of_warships_abroad",
     "The arrival of Russian warships in Havana coincided with talks between Cuba and Venezuela.",
     "MOBILIZE", ("RUS",), ("CUB",)),
    # attacks on police stations are attacks (a media outlet's "station" is no verbal attack's target)
    ("attacks_on_police_stations",
     "Gunmen carried out attacks on police stations in Balochistan.",
     "ASSAULT", ("PAK",), ("PAK",)),
    ("verbal_attacks_on_the_press",
     "Erdogan's attacks on the press drew criticism from the EU.",
     "ACCUSE", ("TUR",), None),
    # street protests a clause is set amid are its country's people's
    ("amid_mass_protests",
     "Serbia's prime minister resigned on Tuesday amid mass protests.",
     "PROTEST", ("SRB",), ("SRB",)),
    ("amid_street_protests_in_the_capital",
     "Peru's president quit amid street protests in Lima.",
     "PROTEST", ("PER",), ("PER",)),
    ("amid_student_protests",
     "Bangladesh imposed a curfew amid student protests.",
     "PROTEST", ("BGD",), ("BGD",)),
    ("since_owned_annexation",
     "Since Russia's annexation of Crimea in 2014, Ukraine has sought the return of the peninsula.",
     "ASSAULT", ("RUS",), ("UKR",)),
]


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_noun_owner_shapes(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


NOT_EVENTS = [
    ("operation_against_a_vice",
     "Kenya's operation against corruption in the civil service has led to 40 arrests.", "ASSAULT"),
    ("market_after_a_summit",
     "Shares in defence companies rose after NATO's summit in The Hague.", "CONSULT"),
    ("rescue_with_no_doer",
     "A rescue of trapped miners in Chile lasted two months.", "AID"),
    ("concerns_about_an_offensive",
     "Concerns about a Russian offensive in the spring have grown in Kyiv.", "ASSAULT"),
    ("speculation_about_a_meeting",
     "Speculation about a meeting between Trump and Kim Jong Un has grown.", "CONSULT"),
    ("memories_of_an_invasion",
     "Memories of the Iraqi invasion of Kuwait still shape politics in the Gulf.", "ASSAULT"),
    ("worries_about_a_strike",
     "Worries about an Israeli strike on Iran's nuclear sites lifted oil prices.", "ASSAULT"),
    ("place_compound_is_no_doer",
     "India's decision to suspend the Indus Waters Treaty with Pakistan came after the Pahalgam attack.", "ASSAULT"),
    ("talks_an_offer_is_about",
     "Turkey renewed its offer to host talks between Russia and Ukraine.", "CONSULT"),
    ("talks_a_proposal_is_about",
     "Oman repeated its proposal to host talks between Iran and the United States.", "CONSULT"),
    ("amid_protests_from_a_government",
     "Japan went ahead with the release of treated water amid protests from Beijing.", "PROTEST"),
    ("a_politicians_rally",
     "Milei called the Spanish prime minister's wife corrupt during a rally in Madrid.", "PROTEST"),
    ("annexation_as_history_with_no_doer",
     "The annexation of Crimea was a turning point, historians say.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_noun_names_no_act(coder, text, etype):
    assert etype not in [e.event for e in code(coder, text)]


def test_rescue_package_is_one_aid(coder):
    events = [e for e in code(coder, "The IMF's rescue package for Sri Lanka was approved on Friday.") if e.event == "AID"]
    assert len(events) == 1 and entity_codes(events[0].recipient) == ("LKA",)


def test_voiced_concern_keeps_the_act(coder):
    # a concern voiced at someone judges a done act: the act stays
    events = code(coder, "Seoul voiced concern about North Korea's shipment of shells to Russia.")
    assert ("AID", ("PRK",), ("RUS",)) in [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events]
