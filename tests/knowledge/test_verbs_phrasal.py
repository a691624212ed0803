"""Lexicon breadth in long wire sentences: phrasal verbs (particle kept or separated, active or passive with a
by-agent), light verb + noun idioms and legal / financial / administrative verbs code their type; the same words in
business, sports or weather senses code nothing (verbs.json entries)."""

from __future__ import annotations

import pytest

from tests.conftest import code

EXPRESSIONS = [
    ("COERCE", "Canada's labour board decertified the union representing grain handlers at the port of Vancouver on "
               "Thursday, a day after the federal government ordered binding arbitration, officials said."),
    ("COERCE", "Three opposition parties were deregistered by Tanzania's registrar on Monday, weeks before the "
               "general election, their leaders said."),
    ("COERCE", "Georgian authorities pulled the accreditation of two Ukrainian journalists on Monday, saying they "
               "had broken the rules of the observation mission, the election commission said."),
    ("COERCE", "Mali's junta ordered two French broadcasters off the air on Monday, a government spokesman said on "
               "state television in Bamako."),
    ("COERCE", "Thai authorities forcibly repatriated 40 Uyghur men to China on Thursday despite warnings from the "
               "United Nations that they could face torture, officials said."),
    ("COERCE", "Georgia's parliament blacklisted three Western-funded pro-democracy groups under a foreign-agents law "
               "on Friday, the speaker said."),
    ("SANCTION", "The World Bank debarred two Chinese construction firms for five years on Tuesday after finding "
                 "that they had colluded on bids for a road project in Nepal, the lender said."),
    ("SANCTION", "Beijing pulled the plug on a $5 billion port deal with Panama on Thursday after Washington pressed "
                 "the Central American country to cut its ties with Chinese firms, officials said."),
    ("SANCTION", "Poland's border guard turned back a convoy of Belarusian trucks at the Kukuryki crossing on "
                 "Wednesday, the interior ministry in Warsaw said."),
    ("ASSAULT", "Israeli bulldozers tore down a Palestinian school in the Jordan Valley on Wednesday, the Palestinian "
                "Authority's education ministry said."),
    ("AID", "About $3 billion of Pakistan's debt to China was rescheduled by Beijing on Thursday, the finance "
            "ministry in Islamabad said, sparing the country a default."),
    ("AID", "China agreed on Monday to reschedule $4 billion of debt owed by Zambia, the finance ministry in Lusaka "
            "said, ending a two-year standoff."),
    ("CONCEDE", "The Pakistani government gave in on Thursday to the demands of traders who had shut markets across "
                "the country for two days, Finance Minister Muhammad Aurangzeb said."),
    ("CONCEDE", "The night-time curfew was scaled back by the Papua New Guinea government on Tuesday, police said."),
    ("PROTEST", "Kenyan farmers angry over a new fuel levy pitched tents on the main highway into Nairobi on "
                "Wednesday and said they would stay until the Treasury scrapped the tax, local media reported."),
    ("PROTEST", "Israeli families of hostages blocked the Ayalon highway in Tel Aviv on Saturday night, demanding a "
                "deal with Hamas, police said."),
    ("PROTEST", "Nigerian workers shut down airports and banks on Monday in a nationwide strike over the minimum "
                "wage, their union said."),
    ("REJECT", "Serbian President Aleksandar Vucic said on Saturday that Serbia would never accept Kosovo's "
               "membership of the Council of Europe."),
    ("SANCTION", "Niger sent the U.S. military attache packing on Monday, a week after Washington criticised the "
                 "junta over the detention of the ousted president, officials in Niamey said."),
    ("COERCE", "Iranian authorities threw three British-Iranian dual nationals into Evin prison in March, their "
               "families said on Wednesday."),
    ("RETREAT", "Houthi rebels let the crew of the Galaxy Leader go on Wednesday after more than a year in "
                "captivity, the Omani foreign ministry said."),
    ("RETREAT", "The Russian army beat a retreat from the village of Robotyne on Sunday under heavy Ukrainian fire, "
                "the Ukrainian general staff said."),
    ("PROTEST", "A Tibetan monk set himself on fire in Sichuan province on Monday in protest against Chinese rule, a "
                "rights group said."),
    ("AID", "China refinanced a $2 billion loan to Pakistan on Thursday, easing pressure on the country's reserves, "
            "the finance ministry in Islamabad said."),
    ("AID", "Saudi Arabia extended a moratorium on Pakistan's debt repayments on Tuesday, officials in Islamabad "
            "said."),
    ("SANCTION", "The World Bank suspended disbursements to Uganda on Tuesday over a law criminalising "
                 "homosexuality, the lender said in a statement."),
    ("COERCE", "The round-up of Afghan migrants by Pakistani police in Karachi this week drew criticism from the "
               "United Nations refugee agency on Friday."),
    ("COERCE", "The revocation of the broadcaster's licence by Serbia's media regulator on Monday prompted protests "
               "outside its offices in Belgrade."),
    ("AID", "The rescheduling of Zambia's debt by China was completed on Monday, the finance ministry in Lusaka "
            "said."),
    ("SANCTION", "The debarment of three Chinese firms by the World Bank on Thursday was the largest in the "
                 "lender's history, officials said."),
    ("ASSAULT", "The storming of the Parliament in Islamabad by armed militants on Friday left five guards dead, "
                "police said."),
    ("ACCUSE", "Peru's Congress voted on Thursday to set up an investigation into President Dina Boluarte's "
               "undeclared luxury watches, a step that could lead to her impeachment, lawmakers said."),
    ("CONCEDE", "The Senegalese parliament watered down the amnesty law on Wednesday after protests by rights "
                "groups, lawmakers in Dakar said."),
    ("ASSAULT", "Sudanese paramilitaries ransacked the town of Wad Madani on Monday after the army withdrew, "
                "residents said."),
    ("PROTEST", "Palestinian prisoners refused food on Monday in protest at their conditions in Ofer prison, a "
                "prisoners' group said."),
    ("COERCE", "Turkish police carried out a sweep against suspected Gulenists in 30 provinces on Monday, the "
               "interior ministry in Ankara said."),
    ("COERCE", "Iranian authorities launched a clampdown on women defying the hijab law on Monday, rights groups "
               "said."),
    ("COERCE", "Erdogan's government conducted a purge of the judiciary after the failed coup, officials said."),
    ("RETREAT", "The United States rolled back its troop presence in Syria on Sunday, the Pentagon said, leaving "
                "about 900 soldiers in the northeast."),
    ("RETREAT", "France halved its military presence in Ivory Coast on Monday, officials in Abidjan said."),
    ("COERCE", "The Chinese coast guard drove away a Philippine aircraft near Scarborough Shoal on Monday, a "
               "spokesman said, accusing Manila of provocations."),
    ("COERCE", "Chinese warships chased away a Philippine fishing boat near the shoal on Monday, the Philippine "
               "coast guard said."),
    ("SUPPORT", "Poland stood shoulder to shoulder with Lithuania on Monday in its dispute with Belarus, President "
                "Andrzej Duda said."),
    ("SUPPORT", "Macron paid tribute to Ukraine's resistance on Monday during a visit to Kyiv, his office said."),
    ("REJECT", "Serbia will not accept Kosovo's membership of the Council of Europe, President Aleksandar Vucic "
               "said on Saturday."),
    ("PROTEST", "Thousands of Serbian farmers converged on Belgrade with their tractors on Monday, police said."),
    ("PROTEST", "Angry Nigerian youths went on a rampage in Kano on Monday after the election result, police "
                "said."),
    ("PROTEST", "Kenyan lecturers downed their pens over unpaid salaries on Monday, their union said."),
    ("PROTEST", "Thousands of Bolivian miners paralysed La Paz with dynamite blasts and road blockades on Monday, "
                "police said."),
    ("PROTEST", "Taxi drivers in Lagos brought traffic to a halt on Monday over a new levy, officials said."),
    ("SANCTION", "Russia denied landing rights to Finnair on Monday, the Finnish transport ministry said."),
    ("SANCTION", "Russia grounded Moldova's flag carrier at Moscow airport on Monday, officials in Chisinau said."),
    ("SANCTION", "India scrapped visa-free travel for Pakistani nationals on Monday, a day after the attack in "
                 "Kashmir, officials said."),
    ("SANCTION", "Azerbaijan shuttered the Russian cultural centre in Baku on Monday, deepening a row with "
                 "Moscow, officials said."),
    ("ASSAULT", "Ukrainian troops fended off a Russian assault near Pokrovsk on Tuesday, destroying six armoured "
                "vehicles, the general staff in Kyiv said."),
    ("COERCE", "The Ethiopian government reined in the independent media ahead of the election, journalists in "
               "Addis Ababa said on Monday."),
    ("ACCUSE", "Washington took China to the WTO over its chip subsidies on Monday, the trade representative's office "
               "said."),
    ("ACCUSE", "Argentina referred Venezuela to the International Criminal Court on Monday over the crackdown on "
               "protesters, officials in Buenos Aires said."),
    ("ASSAULT", "The looting of the national museum in Khartoum by Sudanese paramilitaries was condemned by UNESCO on "
                "Monday."),
    ("COERCE", "The eviction of Palestinian families from Sheikh Jarrah by Israeli police drew protests on Monday, "
               "witnesses said."),
    ("COERCE", "The disqualification of opposition candidate Calin Georgescu by Romania's election bureau sparked "
               "protests in Bucharest on Sunday."),
    ("COERCE", "The dissolution of the opposition party by Thailand's constitutional court drew criticism from the "
               "United States on Thursday."),
    ("ASSAULT", "The RSF's siege of El Fasher has cut off food supplies to 300,000 people, aid agencies said."),
    ("CONCEDE", "The scrapping of visa requirements for Chinese tourists by Thailand boosted arrivals, officials in "
                "Bangkok said on Monday."),
    ("RETREAT", "Sudanese army troops fled the town of Wad Madani on Monday as paramilitary fighters advanced from "
                "the north, residents said."),
    ("AID", "India gifted a 200-bed hospital to Nepal on Monday, the Indian embassy in Kathmandu said."),
    ("AID", "Qatar covered the salaries of Syrian public sector workers for three months, officials in Damascus said "
            "on Sunday."),
    ("SANCTION", "Nigeria sent the Chinese diplomats home on Monday over the mining dispute, the foreign ministry in "
                 "Abuja said."),
    ("COERCE", "Thailand put 40 Uyghur men on a plane to China on Thursday despite warnings from the United Nations, "
               "officials said."),
    ("COERCE", "Hungarian border guards turned a group of Syrian migrants away at the border on Monday, police "
               "said."),
]


