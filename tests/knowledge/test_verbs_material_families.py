"""Material-type lexicon families (verbs.json, nouns.json): military and police jargon for killing, ceasefires kept,
resignation idioms, partners' forces equipped, street-protest acts, curfews and tariffs by any delivering verb,
disinformation and hacking campaigns. Each family is tested on wordings other than the probes it was built from,
and the same words in non-event senses."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"

EXPRESSIONS = [
    ("ASSAULT", "Turkey's defence ministry said on Saturday its forces had neutralised 11 PKK militants in northern "
                "Iraq over the past week.", ("TUR",), ()),
    ("ASSAULT", "Russia's defence ministry said its troops had liquidated a Ukrainian sabotage group near Belgorod "
                "overnight.", ("RUS",), ("UKR",)),
    ("ASSAULT", "Israeli aircraft eliminated a senior Hamas commander in a strike on Khan Younis on Tuesday, the "
                "army said.", ("ISR",), ()),
    ("ASSAULT", "Ukrainian drones took out two Russian radar stations in occupied Crimea overnight, Kyiv's "
                "military intelligence said.", ("UKR",), ()),
    ("ASSAULT", "Sudanese army units battled Rapid Support Forces fighters for control of the Omdurman bridge on "
                "Sunday, residents said.", ("SDN",), ()),
    ("RETREAT", "Both Thai and Cambodian troops largely respected the truce along the disputed border on Monday, "
                "Malaysia's foreign minister said.", ("KHM", "THA"), ()),
    ("RETREAT", "Colombia's largest dissident faction has abided by the ceasefire with the government, the "
                "ombudsman's office said on Monday.", ("COL",), ()),
    ("RETREAT", "Bulgaria's interior minister gave up his post on Wednesday after a police scandal in Sofia, the "
                "government said.", ("BGR",), ()),
    ("AID", "Turkey equipped Somalia's coast guard with four patrol boats on Monday, the Somali defence ministry "
            "said.", ("TUR",), ("SOM",)),
    ("AID", "The United Arab Emirates kitted out Chad's army with armoured vehicles last month, two diplomats "
            "said on Friday.", ("ARE",), ("TCD",)),
    ("PROTEST", "Opposition supporters chanted slogans against President Yoweri Museveni outside the Kampala "
                "court on Monday.", ("UGA",), ()),
    ("PROTEST", "Hundreds of Serbian students waved placards denouncing corruption outside the state broadcaster "
                "in Belgrade on Saturday.", ("SRB",), ()),
    ("COERCE", "Ecuador's government slapped a nightly curfew on five coastal provinces on Tuesday after a wave "
               "of gang killings.", ("ECU",), ()),
    ("COERCE", "Russia ran a disinformation campaign against Moldova's pro-European government "
               "ahead of the referendum, Moldovan officials said.", ("RUS",), ("MDA",)),
    ("ASSAULT", "Israeli settlers beat a Palestinian farmer with clubs near Nablus on Saturday, the Palestinian "
                "health ministry said.", ("ISR",), ("PSE",)),
    ("PROTEST", "Protesters in Yerevan set up barricades on the main avenue on Tuesday, witnesses said.", ("ARM",), ()),
    ("PROTEST", "Bangladesh's main opposition party shunned the election on Sunday, saying it was rigged.", ("BGD",), ()),
    ("PROTEST", "Taxi drivers honked their horns in protest at a new licensing law in Lisbon on Tuesday.", ("PRT",), ()),
    ("PROTEST", "Protesters toppled a statue of the former president in the main square of Mandalay on Sunday, "
                "witnesses said.", ("MMR",), ()),
    ("AID", "Jordanian and Egyptian planes dropped aid parcels over northern Gaza on Monday, the Jordanian army "
            "said.", ("JOR", "EGY"), ("PSE",)),
    ("MOBILIZE", "Peru's interior ministry flew 1,200 police officers to the southern region of Puno on Wednesday, "
                 "officials said.", ("PER",), ()),
    ("RETREAT", "Azerbaijani forces moved their troops away from the disputed villages on Friday, officials in Baku "
                "said.", ("AZE",), ()),
    ("COOPERATE", "India launched a weather satellite with France on Monday, the space agency said.", ("IND", "FRA"), ()),
    ("COOPERATE", "Pakistan is building four frigates with Turkey under a deal signed in 2018.", ("PAK", "TUR"), ()),
    ("COOPERATE", "Thai and Myanmar investigators shared phone records of the scam bosses, officials said.",
     ("THA", "MMR"), ()),
    ("PROTEST", "Tens of thousands of Israelis barricaded streets in Tel Aviv in protest at the judicial overhaul "
                "on Tuesday, police said.", ("ISR",), ()),
    ("PROTEST", "Thousands of Georgians jeered Prime Minister Irakli Kobakhidze outside parliament in Tbilisi on "
                "Sunday.", ("GEO",), ()),
    ("SANCTION", "The United States raised tariffs on Chinese steel and aluminium to 25 percent on Tuesday, the "
                 "trade representative's office said.", ("USA",), ("CHN",)),
    ("SANCTION", "Britain evacuated its embassy in Tehran on Thursday amid fears of Israeli strikes, the "
                 "Foreign Office said.", ("GBR",), ("IRN",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPRESSIONS)])
def test_family_wording_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert any(t == etype and set(actor) <= set(a) | set(r) and set(a) & set(actor)
               and (not recipient or set(recipient) <= set(r)) for t, a, r in found), found


@pytest.mark.parametrize("text", [
    "The new vaccine eliminated the need for a second dose, the drug maker said on Monday.",
    "The central bank's move neutralised the impact of the currency's slide on import prices.",
    "Investors took out loans worth 2 billion dollars to finance the takeover of the Spanish utility.",
    "The firm engaged a London law firm to handle its dispute with the tax authority.",
    "Firefighters battled a huge blaze at a chemical plant outside Lyon for a second day on Tuesday.",
    "The chess champion held her fire in the opening and won with a late attack on the king's side.",
    "The opposition held its fire on the budget on Tuesday, saving its criticism for the defence bill.",
    "Exports beat forecasts in May, data showed on Tuesday.",
    "The government dropped its demand for aid from the IMF on Tuesday.",
    "A storm toppled trees and power lines across Brittany overnight.",
    "Workers will tear down the old stadium next year to make way for apartments.",
    "The Japanese government plans to deploy robots to care for elderly residents in rural nursing homes.",
    "The bank deployed 2 billion dollars of capital in Asian markets last year.",
    "The carmaker built a new battery factory with Chinese money in Hungary last year.",
    "The crowd dispersed peacefully after the concert in Lisbon on Saturday.",
    "The museum's new director gave up smoking and took up cycling, according to a profile in Le Monde.",
    "The court said all parties must respect the ruling of the constitutional council.",
    "The airline raised fares on its routes to London by 10 percent on Monday.",
    "Residents evacuated their homes in the valley as the river burst its banks on Tuesday.",
    "The company ran a marketing campaign for its new electric car across Europe last spring.",
    "Fans chanted the name of the striker as he left the pitch in Madrid on Sunday.",
])
def test_same_words_in_other_senses_code_no_material_event(coder, text):
    material = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not [e for e in code(coder, text, date=DATE) if e.event in material]


@pytest.mark.parametrize("text", [
    "Hundreds of soldiers set up roadblocks around the town of Bunia on Monday, residents said.",
    "Thousands of pilgrims set up tents outside the shrine in Karbala on Friday.",
    # a counted band of armed men is no protest crowd: their arson is an attack
    "Dozens of masked settlers set fire to olive groves and a school near the village of Turmus Ayya on Saturday.",
    "Hundreds of gunmen ransacked the district police headquarters in the town of Kawkab overnight.",
])
def test_counted_crowds_of_forces_or_pilgrims_are_no_protest(coder, text):
    assert not [e for e in code(coder, text, date=DATE) if e.event == "PROTEST"]
