"""Cooperative lexicon families (verbs.json): debt relief by a creditor (waive / restructure / extend the maturity /
roll over what a party owes: AID), people of another state sheltered, housed, hosted or resettled (AID, territorial
asylum), seized or looted property handed / given / sent back (RETREAT release), an amnesty or pardon enacted and
failings admitted (CONCEDE), intelligence passed on, a tip-off, a suspect surrendered and fighting alongside a partner
(COOPERATE), a call paid on a leader (CONSULT visit); reprieves granted, reversals and repeals of restrictions (CONCEDE), a
lifeline thrown (AID), a handback (RETREAT), shuttling to a capital (CONSULT visit), taking a party's side (SUPPORT),
a delisting (CONCEDE), power handed over (RETREAT resign), gifts and medical evacuations (AID), owning up to errors (CONCEDE); the same words in other senses code none of these."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

EXPRESSIONS = [
    ("AID", "China waived the interest on $600 million of loans owed by Sri Lanka on Monday, the Sri Lankan treasury "
            "said, as Colombo tried to complete its debt restructuring.", ("CHN",), ("LKA",)),
    ("AID", "Russia restructured $2.3 billion of Cuba's Soviet-era debt on Monday, the Cuban finance ministry said in "
            "Havana.", ("RUS",), ("CUB",)),
    ("AID", "Qatar extended the maturity of a $3 billion deposit it holds with Turkey's central bank by two years, a "
            "Turkish official familiar with the arrangement said on Tuesday.", ("QAT",), ("TUR",)),
    ("AID", "Saudi Arabia rolled over a $3 billion deposit at Pakistan's central bank for another year on Sunday, "
            "Pakistan's finance ministry said.", ("SAU",), ("PAK",)),
    ("AID", "Jordan sheltered hundreds of thousands of Syrian families in the Zaatari and Azraq camps during the war, a "
            "government spokesman said on Sunday.", ("JOR",), ("SYR",)),
    ("AID", "Chad hosts more than a million Sudanese refugees in camps along its eastern border, the UN refugee agency "
            "said on Friday.", ("TCD",), ("SDN",)),
    ("AID", "Kenya housed more than 100,000 South Sudanese refugees at the Kakuma camp last year, the UN refugee agency "
            "said in a report.", ("KEN",), ("SSD",)),
    ("RETREAT", "China handed back a Vietnamese fishing trawler and its crew seized near the Paracel Islands on "
                "Tuesday, Vietnam's foreign ministry said.", ("CHN",), ("VNM",)),
    ("RETREAT", "Iran gave back the British-flagged tanker it seized in the Strait of Hormuz last year on Monday, the "
                "British foreign ministry said.", ("IRN",), ("GBR",)),
    ("RETREAT", "France sent back 26 royal treasures to Benin on Wednesday, the Beninese presidency said in "
                "Cotonou.", ("FRA",), ("BEN",)),
    ("CONCEDE", "Thailand's parliament passed an amnesty bill on Thursday for thousands of people charged over "
                "political protests since 2005.", ("THA",), ()),
    ("CONCEDE", "Serbia's parliament approved a pardon bill for students arrested during the anti-corruption protests "
                "on Wednesday, lawmakers in Belgrade said.", ("SRB",), ()),
    ("CONCEDE", "Australia's prime minister acknowledged the government's mistakes in the welfare debt scheme on "
                "Thursday, telling parliament the program had caused enormous harm.", ("AUS",), ()),
    ("CONCEDE", "Guatemala's president accepted responsibility on Friday for the state's failure to protect the girls "
                "who died in a shelter fire.", ("GTM",), ()),
    ("COOPERATE", "Japan relayed radar data on Chinese coast guard movements to the Philippine navy during the "
                  "standoff, two officials said.", ("JPN",), ("PHL",)),
    ("COOPERATE", "Turkey passed intelligence on PKK hideouts to Iraqi security forces before last week's raids, a "
                  "senior Iraqi official said on Sunday.", ("TUR",), ("IRQ",)),
    ("COOPERATE", "Saudi Arabia tipped off U.S. authorities about a plot to bomb a cargo plane bound for Chicago, a "
                  "U.S. counterterrorism official said.", ("SAU",), ("USA",)),
    ("COOPERATE", "Portugal surrendered a fugitive Brazilian banker to the Brazilian authorities on Friday after his "
                  "extradition was approved, officials in Lisbon said.", ("PRT",), ("BRA",)),
    ("COOPERATE", "Kenyan special forces fought alongside American commandos during the assault on the militant camp, "
                  "a Kenyan military source said on Friday.", ("KEN",), ("USA",)),
    ("COOPERATE", "Russia resumed crude exports to India on Thursday after a two-week pause caused by payment "
                  "problems, shipping data showed.", ("RUS",), ("IND",)),
    ("COOPERATE", "Kazakhstan resumed wheat sales to Afghanistan on Monday, the trade ministry in Astana said.",
     ("KAZ",), ("AFG",)),
    ("RETREAT", "Hundreds of ELN fighters turned in their rifles at a camp in Narino this week under the truce, "
                "Colombia's peace commissioner said.", ("COL",), ()),
    ("CONCEDE", "The European Union granted Britain a six-month respite from the new customs checks on Friday, "
                "officials in Brussels said.", ("EUR",), ("GBR",)),
    ("AID", "Saudi Arabia threw Pakistan a lifeline worth $3 billion on Sunday, the finance ministry in Islamabad "
            "said.", ("SAU",), ("PAK",)),
    ("RETREAT", "The handback of the Chagos Islands by Britain to Mauritius was completed on Thursday, the Mauritian "
                "prime minister said.", ("GBR",), ("MUS",)),
    ("CONCEDE", "Kenya's government announced a reversal of the fuel tax increase on Monday after days of protests in "
                "Nairobi, officials said.", ("KEN",), ()),
    ("CONSULT", "The U.S. envoy shuttled to Doha on Wednesday for another round of talks on a ceasefire, the State "
                "Department said.", ("USA",), ("QAT",)),
    ("SUPPORT", "Egypt took Sudan's side in the dispute over Ethiopia's Nile dam on Monday, the foreign ministry in "
                "Cairo said.", ("EGY",), ("SDN",)),
    ("CONCEDE", "The United States took Cuba off its list of state sponsors of terrorism on Tuesday, the State "
                "Department said.", ("USA",), ("CUB",)),
    ("RETREAT", "Guinea's junta leader handed power to an elected president on Saturday, ending four years of military "
                "rule, state television said.", ("GIN",), ()),
    ("AID", "India gifted Sri Lanka a maritime surveillance aircraft on Thursday, the Sri Lankan navy said in Colombo.",
     ("IND",), ("LKA",)),
    ("AID", "Italy flew sick Palestinian children out of Gaza to hospitals in Rome and Milan on Wednesday, the foreign "
            "ministry said.", ("ITA",), ("PSE",)),
    ("CONCEDE", "South Korea's police chief owned up to failures in the response to the crowd crush on Wednesday, "
                "lawmakers said.", ("KOR",), ()),
    ("CONSULT", "India's foreign secretary paid a courtesy call on Nepal's prime minister in Kathmandu on Monday, the "
                "Indian embassy said.", ("IND",), ("NPL",)),
    ("CONSULT", "Brazil's foreign minister paid a call on Argentine President Javier Milei in Buenos Aires on Thursday "
                "for talks on trade, officials said.", ("BRA",), ("ARG",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPRESSIONS)])
def test_family_expression_codes_its_type_and_dyad(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text", [
    "The utility company restructured $900 million of its debt with bondholders on Monday, extending maturities by "
    "five years.",
    "The airline waived change fees for passengers affected by the strike at Frankfurt airport, a spokesman said.",
    "The stadium in Lusail hosts more than 80,000 fans on match days, organisers said.",
    "The hotel housed hundreds of delegates during the climate conference in Baku.",
    "The museum returned the painting to a private gallery in Vienna after the exhibition closed on Sunday.",
    "The parliament in Nairobi adopted a new budget law on Tuesday that raises spending on roads and schools.",
    "The striker admitted his mistakes after the defeat in Turin, telling reporters the team had let the fans down.",
    "The quarterback passed the ball to the tight end for the winning touchdown with seconds left.",
    "The engineer fought alongside his brother to save the family business during the recession.",
    "The band sent back the award in protest at the organisers' comments, its manager said in Dublin.",
    "At least 30 people were killed when Israeli aircraft bombed a school sheltering displaced families in central "
    "Gaza, the civil defence agency said.",
    "The actor turned in a remarkable performance in the new film, critics in London said on Sunday.",
    "The students handed in their essays on Friday before the holiday, a teacher at the school in Leeds said.",
    "The club's late equaliser earned the manager a brief reprieve from the sack, fans in Manchester said.",
    "The lifeguard threw a lifeline to the struggling swimmer off the beach in Durban on Sunday, witnesses said.",
    "Analysts said the reversal of fortune for the ruling party was the biggest in decades.",
    "The shuttle bus to the airport was cancelled on Sunday because of the snow, the operator said in Helsinki.",
    "The reform handed more power to regional councils over schools and roads, the interior ministry said in Madrid.",
    "The chef took the dish off the menu after complaints from diners, the restaurant said in Lyon.",
    "The billionaire gifted his hometown club a new stadium in Liverpool, the club said on Saturday.",
    "The airline flew injured skiers back from the Alps on Sunday, a spokeswoman for the carrier said in London.",
    "The goalkeeper owned up to his error after the defeat in Madrid, telling reporters he had let the team down.",
])
def test_same_words_in_other_senses_code_no_cooperative_event(coder, text):
    mine = {"AID", "RETREAT", "CONCEDE", "COOPERATE", "CONSULT", "SUPPORT"}
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event in mine]


def test_troops_deployed_alongside_rebels_stay_a_deployment(coder):
    text = "Congo's government accused Rwanda of deploying thousands of its own troops alongside the rebels."
    assert "COOPERATE" not in [e.event for e in code(coder, text, date="2026-03-02")]
