"""Verbal-conflict idioms ('voiced alarm at', 'lodged representations with', 'called X's move
outrageous', 'rejected the vote as rigged', 'issued arrest warrants for') and events named inside
accusations ('accused X of genocide / of depriving civilians of water'), coded through the full
pipeline, claims stage included; and round-4 journalist phrasings for the manual's modes ('took off the
air', 'mowed down', 'kicked out of the bloc', 'put on notice', 'poured cold water on')."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes, find_event

_codes, _find = entity_codes, find_event


# (text, event type, mode, actor codes, recipient codes)
IDIOMS = [
    ("Lithuania raised concerns about Belarus's nuclear plant near Vilnius.", "ACCUSE", "disapprove",
     ("LTU",), ("BLR",)),
    ("Vietnam expressed grave concern over Chinese survey ships in its waters.", "ACCUSE", "disapprove",
     ("VNM",), ("CHN",)),
    ("Chile voiced alarm at Peru's handling of the border crisis.", "ACCUSE", "disapprove", ("CHL",), ("PER",)),
    ("Seoul lodged strong representations with Tokyo over the textbook.", "ACCUSE", "disapprove",
     ("KOR",), ("JPN",)),
    ("Colombia called Nicaragua's naval manoeuvres absurd.", "ACCUSE", "disapprove", ("COL",), ("NIC",)),
    ("Spain called the Moroccan decision unacceptable.", "ACCUSE", "disapprove", ("ESP",), ("MAR",)),
    ("Washington rejected the Belarusian presidential vote as a sham.", "ACCUSE", "disapprove",
     ("USA",), ("BLR",)),
    ("Azerbaijan branded the Armenian defence minister a war criminal.", "ACCUSE", "disapprove",
     ("AZE",), ("ARM",)),
    ("The Netherlands summoned Russia's ambassador over the detention.", "ACCUSE", "disapprove",
     ("NLD",), ("RUS",)),
    ("The International Criminal Court issued arrest warrants for two senior Libyan commanders.",
     "THREATEN", "arrest", ("IGO",), ("LBY",)),
    ("Beijing warned Taipei that it would cut all trade links.", "THREATEN", "restrict", ("CHN",), ("TWN",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", IDIOMS)
def test_verbal_conflict_idiom_is_coded_with_its_dyad(coder, text, etype, mode, actor, recipient):
    ev = _find(code(coder, text), etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    assert _codes(ev.recipient) == recipient


# (text, embedded type, mode, actor, recipient, accuser)
NAMED_IN_ACCUSATIONS = [
    ("Egypt accused Ethiopia of depriving Egyptian farmers of water.", "COERCE", "withhold", ("ETH",),
     ("EGY",), ("EGY",)),
    ("Poland accused Belarus of a hacking campaign against its railways.", "COERCE", "cyber", ("BLR",),
     None, ("POL",)),
    ("The Netherlands accused Russia of being behind a cyber attack on its weather agency.", "COERCE",
     "cyber", ("RUS",), None, ("NLD",)),
    ("Armenia accused Azerbaijan of genocide against Armenians in Karabakh.", "ASSAULT", None, ("AZE",),
     None, ("ARM",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient,accuser", NAMED_IN_ACCUSATIONS)
def test_event_named_inside_an_accusation_is_alleged_by_the_accuser(coder, text, etype, mode, actor,
                                                                     recipient, accuser):
    events = code(coder, text)
    acc = _find(events, "ACCUSE")
    assert _codes(acc.actor) == accuser
    ev = _find(events, etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    if recipient is not None:
        assert _codes(ev.recipient) == recipient
    assert ev.claim.status == "alleged"
    assert _codes(ev.claim.by) == accuser


def test_embedded_event_denied_by_the_accused_is_contested(coder):
    events = code(coder, "Norway accused Russia of a hacking campaign, but Moscow denied it.")
    ev = _find(events, "COERCE")
    assert ev.claim.status == "contested"


@pytest.mark.parametrize("text", [
    "The mayor raised money for a new library.",
    "The finance minister expressed concern about rising bread prices.",
    "The president called the summit a success.",
    "Russia rejected as baseless the accusations made by Estonia.",
])
def test_idiom_lookalikes_give_no_disapproval(coder, text):
    assert not [e for e in code(coder, text) if e.event == "ACCUSE"]


# (text, type, mode, actor codes, recipient codes, claim status)
EVENT_NOUNS = [
    ("Denmark blamed Russian hackers for the breach of its defence ministry email servers.", "COERCE", "cyber",
     ("RUS",), ("DNK",), "alleged"),
    ("Houthi rebels have been accused of blocking aid convoys in Yemen.", "COERCE", "withhold",
     ("YEM",), (), "alleged"),
    ("The judges issued a warrant for the Belarusian leader over the deportation of Ukrainian orphans.",
     "COERCE", "deport", ("BLR",), ("UKR",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient,status", EVENT_NOUNS)
def test_event_noun_in_a_reason_phrase_takes_the_accused_as_actor(coder, text, etype, mode, actor, recipient,
                                                                   status):
    ev = _find(code(coder, text), etype)
    assert ev.mode == mode
    assert _codes(ev.actor) == actor
    assert _codes(ev.recipient) == recipient
    if status is not None:
        assert ev.claim.status == status


@pytest.mark.parametrize("text", [
    "Protesters blocked the main road to the airport.",
    "The firm sued its supplier over a breach of contract.",
    "Norway accused Russia of a breach of its fishing quota.",
])
def test_non_cyber_breaches_and_road_blocks_are_not_coerce(coder, text):
    assert not [e for e in code(coder, text) if e.event == "COERCE"]

# Round-4 journalist phrasings (types): whole-pipeline checks of type, mode and dyad.
_coded = assert_coded


# Phrasal verbs for the manual's modes: (text, type, mode, actor, recipient)
MODE_VERBS = [
    ("Hungary's media authority took an opposition radio station off the air.", "COERCE", "censor", ("HUN",),
     None),
    ("North Korean hackers broke into the computer network of a South Korean shipbuilder.", "COERCE", "cyber",
     ("PRK",), None),
    ("Egyptian police hauled in dozens of activists for questioning on Monday.", "COERCE", "arrest", ("EGY",),
     None),
    ("Gunmen mowed down villagers at a market in Zamfara, Nigerian officials said.", "ASSAULT", None, None, None),
    ("Hamas rained rockets on southern Israel on Saturday morning.", "ASSAULT", None, ("PSE",), ("ISR",)),
    ("Pakistani troops gunned down six militants in North Waziristan.", "ASSAULT", "firearms", ("PAK",), None),
    ("Protesters pelted the French embassy in Niamey with stones.", "PROTEST", "riot", None, None),
    ("ECOWAS kicked Niger out of the bloc after the coup.", "SANCTION", "expel", ("IGO",), ("NER",)),
    ("The IMF bailed out Egypt with an $8 billion loan.", "AID", None, ("IGO",), ("EGY",)),
    ("Iran paraded new hypersonic missiles in Tehran on Sunday.", "MOBILIZE", "weapons", ("IRN",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", MODE_VERBS)
def test_mode_verb_is_coded(coder, text, etype, mode, actor, recipient):
    _coded(coder, text, etype, mode, actor, recipient)


# Requests from other areas (round 4): orders, closures, incursions, hedges
def test_a_court_ordering_a_state_to_act_is_a_request(coder):
    ev = _find(code(coder, "The International Court of Justice ordered Myanmar to prevent acts of genocide against "
                           "the Rohingya."), "REQUEST")
    assert _codes(ev.recipient) == ("MMR",)


def test_closing_another_states_consulate_is_a_sanction(coder):
    ev = _find(code(coder, "Romania ordered the closure of Russia's consulate in Constanta on Monday."), "SANCTION")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (("ROU",), ("RUS",))


@pytest.mark.parametrize("text", [
    "Lithuania said Belarusian military helicopters had entered its airspace on Tuesday.",
    "Estonia accused Russia of violating its airspace with three fighter jets.",
    "Romania accused Russia of flying drones over its territory near the Danube.",
])
def test_airspace_intrusions_are_mobilize(coder, text):
    _find(code(coder, text), "MOBILIZE")


@pytest.mark.parametrize("text,etype", [
    ("Serbia's president said, without providing evidence, that Kosovo police had attacked Serbs.", "COOPERATE"),
    ("The Organization of American States approved a resolution urging Nicaragua to free political prisoners.",
     "SUPPORT"),
])
def test_hedges_and_own_resolutions_are_no_event(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


@pytest.mark.parametrize("text,etype,actor", [
    ("Azerbaijan said it would take decisive military action against Armenian positions if provoked.", "THREATEN",
     ("AZE",)),
    ("Turkey took military action against Kurdish militants in northern Iraq on Sunday.", "ASSAULT", ("TUR",)),
    ("Sudan's paramilitary forces took control of the town of Babanusa on Monday.", "ASSAULT", ("SDN",)),
    ("Vietnam and the Philippines inked a defence pact on Friday.", "COOPERATE", ("PHL", "VNM")),
])
def test_taking_military_action_or_control_and_inking_a_defence_pact(coder, text, etype, actor):
    assert _codes(_find(code(coder, text), etype).actor) == actor


def test_agreeing_to_set_up_a_hotline_to_avoid_clashes_is_an_agreement_not_an_attack(coder):
    events = code(coder, "Thailand and Cambodia agreed on Tuesday to set up a military hotline to avoid clashes along "
                         "their border, the Malaysian foreign ministry said.")
    assert [e.event for e in events] == ["AGREE"]
    assert _codes(events[0].actor) == ("KHM", "THA")


@pytest.mark.parametrize("text,etype,actor", [
    ("Peruvian miners did not join the national strike on Wednesday.", "PROTEST", ("PER",)),
    ("Canada joined the sanctions on Russian aluminium exports.", "SANCTION", ("CAN",)),
    ("Azerbaijan began sending natural gas to Syria through Turkey on Saturday.", "AID", ("AZE",)),
])
def test_joining_an_event_and_sending_energy(coder, text, etype, actor):
    assert _codes(_find(code(coder, text), etype).actor) == actor


@pytest.mark.parametrize("text,etype,mode", [
    ("Hezbollah's leader vowed that the killing would not go unpunished.", "THREATEN", None),
    ("Finland accused Russia of using a tanker to damage an undersea power cable.", "ASSAULT", "destroy"),
    ("Kazakhstan and China signed an agreement on Monday to build a second oil pipeline.", "COOPERATE", None),
    ("Niger's junta suspended the BBC for three months on Thursday.", "COERCE", "censor"),
])
def test_stories_round4_phrasings(coder, text, etype, mode):
    ev = _find(code(coder, text), etype)
    if mode is not None:
        assert ev.mode == mode


@pytest.mark.parametrize("text,etype", [
    ("Washington condemned the use of force against Georgians exercising their right to protest.", "MOBILIZE"),
    ("The ministry said the envoy had endorsed the report on the election.", "SUPPORT"),
])
def test_exercising_a_right_and_endorsing_a_report_are_no_events(coder, text, etype):
    assert not [e for e in code(coder, text) if e.event == etype]


@pytest.mark.parametrize("text,etype", [
    ("The Arab League readmitted Syria on Sunday after a 12-year suspension.", "SUPPORT"),
    ("Myanmar's military dissolved the National League for Democracy on Tuesday.", "COERCE"),
    ("Bangladeshi students staged a sit-in outside the interim government's offices in Dhaka, demanding a ban "
     "on the Awami League.", "PROTEST"),
])
def test_a_political_league_is_no_sports_report(coder, text, etype):
    _find(code(coder, text), etype)


def test_a_football_league_report_still_gives_no_event(coder):
    assert code(coder, "Arsenal beat Chelsea in the Premier League on Sunday, ending their rivals' unbeaten season.") == []


def test_marathon_talks_are_no_sports_report(coder):
    _find(code(coder, "EU leaders agreed on a new loan for Ukraine after marathon talks in Brussels on Friday."), "AGREE")
    assert code(coder, "Kenya's Eliud Kipchoge won the Berlin marathon on Sunday, beating his own world record.") == []


def test_fighting_back_tears_is_no_fight(coder):
    assert code(coder, "The Kenyan marathon star fought back tears after crossing the finish line.") == []


@pytest.mark.parametrize("text,etype,mode", [
    ("Kyiv assailed Budapest for blocking the EU's aid package.", "ACCUSE", "disapprove"),
    ("Lithuania reprimanded Belarus's charge d'affaires over the balloon incursions.", "ACCUSE", "disapprove"),
    ("Syrian government helicopters strafed rebel positions near Hama.", "ASSAULT", "aerial"),
    ("Mali's junta expropriated the Canadian miner's gold stocks.", "COERCE", "seize"),
    ("Belarusian authorities put the opposition leader under house arrest.", "COERCE", "arrest"),
    ("Kyrgyzstan outlawed the main opposition party on Monday.", "COERCE", "restrict"),
    ("Australia proscribed the Iranian Revolutionary Guard Corps as a terrorist organisation.", "SANCTION", None),
    ("Russia redeployed troops from Kherson to the Zaporizhzhia front.", "MOBILIZE", "troops"),
    ("Hungary closed its border to Ukrainian grain imports.", "SANCTION", "discontinue"),
])
def test_more_reporter_verbs(coder, text, etype, mode):
    ev = _find(code(coder, text), etype)
    if mode is not None:
        assert ev.mode == mode


def test_a_budget_request_is_no_request(coder):
    assert code(coder, "The Pentagon's budget request for fiscal 2026 totals roughly $850 billion, according to "
                       "documents released by the department.") == []


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Burkina Faso's junta ordered France to withdraw its special forces from the country.", "SANCTION", ("BFA",),
     ("FRA",)),
    ("Mali ordered the UN mission to leave the country by the end of the year.", "SANCTION", ("MLI",), ("UNO",)),
    ("Putin ordered the army to withdraw from the west bank of the Dnipro.", "RETREAT", ("RUS",), ()),
])
def test_ordering_a_withdrawal(coder, text, etype, actor, recipient):
    ev = _find(code(coder, text), etype)
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


@pytest.mark.parametrize("text,etypes", [
    ("Brazil backed the resolution calling for an immediate ceasefire in Gaza.", ["SUPPORT"]),
    ("Poland and Ukraine signed a memorandum pledging closer defence cooperation.", ["SUPPORT"]),
])
def test_what_a_backed_or_signed_text_says_is_no_second_event(coder, text, etypes):
    assert [e.event for e in code(coder, text)] == etypes


def test_exchanging_views_is_a_consultation(coder):
    ev = _find(code(coder, "The foreign ministers of Egypt and Turkey exchanged views on Gaza in a call on Monday."),
               "CONSULT")
    assert _codes(ev.actor) == ("EGY", "TUR")


def test_putting_a_state_on_notice_is_a_threat(coder):
    ev = _find(code(coder, "Israel put Hezbollah on notice that any attack would be met with force."), "THREATEN")
    assert _codes(ev.actor) == ("ISR",)


@pytest.mark.parametrize("text,actor,recipient", [
    ("Canada suspended visa services for Indian citizens on Thursday.", ("CAN",), ("IND",)),
    ("The European Union reimposed sanctions on Iran's shipping sector.", ("EUR",), ("IRN",)),
    ("Germany stripped Russia of its observer status at the Baltic council.", ("DEU",), ("RUS",)),
    ("Malaysia barred Israeli ships from docking at its ports.", ("MYS",), ("ISR",)),
])
def test_sanction_phrasings(coder, text, actor, recipient):
    ev = _find(code(coder, text), "SANCTION")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Qatar footed the bill for Lebanon's army salaries on Monday.", "AID", ("QAT",), ("LBN",)),
    ("The United Arab Emirates topped up its deposit at Pakistan's central bank.", "AID", ("ARE",), ("PAK",)),
    ("Armenia handed back four border villages to Azerbaijan on Wednesday.", "RETREAT", ("ARM",), ("AZE",)),
    ("Thousands of Serbians poured into the streets of Belgrade on Saturday.", "PROTEST", ("SRB",), None),
])
def test_everyday_reporting_phrases(coder, text, etype, actor, recipient):
    _coded(coder, text, etype, None, actor, recipient)


def test_the_topic_of_shared_intelligence_is_no_event(coder):
    events = code(coder, "Seoul and Tokyo swapped intelligence on North Korean missile launches.")
    assert [e.event for e in events] == ["COOPERATE"]


@pytest.mark.parametrize("text,actor", [
    ("The Kremlin poured cold water on a proposed Orthodox Easter truce.", ("RUS",)),
    ("Kyiv shot down a Russian proposal for a Christmas truce on Tuesday.", ("UKR",)),
])
def test_idioms_of_rejection(coder, text, actor):
    assert _codes(_find(code(coder, text), "REJECT").actor) == actor


def test_a_visiting_delegation_is_a_visit(coder):
    ev = _find(code(coder, "Mali's junta handed its demands to a visiting ECOWAS delegation in Bamako on Monday."),
               "CONSULT")
    assert ev.mode == "visit"


# Round-5 journalist phrasings: particles, idioms and verbs outside the textbook list.
# (text, event type, mode or None, actor codes, recipient codes or None when not checked)
ROUND5 = [
    ("Serbia and Kosovo came to terms on a deal to recognise each other's licence plates.", "AGREE", None,
     ("KOS", "SRB"), None),
    ("Israel signed on to a U.S. framework for a pause in the fighting on Tuesday.", "AGREE", None, ("ISR",), None),
    ("Chancellor Olaf Scholz rang Chinese President Xi Jinping on Thursday.", "CONSULT", "phone", ("CHN", "DEU"), ()),
    ("Egypt's intelligence chief shuttled between Israeli and Hamas officials in Cairo.", "CONSULT", "third-party",
     ("EGY",), None),
    ("Foreign ministers of Brazil, Chile and Peru converged on the Bolivian city of Sucre for talks.", "CONSULT",
     "multilateral", None, None),
    ("Qatar and Kuwait rallied behind a Saudi proposal to end the war in Sudan.", "SUPPORT", None, None, ("SAU",)),
    ("Indian Prime Minister Narendra Modi heaped praise on Japan's role in Asian security.", "SUPPORT", None,
     ("IND",), ("JPN",)),
    ("Slovakia's prime minister vouched for Serbia's bid to join the European Union.", "SUPPORT", None,
     ("SVK",), ("SRB",)),
    ("Britain stood by Ukraine's right to strike targets inside Russia.", "SUPPORT", None, ("GBR",), ("UKR",)),
    ("Washington put its planned tariffs on Mexican steel on hold.", "CONCEDE", None, ("USA",), None),
    ("Japan put fresh sanctions on Russian banks on Friday.", "SANCTION", None, ("JPN",), ("RUS",)),
    ("India and Japan kicked off joint army drills in Rajasthan on Monday.", "COOPERATE", None, ("IND", "JPN"), ()),
    ("Colombia sent two alleged drug traffickers to the United States on Friday.", "COOPERATE", None,
     ("COL",), ("USA",)),
    ("Malaysian police handed over a wanted Chinese businessman to authorities in Beijing.", "COOPERATE", None,
     ("MYS",), ("CHN",)),
    ("Turkey ferried tonnes of medical supplies to Lebanon on Sunday.", "AID", None, ("TUR",), ("LBN",)),
    ("Azerbaijan handed back two captured Armenian servicemen on Wednesday.", "RETREAT", "release", ("AZE",),
     ("ARM",)),
    ("France wound down its military presence in Senegal this year.", "RETREAT", "withdraw", ("FRA",), ("SEN",)),
    ("Venezuela sought a ruling from the International Court of Justice on its border with Guyana.", "REQUEST",
     None, ("VEN",), None),
    ("Haiti's government put out an appeal for more foreign troops.", "REQUEST", None, ("HTI",), None),
    ("Germany called out Beijing over the harassment of its navy ships.", "ACCUSE", "disapprove", ("DEU",),
     ("CHN",)),
    ("The U.N. rights office will look into killings of civilians in Burkina Faso.", "ACCUSE", "investigate",
     ("UNO",), ("BFA",)),
    ("Mali pointed the finger at Ukraine for a deadly ambush in the north.", "ACCUSE", "allege", ("MLI",), ("UKR",)),
    ("Belgrade took aim at Pristina over a ban on Serbian goods.", "ACCUSE", "disapprove", ("SRB",), ("KOS",)),
    ("Poland stonewalled a European Commission plan on migrant quotas.", "REJECT", None, ("POL",), None),
    ("Egypt balked at an Israeli demand to keep troops on the Gaza border.", "REJECT", None, ("EGY",), ("ISR",)),
    ("President Trump floated new tariffs on Canadian lumber on Monday.", "THREATEN", "restrict", ("USA",), ("CAN",)),
    ("Thousands of Serbians massed outside the state broadcaster in Belgrade.", "PROTEST", "demo", ("SRB",), None),
    ("Riot police fired tear gas at demonstrators in Nairobi.", "ASSAULT", "crowd-control", ("KEN",), None),
    ("Russia massed troops near the Finnish border.", "MOBILIZE", "troops", ("RUS",), None),
    ("Chinese warships encircled Taiwan on Monday.", "MOBILIZE", "troops", ("CHN",), None),
    ("Pakistani police fanned out across Lahore ahead of the rally.", "MOBILIZE", None, ("PAK",), None),
    ("Iran's government pulled the plug on mobile internet in Tehran.", "COERCE", "censor", ("IRN",), None),
    ("Israeli jets hammered Gaza City with air strikes on Sunday.", "ASSAULT", None, ("ISR",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", ROUND5)
def test_round5_journalist_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode=mode, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text", [
    "Tens of thousands of fans massed in Madrid to celebrate the club's league title.",
    "The central bank stepped up its gold purchases in March.",
    "The ministry said it was looking into the cause of the blackout.",
    "The regulator stood by its findings on Tuesday.",
    "Heavy snow hammered the Alps on Sunday.",
])
def test_round5_lookalikes_give_no_event(coder, text):
    assert code(coder, text) == []


def test_condition_clause_of_a_future_measure_is_no_event(coder):
    # the measures last until the other side acts: that act is a condition, not a report
    found = [e.event for e in code(coder, "Jordan said the ban would stay until Israel allowed aid into Gaza.")]
    assert "RETREAT" not in found
    found = [e.event for e in code(coder, "Beijing could halt exports unless Tokyo backed down.")]
    assert "CONCEDE" not in found


def test_order_content_is_not_an_event(coder):
    found = [e.event for e in code(coder, "Ukraine asked the court for an order for Russia to halt its attacks.")]
    assert "RETREAT" not in found and "REQUEST" in found


# Round-5 wrong-type repairs and requests from the other areas (own sentences).
ROUND5_TYPES = [
    ("FARC dissidents destroyed their weapons at a ceremony in Tolima on Friday.", "RETREAT", "disarm",
     ("COL",), None),
    ("Burundi has been sending soldiers into Congo to support the army against the rebels.", "AID", None,
     ("BDI",), None),
    ("A mob attacked the Turkish embassy in Stockholm on Saturday.", "PROTEST", "riot", ("SWE",), ("TUR",)),
    ("Rioters ransacked the headquarters of the ruling party in Kathmandu.", "PROTEST", "riot", ("NPL",), None),
    ("Canada raised its tariffs on Chinese electric vehicles to 100%.", "SANCTION", None, ("CAN",), ("CHN",)),
    ("Mali's junta ordered French troops out of the country.", "SANCTION", "expel", ("MLI",), ("FRA",)),
    ("Niger's army has held President Mohamed Bazoum at his residence since July.", "COERCE", "arrest",
     ("NER",), None),
    ("Syrian helicopters dropped barrel bombs on a market in Idlib.", "ASSAULT", "aerial", ("SYR",), None),
    ("Jordanian planes dropped food over northern Gaza on Monday.", "AID", None, ("JOR",), ("PSE",)),
    ("Georgia accepted Russia's demand on border markers.", "CONCEDE", None, ("GEO",), ("RUS",)),
    ("Niger turned away a delegation from ECOWAS on Tuesday.", "REJECT", "meet", ("NER",), ("IGO",)),
    ("A Russian missile damaged the Moldovan embassy in Kyiv.", "ASSAULT", None, ("RUS",), ("MDA",)),
    ("Israel kept up its strikes on southern Lebanon on Friday.", "ASSAULT", None, ("ISR",), ("LBN",)),
    ("Slovakia blocked Ukraine's application to join NATO.", "REJECT", None, ("SVK",), ("UKR",)),
    ("The Philippines left the International Criminal Court in 2019.", "SANCTION", "withdraw", ("PHL",),
     ("IGO",)),
    ("Italy withdrew from China's Belt and Road Initiative in December.", "SANCTION", "withdraw", ("ITA",), None),
    ("Ukrainian forces retook the village of Robotyne in August.", "ASSAULT", None, ("UKR",), None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", ROUND5_TYPES)
def test_round5_type_repair_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode=mode, actor=actor, recipient=recipient)


@pytest.mark.parametrize("text,wrong", [
    ("Rebels torched an army truck and burned its tyres near Goma.", "RETREAT"),
    ("Serbia's parliament passed the budget on Friday, a step the European Union welcomed.", "CONSULT"),
    ("Kenya's foreign ministry rejected criticism from opposition groups.", "REJECT"),
    ("The Alliance of Sahel States, as the juntas call their confederation, will print passports.", "CONSULT"),
])
def test_round5_wrong_reading_is_not_coded(coder, text, wrong):
    assert wrong not in [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text,etype,actor", [
    ("Armenia and Azerbaijan agreed to stop fighting along the border.", "AGREE", ("ARM", "AZE")),
    ("Greenpeace activists sprayed paint on the Eiffel Tower, Paris police said.", "PROTEST", None),
    ("Russian troops pushed deeper into the Donetsk region on Sunday.", "ASSAULT", ("RUS",)),
    ("Israeli tanks advanced on Khan Younis.", "ASSAULT", ("ISR",)),
    ("Thai and Cambodian commanders spoke by hotline on Friday.", "CONSULT", ("KHM", "THA")),
    ("Peru sent a former guerrilla commander to the United States to face charges.", "COOPERATE", ("PER",)),
])
def test_round5_earlier_blind_gap_is_coded(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)


def test_an_agreed_halt_is_no_attack(coder):
    assert "ASSAULT" not in [e.event for e in code(coder, "Armenia and Azerbaijan agreed to stop fighting.")]


def test_meeting_at_a_residence_near_the_hosts_capital_is_a_visit(coder):
    assert_coded(coder, "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba at a villa "
                        "near Tokyo.", "CONSULT", mode="visit", actor=("IND",), recipient=("JPN",))


def test_a_golf_resort_does_not_cancel_a_summit(coder):
    assert_coded(coder, "French President Emmanuel Macron and Indian Prime Minister Narendra Modi met at a golf "
                        "resort on Tuesday.", "CONSULT", actor=("FRA", "IND"))


def test_an_airline_resuming_flights_to_a_capital_is_no_state_cooperation(coder):
    assert "COOPERATE" not in [e.event for e in code(coder, "Turkish Airlines resumed flights to Kabul.")]


@pytest.mark.parametrize("text", [
    "Brazil's president holds a press conference every Thursday at the Planalto Palace in Brasilia.",
    "Kenya's foreign minister held talks at the National Assembly with visiting lawmakers from his own party.",
])
def test_holding_a_conference_or_talks_at_a_palace_is_no_detention(coder, text):
    assert not [e for e in code(coder, text) if e.event == "COERCE"]


def test_holding_a_leader_at_a_palace_is_a_detention(coder):
    events = code(coder, "Gabon's military rulers have held ousted President Ali Bongo at his residence in Libreville since August.")
    assert [e for e in events if e.event == "COERCE" and e.mode == "arrest"]


@pytest.mark.parametrize("text", [
    "Candidates from both parties held their closing rallies in Santiago on Friday ahead of Sunday's election.",
    "The former president drew thousands to a campaign rally in Porto Alegre on Saturday.",
])
def test_campaign_rallies_are_no_protest(coder, text):
    assert not [e for e in code(coder, text) if e.event == "PROTEST"]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", [
    ("Burkina Faso's military government expelled French special forces from the country in 2023.",
     "SANCTION", "expel", ("BFA",), ("FRA",)),
    ("Chad ordered the expulsion of French soldiers stationed in N'Djamena.", "SANCTION", "expel", ("TCD",), ("FRA",)),
    ("Pyongyang warned that Tokyo would pay dearly for joining the naval drills.", "THREATEN", "violence", ("PRK",), ("JPN",)),
])
def test_expelling_foreign_troops_and_pay_dearly_warnings(coder, text, etype, mode, actor, recipient):
    _coded(coder, text, etype, mode, actor, recipient)


def test_forces_expelling_enemy_troops_from_a_village_is_no_sanction(coder):
    events = code(coder, "Ukrainian forces expelled Russian troops from the village of Staromaiorske on Sunday.")
    assert not [e for e in events if e.event == "SANCTION"]


def test_a_call_to_discuss_something_is_a_phone_call_between_both(coder):
    ev = _coded(coder, "Italian Prime Minister Giorgia Meloni called Indian Prime Minister Narendra Modi to discuss the "
                       "trade talks.", "CONSULT", "phone")
    assert set(entity_codes(ev.actor)) == {"ITA", "IND"}


def test_the_caller_does_what_a_phone_call_was_made_for(coder):
    events = code(coder, "Turkey's President Tayyip Erdogan called Japan's prime minister to offer condolences.")
    assert [e for e in events if e.event == "SUPPORT" and entity_codes(e.actor) == ("TUR",)]


def test_calling_a_trial_a_sham_is_no_phone_call(coder):
    events = code(coder, "The State Department called the trial of Evan Gershkovich a sham.")
    assert not [e for e in events if e.event == "CONSULT"]


def test_reopening_crossings_with_a_neighbour_takes_the_neighbour(coder):
    _coded(coder, "Kyrgyzstan reopened its border crossings with Tajikistan on Friday after a year of closure.",
           "RETREAT", "access", ("KGZ",), ("TJK",))


@pytest.mark.parametrize("text,recipient", [
    ("Pyongyang vowed to crush any South Korean provocation along the border.", ("KOR",)),
    ("Israel's defence minister vowed to destroy Hezbollah's remaining rocket arsenal.", ("LBN",)),
])
def test_vowing_to_crush_or_destroy_an_enemy_is_a_threat(coder, text, recipient):
    ev = _coded(coder, text, "THREATEN", "violence")
    assert entity_codes(ev.recipient) == recipient


def test_vowing_to_fight_corruption_is_no_threat(coder):
    assert not [e for e in code(coder, "Kenya's president vowed to fight corruption in the police.")
                if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The surprise rate hike sent the dollar soaring against the peso.",
    "The profit warning sent Siemens shares sliding on Thursday.",
])
def test_sending_a_market_up_or_down_is_no_transfer(coder, text):
    assert code(coder, text) == []


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # (verdict words of disapproval: verbs.json class "disapproval")
    ("India scrapped a visa waiver for Canadian citizens, a decision Ottawa described as disproportionate.",
     ("CAN",), ("IND",)),
    ("Iran's foreign minister called Germany's decision a grave blunder on Tuesday.", ("IRN",), ("DEU",)),
    ("Beijing described Manila's new maritime zones law as a flagrant violation of its sovereignty and inflammatory.",
     ("CHN",), ("PHL",)),
])
def test_verdict_words_of_disapproval_are_accusations(coder, text, actor, recipient):
    assert any(e.event == "ACCUSE" and _codes(e.actor) == actor and _codes(e.recipient) == recipient
               for e in code(coder, text))
