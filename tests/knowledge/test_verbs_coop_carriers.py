"""Cooperative lexicon families, second set (verbs.json, nlp.joint_forms, event_nominal_parts.joint_operation):
people in need carried to safety or let in (ferry / fly / transport / admit migrants, refugees, the wounded: AID to their
state); joint acts mounted, run or organised by two sides, and a joint operation the clause's two-sided subject acts in
(COOPERATE); 'co-' verbs in every form (co-produce, co-develop, co-finance: COOPERATE, AGREE when future); a carrier
noun (shipment, consignment) takes its type from the goods it carries (oil, gas: trade, COOPERATE; food, weapons: AID); oil or gas pumped to a state (trade); the
handover of weapons, a consignment of aid arriving (AID, no visit); a fugitive turned over (COOPERATE). The same words in other senses code none of these."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

EXPRESSIONS = [
    ("AID", "The Spanish coast guard ferried 47 Malian migrants picked up near El Hierro to the port of La Restinga "
            "late on Saturday, a regional official said.", ("ESP",), ("MLI",)),
    ("AID", "Egypt flew dozens of wounded Sudanese civilians to hospitals in Aswan on Thursday after shelling near "
            "the border, the health ministry said.", ("EGY",), ("SDN",)),
    ("AID", "Chadian army lorries transported 300 injured Sudanese refugees from the border to a field clinic in "
            "Adre, aid officials said on Monday.", ("TCD",), ("SDN",)),
    ("AID", "Poland admitted 2,000 Belarusian asylum-seekers last year despite tighter border rules, the interior "
            "ministry in Warsaw said on Tuesday.", ("POL",), ("BLR",)),
    ("COOPERATE", "Uzbek and Kazakh border guards mounted a joint hunt for a smuggling gang on the steppe this week, "
                  "officials in Tashkent said.", ("KAZ", "UZB"), ()),
    ("COOPERATE", "Peruvian and Brazilian troops destroyed 12 illegal dredges on the Javari river during a joint "
                  "operation last week, Peru's army said on Sunday.", ("BRA", "PER"), ()),
    ("COOPERATE", "Nigerian and Cameroonian soldiers rescued 40 abducted farmers in a combined operation near Lake "
                  "Chad on Friday, the Nigerian military said.", ("CMR", "NGA"), ()),
    ("COOPERATE", "Vietnam and Laos co-financed a new railway bridge over the Mekong, the Vietnamese transport "
                  "ministry said on Wednesday.", ("LAO", "VNM"), ()),
    ("COOPERATE", "Brazil and Argentina are co-developing a military transport aircraft at a plant in Cordoba, "
                  "officials in Brasilia said on Friday.", ("ARG", "BRA"), ()),
    ("AGREE", "Romania will co-produce armoured vehicles with Germany at a plant near Brasov under a deal signed on "
              "Monday, the Romanian defence ministry said.", ("DEU", "ROU"), ()),
    ("COOPERATE", "Algeria resumed gas shipments to Spain through the Medgaz pipeline on Sunday after a week-long "
                  "technical halt, Spain's energy ministry said.", ("DZA",), ("ESP",)),
    ("COOPERATE", "Qatar shipped two LNG consignments to Pakistan this week under its long-term supply contract, "
                  "Pakistan's petroleum ministry said on Friday.", ("QAT",), ("PAK",)),
    ("AID", "Jordan resumed food shipments to Gaza through the Allenby crossing on Wednesday, the Jordanian army "
            "said.", ("JOR",), ("PSE",)),
    ("COOPERATE", "Azerbaijan pumped gas to Hungary through the Southern Gas Corridor for the first time in January, the "
                  "Hungarian foreign ministry said.", ("AZE",), ("HUN",)),
    ("AID", "The handover of 12 armoured vehicles by France to the Beninese army took place at a base near Parakou on "
            "Monday, Benin's defence ministry said.", ("FRA",), ("BEN",)),
    ("AID", "A Turkish consignment of tents and blankets arrived in Beirut on Sunday for families displaced by the "
            "fighting, Lebanon's health ministry said.", ("TUR",), ("LBN",)),
    ("CONSULT", "Indonesian President Prabowo Subianto arrived in Canberra on Tuesday for talks with the Australian "
                "prime minister, officials said.", ("IDN",), ("AUS",)),
    ("COOPERATE", "Colombia turned over a fugitive cartel financier to the United States on Thursday, the national "
                  "police said in Bogota.", ("COL",), ("USA",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPRESSIONS)])
def test_family_expression_codes_its_type_and_dyad(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text", [
    "The ferry that links the island to the mainland was out of service for a week after it struck a pier, the "
    "transport ministry said.",
    "Shares in the shipping group fell 6 percent after it said it would stop ferrying cars across the Baltic.",
    "The hospital admitted 40 patients overnight with smoke inhalation after the warehouse fire, a spokeswoman said.",
    "The joint venture's oil shipments rose 4 percent in October, the company said in a filing in Singapore.",
    "A former minister said in an interview that the plan to co-produce fighter jets had cost the country billions.",
    "The joint search for the missing climbers was called off on Friday after ten days because of bad weather.",
    "Kenyan police arrested 14 suspects in a joint operation with the county government on Friday, officials said.",
])
def test_same_words_in_other_senses_code_no_cooperative_event(coder, text):
    mine = {"AID", "COOPERATE", "AGREE"}
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event in mine]
