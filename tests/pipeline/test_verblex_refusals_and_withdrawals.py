"""Open-ended phrasings of the weak types checked as classes with sentences of our own. Refusals
worded without a refusing verb ('voted down', 'threw out', 'would never accept', 'vowed to resist'), withdrawals
and disarmament ('demobilised', 'dismantled checkpoints', fighters leaving a country), concessions ('gave up its
demand', 'reinstated visa-free travel', 'waived visa requirements'), accusations ('held X responsible', 'called X
a fascist'), threats ('refused to rule out taking X by force', 'ready to repel any provocation', 'would face a
crushing blow', a deployment held out under another party's condition), and near-misses that must stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (text, type, mode or None to leave unchecked, actor codes, recipient codes or None to leave unchecked)
CODED = [
    # refusals
    ("Lawmakers in Bulgaria voted down a Russian proposal to extend the gas transit deal.", "REJECT", None, ("BGR",),
     ("RUS",)),
    ("Chile's senate voted down the government's plan to sell the state copper firm.", "REJECT", None, ("CHL",), None),
    ("Ghana threw out a Chinese proposal to build a new port in Takoradi.", "REJECT", None, ("GHA",), ("CHN",)),
    ("Argentina said it would never accept British sovereignty over the Falklands.", "REJECT", None, ("ARG",), None),
    ("Armenia will not recognise the annexation, Prime Minister Nikol Pashinyan said.", "REJECT", None, ("ARM",),
     None),
    ("Taiwan will never cede its sovereignty to Beijing, the president said.", "REJECT", "yield", ("TWN",), ("CHN",)),
    ("Hungary vowed to resist the EU's asylum quotas.", "REJECT", None, ("HUN",), ("EUR",)),
    ("Ecuador declared the Venezuelan ambassador persona non grata on Monday.", "SANCTION", "expel", ("ECU",),
     ("VEN",)),
    ("Ankara scuttled Finland's bid to join the alliance.", "REJECT", None, ("TUR",), ("FIN",)),
    # withdrawals, disarmament
    ("Eritrea demobilised thousands of its soldiers on Friday.", "RETREAT", "disarm", ("ERI",), None),
    ("Armenian troops dismantled the checkpoints along the Azerbaijani border.", "RETREAT", "withdraw", ("ARM",), None),
    ("Russian mercenaries left Burkina Faso in convoys this week.", "RETREAT", "withdraw", ("RUS",), ("BFA",)),
    ("Ethiopian troops evacuated their bases in southern Somalia.", "RETREAT", "withdraw", ("ETH",), None),
    ("Georgia returned the detained Russian soldiers to Moscow.", "RETREAT", "release", ("GEO",), ("RUS",)),
    # concessions
    ("Baku gave up its demand for the closure of the corridor.", "CONCEDE", None, ("AZE",), None),
    ("Vietnam reinstated visa-free entry for German tourists.", "CONCEDE", None, ("VNM",), ("DEU",)),
    ("Thailand waived visa requirements for Indian travellers.", "CONCEDE", None, ("THA",), ("IND",)),
    # aid
    ("South Korea committed $100 million to Ukraine's reconstruction.", "AID", None, ("KOR",), ("UKR",)),
    # accusations
    ("Kenya held Uganda responsible for the border clashes.", "ACCUSE", "allege", ("KEN",), ("UGA",)),
    ("Maduro called the Colombian president a fascist.", "ACCUSE", "disapprove", ("VEN",), ("COL",)),
    # protest
    ("Chile's unions called a general strike against the pension reform.", "PROTEST", "strike", ("CHL",), None),
    # mobilisation
    ("Greece boosted its military presence on the Turkish border.", "MOBILIZE", None, ("GRC",), None),
    # threats
    ("China refused to rule out taking Taiwan by force.", "THREATEN", "violence", ("CHN",), None),
    ("Guyana said its army was ready to repel any Venezuelan incursion.", "THREATEN", "violence", ("GUY",), ("VEN",)),
    ("Israel said Hezbollah would face a crushing blow if it opened a new front.", "THREATEN", None, ("ISR",),
     ("LBN",)),
    ("Erdogan said Turkey would send troops into Iraq if Kurdish militants attacked its border posts.", "THREATEN",
     "violence", ("TUR",), ("IRQ",)),
    # requests from other engineers
    ("Indonesia's navy boarded a Vietnamese trawler off the Natuna Islands.", "COERCE", "seize", ("IDN",), ("VNM",)),
    ("Ghana's Mahama heads to Abuja for talks with Tinubu", "CONSULT", "visit", ("GHA",), ("NGA",)),
    ("Peru walks back threat of tariffs on Chilean fruit", "CONCEDE", None, ("PER",), ("CHL",)),
    ("The Ethiopian army called off its offensive in Amhara on Sunday.", "RETREAT", "ceasefire", ("ETH",), None),
    ("Senegal called the French decision deplorable.", "ACCUSE", "disapprove", ("SEN",), None),
    ("Chinese warships circled Taiwan for a third day.", "MOBILIZE", None, ("CHN",), None),
    # a proposal dismissed is refused; a rebuke idiom
    ("Tokyo dismissed Seoul's proposal as unrealistic.", "REJECT", None, ("JPN",), ("KOR",)),
    ("Brazil took Argentina to task over its trade barriers.", "ACCUSE", "disapprove", ("BRA",), ("ARG",)),
    # penalties: a foreign mission shut, a treaty suspended, funding pulled; a promise to a party
    ("Estonia shuttered the Russian consulate in Narva.", "SANCTION", "discontinue", ("EST",), ("RUS",)),
    ("Ethiopia suspended its border treaty with Sudan.", "SANCTION", "discontinue", ("ETH",), ("SDN",)),
    ("Sweden pulled funding from Zimbabwe's health ministry.", "SANCTION", "discontinue", ("SWE",), ("ZWE",)),
    ("Macron assured Zelenskiy that France would keep up its support.", "AGREE", None, ("FRA",), ("UKR",)),
    # requests from other engineers (second batch)
    ("Hemedti ordered his fighters to pull back from the outskirts of Kadugli.", "RETREAT", "withdraw", ("SDN",),
     None),
    ("Ethiopia vowed to repel any attempt by Eritrea to seize the port.", "THREATEN", "violence", ("ETH",),
     ("ERI",)),
    ("Honduras said it would not accept deportation flights from the United States.", "REJECT", None, ("HND",),
     ("USA",)),
    ("Burkina Faso will not accept Ivorian mediation.", "REJECT", None, ("BFA",), ("CIV",)),
    # a foreign-agent label is a restriction (the designation row of plover-decisions)
    ("Russia labelled the independent outlet TV Rain a foreign agent.", "COERCE", "restrict", ("RUS",), None),
    ("Pyongyang vowed to turn Seoul into a sea of fire.", "THREATEN", "violence", ("PRK",), ("KOR",)),
    ("Niger applied to join the BRICS group on Monday.", "REQUEST", None, ("NER",), None),
    # meetings stayed away from, approval withheld, objections to a bid, a deaf ear
    ("South Africa's president skipped the G20 summit in Washington.", "REJECT", "meet", ("ZAF",), None),
    ("Slovakia withheld its approval of the EU's new sanctions package.", "REJECT", None, ("SVK",), ("EUR",)),
    ("Greece objected to Turkey's bid to join the defence fund.", "REJECT", None, ("GRC",), ("TUR",)),
    ("Nicaragua turned a deaf ear to Costa Rica's appeals.", "REJECT", None, ("NIC",), None),
    ("Russia stayed away from the peace conference in Switzerland.", "REJECT", "meet", ("RUS",), None),
    ("Niger restored French radio broadcasts on Monday.", "CONCEDE", None, ("NER",), ("FRA",)),
    ("Somalia told Ethiopia to withdraw its soldiers from Baidoa.", "REQUEST", "yield", ("SOM",), ("ETH",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CODED)
def test_refusal_or_withdrawal_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient, date="2025-06-01")


# (text, a type that must not appear)
QUIET = [
    ("Israel will not withdraw its troops from the buffer zone, the defence minister said.", "REJECT"),
    ("South Korea has never recognised the Taliban government.", "REJECT"),
    ("If Kyiv does not accept the deal, the war will continue, the Kremlin said.", "REJECT"),
    ("Ukrainian troops repelled a Russian assault near Kupiansk on Monday.", "THREATEN"),
    ("Japan could deploy troops to the region if the typhoon hits, officials said.", "THREATEN"),
    ("The company boosted its presence in Asian markets.", "MOBILIZE"),
    ("The coach called his players heroes after the match.", "ACCUSE"),
    ("Investors gave up hope of a rate cut.", "CONCEDE"),
    ("The museum committed $2 million to a new wing.", "AID"),
    ("Thousands of residents evacuated the town before the storm.", "RETREAT"),
    ("The army returned fire after coming under attack.", "RETREAT"),
    ("The minister left Paris for Berlin on Tuesday.", "RETREAT"),
    ("Egypt's central bank plans to relax currency controls next year.", "CONCEDE"),
    ("The veto took effect on Friday, leaving the bloc without new measures against Iran.", "SANCTION"),
    ("Turkey freed a detained Swedish journalist on Friday.", "COERCE"),
    ("Slovakia's prime minister brushed aside criticism from EU partners of his trip to Moscow.", "REJECT"),
    ("Moscow defended Pyongyang at the Security Council, calling the sanctions counterproductive.", "ACCUSE"),
    ("Dowden told parliament that a Chinese group had hacked the accounts of British lawmakers.", "REQUEST"),
    ("The company pulled funding from the stadium project.", "SANCTION"),
    ("Kenya's finance minister assured investors that inflation would fall.", "AGREE"),
    ("Manila called the drills a rehearsal for an invasion of the Philippines.", "REQUEST"),
    ("Hungary blocked the EU statement, saying it would not endorse any text that criticised Israel.", "SUPPORT"),
    ("The city turned its old cement factory into a museum.", "ASSAULT"),
    ("Students skipped classes to join the rally in Nairobi.", "REJECT"),
    ("The lawyer objected to the question.", "REJECT"),
    ("Wang told Blinken that Washington had crossed a red line over Taiwan.", "REQUEST"),
]


@pytest.mark.parametrize("text,etype", QUIET)
def test_refusal_or_withdrawal_near_miss_is_not_coded(coder, text, etype):
    assert not [e for e in code(coder, text, date="2025-06-01") if e.event == etype]


def test_a_refusal_by_negated_acceptance_is_not_itself_negated(coder):
    """'would never accept' is the REJECT: its 'never' is the refusal, not a negation of it."""
    events = [e for e in code(coder, "Guyana said it would never accept Venezuela's claim to the Essequibo.",
                              date="2025-06-01") if e.event == "REJECT"]
    assert events and events[0].aux_mode is None


def test_an_infinitive_to_is_no_to_phrase_of_a_trip(coder):
    events = coder.code("Canada and Mexico raced to head off duties of 25 percent on their exports.", date="2025-02-03")
    assert not [e for e in events if e.event == "CONSULT"]


def test_agreeing_to_accept_deportation_flights_is_an_agreement(coder):
    events = coder.code("Honduras agreed on Tuesday to accept deportation flights from the United States.",
                        date="2025-02-11")
    assert [(e.event, tuple(sorted({r.code for r in e.recipient if r.code}))) for e in events] == [("AGREE", ("USA",))]
