"""Recipient classes (event_relations.py, event_meetings.py, event_recipients.py): an appeal
names no beneficiary as its addressee, a place left at home is no party, a treaty left names its other
signatory, and a mediator with no talks named contacts each side (docs/plover-decisions.md)."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("UNICEF appealed for $45 million to provide clean water for children in Yemen after a wave of airstrikes "
     "damaged treatment plants in Hodeidah.", ("REQUEST", ("UNO",), ())),
    ("The Norwegian Refugee Council urged donors on Tuesday to step up support for families displaced by flooding "
     "in northern Nigeria, saying camps near Maiduguri were overflowing.", ("REQUEST", ("NGO",), ())),
    ("Doctors Without Borders called for urgent funding to keep its hospitals in South Sudan open.",
     ("REQUEST", ("NGO",), ())),
    ("Save the Children called for $20 million to help children in Gaza recover from two years of bombardment, "
     "the charity said in a statement on Thursday.", ("REQUEST", ("NGO",), ())),
    # near-misses: the party asked is the addressee
    ("The ICRC urged Israel on Monday to let its staff visit Palestinian detainees held without charge.",
     ("REQUEST", ("NGO",), ("ISR",))),
    ("Doctors Without Borders demanded that Israel allow fuel into Gaza's hospitals.", ("REQUEST", ("NGO",), ("ISR",))),
    ("UNICEF appealed to the Taliban authorities on Sunday to reopen secondary schools for girls in Afghanistan.",
     ("REQUEST", ("UNO",), ("AFG",))),
    ("The Red Cross appealed to Thailand and Cambodia to protect civilians near their disputed border.",
     ("REQUEST", ("NGO",), ("KHM", "THA"))),
])
def test_an_appeal_is_addressed_to_the_party_asked_not_the_people_it_helps(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Houthi fighters pulled back from the outskirts of Marib on Tuesday, tribal sources said.", ("RETREAT", ("YEM",), ())),
    ("ELN guerrillas withdrew from the Catatumbo region of Colombia this week as troops moved in, according to "
     "local officials.", ("RETREAT", ("COL",), ())),
    ("Sudanese army troops withdrew from the town of Babanusa in West Kordofan on Monday after a months-long "
     "siege, a military source said.", ("RETREAT", ("SDN",), ())),
    # near-misses: a place abroad, and prisoners freed at home
    ("Eritrean troops withdrew from parts of Ethiopia's Tigray region in January, residents said.",
     ("RETREAT", ("ERI",), ("ETH",))),
    ("M23 rebels released 50 captured Congolese soldiers on Tuesday, the Red Cross said.", ("RETREAT", ("COD",), ("COD",))),
])
def test_a_place_left_at_home_is_no_party(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russia's lower house voted on Wednesday to withdraw from a 2000 agreement with the United States on disposing "
     "of surplus weapons-grade plutonium, citing what it called unfriendly steps by Washington.",
     ("SANCTION", ("RUS",), ("USA",))),
    ("Moscow suspended its participation in the New START treaty with Washington in February, President Vladimir "
     "Putin said in his annual address.", ("SANCTION", ("RUS",), ("USA",))),
    ("Ethiopia pulled out of a border accord it had signed with Eritrea in 2018, Ethiopian state media reported "
     "on Monday.", ("SANCTION", ("ETH",), ("ERI",))),
    # near-miss: a treaty of many has no partner
    ("The United States withdrew from the Paris climate agreement for a second time on Monday, the State "
     "Department said.", ("SANCTION", ("USA",), ())),
])
def test_a_treaty_left_names_its_other_signatory(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Turkish Foreign Minister Hakan Fidan mediated between Ethiopia and Somalia in Ankara on Wednesday, "
     "officials said.", ("CONSULT", ("TUR",), ("ETH", "SOM"))),
    ("Qatar has mediated between Russia and Ukraine on the return of children taken from occupied areas, the "
     "Qatari foreign ministry said.", ("CONSULT", ("QAT",), ("RUS", "UKR"))),
    # the talks a go-between hosted are the parties' talks, also as a relative clause
    ("Anwar said on Monday that Thailand and Cambodia had agreed to an unconditional ceasefire after talks he "
     "hosted, and that both sides would allow observers.", ("CONSULT", ("KHM", "THA"), ())),
])
def test_a_mediator_with_no_talks_named_contacts_each_side(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Police in Dar es Salaam used tear gas and batons on Wednesday to break up crowds of young people who had "
     "taken to the streets to denounce the disputed vote, witnesses told Reuters.", ("ASSAULT", ("TZA",), ("TZA",))),
    ("Security forces in Luanda used live ammunition on Monday to scatter taxi drivers protesting against a rise "
     "in diesel prices, a rights group said.", ("ASSAULT", ("AGO",), ("AGO",))),
    ("Indonesian police used water cannon to break up a crowd of students outside parliament in Jakarta late on "
     "Thursday.", ("ASSAULT", ("IDN",), ("IDN",))),
])
def test_the_crowd_a_force_is_used_to_disperse_is_its_target(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_currency_names_no_party(coder):
    text = ("The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal on "
            "Monday for 100 million Swiss francs to help 1.5 million people in Myanmar.")
    assert dyads(coder, text) == [("REQUEST", ("NGO",), ())]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Islamabad blamed the bombing on India-backed separatists, an accusation New Delhi rejected.",
     ("ACCUSE", ("PAK",), ("IND",))),
    ("India suspended the treaty a day after an attack on tourists in Kashmir that New Delhi blamed on "
     "Pakistan-backed militants killed 26 people.", ("ACCUSE", ("IND",), ("PAK",))),
])
def test_people_blamed_stand_for_their_backer(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The EU demanded that China stop supplying drone parts to Russia.", ("REQUEST", ("EUR",), ("CHN",))),
    ("Sudan demanded that the UAE stop arming the RSF.", ("REQUEST", ("SDN",), ("ARE",))),
    # near-miss: the one asked, also when the clause names no third party
    ("France demanded that Iran release its detained citizens.", ("REQUEST", ("FRA",), ("IRN",))),
])
def test_the_subject_of_a_demanded_clause_is_the_one_asked(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_town_left_at_home_named_before_is_no_party(coder):
    text = ("M23 rebels seized the town of Walikale in eastern Congo last week. On Saturday the group said it "
            "would pull back its fighters from the town to support peace efforts.")
    assert not any(e.event in ("RETREAT", "CONCEDE") and any(r.code for r in e.recipient)
                   for e in coder.code(text, date="2025-03-23"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("The United States called for the release of Evan Gershkovich, the Wall Street Journal reporter held in Russia "
     "on espionage charges his employer denies.", ("REQUEST", ("USA",), ("RUS",))),
    ("Germany demanded the release of a German-Russian dual national sentenced to 19 years in Belarus, the foreign "
     "ministry said.", ("REQUEST", ("DEU",), ("BLR",))),
    ("Canberra pressed for the release of detained writer Yang Hengjun as Albanese met Xi in Beijing.",
     ("REQUEST", ("AUS",), ("CHN",))),
    # near-misses: no other party, and the place the demand was made
    ("Amnesty International called for the release of jailed activist Alaa Abd el-Fattah on the anniversary of his "
     "arrest.", ("REQUEST", ("NGO",), ())),
    ("Australia called for the release of Yang Hengjun on Monday at a summit in Tokyo.", ("REQUEST", ("AUS",), ())),
])
def test_a_demand_for_release_asks_the_holder(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Armed gangs torched homes in the Carrefour district of Port-au-Prince on Tuesday, forcing hundreds of families "
     "to flee, the U.N. migration agency said.", ("ASSAULT", ("HTI",), ("HTI",))),
    # near-miss: homes abroad take the place's country
    ("Russian drones hit homes in Kharkiv overnight, injuring 14 people, the regional governor said.",
     ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_homes_attacked_at_home_are_the_residents(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_go_between_offer_to_a_pair_anaphor_takes_both_sides(coder):
    text = ("Turkey said it was ready to mediate between Sudan and the United Arab Emirates, which Khartoum accuses "
            "of backing the paramilitary group. Ankara offered to host talks between the two countries in Istanbul.")
    offers = [e for e in coder.code(text, date="2025-01-04") if e.event == "AGREE"]
    assert offers and all({r.code for r in e.recipient} == {"SDN", "ARE"} for e in offers)
