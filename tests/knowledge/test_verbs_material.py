"""Lexicon breadth for the material types (verbs.json / nouns.json entries): uncommon verbs, phrasal verbs and
light-verb idioms of MOBILIZE, RETREAT, ASSAULT, COERCE, AID, CONCEDE and SANCTION code their type; the same
words in business, sports, weather or figurative senses code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code

EXPRESSIONS = [
    ("MOBILIZE", "Israel activated reserve units ahead of the offensive."),
    ("MOBILIZE", "Kenya drafted in extra police officers to Nairobi before the protests."),
    ("MOBILIZE", "Hezbollah mustered fighters in southern Lebanon."),
    ("MOBILIZE", "The Philippines posted marines on Thitu island."),
    ("MOBILIZE", "Britain sailed a destroyer through the Taiwan Strait."),
    ("MOBILIZE", "Israel readied troops for a ground incursion into Lebanon."),
    ("MOBILIZE", "Russia put its Black Sea Fleet on a war footing."),
    ("MOBILIZE", "Ukraine ferried troops to the Kursk front."),
    ("MOBILIZE", "The United States surged troops to the Middle East."),
    ("MOBILIZE", "China parked warships off the Philippine coast."),
    ("MOBILIZE", "Lithuania fortified its border with Belarus."),
    ("MOBILIZE", "Finland dug trenches along its border with Russia."),
    ("MOBILIZE", "Armenia went on high alert after shooting near the border."),
    ("RETREAT", "Ukrainian forces abandoned their foothold in Krynky."),
    ("RETREAT", "The Taliban set free a British couple."),
    ("RETREAT", "The Israeli army relinquished control of the Philadelphi corridor."),
    ("RETREAT", "Ukrainian troops gave up the city of Kramatorsk."),
    ("RETREAT", "Wagner fighters decamped from the Central African town."),
    ("RETREAT", "Russian forces fell back from the Dnipro's west bank."),
    ("RETREAT", "Armenia handed control of four villages to Azerbaijan."),
    ("RETREAT", "The Houthis handed back a seized cargo ship to its owners."),
    ("RETREAT", "An Egyptian activist walked free from prison."),
    ("RETREAT", "Japan's emperor abdicated."),
    ("ASSAULT", "M23 rebels wrested control of Bukavu from Congolese troops."),
    ("ASSAULT", "Nigerian militiamen hacked to death 12 farmers in Plateau state."),
    ("ASSAULT", "Serbian police lobbed tear gas at protesters in Lagos."),
    ("ASSAULT", "Burmese troops peppered the village with gunfire."),
    ("ASSAULT", "Sudanese militiamen firebombed a market in El Fasher."),
    ("ASSAULT", "A Kenyan police officer clubbed a protester."),
    ("ASSAULT", "Israeli troops dynamited a residential block in Rafah."),
    ("ASSAULT", "Houthi rebels rocketed a tanker in the Red Sea."),
    ("ASSAULT", "Ukrainian drones torpedoed a Russian warship."),
    ("ASSAULT", "Nigerian gunmen snatched a Chinese engineer from a quarry in Kogi state."),
    ("COERCE", "Serbian police hauled protesters into vans in Belgrade."),
    ("COERCE", "Serbian police evicted miners from the site."),
    ("COERCE", "Serbian police took away the editor in handcuffs."),
    ("COERCE", "Ugandan police swooped on the opposition office."),
    ("COERCE", "A Kenyan court remanded the blogger in custody."),
    ("COERCE", "Russia put the opposition politician behind bars."),
    ("COERCE", "Nicaragua banished 135 political prisoners."),
    ("COERCE", "Chinese authorities locked down the city of Urumqi."),
    ("COERCE", "Chinese hackers infiltrated Taiwan's government networks."),
    ("COERCE", "Venezuelan authorities yanked the broadcast licence of the last independent radio station."),
    ("COERCE", "Turkey's interior ministry ousted three elected pro-Kurdish mayors."),
    ("AID", "China rolled over a $2 billion loan to Pakistan."),
    ("AID", "Kuwait injected $1 billion into Egypt's reserves."),
    ("AID", "Egypt granted refuge to Sudanese families fleeing the war."),
    ("AID", "The World Bank underwrote a $1 billion guarantee for Ukraine."),
    ("AID", "Greek coast guards plucked 80 migrants from the sea."),
    ("CONCEDE", "Serbian protesters suspended their sit-in."),
    ("CONCEDE", "Kenya's government reinstated the dismissed judges."),
    ("CONCEDE", "Turkey restored access to Wikipedia."),
    ("CONCEDE", "A Tunisian court exonerated the opposition leader."),
    ("CONCEDE", "Uganda's supreme court quashed the conviction of the activist."),
    ("CONCEDE", "Hamas proclaimed a truce for the holiday."),
    ("CONCEDE", "Egypt eased visa rules for Syrian nationals."),
    ("SANCTION", "The Netherlands barred exports of chip machines to China."),
    ("SANCTION", "Canada levied duties on Chinese electric vehicles."),
    ("SANCTION", "A Dutch court ruled Shell liable for oil spills."),
    ("MOBILIZE", "Russia called in reinforcements from Chechnya to the Kursk region."),
    ("MOBILIZE", "Russia installed nuclear-capable missiles in Belarus."),
    ("MOBILIZE", "Iran garrisoned troops on the disputed island of Abu Musa."),
    ("ASSAULT", "Mexican cartel gunmen raked the bar with gunfire."),
    ("ASSAULT", "Sudanese militiamen butchered dozens of villagers in Darfur."),
    ("ASSAULT", "Ukrainian drones wiped out a Russian armoured convoy."),
    ("COERCE", "Bangladeshi troops quelled the protest in Dhaka."),
    ("COERCE", "China ejected the Australian correspondent."),
    ("COERCE", "Hong Kong authorities prohibited the Tiananmen vigil."),
    ("SANCTION", "Mali ejected the French ambassador."),
    ("RETREAT", "Iranian authorities discharged the French tourist from custody."),
    ("CONCEDE", "A Seoul court absolved the former president."),
    ("AID", "The United States resupplied Israel with interceptors."),
]

NON_EVENTS = [
    "Apple activated a new feature for iPhone users in Japan.",
    "The bank rolled out a new mobile app in Kenya.",
    "The ministry posted the results online.",
    "Heavy rains flooded the streets of Lagos on Monday.",
    "The yacht sailed through the Strait of Gibraltar.",
    "A Greek-owned bulk carrier sailing through the Red Sea docked in Jeddah.",
    "The singer decamped to Los Angeles last year.",
    "The founder relinquished control of the company to his daughter.",
    "Liverpool wrested control of the match in the second half.",
    "The central bank injected liquidity into the banking system.",
    "Investors abandoned their positions in Turkish bonds.",
    "The club reinstated its coach after the appeal.",
    "The fans lobbed flares onto the pitch.",
    "Japan granted refuge to a rare bird species in a new reserve.",
    "France's president attacked the problem of inflation head-on.",
    "The Egyptian team surrendered a two-goal lead.",
    "Kenya drafted in a new chief executive for the airline.",
    "Police activated their body cameras.",
    "Police called in a forensic team to examine the scene in Dublin.",
    "The company recruited 500 engineers in India.",
    "The contractor installed solar panels on the roof in Kenya.",
    "The ad blitz cost the Brazilian candidate $20 million.",
    "The law prohibits smoking in bars in Ireland.",
    "The referee ejected the Brazilian midfielder from the match.",
    "The hospital discharged the patient in Madrid.",
    "Inflation wiped out wage gains in Turkey.",
    "Japan's prime minister said Tokyo would not retract her remarks about Taiwan.",
]


@pytest.mark.parametrize(("etype", "text"), EXPRESSIONS, ids=[f"{t}-{s[:40]}" for t, s in EXPRESSIONS])
def test_expression_codes_its_type(coder, etype, text):
    assert etype in [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[s[:40] for s in NON_EVENTS])
def test_same_words_in_other_senses_code_nothing(coder, text):
    assert code(coder, text) == []