@pytest.mark.parametrize(("etype", "text"), EXPRESSIONS, ids=[f"{t}-{s[:40]}" for t, s in EXPRESSIONS])
def test_expression_codes_its_type(coder, etype, text):
    assert etype in [e.event for e in code(coder, text)]


NON_EVENTS = [
    "The carmaker pulled the plug on its electric pickup programme on Tuesday, citing weak demand in North America.",
    "Campers pitched tents on the riverbank as the music festival opened on Thursday, organisers said.",
    "The storm tore down power lines across southern Florida, leaving a million homes without electricity.",
    "The government will reschedule the elections if the floods do not recede by October, officials said.",
    "Opposition leaders in Nairobi said on Monday they would pull out all the stops to win next year's vote.",
    "The hospital scaled back non-urgent surgery during the flu season, its director said on Monday.",
    "The streaming service pulled the plug on the drama after two seasons, producers said on Friday.",
    "The refinery shut down two units for maintenance on Monday, the operator said.",
    "Boeing let 300 workers go at its plant in Seattle on Friday, the company said.",
    "The coach sent the players packing after training on Monday.",
    "The government extended a moratorium on evictions until March, the housing minister said.",
    "The farmer threw the old tools into the shed before the storm.",
    "The government set up a committee to review the budget, the finance minister said.",
    "The central bank loosened monetary policy on Thursday, citing weak growth.",
    "The company watered down its climate targets on Monday, investors said.",
    "The party completed a clean sweep of the northern seats on Monday.",
    "The retailer rolled back its presence in Asia after weak sales, the company said.",
    "The storm drove the boats away from the harbour on Monday.",
    "The storm brought traffic to a halt in Lagos on Monday, police said.",
    "The snow paralysed Berlin on Monday, the weather service said.",
    "The airline grounded its Boeing fleet on Monday for safety checks.",
    "The president paid tribute to the victims of the fire on Monday.",
    "The company fended off a hostile takeover bid on Monday, its chief executive said.",
    "The doctor referred the patient to a specialist in Nairobi on Monday.",
    "The eviction of tenants in London rose sharply last year, data showed.",
    "The company completed the takeover of its rival on Monday, its chief executive said.",
    "The economic siege of the country worried investors, analysts said.",
    "Thousands of civilians fled the town of Wad Madani on Monday, aid agencies said.",
    "The report covered the costs of the war in Ukraine, its authors said.",
    "The airline put passengers on a later flight after the storm, a spokeswoman said.",
    "The coach sent the players home early after training on Monday.",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[s[:40] for s in NON_EVENTS])
def test_other_senses_code_nothing(coder, text):
    assert [e.event for e in code(coder, text)] == []
