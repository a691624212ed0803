"""Phrasings checked as classes with sentences of our own. Threats without "threaten" (a
deterrent statement held out to someone: 'reserves the right to', 'would become targets', 'will take all
necessary measures if', 'would not hesitate to take X to court'), and near-misses that must stay quiet (the same
words about consumers, a market, citizens evacuated, a defence pact's clause that names no one)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (text, type, mode or None to leave unchecked, actor codes, recipient codes or None to leave unchecked)
CODED = [
    ("Tehran reserves the right to respond to any American aggression at a time of its choosing, Iran's foreign "
     "ministry said on Sunday.", "THREATEN", "violence", ("IRN",), ("USA",)),
    ("Beijing reserves the right to take countermeasures against Manila, the Chinese embassy said in a statement.",
     "THREATEN", None, ("CHN",), ("PHL",)),
    ("Hezbollah said Israeli towns in the north would become targets if the strikes on Beirut continued.",
     "THREATEN", "violence", ("LBN",), ("ISR",)),
    ("Iran warned that U.S. bases in the region would become legitimate targets.", "THREATEN", "violence", ("IRN",),
     ("USA",)),
    ("Russia will take all necessary measures to ensure its security if Finland hosts U.S. nuclear weapons, the "
     "Kremlin said on Tuesday.", "THREATEN", None, ("RUS",), None),
    ("Mexican President Claudia Sheinbaum said her government would not hesitate to take the United States to "
     "court over the wall.", "THREATEN", None, ("MEX",), ("USA",)),
    ("Ethiopia will respond in kind to any Eritrean aggression, Prime Minister Abiy Ahmed told parliament.",
     "THREATEN", "violence", ("ETH",), ("ERI",)),
    # warships and jets handed to another state's forces are military aid (not a withdrawal or a co-operation)
    ("South Korea hands decommissioned corvette to Philippine navy", "AID", None, ("KOR",), ("PHL",)),
    ("The United States handed over a retired Hamilton-class cutter to Vietnam's coast guard on Friday.", "AID",
     None, ("USA",), ("VNM",)),
    ("India handed over a Kilo-class submarine to Myanmar's navy in October.", "AID", None, ("IND",), ("MMR",)),
    ("Italy transferred a decommissioned frigate to the Indonesian navy under a 2024 agreement, the embassy said.",
     "AID", None, ("ITA",), ("IDN",)),
    # acting at another state's forces' side is co-operation with it
    ("Chinese police officers patrolled alongside Serbian officers in Belgrade this month, the interior ministry "
     "said.", "COOPERATE", None, ("CHN",), ("SRB",)),
    ("Rwandan troops have been patrolling alongside Mozambican soldiers around the TotalEnergies gas project, "
     "Kigali's army spokesman said on Tuesday.", "COOPERATE", None, ("RWA",), ("MOZ",)),
    ("Russian mercenaries carried out patrols alongside Malian troops near the Algerian border, residents said.",
     "COOPERATE", None, ("RUS",), None),
    # a flow of energy or goods cut to a state is a penalty; "cut off" power to a territory stays a restriction
    ("Thailand suspended electricity sales to Cambodian border towns on Tuesday.", "SANCTION", "discontinue",
     ("THA",), ("KHM",)),
    ("Nigeria cut electricity exports to Niger after the coup, the power company said.", "SANCTION", "discontinue",
     ("NGA",), ("NER",)),
    ("Iran slashed gas deliveries to Iraq over unpaid bills, Iraqi officials said.", "SANCTION", "discontinue",
     ("IRN",), ("IRQ",)),
    ("Israel cut off electricity to Gaza on Sunday.", "COERCE", "withhold", ("ISR",), ("PSE",)),
    ("Ontario pulled American liquor off its store shelves in response to U.S. tariffs.", "SANCTION", "discontinue",
     ("CAN",), ("USA",)),
    # receiving verbs: the giver from the "from" phrase acts, the subject receives
    ("Myanmar's junta accepted rescue teams and aid from China, India and Russia on Saturday after a powerful "
     "earthquake, state media said.", "AID", None, ("CHN", "IND", "RUS"), ("MMR",)),
    ("Ukraine obtained new Patriot systems from the United States in August.", "AID", None, ("USA",), ("UKR",)),
    # a reprisal in trade measures is a penalty; a ban on protests restricts at home
    ("China retaliates against U.S. port fees with fees on American ships", "SANCTION", "discontinue", ("CHN",),
     ("USA",)),
    ("The Turkish government imposed a four-day ban on demonstrations in Istanbul on Thursday.", "COERCE",
     "restrict", ("TUR",), None),
    ("Iran retaliated against Israel with a barrage of ballistic missiles on Tuesday night.", "ASSAULT", None,
     ("IRN",), ("ISR",)),
    ("Iranian Foreign Minister Abbas Araqchi said on Sunday that Tehran reserved all options to defend its "
     "sovereignty, hours after U.S. B-2 bombers struck the Fordow, Natanz and Isfahan nuclear sites.", "THREATEN",
     None, ("IRN",), ("USA",)),
    ("Iran vowed that any Israeli aggression would be met with a crushing response.", "THREATEN", None, ("IRN",),
     ("ISR",)),
    ("Turkey reinforced its military posts in northern Syria.", "MOBILIZE", None, ("TUR",), ("SYR",)),
    ("Bangladeshi authorities declared a nationwide curfew on Friday and ordered troops onto the streets of Dhaka.",
     "COERCE", "curfew", ("BGD",), None),
    ("Washington removed Cuba from its list of state sponsors of terrorism on Tuesday.", "CONCEDE", None, ("USA",),
     ("CUB",)),
    ("The Philippines accused China of harassing Filipino fishermen near Scarborough Shoal.", "COERCE", None,
     ("CHN",), ("PHL",)),
    ("The Israeli military ordered residents of more than two dozen villages in southern Lebanon to move north of "
     "the Awali river.", "COERCE", "restrict", ("ISR",), None),
    ("Kenya's Ruto withdraws finance bill after deadly protests", "CONCEDE", None, ("KEN",), None),
    ("Colombia sent 1,500 troops to Catatumbo after a wave of killings.", "MOBILIZE", None, ("COL",), None),
    ("Israel keeps all options on the table against Hezbollah, Katz said.", "THREATEN", None, ("ISR",), ("LBN",)),
    ("Venezuela's Maduro said his country could take back the Essequibo region by force if Guyana kept granting oil "
     "concessions.", "THREATEN", None, ("VEN",), None),
    ("North Korea said it would respond in kind to any South Korean leaflet launches.", "THREATEN", "violence",
     ("PRK",), None),
    ("Iran's supreme leader said on Wednesday that any American military intervention would cause irreparable "
     "damage to the United States.", "THREATEN", None, ("IRN",), ("USA",)),
    ("Finland's membership of NATO would bring a military response, the Kremlin said.", "THREATEN", None,
     ("RUS",), ("FIN",)),
    ("Demonstrators in Lome demanded an end to President Faure Gnassingbe's rule.", "PROTEST", "demo", ("TGO",),
     None),
    ("Saudi Arabia paid the salaries of Palestinian Authority employees in March, officials in Ramallah said.", "AID",
     None, ("SAU",), ("PSE",)),
    ("India voted for the resolution at the UN Human Rights Council.", "SUPPORT", None, ("IND",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CODED)
def test_deterrent_phrasing_is_coded_with_its_dyad(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient, date="2025-06-01")


# (text, a type that must not be coded)
QUIET = [
    ("The finance minister said he would respond to questions from lawmakers on Thursday.", "THREATEN"),
    ("The energy regulator will take measures to protect consumers from rising electricity bills, the minister "
     "said.", "THREATEN"),
    ("The Indonesian foreign ministry said it would take all necessary measures to evacuate its citizens from "
     "Lebanon.", "THREATEN"),
    ("The broadcaster reserves the right to edit comments posted on its website.", "THREATEN"),
    ("Japan's finance minister said Tokyo would respond decisively to excessive moves in the yen.", "THREATEN"),
    ("The Philippine coast guard said it would treat the wounded fishermen as a priority.", "THREATEN"),
    ("The ministry took all necessary measures to contain the outbreak in Kinshasa.", "THREATEN"),
    ("The minister became president in 2019.", "THREATEN"),
    ("The Indian navy decommissioned its last Kilo-class submarine on Friday.", "RETREAT"),
    ("The U.S. Navy transferred the destroyer to its Pacific fleet.", "AID"),
    ("Russian troops patrolled along the border with Ukraine.", "COOPERATE"),
    ("Chinese coast guard ships sailed alongside a Philippine supply boat near Second Thomas Shoal.", "COOPERATE"),
    ("The United Arab Emirates has been bolstering government forces in Sudan's east with drones.", "MOBILIZE"),
    ("Egypt sent weapons to Somalia's army, bolstering Mogadishu's forces in their fight against al Shabaab.",
     "MOBILIZE"),
    ("The supermarket pulled the contaminated cheese from its shelves.", "SANCTION"),
    ("Storms halted gas supplies to several towns in northern Italy.", "SANCTION"),
    ("The company secured a $3 billion loan from a consortium of banks.", "AID"),
    ("The striker got a yellow card from the referee.", "AID"),
    ("Thousands of fans marched through central Buenos Aires on Sunday to celebrate River Plate's title win.",
     "PROTEST"),
    ("Saudi Arabia and Pakistan signed a strategic mutual defence pact in Riyadh on Wednesday, pledging that any "
     "aggression against either country would be treated as aggression against both.", "THREATEN"),
    ("Serbian President Aleksandar Vucic rejected the demand, saying he would not bow to pressure from the street.",
     "CONCEDE"),
    ("The proposal was met with scepticism by lawmakers.", "THREATEN"),
    ("Brazil's central bank kept all options on the table to tame inflation.", "THREATEN"),
    ("The Russian strike caused heavy damage to the power plant, Ukrainian officials said.", "THREATEN"),
    ("Floods would cause damage to crops across the region, forecasters said.", "THREATEN"),
    ("The government paid the salaries of teachers on Friday after a strike.", "AID"),
    ("Lawmakers voted for the bill by a wide margin on Tuesday.", "SUPPORT"),
    ("Spain voted for a UN resolution demanding an end to Israel's occupation of Palestinian territory.", "REQUEST"),
    ("Japan's Supreme Court ruled the law unconstitutional, overturning a 2019 decision by the same court.",
     "CONCEDE"),
    ("Burkina Faso ended a 1961 military assistance agreement signed with France, state television reported.",
     "SUPPORT"),
    ("The UNHCR urged donors to fund its response in Chad, warning that food rations would be cut by half next "
     "month.", "THREATEN"),
]


def test_summoning_and_a_protest_lodged_are_two_accusations(coder):
    events = code(coder, "Russia's foreign ministry summoned the Azerbaijani ambassador on Monday and lodged a strong "
                         "protest over the arrest of Russian citizens in Baku.", date="2025-07-01")
    assert [e.event for e in events].count("ACCUSE") == 2


def test_two_coordinated_measures_on_one_dyad_are_two_events(coder):
    """'would add ... to its entity list and would halt exports to ...': two penalties, one dyad, two events."""
    events = code(coder, "China said it would add 11 American defence firms to its unreliable entity list and would "
                         "halt exports of rare earths to the United States.", date="2025-04-04")
    assert [e.event for e in events].count("SANCTION") == 2


def test_one_measure_named_twice_stays_one_event(coder):
    events = code(coder, "Police arrested and jailed the opposition leader in Kampala.", date="2025-04-04")
    assert [e.event for e in events].count("COERCE") == 1


@pytest.mark.parametrize("text,etype", QUIET)
def test_deterrent_near_miss_is_not_coded(coder, text, etype):
    assert not [e for e in code(coder, text, date="2025-06-01") if e.event == etype]
