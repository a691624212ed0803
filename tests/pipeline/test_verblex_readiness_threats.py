"""Verb phrasings checked as classes with sentences of our own: readiness and labels that
threaten ('would not hesitate to launch strikes', 'would treat X as a legitimate target', 'will respond
forcefully', 'vowed to keep up the pressure'), aid resumed or debts paid for another state, a consulate shut,
a want with an addressee (REQUEST), a mediation suspended; modes named by their words (hunger strike, an
internet cut, troops requested); and near-misses that must stay quiet (a drift that 'threatened to spiral',
a wish to ease tensions, a response already given, a strike's damage told as a participle)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (text, type, mode or None to leave unchecked, actor codes, recipient codes or None to leave unchecked)
CODED = [
    ("Pakistan would not hesitate to launch strikes against militant hideouts in Afghanistan, the army chief "
     "said on Friday.", "THREATEN", "violence", ("PAK",), ("AFG",)),
    ("Israel would not hesitate to act against Hezbollah if the group rearmed, Defence Minister Israel Katz said.",
     "THREATEN", "violence", ("ISR",), ("LBN",)),
    ("Yemen's Houthis said they would treat any U.S. vessel in the Red Sea as a legitimate target.", "THREATEN",
     "violence", ("YEM",), ("USA",)),
    ("Hezbollah will regard Israeli army positions along the border as legitimate targets, its leader said.",
     "THREATEN", "violence", ("LBN",), ("ISR",)),
    ("Tehran would respond decisively to any Israeli attack on its soil, Foreign Minister Abbas Araqchi said.",
     "THREATEN", "violence", ("IRN",), ("ISR",)),
    ("Pakistan will react strongly to any Indian aggression, Prime Minister Shehbaz Sharif told parliament.",
     "THREATEN", "violence", ("PAK",), ("IND",)),
    ("Trump pledged to keep the pressure on Iran until it abandons enrichment.", "THREATEN", None, ("USA",),
     ("IRN",)),
    ("The World Food Programme resumed deliveries of food aid to Ethiopia's Tigray region.", "AID", None,
     ("UNO",), ("ETH",)),
    ("Germany restarted weapons shipments to Israel in November.", "AID", None, ("DEU",), ("ISR",)),
    ("Saudi Arabia and Qatar paid off Syria's arrears to the World Bank.", "AID", None, ("QAT", "SAU"), ("SYR",)),
    ("Poland said it would shut the Russian consulate in Gdansk.", "SANCTION", None, ("POL",), ("RUS",)),
    ("Kremlin wants Kyiv to withdraw from Donbas before truce", "REQUEST", None, ("RUS",), ("UKR",)),
    ("Warsaw wanted Germany to pay reparations for the wartime destruction.", "REQUEST", None, ("POL",), ("DEU",)),
    ("Qatar suspended its mediation between Israel and Hamas.", "SANCTION", "withdraw", ("QAT",), None),
    ("Brazil had worked with Colombia and Mexico for weeks to persuade Maduro.", "COOPERATE", None, ("BRA",),
     ("COL", "MEX")),
    ("Ethiopia sent troops into Eritrea.", "MOBILIZE", "troops", ("ETH",), ("ERI",)),
    ("Rwanda sent troops to Mozambique to help the government fight insurgents.", "AID", None, ("RWA",), ("MOZ",)),
    ("A jailed Egyptian activist went on hunger strike in Cairo.", "PROTEST", "hunger", None, None),
    ("Ethiopia cut internet access in the Amhara region.", "COERCE", "withhold", ("ETH",), None),
    ("Somalia appealed to the African Union for more troops.", "REQUEST", "assist", ("SOM",), ("IGO",)),
    # headline verbs read as plural nouns before a participle or a noun ("nixes planned", "nixes deal")
    ("Trump nixes planned arms sale to Colombia", "SANCTION", "discontinue", ("USA",), ("COL",)),
    ("Kenya shelves planned tax hikes after deadly protests", "CONCEDE", None, ("KEN",), None),
    ("Milei axes planned tax hike after protests", "CONCEDE", None, ("ARG",), None),
    ("Israeli missile slams into Sanaa airport terminal", "ASSAULT", None, ("ISR",), ("YEM",)),
    # a measure weighed is the measure, hypothetical
    ("Trump mulls new tariffs on Brazil over Bolsonaro trial", "SANCTION", None, ("USA",), ("BRA",)),
    ("Japan weighs tariffs on Chinese steel", "SANCTION", None, ("JPN",), ("CHN",)),
    # hackers hit / target: cyber, not violence
    ("Chinese hackers hit U.S. telecom firms, the FBI said.", "COERCE", "cyber", ("CHN",), ("USA",)),
    ("North Korean hackers targeted South Korean defence companies.", "COERCE", "cyber", ("PRK",), ("KOR",)),
    ("Thai Prime Minister Paetongtarn Shinawatra ordered the army to close all border crossings with Cambodia.",
     "COERCE", "restrict", ("THA",), ("KHM",)),
    # an own violence announced until the other side acts is a threat to that side
    ("Hamas said its fighters would keep firing rockets until Israel lifted the blockade.", "THREATEN", "violence",
     ("PSE",), ("ISR",)),
    ("The Taliban said the Islamic Emirate of Afghanistan would respond at the appropriate time to the Pakistani "
     "strikes.", "THREATEN", "violence", ("AFG",), ("PAK",)),
    ("Colombian President Gustavo Petro said his government would not hesitate to resume bombing raids against the "
     "ELN if the rebel group kept attacking oil pipelines.", "THREATEN", "violence", ("COL",), None),
    ("China would regard any U.S. arms sale to Taiwan as an act of aggression, the foreign ministry said.",
     "THREATEN", "violence", ("CHN",), None),
    ("Indonesia scraps lawmakers' housing perks in bid to calm public anger", "CONCEDE", None, ("IDN",), None),
    ("Hezbollah mobilized its fighters along the border with Israel.", "MOBILIZE", "militia", ("LBN",), None),
    ("Taiwan scrambled fighters as Chinese warplanes approached.", "MOBILIZE", "weapons", ("TWN",), None),
    # a projectile's impact is an attack by its owner's side
    ("A Houthi drone crashed into a residential building in the Israeli city of Eilat.", "ASSAULT", "drone",
     ("YEM",), ("ISR",)),
    ("A Ukrainian drone smashed into an oil depot in Russia's Bryansk region.", "ASSAULT", "drone", ("UKR",),
     ("RUS",)),
    ("Mexican authorities worked alongside U.S. agents to dismantle the smuggling ring.", "COOPERATE", None,
     ("MEX",), ("USA",)),
    ("Peru's Congress removed President Dina Boluarte from office in a late-night vote.", "SANCTION", None,
     ("PER",), None),
    ("Niger withdrew from ECOWAS, calling the organisation a tool of France.", "ACCUSE", "disapprove", ("NER",),
     None),
    ("Thailand resolved its border dispute with Cambodia.", "AGREE", None, ("KHM", "THA"), ()),
    # the place of an option not excluded is its target, as for a threatened operation
    ("Turkey did not exclude a fresh ground operation against Kurdish fighters in northern Syria, Defence Minister "
     "Yasar Guler said on Tuesday.", "THREATEN", "violence", ("TUR",), ("SYR",)),
    ("The United Nations peacekeeping mission evacuated its staff from Walikale late on Monday.", "RETREAT",
     "withdraw", ("UNO",), None),
    # diplomats withdrawn from a country are the manual's SANCTION withdraw ("diplomats" named in its mode table)
    ("Britain evacuated its diplomats from Khartoum.", "SANCTION", "withdraw", ("GBR",), ("SDN",)),
    ("The EU urged Belarus to release the detainees or face further sanctions.", "THREATEN", None, ("EUR",),
     ("BLR",)),
    ("Iran's foreign minister said on Sunday the Islamic Republic would respond to any attack on its nuclear sites.",
     "THREATEN", "violence", ("IRN",), None),
    ("Iran responded to the Israeli attack with a barrage of missiles.", "ASSAULT", None, ("IRN",), ("ISR",)),
    ("Ukraine sought more Patriot missiles from Washington.", "REQUEST", "assist", ("UKR",), ("USA",)),
    # what a call discusses is its topic, not a party
    ("Lula and Petro discussed Venezuela's election in a call on Thursday.", "CONSULT", "phone", ("BRA", "COL"),
     ()),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CODED)
def test_readiness_phrasing_is_coded_with_its_dyad(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient, date="2025-05-01")


# (text, a type that must not be coded)
QUIET = [
    ("A deportation drive in Tunisia threatened to spiral into a regional crisis, aid groups said.", "THREATEN"),
    ("Clashes in Tripoli threatened to unravel the fragile truce, the UN envoy said.", "THREATEN"),
    ("Beijing warned that tensions in the South China Sea threatened to spiral out of control.", "THREATEN"),
    ("Serbia's Vucic said the government wanted to ease tensions with students.", "CONCEDE"),
    ("Tehran seeks to ease tensions with Riyadh, a diplomat said.", "CONCEDE"),
    ("Ghana responded strongly to the cholera outbreak with a vaccination drive.", "THREATEN"),
    ("Japan would treat the matter as a priority, the minister said.", "THREATEN"),
    ("Analysts see Indonesia as a target for Chinese investment.", "THREATEN"),
    ("Israeli police acted against Arab protesters in Haifa.", "THREATEN"),
    ("Ukraine wants to join NATO.", "REQUEST"),
    ("The company wants its workers to return to offices in Seoul.", "REQUEST"),
    ("Kenya vowed to keep up its support for Haiti's police until the gangs are defeated.", "THREATEN"),
    ("Egypt resumed gas exports to Jordan.", "AID"),
    ("Gaza strikes kill 20 as truce talks stall", "SANCTION"),
    ("Colombian President Gustavo Petro said his government would not hesitate to resume bombing raids against the "
     "ELN if the rebel group kept attacking oil pipelines.", "ASSAULT"),
    ("India views the visit as a chance to end the war in Ukraine.", "THREATEN"),
    ("The airline scrapped perks for frequent flyers.", "CONCEDE"),
    ("A cargo plane slammed into the sea off Hong Kong airport.", "ASSAULT"),
    ("A Russian drone crashed in a field in Poland.", "ASSAULT"),
    ("A military helicopter crashed into a building in Kenya.", "ASSAULT"),
    ("Iran harboured doubts about the deal.", "AID"),
    ("Moldova declared a state of emergency in its energy sector days after the gas cut.", "COERCE"),
    ("Sudan's RSF shelled the main hospital in El Fasher, in the latest attack on the besieged city, where the "
     "United Nations has warned of famine.", "THREATEN"),
    ("Brazil recalled its ambassador from Israel, calling him home for consultations.", "REQUEST"),
    ("Egypt worked hard to broker a ceasefire between Israel and Hamas.", "CONCEDE"),
    ("Uganda banned opposition leader Bobi Wine from holding rallies.", "PROTEST"),
    ("Xi told Biden that Taiwan was a red line.", "REQUEST"),
    ("Israel has accused the Islamic Republic of seeking nuclear weapons.", "REQUEST"),
    ("The ministry responded to the request from Kenya on Monday.", "THREATEN"),
    ("The European Union froze the assets of three M23 commanders and banned them from travelling to the bloc.",
     "CONSULT"),
    ("The court resolved the dispute between the two firms.", "AGREE"),
    ("Police arrests rose sharply in 2024", "COERCE"),
    ("Russian drones hit an energy facility in Lviv, Ukraine.", "COERCE"),
    ("Russian drones struck a power substation in the Sumy region overnight, cutting electricity to thousands "
     "of homes.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", QUIET)
def test_readiness_near_miss_is_not_coded(coder, text, etype):
    events = code(coder, text, date="2025-05-01")
    assert etype not in {e.event for e in events}, [(e.event, e.event_text) for e in events]


def test_past_hesitation_reports_the_act(coder):
    """'did not hesitate to bomb' (no modal) reports the bombing; only an announced readiness threatens."""
    events = code(coder, "Myanmar's army did not hesitate to bomb villages in Sagaing last year.", date="2025-05-01")
    assert "ASSAULT" in {e.event for e in events}
    assert "THREATEN" not in {e.event for e in events}
