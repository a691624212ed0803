"""Round 8 (nouns): background nouns that name real acts with known doers are events (a stretch after
"after / ending N days of", a two-sided act told with one side, a police act at home), and event nouns
the noun audit found missing; topics and stretches with no doer stay no events."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (id, sentence, type, actor codes, recipient codes); None leaves a side unchecked
CODED = [
    ("stretch_owned_airstrikes",
     "Jordan reopened the Allenby crossing on Sunday after weeks of Israeli airstrikes on Gaza, a Jordanian official said.",
     "ASSAULT", ("ISR",), ("PSE",)),
    ("stretch_two_sided_from_clause",
     "Ethiopia and Eritrea agreed to reopen their border on Friday after a month of border fighting that killed hundreds.",
     "ASSAULT", ("ERI", "ETH"), ()),
    ("stretch_ending_fighting_with",
     "Armenian troops pulled back from two villages on Monday, ending a week of clashes with Azerbaijan, the defence ministry in Yerevan said.",
     "ASSAULT", ("ARM", "AZE"), ()),
    ("stretch_talks_with",
     "Belarus freed 14 political prisoners on Thursday after weeks of talks with U.S. envoy Keith Kellogg.",
     "CONSULT", ("BLR", "USA"), ()),
    ("stretch_protests_by_in_town",
     "Slovakia's government dropped the broadcasting bill on Wednesday after three weeks of protests by students in Bratislava.",
     "PROTEST", ("SVK",), ("SVK",)),
    ("stretch_protests_led_by",
     "Mongolia's prime minister resigned on Tuesday after weeks of demonstrations led by young people against corruption.",
     "PROTEST", ("MNG",), ("MNG",)),
    ("clashes_framing_two_parties",
     "Kyrgyzstan and Tajikistan signed a border treaty on Thursday after deadly border clashes.",
     "ASSAULT", ("KGZ", "TJK"), ()),
    ("exchange_of_fire_between",
     "A brief exchange of fire between Indian and Chinese troops was reported near the Galwan valley.",
     "ASSAULT", ("CHN", "IND"), ()),
    ("police_operation_at_home",
     "A police offensive against drug gangs in Guayaquil left 14 people dead on Tuesday, officials said.",
     "ASSAULT", ("ECU",), None),
    ("use_of_water_cannon",
     "The Chinese coast guard's use of water cannon against a Vietnamese fishing boat near the Paracels angered Hanoi.",
     "ASSAULT", ("CHN",), ("VNM",)),
    ("drone_incursion_mobilize",
     "The incursion of three Russian drones into Romanian airspace on Saturday was confirmed by the defence ministry.",
     "MOBILIZE", ("RUS",), ("ROU",)),
    ("proposal_owned",
     "Qatar's proposal for a prisoner exchange between Russia and Ukraine was presented in Doha on Monday.",
     "AGREE", ("QAT",), None),
    ("restoration_of_ties",
     "The restoration of diplomatic relations between Chad and Qatar was announced in N'Djamena on Tuesday.",
     "SUPPORT", ("QAT", "TCD"), ()),
    ("withdrawal_of_bill_concedes",
     "The Kyrgyz government's withdrawal of the media bill was announced on Thursday after criticism from journalists.",
     "CONCEDE", ("KGZ",), None),
    ("summoning_of_ambassador",
     "Warsaw's summoning of the Belarusian ambassador came hours after the balloon incursions.",
     "ACCUSE", ("POL",), ("BLR",)),
    ("cancellation_of_visit",
     "Algeria's cancellation of its president's visit to Paris was announced on Monday.",
     "REJECT", ("DZA",), ("FRA",)),
    ("boycott_of_summit_by_state",
     "The boycott of the summit in Abuja by Niger's junta was announced on Friday.",
     "REJECT", ("NER",), None),
    ("ramming_of_vessel",
     "The ramming of a Philippine supply boat by Chinese coast guard ships was filmed by journalists on board.",
     "ASSAULT", ("CHN",), ("PHL",)),
    ("prompting_protests_by_supporters",
     "Police in Harare detained the opposition leader on Sunday, prompting protests by his supporters across the capital.",
     "PROTEST", ("ZWE",), ("ZWE",)),
    ("investigation_framing_raid",
     "Prosecutors in Lima searched the homes of three former ministers on Tuesday in a corruption investigation.",
     "ACCUSE", ("PER",), None),
    ("crackdown_framing_killing",
     "Honduran soldiers shot dead two suspected gang members on Sunday during a crackdown on gangs in Tegucigalpa.",
     "COERCE", ("HND",), ("HND",)),
    ("body_emergency_session",
     "The Arab League held an extraordinary session in Cairo on Sunday.",
     "CONSULT", ("IGO",), ()),
    ("ordered_expulsion_of_envoy",
     "Burkina Faso ordered the expulsion of a French diplomat on Monday, the foreign ministry said.",
     "SANCTION", ("BFA",), ("FRA",)),
    ("arms_exports_reason_owned",
     "Algeria recalled its ambassador from Madrid over Spain's arms exports to Morocco, the foreign ministry said.",
     "AID", ("ESP",), ("MAR",)),
    ("suspension_of_goods_origin",
     "Weeks after Moscow's suspension of Moldovan wine imports, Chisinau asked the EU for help.",
     "SANCTION", ("RUS",), ("MDA",)),
    ("revocation_of_visas",
     "Washington's revocation of visas for Colombian officials was announced on Friday.",
     "SANCTION", ("USA",), None),
    ("hyphen_pair_talks",
     "Egypt-Ethiopia talks on the Nile dam resumed in Khartoum on Sunday.",
     "CONSULT", ("EGY", "ETH"), ()),
    ("by_past_uncoded_of_doer",
     "The mobilisation of reservists by Taiwan began on Monday.",
     "MOBILIZE", ("TWN",), None),
    ("compound_author_of_charges",
     "The U.S. charges against the Nicaraguan leader were unsealed in Miami on Tuesday.",
     "ACCUSE", ("USA",), ("NIC",)),
    ("recall_of_owned_envoy",
     "The recall of Rwanda's ambassador from Kinshasa was announced on Saturday.",
     "SANCTION", ("RWA",), ("COD",)),
    ("deportation_sped_up",
     "Iran will speed up the deportation of Afghan migrants, the interior minister said on Monday.",
     "COERCE", ("IRN",), ("AFG",)),
    ("internet_blackout_kept",
     "Ethiopia's government kept an internet blackout in place in Amhara for a third week.",
     "COERCE", ("ETH",), None),
    ("tariff_hike",
     "Canada's tariff hike on Chinese electric vehicles took effect on Tuesday.",
     "SANCTION", ("CAN",), ("CHN",)),
]

NOT_CODED = [
    ("stretch_without_doer", "Prices of bread rose sharply in Khartoum after days of strikes.", "ASSAULT"),
    ("bare_protest_stretch", "Georgia's government dropped the bill after weeks of protests.", "PROTEST"),
    ("topic_of_study", "A study of protests in Latin America found that rallies drew younger crowds.", "PROTEST"),
    ("market_stretch", "Oil prices rose after a week of heavy trading in London.", "ASSAULT"),
    ("proposal_no_party", "The proposal to build a new airport in Lima was presented to the city council.", "AGREE"),
    ("fire_at_plant", "A fire at a chemical plant in Gujarat killed six workers on Monday.", "ASSAULT"),
    ("conviction_as_belief", "His conviction that peace was possible never wavered, his biographer wrote.", "SANCTION"),
    ("cancelled_flights", "The cancellation of flights from Jakarta was blamed on a volcanic eruption.", "REJECT"),
    ("rejected_demand_is_content", "Colombia rejected Venezuela's demand for the return of the ambassador.", "REQUEST"),
    ("rejected_adjective_demand", "Armenia rejects Azerbaijani demand to change its constitution", "REQUEST"),
    ("cabinet_meeting_no_body", "Egypt will hold an emergency meeting of its cabinet on Sunday.", "CONSULT"),
    ("goods_exports_no_aid", "Brazil's beef exports to China rose 20% last year.", "AID"),
    ("collapsing_truce", "The truce between Sudan's army and the RSF appeared to collapse on Monday.", "RETREAT"),
    ("rejected_allegations", "Rwanda rejected Congo's allegations as baseless on Tuesday.", "ACCUSE"),
]


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_background_noun_coded(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,etype", [c[1:] for c in NOT_CODED], ids=[c[0] for c in NOT_CODED])
def test_background_noun_not_an_event(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


def test_meeting_dated_by_a_place_is_no_second_meeting(coder):
    # "since the Alaska summit" dates the call; the place names no party to a second CONSULT
    events = code(coder, "The Kremlin said Putin's phone call with Trump, the first since the Alaska summit in August, "
                         "lasted two hours.")
    assert [e.event for e in events].count("CONSULT") == 1
