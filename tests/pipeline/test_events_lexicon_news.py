"""News phrasings of the 16 PLOVER types that the trigger lexicon (knowledge/verbs.json) covers:
particles and light verbs ('signed off on', 'called up', 'sat down with', 'took part in'),
adverbs and modifiers that make an act mutual ('jointly', 'joint operation', 'drills with'),
and the words that keep look-alikes out ('leaving X dead', 'a crushing response')."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes, find_event

_codes, _find = entity_codes, find_event


# (text, type, mode, actor codes, recipient codes or None when not checked)
PHRASINGS = [
    # AGREE: finishing or initialling a deal
    ("Peru and Ecuador clinched a deal on fishing rights on Monday.", "AGREE", None, ("ECU", "PER"), ()),
    ("Serbia and Hungary initialled an energy treaty in Budapest.", "AGREE", None, ("HUN", "SRB"), ()),
    ("Chile and Bolivia concluded negotiations on a lithium accord.", "AGREE", None, ("BOL", "CHL"), ()),
    ("Norway and Iceland signed off on a plan to share fishing quotas.", "AGREE", None, ("ISL", "NOR"), None),
    ("The European Union and Mercosur struck a trade accord on Friday.", "AGREE", None, ("EUR", "IGO"), ()),
    # SUPPORT: signing or finalising (the lead's ruling: manual SUPPORT, CAMEO 057)
    ("Peru and Ecuador inked a deal on fishing rights on Monday.", "SUPPORT", None, ("ECU", "PER"), ()),
    ("Colombia resumed diplomatic relations with Venezuela in 2022.", "SUPPORT", None, ("COL",), ("VEN",)),
    ("Burundi and Rwanda put their signatures to a declaration of principles.", "SUPPORT", None, ("BDI", "RWA"), ()),
    ("Kyiv expressed readiness to hold direct talks with Moscow.", "AGREE", None, ("UKR",), None),
    ("Rwanda and Burundi signed up to a peace framework.", "AGREE", None, ("BDI", "RWA"), None),
    ("Taiwan expressed gratitude to the United States for its support.", "SUPPORT", None, ("TWN",), ("USA",)),
    ("The European Union granted Moldova candidate status.", "SUPPORT", None, ("EUR",), None),
    ("Ukraine asked its allies for more Patriot air defence systems.", "REQUEST", "assist", ("UKR",), None),
    ("Israel and Hamas are nearing a ceasefire deal.", "AGREE", None, ("ISR", "PSE"), ()),
    # SANCTION: leaving an organisation, suspending ties, convictions (manual: withdraw / convict)
    ("Venezuela announced its exit from the Organization of American States on Friday.", "SANCTION", "withdraw",
     ("VEN",), ("IGO",)),
    ("Hungary announced its withdrawal from the International Criminal Court.", "SANCTION", "withdraw",
     ("HUN",), ("IGO",)),
    ("Mali announced the suspension of all cooperation with Ukraine.", "SANCTION", "discontinue", ("MLI",), ("UKR",)),
    ("A court in Minsk found the Polish journalist guilty of inciting hatred.", "SANCTION", "convict", ("BLR",), None),
    # (one SANCTION convict record since round 8, events: the arrest is the record's second category)
    ("A Tehran court handed a British-Iranian engineer a ten-year prison sentence.", "SANCTION", "convict", ("IRN",), None),
    # REJECT: barring a group from entering one's territory (manual)
    ("China barred nine Taiwanese politicians from entering the mainland and Hong Kong.", "REJECT", None, ("CHN",), None),
    # MOBILIZE: a weapons-test noun with an owner
    ("Pakistan's launch of a new cruise missile drew a rebuke from New Delhi.", "MOBILIZE", "weapons", ("PAK",), ()),
    ("Iran's test of a hypersonic missile alarmed Israel.", "MOBILIZE", "weapons", ("IRN",), ()),
    # COOPERATE: setting up a joint body; COERCE: intercepting a vessel
    ("Spain and Morocco set up a joint unit to fight drug trafficking in the Strait of Gibraltar.", "COOPERATE",
     None, ("ESP", "MAR"), ()),
    ("Greek coastguards intercepted a Turkish fishing trawler off Lesbos on Monday.", "COERCE", "seize",
     ("GRC",), None),
    ("Brazil suspended data sharing with Paraguay after a spying scandal.", "SANCTION", "discontinue", ("BRA",),
     ("PRY",)),
    # CONCEDE: asking forgiveness is an apology; COERCE: dissolving parties
    ("Belgium's king asked Congo for forgiveness for colonial-era abuses.", "CONCEDE", None, ("BEL",), ("COD",)),
    ("Burkina Faso's military government dissolved the country's main opposition parties.", "COERCE", "restrict",
     ("BFA",), None),
    ("Moscow moved nuclear warheads to a base in Kaliningrad, a Lithuanian official said.", "MOBILIZE", "weapons",
     ("RUS",), None),
    # events named by nouns: a military buildup, the capture of a town
    ("China's military buildup near the Philippines worried Manila.", "MOBILIZE", "troops", ("CHN",), None),
    ("Russia's capture of the city of Siversk was confirmed by Ukraine's army.", "ASSAULT", None, ("RUS",), None),
    # 'test-fired' is often parsed as the missiles' modifier: the missile noun carries the test
    ("North Korea test-fired several short-range cruise missiles toward the Yellow Sea on Sunday.", "MOBILIZE",
     "weapons", ("PRK",), None),
    # CONSULT
    ("Erdogan called Putin on Tuesday.", "CONSULT", "phone", ("RUS", "TUR"), ()),
    ("Pakistani and Afghan officials sat down in Doha to discuss border security.", "CONSULT", None,
     ("AFG", "PAK"), ()),
    ("Macron and Lula discussed the Amazon fund in a telephone call.", "CONSULT", "phone", ("BRA", "FRA"), ()),
    # SUPPORT / COOPERATE
    ("Canada and India reinstated their high commissioners on Thursday.", "SUPPORT", None, ("CAN", "IND"), ()),
    ("Orban threw his weight behind Slovakia's prime minister.", "SUPPORT", None, ("HUN",), ("SVK",)),
    ("Qatar restored direct flights to Syria last week.", "COOPERATE", None, ("QAT", "SYR"), None),
    ("Spain and Morocco signed a memorandum on defence cooperation.", "COOPERATE", None, ("ESP", "MAR"), ()),
    ("Egyptian and Saudi forces took part in combined air drills.", "COOPERATE", None, ("EGY", "SAU"), ()),
    ("Russia began large-scale exercises with Belarus on Monday.", "COOPERATE", None, ("BLR", "RUS"), ()),
    ("Spanish and Moroccan police jointly dismantled a smuggling ring.", "COOPERATE", None, ("ESP", "MAR"), ()),
    ("Italian and Albanian police carried out a joint operation against traffickers.", "COOPERATE", None,
     ("ALB", "ITA"), ()),
    # CONCEDE
    ("Japan's premier expressed deep remorse to South Korea for the colonial era.", "CONCEDE", None,
     ("JPN",), ("KOR",)),
    ("Canada scrapped its retaliatory tariffs on American goods.", "CONCEDE", None, ("CAN",), None),
    ("The European Union lifted economic sanctions on Syria.", "CONCEDE", None, ("EUR",), ("SYR",)),
    ("China suspended its ban on gallium exports.", "CONCEDE", None, ("CHN",), None),
    ("Iran's judiciary commuted the death sentence of a jailed rapper.", "CONCEDE", None, ("IRN",), None),
    ("French unions called off a planned nationwide strike on Thursday.", "CONCEDE", None, ("FRA",), None),
    ("Serbian students ended their blockade of the university after two months.", "CONCEDE", None, ("SRB",), None),
    # AID
    ("Poland handed over its MiG-29 fighter jets to Ukraine.", "AID", None, ("POL",), ("UKR",)),
    ("Japan sent a 30-member medical team to Myanmar.", "AID", None, ("JPN",), ("MMR",)),
    ("Sweden handed Ukraine a new batch of armoured vehicles.", "AID", None, ("SWE",), ("UKR",)),
    ("Turkey dispatched rescuers and field hospitals to Myanmar.", "AID", None, ("TUR",), ("MMR",)),
    ("Jordan airdropped food parcels into Gaza.", "AID", None, ("JOR",), ("PSE",)),
    ("Turkey has been training Somali soldiers.", "AID", None, ("TUR",), ("SOM",)),
    # RETREAT
    ("Russia handed back 390 Ukrainian prisoners.", "RETREAT", "release", ("RUS",), ("UKR",)),
    ("M23 rebels handed over their weapons to the Congolese army.", "RETREAT", "disarm", ("COD",), None),
    ("Israeli forces pulled out of the town of Khiam in southern Lebanon.", "RETREAT", "withdraw", ("ISR",),
     ("LBN",)),
    ("Russia and Ukraine swapped 84 prisoners of war on Thursday.", "RETREAT", "release", ("RUS", "UKR"), ()),
    ("Venezuela set free six Americans on Friday.", "RETREAT", "release", ("VEN",), ("USA",)),
    # THREATEN: a promised reprisal; violence promised in a vow; the relation word names the mode
    ("Colombia threatened to suspend diplomatic relations with Israel.", "THREATEN", "relations", ("COL",), ("ISR",)),
    ("China threatened to suspend imports of Japanese seafood.", "THREATEN", "restrict", ("CHN",), None),
    ("North Korea warned it would respond to any drills by Seoul and Washington.", "THREATEN", "violence", ("PRK",),
     None),
    ("China vowed to crush any attempt at Taiwanese independence.", "THREATEN", "violence", ("CHN",), None),
    ("Iran promised retaliation against Israel.", "THREATEN", "violence", ("IRN",), None),
    # PROTEST
    ("Kenyan nurses staged a sit-in at the health ministry in Nairobi.", "PROTEST", "demo", ("KEN",), None),
    # SANCTION
    ("The Netherlands tightened export controls on chipmaking machines to China.", "SANCTION", "discontinue",
     ("NLD",), None),
    ("Mali quit the International Criminal Court.", "SANCTION", "withdraw", ("MLI",), ("IGO",)),
    ("Washington expanded its restrictions on chip sales to Chinese companies.", "SANCTION", "discontinue",
     ("USA",), ("CHN",)),
    ("Algeria ordered 12 French embassy staff to leave the country.", "SANCTION", "expel", ("DZA",), ("FRA",)),
    ("Azerbaijan recalled its ambassador to Moscow.", "SANCTION", "withdraw", ("AZE",), ("RUS",)),
    ("Niger's junta ordered French troops to leave the country.", "SANCTION", "expel", ("NER",), ("FRA",)),
    ("China placed 15 U.S. defence firms on its export control list.", "SANCTION", "discontinue", ("CHN",),
     ("USA",)),
    ("China imposed countermeasures on U.S. defence firms.", "SANCTION", "discontinue", ("CHN",), ("USA",)),
    ("The United States designated the Houthis as a terrorist organisation.", "SANCTION", "discontinue", ("USA",),
     ("YEM",)),
    ("At a summit in Brussels, EU leaders agreed to new sanctions on Russia.", "SANCTION", "discontinue", ("EUR",),
     None),
    # MOBILIZE: ships and missiles are 'weapons' unless troops are named too (manual)
    ("Iran's Revolutionary Guards staged naval drills in the Strait of Hormuz.", "MOBILIZE", "weapons", ("IRN",), ()),
    ("Poland will move troops and armoured vehicles to its border with Belarus.", "MOBILIZE", "troops", ("POL",),
     ("BLR",)),
    ("Taiwan said 30 Chinese military aircraft had crossed the median line.", "MOBILIZE", "weapons", ("CHN",), None),
    ("Pakistan's army conducted a training launch of a ballistic missile.", "MOBILIZE", "weapons", ("PAK",), ()),
    ("Israel called up thousands of reservists on Wednesday.", "MOBILIZE", "troops", ("ISR",), ()),
    # COERCE
    ("Russian hackers breached the email systems of the Dutch police.", "COERCE", "cyber", ("RUS",), ("NLD",)),
    ("Chinese hackers hacked into the email accounts of U.S. officials.", "COERCE", "cyber", ("CHN",), ("USA",)),
    ("Burkina Faso ordered the closure of the French news agency's bureau.", "COERCE", "censor", ("BFA",),
     ("FRA",)),
    ("French naval forces boarded an oil tanker belonging to Russia's shadow fleet.", "COERCE", "seize", ("FRA",),
     ("RUS",)),
    ("Turkey extradited two Islamic State suspects to Iraq.", "COOPERATE", None, ("TUR",), ("IRQ",)),
    ("Moscow denounced the seizure of a tanker by French naval forces.", "COERCE", "seize", ("FRA",), None),
    ("Nicaragua stripped 135 political prisoners of their citizenship.", "COERCE", "restrict", ("NIC",), None),
    ("Turkish police took Istanbul's mayor into custody.", "COERCE", "arrest", ("TUR",), None),
    ("Russia designated the Moscow Times as an undesirable organisation.", "COERCE", "restrict", ("RUS",), None),
    ("Taliban authorities shut down internet access across Afghanistan.", "COERCE", "withhold", ("AFG",), None),
    ("The Kenyan government switched off internet access during the protests.", "COERCE", "withhold", ("KEN",),
     None),
    ("Chinese and Russian bombers flew joint patrols near Japan.", "COOPERATE", None, ("CHN", "RUS"), ()),
    ("Australian and Indonesian navies conducted coordinated patrols in the Timor Sea.", "COOPERATE", None,
     ("AUS", "IDN"), ()),
    ("Israel's cabinet voted against a Hamas counter-proposal.", "REJECT", None, ("ISR",), ("PSE",)),
    ("Kataib Hezbollah halted attacks on U.S. forces in Iraq.", "RETREAT", "ceasefire", ("IRQ",), ("USA",)),
    ("The Houthis suspended their strikes on shipping.", "RETREAT", "ceasefire", ("YEM",), None),
    ("M23 rebels laid down their arms on Sunday.", "RETREAT", "disarm", ("COD",), ()),
    ("The Rapid Support Forces seized El Fasher from the Sudanese army.", "ASSAULT", None, ("SDN",), None),
    ("The Baloch Liberation Army claimed an attack on a convoy of Pakistani troops.", "ASSAULT", None, ("PAK",), None),
    ("Police in Nairobi fired tear gas to disperse protesters.", "ASSAULT", "crowd-control", ("KEN",), ("KEN",)),
    ("Iranian authorities executed two men convicted of spying.", "ASSAULT", None, ("IRN",), ("IRN",)),
    # ASSAULT: a ground operation is an attack; setting fire to a target
    ("Ukrainian drones set fire to an oil refinery in Russia's Ryazan region.", "ASSAULT", "drone", ("UKR",),
     ("RUS",)),
    ("Turkey launched a ground operation against Kurdish fighters in northern Syria.", "ASSAULT", None,
     ("TUR",), ("SYR",)),
    # THREATEN: the object's 'against' phrase names the threatened party
    ("Azerbaijan threatened military action against Armenia.", "THREATEN", None, ("AZE",), ("ARM",)),
    # AID flown in; RETREAT 'access' by opening a crossing (manual: allowing access has immediate material
    # consequences); CONCEDE by dropping a bill; COERCE by jamming signals
    ("The World Food Programme flew 30 tonnes of food into Juba on Monday.", "AID", None, None, ("SSD",)),
    ("Israel opened the Erez crossing to aid trucks.", "RETREAT", "access", ("ISR",), None),
    ("Kyrgyzstan's government dropped a bill on foreign-funded media after criticism.", "CONCEDE", None,
     ("KGZ",), None),
    ("Russia jammed satellite navigation signals over the Gulf of Finland.", "COERCE", "cyber", ("RUS",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", PHRASINGS)
def test_news_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient)


# (text, type that must not appear)
LOOKALIKES = [
    ("The European Union and Mercosur struck a trade accord on Friday.", "PROTEST"),  # not a labour union
    ("Pakistani and Afghan officials sat down in Doha to discuss border security.", "PROTEST"),
    ("Israel called up thousands of reservists on Wednesday.", "REQUEST"),  # 'on Wednesday' is not 'call on'
    ("Thai and Cambodian soldiers clashed on the border, leaving a dozen people dead.", "RETREAT"),
    ("Iran warned of a crushing response against Israel.", "ASSAULT"),
    ("The minister quit his post on Monday.", "SANCTION"),
    ("China and Iran condemned the strikes, calling them a violation of sovereignty.", "CONSULT"),
    ("India's Supreme Court struck down the electoral bonds scheme.", "ASSAULT"),
    ("Voters in Switzerland rejected a proposal to expand the motorway network.", "REJECT"),
    ("Britain's medicines regulator approved a new Alzheimer's drug.", "SUPPORT"),
    ("The pope called for prayers for the victims of the floods in Spain.", "REQUEST"),
    ("Germany's biggest union signed up 50,000 new members last year.", "AGREE"),
    ("Russian authorities took control of the local subsidiaries of two Western companies.", "ASSAULT"),
    ("Greek coastguards seized drugs from a Turkish boat.", "ASSAULT"),
    ("The band disbanded after its farewell tour in Berlin.", "RETREAT"),
    ("North Korea released the American soldier who crossed the border.", "MOBILIZE"),
    ("Niger's junta ordered French troops to leave the country.", "RETREAT"),
    ("Putin ordered his troops to leave Kherson.", "SANCTION"),
    ("Poland closed the last Russian consulate and ordered its staff to leave the country.", "RETREAT"),
    ("The State Department is offering rewards for information on the hackers.", "AGREE"),
    ("The airline flew 200 passengers to London on Sunday.", "AID"),
    ("The minister opened the trade fair in Geneva.", "CONCEDE"),
    ("A Thai court barred the former prime minister from running for office.", "REJECT"),
    ("New Zealand condemned the missile launch by North Korea.", "MOBILIZE"),
    ("UN peacekeepers completed their withdrawal from Mali on Sunday.", "SANCTION"),
    ("A poll found voters guilty of apathy, the newspaper said.", "SANCTION"),
    ("Belgium's king asked Congo for forgiveness for colonial-era abuses.", "REQUEST"),
    ("Spain and Morocco set up a joint unit to fight drug trafficking in the Strait of Gibraltar.", "ASSAULT"),
]


def test_call_on_a_weekday_with_an_addressee_is_still_a_request(coder):
    ev = _find(code(coder, "Germany on Tuesday called on Israel to allow aid into Gaza."), "REQUEST")
    assert _codes(ev.recipient) == ("ISR",)


def test_meeting_at_a_base_in_a_participants_state_is_a_visit(coder):
    ev = _find(code(coder, "Trump met Putin at a military base in Alaska on Friday."), "CONSULT")
    assert ev.mode == "visit"
    assert (_codes(ev.actor), _codes(ev.recipient)) == (("RUS",), ("USA",))


@pytest.mark.parametrize("text,etype", LOOKALIKES)
def test_lookalike_gives_no_such_event(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


def test_quitting_a_post_is_a_resignation(coder):
    ev = _find(code(coder, "Slovakia's interior minister quit his post on Monday."), "RETREAT")
    assert ev.mode == "resign"


def test_a_state_named_by_its_capital_does_not_make_uncoded_victims_compatriots(coder):
    events = code(coder, "Russian forces struck Kharkiv overnight, killing three people, the mayor said. "
                         "Moscow denied targeting civilians.")
    assert [_codes(e.recipient) for e in events if e.event == "ASSAULT"] == [("UKR",)]


# Wire-style phrasings that name an event without its textbook verb, and event nouns that carry their
# own agent ("Ghana's promise of troops", "an apology from X"): (text, type, mode, actor, recipient)
JOURNALIST_PHRASINGS = [
    ("Vietnam brushed aside a Chinese protest over its island-building in the Spratlys on Friday.", "REJECT",
     None, ("VNM",), None),
    ("Seoul's foreign ministry hit back at Pyongyang on Sunday over the latest balloon launches.", "ACCUSE",
     "disapprove", ("KOR",), ("PRK",)),
    ("Moscow hit back at Tokyo's criticism of its drills near Hokkaido.", "ACCUSE", "disapprove", ("RUS",),
     ("JPN",)),
    ("Brazilian President Luiz Inacio Lula da Silva took aim at Washington over its tariffs in a speech "
     "on Monday.", "ACCUSE", "disapprove", ("BRA",), ("USA",)),
    ("Tokyo leaned on Seoul to settle the wartime labour dispute before the summit.", "REQUEST", None,
     ("JPN",), ("KOR",)),
    ("Hungary said no to a European Commission request to lift its veto on Ukraine's accession talks.",
     "REJECT", None, ("HUN",), None),
    ("Nicaragua threw out the head of the UNICEF office in Managua on Tuesday.", "SANCTION", "expel",
     ("NIC",), None),
    ("Bandits snatched 30 villagers from a farm in Zamfara state, Nigerian police said.", "ASSAULT", "abduct",
     None, None),
    ("Iran's telecoms regulator throttled Instagram access on Thursday.", "COERCE", "censor", ("IRN",), None),
    ("South Korea chipped in $10 million for Ukraine's demining efforts, its foreign ministry said.", "AID",
     None, ("KOR",), None),
    ("Russia built up troops along its border with Finland over the winter, Helsinki said.", "MOBILIZE",
     None, ("RUS",), None),
    ("Japanese rescue workers arrived in Turkey on Tuesday to help pull survivors from the rubble.", "AID",
     None, ("JPN",), ("TUR",)),
    ("Ghana's promise of 500 troops for the Haiti mission came after months of hesitation.", "AGREE", None,
     ("GHA",), None),
    ("Mali's refusal to admit ECOWAS election observers angered the bloc's leaders.", "REJECT", None,
     ("MLI",), None),
    ("An apology from Japan's prime minister to South Korea over forced labour was read out in Seoul.",
     "CONCEDE", None, ("JPN",), None),
    ("The departure of the last Russian peacekeepers from Nagorno-Karabakh was completed on Wednesday.",
     "RETREAT", "withdraw", ("RUS",), None),
    ("A $500 million aid package for Jordan from the United States was signed in Amman.", "AID", None,
     ("USA",), ("JOR",)),
    ("Pyongyang's test-firing of a new cruise missile on Saturday drew little comment in Beijing.",
     "MOBILIZE", "weapons", ("PRK",), None),
    ("Egypt opened the Rafah crossing on Monday to let wounded Palestinians leave Gaza.", "RETREAT", "access",
     ("EGY",), None),
    ("Turkey reopened its border with Armenia for the first time in 35 years.", "CONCEDE", None, ("TUR",),
     None),
    ("Ankara dispatched reinforcements to northern Iraq on Friday.", "MOBILIZE", "troops", ("TUR",), ("IRQ",)),
    ("Egypt had flown weapons to Sudan's army through an air base in Aswan, the report said.", "AID", None,
     ("EGY",), ("SDN",)),
    ("Serbian opposition lawmakers walked out of parliament on Tuesday.", "PROTEST", None, ("SRB",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", JOURNALIST_PHRASINGS)
def test_journalist_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    test_news_phrasing_is_coded(coder, text, etype, mode, actor, recipient)


# Event words that name something not done, verdicts that look like calls, troops sent to a host's aid:
# (text, type that must not appear)
NOT_CODED_AS = [
    ("Armenia and Azerbaijan agreed to open a military hotline to prevent clashes on the border.", "ASSAULT"),
    ("Hamas climbed down from its demand that Israel withdraw all its troops from Gaza.", "RETREAT"),
    ("The suspension of the general strike by Kenya's teachers' union was announced on Friday.", "PROTEST"),
    ("Moldova denied the claims on Sunday, calling a report by Russian state media false.", "CONSULT"),
    ("North Korea sent troops to Russia's Kursk region to fight alongside Russian forces.", "MOBILIZE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED_AS)
def test_unrealised_or_labelled_event_is_not_coded(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


def test_expelling_an_organisations_head_is_a_sanction_but_deporting_its_monitor_is_coercion(coder):
    head = _find(code(coder, "Azerbaijan expelled the head of the ICRC delegation in Baku."), "SANCTION")
    assert head.mode == "expel"
    monitor = code(coder, "Burundi expelled a Human Rights Watch researcher on Monday.")
    assert not [e for e in monitor if e.event == "SANCTION"]


# Round-4 development-set fixes: (text, type, mode, actor, recipient)
MORE_PHRASINGS = [
    ("Bolivia postponed a planned visit by Peru's foreign minister, citing scheduling problems.", "REJECT",
     "meet", ("BOL",), None),
    ("Kenya said no to a Somali request for more troops on Thursday.", "REJECT", None, ("KEN",), None),
    ("The U.S. naval build-up near Venezuela continued on Tuesday, the Pentagon said.", "MOBILIZE", None,
     ("USA",), None),
    ("Thousands of Iranian troops took part in exercises near the Iraqi border on Sunday.", "MOBILIZE", None,
     ("IRN",), None),
    ("Large-scale Chinese military exercises around Taiwan ended on Friday.", "MOBILIZE", None, ("CHN",), None),
    ("Poland described the drone incursion as a deliberate provocation by Russia.", "ACCUSE", "disapprove",
     ("POL",), None),
    ("Kyiv said Russian troops were gathering near the northern border on Monday.", "MOBILIZE", None,
     ("RUS",), None),
    ("Burkina Faso threw out the United Nations' resident coordinator on Friday.", "SANCTION", "expel",
     ("BFA",), ("UNO",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", MORE_PHRASINGS)
def test_round4_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    test_news_phrasing_is_coded(coder, text, etype, mode, actor, recipient)


def test_a_label_for_the_reason_of_another_act_is_no_condemnation(coder):
    events = code(coder, "Moldova expelled two Russian diplomats over what it called meddling in its elections.")
    assert [e.event for e in events] == ["SANCTION"]


def test_a_planned_visit_postponed_is_no_concession(coder):
    events = code(coder, "Bolivia postponed a planned visit by Peru's foreign minister, citing scheduling problems.")
    assert not [e for e in events if e.event == "CONCEDE"]


def test_signing_a_deal_to_build_something_jointly_is_cooperation(coder):
    events = code(coder, "Turkmenistan and Kyrgyzstan signed a deal on Monday to jointly develop a gas field.")
    assert [e.event for e in events] == ["COOPERATE"]


def test_a_suspension_of_talks_named_with_its_agent_is_a_sanction(coder):
    ev = _find(code(coder, "Armenia's suspension of its CSTO membership angered Moscow."), "SANCTION")
    assert _codes(ev.actor) == ("ARM",)


@pytest.mark.parametrize("text,etype", [
    ("Shipping insurers raised premiums over the risk of a Houthi attack on tankers in the Red Sea.", "ASSAULT"),
    ("Beijing condemned the expansion of Japanese-American military drills near Okinawa.", "MOBILIZE"),
])
def test_feared_or_condemned_event_nouns_are_not_events(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


# More verbs a reporter uses: (text, type, mode, actor, recipient)
REPORTER_VERBS = [
    ("Spain lent its support to Morocco's autonomy plan on Tuesday.", "SUPPORT", None, ("ESP",), None),
    ("Kenya's president bowed to pressure from protesters and withdrew the finance bill.", "CONCEDE", None,
     ("KEN",), None),
    ("Britain and France stepped up intelligence sharing on migrant smuggling.", "COOPERATE", None,
     ("FRA", "GBR"), None),
    ("China extended a $2 billion credit line to Pakistan on Monday.", "AID", None, ("CHN",), ("PAK",)),
    ("Washington funnelled $1 billion in military aid to Taiwan.", "AID", None, ("USA",), ("TWN",)),
    ("Russian forces abandoned the village of Robotyne after weeks of fighting.", "RETREAT", "withdraw",
     ("RUS",), None),
    ("Iran set free two French citizens on Friday.", "RETREAT", "release", ("IRN",), None),
    ("Thailand's prime minister stepped aside on Monday pending a court ruling.", "RETREAT", "resign",
     ("THA",), None),
    ("Russia let IAEA inspectors into the Kursk nuclear plant.", "RETREAT", "access", ("RUS",), None),
    ("Hezbollah vowed a crushing response to the assassination of its commander.", "THREATEN", None,
     ("LBN",), None),
    ("Polish farmers blockaded border crossings with Ukraine on Monday.", "PROTEST", "obstruct", ("POL",),
     None),
    ("Junior doctors in Britain downed tools on Friday over pay.", "PROTEST", "strike", None, None),
    ("India rushed additional troops to its border with China.", "MOBILIZE", None, ("IND",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", REPORTER_VERBS)
def test_reporter_verb_is_coded(coder, text, etype, mode, actor, recipient):
    test_news_phrasing_is_coded(coder, text, etype, mode, actor, recipient)


def test_what_a_refusal_refuses_is_not_an_event(coder):
    events = code(coder, "Colombia's refusal to let two U.S. military planes land drew criticism in Washington.")
    assert not [e for e in events if e.event == "RETREAT"]


# Event nouns named with their own agent (possessive, 'by', 'from'): (text, type, actor, recipient)
AGENT_NOUNS = [
    ("Kenya's praise for China's infrastructure loans drew criticism at home.", "SUPPORT", ("KEN",), None),
    ("Washington's endorsement of the Saudi-backed peace plan came on Friday.", "SUPPORT", ("USA",), None),
    ("The lifting of the curfew in Leh by Indian authorities came after a week of calm.", "CONCEDE", ("IND",),
     None),
    ("Joint patrols by Russian and Chinese bombers over the Sea of Japan alarmed Tokyo.", "COOPERATE",
     ("CHN", "RUS"), None),
    ("Thailand's extradition of a Chinese fugitive to Beijing was completed on Sunday.", "COOPERATE", ("THA",),
     None),
    ("Emergency assistance from the European Union to flood-hit Libya arrived on Friday.", "AID", ("EUR",),
     ("LBY",)),
    ("Russia's veto of the Security Council resolution on Sudan drew criticism.", "REJECT", ("RUS",), None),
    ("South Africa's genocide case against Israel at the World Court was heard on Thursday.", "ACCUSE",
     ("ZAF",), ("ISR",)),
    ("China's dispatch of warships toward Second Thomas Shoal alarmed Manila.", "MOBILIZE", ("CHN",), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", AGENT_NOUNS)
def test_event_noun_with_its_own_agent_is_coded(coder, text, etype, actor, recipient):
    test_news_phrasing_is_coded(coder, text, etype, None, actor, recipient)


@pytest.mark.parametrize("text", [
    "Azerbaijan said Baku had honoured its commitments under the 2020 truce.",
    "Apple rolled back a software update that drained iPhone batteries.",
    "The index climbed down from a record high on Friday as tech shares slipped.",
    "Streaming services throttled video quality during the lockdown.",
])
def test_business_and_obligation_lookalikes_give_no_event(coder, text):
    assert [e.event for e in code(coder, text) if e.event in ("AGREE", "AID", "SUPPORT", "CONCEDE", "COERCE")] == []


# Round 5: systematic coverage of the news verbs of each type (own sentences).
ROUND5_COVERAGE = [
    ("Peru consented to a U.N. observer mission for the vote.", "AGREE", ("PER",)),
    ("Chile and Argentina thrashed out a deal on fishing rights.", "AGREE", ("ARG", "CHL")),
    ("Egypt and Turkey patched up their differences on Tuesday.", "SUPPORT", ("EGY", "TUR")),
    ("Witkoff jetted to Moscow for talks with Putin.", "CONSULT", ("USA",)),
    ("The Jordanian foreign minister dropped in on Damascus on Sunday.", "CONSULT", ("JOR",)),
    ("Zelenskiy dialled Erdogan on Tuesday.", "CONSULT", ("TUR", "UKR")),
    ("Ghana sided with Morocco at the African Union summit.", "SUPPORT", ("GHA",)),
    ("Italy championed Albania's bid to join the European Union.", "SUPPORT", ("ITA",)),
    ("Qatar threw its support behind Lebanon's new president.", "SUPPORT", ("QAT",)),
    ("Kenya exempted Ugandan sugar from its import tariffs.", "CONCEDE", ("KEN",)),
    ("India and the UAE linked their payment systems on Monday.", "COOPERATE", ("ARE", "IND")),
    ("Saudi Arabia propped up Pakistan's economy with a new deposit.", "AID", ("SAU",)),
    ("Armenia returned the seized drone to Azerbaijan.", "RETREAT", ("ARM",)),
    ("Lebanon begged donors for help on Friday, Beirut said.", "REQUEST", ("LBN",)),
    ("Taipei prodded Washington to speed up arms deliveries.", "REQUEST", ("TWN",)),
    ("Sri Lanka applied for membership of the BRICS group.", "REQUEST", ("LKA",)),
    ("Washington faulted Beijing for the collapse of the climate talks.", "ACCUSE", ("USA",)),
    ("Brazil scolded Venezuela over the arrest of opposition figures.", "ACCUSE", ("BRA",)),
    ("Iran defied Western calls to halt uranium enrichment.", "REJECT", ("IRN",)),
    ("Israel ignored international calls for a ceasefire in Lebanon.", "REJECT", ("ISR",)),
    ("North Korea shunned talks with South Korea.", "REJECT", ("PRK",)),
    ("Moscow hinted at a nuclear test on Thursday.", "THREATEN", ("RUS",)),
    ("Beijing cautioned Tokyo against interference in Taiwan.", "THREATEN", ("CHN",)),
    ("Greek farmers blocked border crossings with Bulgaria.", "PROTEST", ("GRC",)),
    ("Turkey closed its airspace to Israeli planes.", "COERCE", ("TUR",)),
    ("Ukraine conscripted thousands of men in March.", "MOBILIZE", ("UKR",)),
    ("Chinese bombers flew around Taiwan on Monday.", "MOBILIZE", ("CHN",)),
    ("Venezuelan police picked up an opposition leader in Caracas.", "COERCE", ("VEN",)),
    ("Russian artillery pummelled Kherson on Sunday.", "ASSAULT", ("RUS",)),
    ("Israeli forces flattened a residential block in Gaza City.", "ASSAULT", ("ISR",)),
    ("Sudanese militants set off a bomb near the Egyptian border, officials in Khartoum said.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,etype,actor", ROUND5_COVERAGE)
def test_round5_news_verb_is_coded(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)


@pytest.mark.parametrize("text", [
    "Heavy rain pummelled the coast of Queensland on Sunday.",
    "A tornado flattened homes in Oklahoma.",
    "Fans cheered the national team in Buenos Aires.",
    "Two broadcasters that defied the order were taken off air for several hours.",
])
def test_round5_coverage_lookalikes_give_no_such_event(coder, text):
    assert [e.event for e in code(coder, text) if e.event in ("ASSAULT", "SUPPORT", "REJECT")] == []


@pytest.mark.parametrize("text,etype,actor", [
    ("Paraguay's government designated Hamas a terrorist organisation on Monday.", "SANCTION", ("PRY",)),
    ("Nicaragua's electoral council revoked the legal registration of the main opposition party.", "COERCE",
     ("NIC",)),
    ("The Hungarian government took control of the Russian-owned bank on Friday.", "COERCE", ("HUN",)),
    ("Israeli troops pressed their offensive on Gaza City.", "ASSAULT", ("ISR",)),
    ("Lithuania accused Russia of masterminding an arson attack on a Vilnius shopping centre.", "ASSAULT", ("RUS",)),
])
def test_round5_requested_phrasing_is_coded(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)


@pytest.mark.parametrize("text", [
    "New EU sanctions against Russia's shadow fleet target 40 tankers.",
    "Wales will target the Scottish scrum on Saturday in Cardiff.",
])
def test_round5_requested_lookalike_gives_no_assault(coder, text):
    assert "ASSAULT" not in [e.event for e in code(coder, text)]


def test_an_attack_amid_which_an_act_happens_is_coded_when_it_names_both_sides(coder):
    found = [(e.event, _codes(e.actor), _codes(e.recipient)) for e in code(
        coder, "Moldova closed its airspace on Sunday amid a Russian drone attack on southern Ukraine.")]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in found


def test_a_player_inking_a_contract_with_a_club_is_no_event(coder):
    assert code(coder, "Kylian Mbappe inked a contract extension with Real Madrid on Friday.") == []


@pytest.mark.parametrize("text,etype,actor", [
    ("Israeli snipers picked off two Palestinians near Nablus.", "ASSAULT", ("ISR",)),
    ("Ukrainian drones set a Russian fuel depot ablaze in Bryansk.", "ASSAULT", ("UKR",)),
    ("Russian missiles knocked out power across Kharkiv.", "ASSAULT", ("RUS",)),
    ("Israeli jets levelled a residential tower in Gaza City.", "ASSAULT", ("ISR",)),
    ("Russia battered Ukraine's power plants with drones.", "ASSAULT", ("RUS",)),
    ("Thousands of Serbians thronged the streets of Belgrade.", "PROTEST", ("SRB",)),
    ("Kenyan students laid siege to parliament in Nairobi.", "PROTEST", ("KEN",)),
    ("Hundreds of Iraqis burned effigies of Netanyahu in Baghdad.", "PROTEST", ("IRQ",)),
    ("Qatar poured billions of dollars into Syria's reconstruction.", "AID", ("QAT",)),
    ("India beefed up security along the border with Pakistan.", "MOBILIZE", ("IND",)),
    ("Turkey sent tanks to the Syrian border.", "MOBILIZE", ("TUR",)),
])
def test_round5_weak_type_phrasing_is_coded(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)


@pytest.mark.parametrize("text", [
    "Storm Eunice battered the coast of Britain on Friday.",
    "A tornado levelled homes in Kentucky.",
    "Mourners thronged the streets of Rome for the pope's funeral.",
])
def test_round5_weather_and_mourners_give_no_event(coder, text):
    assert [e.event for e in code(coder, text) if e.event in ("ASSAULT", "PROTEST")] == []


# Round 6: verb classes of the weakest types on unseen leads (one sentence per class member tried).
ROUND6_CLASSES = [
    # COERCE: jailing, recapturing an escapee (not an attack)
    ("Belarusian authorities incarcerated a Polish activist without trial.", "COERCE", "arrest", ("BLR",), ("POL",)),
    ("Ecuadorian police recaptured the fugitive gang leader in Manta.", "COERCE", "arrest", ("ECU",), None),
    ("Belarusian KGB officers whisked away a Lithuanian journalist from a Minsk hotel.", "COERCE", "arrest", ("BLR",),
     None),
    # SANCTION: hitting a country's goods with a penalty, ordering a tariff, withholding money, halting flows
    ("Washington hit Chinese solar panels with a 50% surtax.", "SANCTION", "discontinue", ("USA",), ("CHN",)),
    ("Trump ordered a 25% tariff on Mexican steel.", "SANCTION", "discontinue", ("USA",), ("MEX",)),
    ("Israel withheld customs revenues from the Palestinian Authority.", "SANCTION", "discontinue", ("ISR",), ("PSE",)),
    ("Russia halted the transit of oil to Poland.", "SANCTION", "discontinue", ("RUS",), ("POL",)),
    ("Chad ended its security agreement with France.", "SANCTION", "discontinue", ("TCD",), ("FRA",)),
    ("Trump raised tariffs on Brazilian coffee to 50%.", "SANCTION", "discontinue", ("USA",), ("BRA",)),
    # THREATEN: deadlines, consequences for the one addressed, announced reprisals
    ("Kyiv gave Minsk 24 hours to pull its troops back from the border.", "THREATEN", None, ("UKR",), ("BLR",)),
    ("Beijing said Manila would pay a heavy price for hosting US missiles.", "THREATEN", None, ("CHN",), ("PHL",)),
    ("Iran will retaliate against any Israeli strike, the foreign ministry said.", "THREATEN", "violence", ("IRN",),
     ("ISR",)),
    # AID: wiring money, releasing a tranche, gifting arms, security forces freeing kidnap victims (a rescue)
    ("Kuwait wired $300 million to Jordan's central bank.", "AID", None, ("KWT",), ("JOR",)),
    ("Ethiopian troops freed 40 kidnapped students in Amhara.", "AID", None, ("ETH",), None),
    ("The IMF released a $700 million tranche to Egypt.", "AID", None, ("IGO",), ("EGY",)),
    ("Britain gifted armoured vehicles to Moldova.", "AID", None, ("GBR",), ("MDA",)),
    # REQUEST: directing someone to act
    ("Ankara pushed Stockholm to crack down on Kurdish militants.", "REQUEST", None, ("TUR",), ("SWE",)),
    ("Merz encouraged New Delhi to join the sanctions on Russia.", "REQUEST", None, ("DEU",), ("IND",)),
    # COOPERATE: drills held by two states, acting jointly, pooling intelligence
    ("The US and the Philippines held live-fire drills off Luzon.", "COOPERATE", None, ("PHL", "USA"), ()),
    ("Thai and Cambodian police jointly patrolled the border.", "COOPERATE", None, ("KHM", "THA"), ()),
    ("Egypt and Jordan pooled intelligence on arms smuggling.", "COOPERATE", None, ("EGY", "JOR"), ()),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", ROUND6_CLASSES)
def test_round6_verb_class_member_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode=mode, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text", [
    "Putin told Modi that Russia valued the partnership.",
    "Investors want the central bank to cut rates.",
    "Finland will pay a heavy price for its decision, analysts said.",
    "The court gave the government 30 days to respond.",
])
def test_round6_lookalike_is_no_event(coder, text):
    assert code(coder, text) == []


def test_a_deadline_to_leave_after_an_expulsion_is_part_of_it(coder):
    events = code(coder, "Burkina Faso expelled the French military attache and gave him 48 hours to leave.")
    assert not [e for e in events if e.event == "THREATEN"]
    find_event(events, "SANCTION")


@pytest.mark.parametrize("text,etype", [
    ("Moldova's request to Brussels for gas went unanswered for a month, officials said.", "THREATEN"),
    ("The truce brokered by Turkey between Russia and Ukraine collapsed within days.", "AGREE"),
    ("Putin declined to rule out using nuclear weapons, the Kremlin said.", "REJECT"),
    ("Police in Belgrade pressed on with a crackdown on student protesters.", "REQUEST"),
    ("Britain imposed sanctions on four Chinese firms on Monday, targeting suppliers of drone parts to Russia.", "ASSAULT"),
])
def test_round6_parse_shape_lookalike_gives_no_such_event(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


def test_a_prison_term_hung_on_the_object_still_jails(coder):
    # round 8 (events): one SANCTION convict record, whose second category (the jailing) is kept in extra
    events = code(coder, "A court in Cairo sentenced activist Alaa Abd el-Fattah to five years in prison.")
    assert find_event(events, "SANCTION").mode == "convict"


def test_declining_to_promise_is_a_promise_not_made_rather_than_a_rejection(coder):
    events = code(coder, "France declined to commit new troops to the Baltic mission.")
    assert not [e for e in events if e.event == "REJECT"]
    assert find_event(events, "AGREE").event_text == "commit"


def test_barring_states_from_a_gathering_refuses_them_a_seat(coder):
    events = code(coder, "The African Union barred the juntas of Mali and Guinea from attending its summit.")
    assert not [e for e in events if e.event == "COERCE"]
    find_event(events, "REJECT")


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Canada and Japan hold joint naval drills in the East China Sea", "COOPERATE", ("CAN", "JPN"), ()),
    ("Kyiv pinned the blame on Moscow for the pipeline blast.", "ACCUSE", ("UKR",), ("RUS",)),
    ("Slovakia scuppered the EU's new sanctions package on Russia.", "REJECT", ("SVK",), None),
    ("Ottawa relaxed curbs on Indian students on Monday after the two governments agreed to restore ties.",
     "CONCEDE", ("CAN",), ("IND",)),
])
def test_round6_headline_and_light_verb_classes(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,etype", [
    ("Poland extradited a Ukrainian sabotage suspect to Germany.", "ASSAULT"),
    ("Hungary vetoed the aid in a move Budapest said would shield its farmers from imports.", "SANCTION"),
])
def test_round6_described_act_is_no_event(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


@pytest.mark.parametrize("text,etype,actor,recipient", [
    # the small model's lemmatizer mangles these past forms ("teargasse", "rearreste", "greenlighte")
    ("Zambian police teargassed opposition supporters in Lusaka.", "ASSAULT", ("ZMB",), ("ZMB",)),
    ("Peruvian police rearrested the former president's adviser on Friday.", "COERCE", ("PER",), ("PER",)),
])
def test_verbs_the_lemmatizer_mangles_are_still_triggers(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,etype,mode,actor,recipient", [
    ("Uganda's government clamped down on opposition rallies.", "COERCE", "restrict", ("UGA",), None),
    ("Moscow booted out two Estonian diplomats.", "SANCTION", "expel", ("RUS",), ("EST",)),
    ("Mali repudiated its defence agreement with France.", "SANCTION", "discontinue", ("MLI",), ("FRA",)),
    ("Slovakia pushed back against the EU's plan to phase out Russian gas.", "REJECT", None, ("SVK",), ("EUR",)),
])
def test_round7_phrasal_and_formal_news_verbs(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode=mode, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,etype,mode,actor,recipient", [
    ("Scholz said he had spoken to Erdogan by phone.", "CONSULT", "phone", ("DEU", "TUR"), None),
    ("Estonia shut all checkpoints along its frontier with Russia.", "COERCE", "restrict", ("EST",), ("RUS",)),
    ("Cambodia sealed every crossing along its border with Thailand.", "COERCE", "restrict", ("KHM",), ("THA",)),
    ("Mexico began collecting a 50% surtax on Chinese-made steel.", "SANCTION", None, ("MEX",), ("CHN",)),
    ("The Supreme Court of Kenya threw out a petition challenging the election result.", "REJECT", None, ("KEN",), None),
])
def test_round7_requested_lexicon_classes(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode=mode, actor=actor, recipient=recipient)


def test_a_named_town_seized_is_a_capture_and_a_company_a_confiscation(coder):
    assert_coded(coder, "Houthi fighters seized Marib after a week-long siege.", "ASSAULT")
    ev = assert_coded(coder, "Hungary seized control of a Chinese-owned battery maker.", "COERCE", mode="seize")
    assert entity_codes(ev.actor) == ("HUN",)


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Serbia, Croatia trade accusations over pipeline", "ACCUSE", ("HRV", "SRB"), ()),
    ("Peru, Bolivia trade prisoners at border", "RETREAT", ("BOL", "PER"), ()),
    ("Japan ended its embargo on Russian coal.", "CONCEDE", ("JPN",), ("RUS",)),
])
def test_traded_accusations_and_prisoners_and_an_ended_embargo(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


def test_an_ending_participle_restating_a_lifted_ban_is_no_sanction(coder):
    events = code(coder, "Beijing lifted its ban on Australian timber, ending a four-year embargo.")
    assert [e.event for e in events] == ["CONCEDE"]


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Students returned to the streets of Dhaka on Sunday.", "PROTEST", ("BGD",), None),
    ("Indian troops returned fire along the Line of Control.", "ASSAULT", ("IND",), None),
    ("Japan protested the Chinese decision to extend its buoy zone.", "ACCUSE", ("JPN",), ("CHN",)),
])
def test_round7_requested_return_and_protest_owner(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


def test_seizing_power_is_no_confiscation(coder):
    assert not [e for e in code(coder, "The generals seized power in Niamey in July 2023.") if e.event == "COERCE"]


def test_a_carrier_of_aid_to_a_party_is_its_owners_aid_even_when_stopped(coder):
    # (the carrier is the object of a hostile act, not of a sending verb: the aid it carried is still an act)
    found = [(e.event, _codes(e.actor), _codes(e.recipient))
             for e in code(coder, "Israeli commandos on Sunday boarded a Malaysian-flagged vessel carrying food "
                                  "parcels and medical aid to Gaza.")]
    assert ("AID", ("MYS",), ("PSE",)) in found, found


def test_a_carrier_of_fuel_or_oil_is_trade_not_aid(coder):
    events = code(coder, "Ukrainian drones struck a Maltese-flagged tanker carrying diesel fuel to Turkey.")
    assert not any(e.event == "AID" for e in events)
