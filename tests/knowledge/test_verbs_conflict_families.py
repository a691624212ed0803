"""Conflict-type lexicon families (verbs.json, nouns.json): wordings the lexicon did not know, each family tested on
wordings other than the one it was built from, and the same words in non-event senses."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"

EXPRESSIONS = [
    # SANCTION: services / software banned to a party; trade concessions suspended;
    # diplomats' accreditation revoked; divestment; a signed decree's sanctions are the signer's
    ("SANCTION", "The European Union would ban port services to Russian oil tankers under its next package of "
                 "measures, two diplomats said on Wednesday.", ("EUR",), ("RUS",)),
    ("SANCTION", "Beijing suspended tariff concessions on 134 Taiwanese products on Friday, accusing Taipei of "
                 "violating a trade pact signed in 2010.", ("CHN",), ("TWN",)),
    ("SANCTION", "Israel revoked the accreditation of eight Norwegian diplomats who dealt with the Palestinian "
                 "Authority, the foreign ministry said on Thursday.", ("ISR",), ("NOR",)),
    ("SANCTION", "Norway's $1.8 trillion oil fund said on Monday it had divested from five Israeli banks over their "
                 "financing of settlement construction in the West Bank.", ("NOR",), ("ISR",)),
    ("SANCTION", "President Volodymyr Zelenskiy signed a decree on Friday imposing sanctions on 56 Russian shipping "
                 "companies, his office said.", ("UKR",), ("RUS",)),
    ("SANCTION", "Britain placed an asset freeze and a travel ban on 20 Russian officials on Monday over the "
                 "deportation of Ukrainian children.", ("GBR",), ("RUS",)),
    ("SANCTION", "Canadian provinces yanked American whisky from store shelves on Tuesday in response to the new "
                 "tariffs.", ("CAN",), ("USA",)),
    ("SANCTION", "Norway's sovereign wealth fund excluded six Israeli companies from its portfolio on Monday, "
                 "citing their role in the West Bank.", ("NOR",), ("ISR",)),
    ("SANCTION", "Iran faces new sanctions from the European Union over its drone exports, diplomats in Brussels "
                 "said on Monday.", ("EUR",), ("IRN",)),
    # THREATEN: penalties one would face; force resorted to over a condition; armed resistance vowed
    ("THREATEN", "The State Department said on Tuesday that Colombian officials who obstructed extraditions would "
                 "face visa bans.", ("USA",), ()),
    ("THREATEN", "Iran's army chief said Tehran would resort to military means if Washington blocked its oil "
                 "exports through the Strait of Hormuz.", ("IRN",), ("USA",)),
    ("THREATEN", "President Nicolas Maduro vowed armed resistance if the United States invaded Venezuela, "
                 "speaking to troops in Caracas on Sunday.", ("VEN",), ("USA",)),
    # ASSAULT: joint strikes are the strikers' attack; boats sideswiped or doused
    ("ASSAULT", "French and British jets conducted joint strikes on an Islamic State arms depot in eastern Syria on "
                "Wednesday, the French defence ministry said.", ("FRA", "GBR"), ()),
    ("ASSAULT", "Chinese coast guard vessels sideswiped a Philippine patrol boat near Scarborough Shoal on Monday, "
                "the Philippine coast guard said.", ("CHN",), ("PHL",)),
    ("ASSAULT", "Chinese coast guard ships doused a Philippine fisheries vessel with water cannon near Sandy Cay on "
                "Sunday, Manila said.", ("CHN",), ("PHL",)),
    # ASSAULT: a weapon tearing through a place or crippling a ship; a gang's rampage
    ("ASSAULT", "A Russian Iskander missile tore through a crowded street in the centre of Sumy on Sunday, killing "
                "at least 30 people, Ukrainian officials said.", ("RUS",), ()),
    ("ASSAULT", "Ukrainian naval drones crippled a Russian patrol ship off the coast of Crimea overnight, Kyiv's "
                "military intelligence said.", ("UKR",), ()),
    ("ASSAULT", "Heavily armed gang members went on a rampage through the Haitian town of Mirebalais on Thursday, "
                "residents said.", ("HTI",), ()),
    # MOBILIZE: warships sailing, steaming or transiting (two states' warships together: COOPERATE); troops ordered
    # to a place
    ("MOBILIZE", "Two American destroyers transited the Taiwan Strait on Wednesday in a challenge to Beijing, the "
                 "US Navy's Seventh Fleet said.", ("USA",), ()),
    ("MOBILIZE", "The British aircraft carrier Prince of Wales steamed through the South China Sea this week, "
                 "officials said.", ("GBR",), ()),
    ("COOPERATE", "Japanese and Canadian warships sailed through the Taiwan Strait together on Saturday, a day "
                  "after China ended its drills around the island.", ("CAN", "JPN"), ()),
    ("COOPERATE", "Russian and Chinese warships sailed near the Aleutian Islands last week on a joint patrol, the "
                  "US Coast Guard said.", ("CHN", "RUS"), ()),
    ("MOBILIZE", "President Donald Trump ordered 2,000 National Guard troops to Chicago on Monday, the White House "
                 "said.", ("USA",), ()),
    # ACCUSE: an envoy hauled in; an attack pinned on a party
    ("ACCUSE", "The German foreign ministry hauled in Russia's ambassador on Wednesday over the cyberattack on the "
               "ruling party.", ("DEU",), ("RUS",)),
    ("ACCUSE", "France pinned the cyberattack on Russian military intelligence on Tuesday, the foreign ministry said.",
     ("FRA",), ("RUS",)),
    ("ACCUSE", "South Korean prosecutors sought the death penalty for former president Yoon Suk Yeol on Monday "
               "over his short-lived declaration of martial law.", ("KOR",), ()),
    # SANCTION: a travel regime or approvals suspended / halted for a party
    ("SANCTION", "China halted approval of Japanese film releases on Wednesday amid a row over Tokyo's remarks on "
                 "Taiwan, distributors said.", ("CHN",), ("JPN",)),
    # COERCE: people swept up; people forcibly moved
    ("COERCE", "Egyptian security forces swept up hundreds of people in the run-up to planned protests, rights "
               "groups said on Friday.", ("EGY",), ()),
    ("COERCE", "Chinese authorities forcibly relocated thousands of Tibetan herders last year, a rights group said.",
     ("CHN",), ()),
    # PROTEST: workers stopping work; crowds gathering or assembling; students storming a building
    ("PROTEST", "Italian rail workers stopped work for 24 hours on Friday in a dispute over pay, unions said.",
     ("ITA",), ()),
    ("PROTEST", "Thousands of opposition supporters gathered in Ulaanbaatar's main square on Tuesday to demand the "
                "prime minister's resignation, local media reported.", ("MNG",), ()),
    ("PROTEST", "Hundreds of opposition supporters assembled outside the election commission in Tbilisi on "
                "Sunday night, chanting slogans against the ruling party.", ("GEO",), ()),
    ("PROTEST", "Students stormed the parliament building in Dhaka on Monday after the verdict, police said.",
     ("BGD",), ()),
    # ASSAULT destroy: fighters looting; gangsters are the scene country's domestic agents
    ("ASSAULT", "RSF fighters looted the main market in El Fasher on Sunday, residents said.", ("SDN",), ()),
    ("ASSAULT", "Gangsters shot dead a bus driver in Port-au-Prince on Tuesday, police said.", ("HTI",), ("HTI",)),
    # MOBILIZE: tanks massing
    ("MOBILIZE", "Eritrean tanks were massing near the border town of Zalambessa, satellite images showed on "
                 "Saturday.", ("ERI",), ()),
    # ACCUSE investigate: abuses documented
    ("ACCUSE", "The UN rights office documented widespread torture of Ukrainian prisoners by Russian forces in a "
               "report released in Geneva on Tuesday.", ("UNO",), ("RUS",)),
    ("ACCUSE", "Human Rights Watch documented the killing of 40 civilians by Ethiopian troops in the Amhara region, "
               "the group said.", ("NGO",), ("ETH",)),
    # REJECT: a summit boycotted; monitors barred
    ("REJECT", "Moscow boycotted the security conference in Munich, the Kremlin said on Saturday.", ("RUS",), ()),
    ("REJECT", "Belarus barred United Nations human rights monitors from visiting its prisons, the UN said on "
               "Tuesday.", ("BLR",), ("UNO",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPRESSIONS)])
def test_family_wording_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert any(t == etype and a == actor and (not recipient or r == recipient) for t, a, r in found), found


@pytest.mark.parametrize("text", [
    "The Danish shipping giant's container ship sailed through the Suez Canal for the first time in two years.",
    "A cruise ship carrying 3,000 passengers steamed into the port of Piraeus on Monday.",
    "A Russian frigate sailed to Havana for a port call on Wednesday.",
    "The city council banned ride-hailing services in the old town on Tuesday.",
    "Opposition lawmakers boycotted the parliamentary session on the budget.",
    "The engineering firm stopped work on the bridge after cracks appeared in its pillars.",
    "The pension fund divested its stakes in tobacco companies last year.",
    "Firefighters doused the flames at the warehouse after a six-hour battle.",
    "The bank resorted to emergency borrowing from the central bank.",
    "Volunteers swept up broken glass after the storm.",
    "A week-long dock strike crippled the country's main ports and left hundreds of containers stranded.",
    "A tornado tore through the small town of Rolling Fork, flattening homes.",
    "The prosecutors sought more time to review thousands of pages of evidence.",
    "Football fans went on a rampage after the match, smashing shop windows in the city centre.",
    "The regulator halted approval of new weight-loss drugs pending a safety review.",
    "Thousands of pilgrims gathered in Mecca for the hajj on Friday.",
    "Hundreds of people gathered in Tbilisi to mark the anniversary of the war.",
    "World leaders gathered in New York for the General Assembly.",
    "Fans stormed the pitch after the final whistle.",
    "The report documented a sharp rise in food prices.",
    "A Greek-owned bulk carrier sailing through the southern Red Sea reported no damage.",
    "Hanoi placed an order for 12 Swedish fighter jets on Thursday.",
    "The index provider excluded three firms from its benchmark after an accounting scandal.",
    "The Federal Reserve mobilised emergency liquidity for regional lenders hit by deposit withdrawals.",
])
def test_same_words_in_other_senses_code_no_conflict_event(coder, text):
    conflict = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not [e for e in code(coder, text, date=DATE) if e.event in conflict]
