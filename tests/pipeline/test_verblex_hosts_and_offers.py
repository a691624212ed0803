"""Verb phrasings a wire reporter uses that the coder missed or typed wrongly, checked as
classes with sentences of our own: host verbs with an untitled guest ('received Putin', 'played host to'),
support offered as a noun ('offered its full backing'), an option not ruled out (THREATEN), troops sent to fight
alongside a party (AID), aims that are no act ('look to deepen ties'), leaving a treaty or talks, crowd-control
means 'used', signing off on a treaty; headline lists of subjects ('X, Y to sign', 'X, Y, Z walk away'); and
near-misses that must stay quiet (economic subjects, 'signed off on a plan')."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes, find_event

# (text, type, actor codes, recipient codes or None to leave unchecked)
CODED = [
    ("Vietnam's President Luong Cuong welcomed Putin to Hanoi on Thursday.", "CONSULT", ("RUS",), ("VNM",)),
    ("Kazakhstan played host to Chinese Premier Li Qiang in Astana on Monday.", "CONSULT", ("CHN",), ("KAZ",)),
    ("Brazil's foreign ministry said Lula received Prime Minister Narendra Modi in Brasilia.", "CONSULT",
     ("IND",), ("BRA",)),
    ("Canada offered its full backing to Panama in the canal dispute on Friday.", "SUPPORT", ("CAN",), ("PAN",)),
    ("Japan extended its support to the Philippines after the collision, the foreign ministry said.", "SUPPORT",
     ("JPN",), ("PHL",)),
    ("Israel has not ruled out new strikes on Houthi ports in Yemen, a military official said.", "THREATEN",
     ("ISR",), None),
    ("Azerbaijan did not rule out military action against Armenia, its defence minister said.", "THREATEN",
     ("AZE",), None),
    ("Venezuela refused to rule out sanctions on Guyanese oil firms.", "THREATEN", ("VEN",), None),
    ("Burundi sent soldiers into eastern Congo in 2024 to fight alongside Congolese troops against M23 rebels.",
     "AID", ("BDI",), ("COD",)),
    ("Kyrgyzstan and Uzbekistan signed off on a border treaty in Tashkent, officials said.", "SUPPORT",
     ("KGZ", "UZB"), ()),
    ("Serbian riot police used pepper spray on students outside parliament in Belgrade.", "ASSAULT", ("SRB",), None),
    ("Japan, Philippines to sign reciprocal troop pact", "AGREE", ("JPN", "PHL"), ()),
    ("Kenya, Uganda, Tanzania to hold joint border patrols", "AGREE", ("KEN", "TZA", "UGA"), ()),
    ("Brazil, Argentina, Uruguay sign Mercosur trade pact", "SUPPORT", ("ARG", "BRA", "URY"), ()),
    ("Israel refused to rule out a strike on Iranian nuclear sites, the defence minister said.", "THREATEN",
     ("ISR",), None),
    ("Armenia sought the ICJ's backing in its case against Azerbaijan.", "REQUEST", ("ARM",), None),
    # crowd control by its means; hauling protesters away; a vessel driven off; troops crossing into a town
    ("Peruvian police dispersed the marchers with tear gas in Lima on Thursday.", "ASSAULT", ("PER",), None),
    ("Mounted Pakistani police charged the crowd with batons outside the press club in Karachi.", "ASSAULT",
     ("PAK",), None),
    ("Protesters blocked a highway near La Paz until Bolivian police dragged them away.", "COERCE", ("BOL",), None),
    ("The Vietnamese coast guard drove away a Chinese survey ship near the Paracels.", "COERCE", ("VNM",), ("CHN",)),
    ("Russian troops crossed into the Ukrainian village of Dvorichna, Kyiv said.", "MOBILIZE", ("RUS",), ("UKR",)),
    ("Ukrainian naval drones struck a Russian-chartered oil tanker off Novorossiysk.", "ASSAULT", ("UKR",), None),
    ("Japan pledged its backing for the Philippines in the maritime dispute.", "SUPPORT", ("JPN",), ("PHL",)),
    ("Germany offered military support to Lithuania on Friday.", "AGREE", ("DEU",), ("LTU",)),  # an offer of aid
    ("Uganda's police held opposition leader Kizza Besigye in Kampala on Tuesday.", "COERCE", ("UGA",), None),
    ("Ghana scraps tax hikes on fuel after protests", "CONCEDE", ("GHA",), None),
    # a headline's second verb after a repaired first one
    ("Lithuania expels Belarusian diplomat, summons envoy over balloons", "ACCUSE", ("LTU",), None),
    ("China warned it would take resolute measures against any Philippine attempt to land on the shoal.",
     "THREATEN", ("CHN",), None),
    ("Cuba assisted Venezuela with doctors and teachers, Havana said.", "AID", ("CUB",), ("VEN",)),
    # an agreed halt to attacks is an agreement that was made (no negation from "stop")
    ("Hamas agreed to stop firing rockets at Israel, Egyptian mediators said.", "AGREE", ("PSE",), ("ISR",)),
    ("Norway equipped Ukraine with NASAMS air defence systems, its defence ministry said.", "AID", ("NOR",), ("UKR",)),
    # phone calls spoken "on the phone" or received
    ("Starmer and Carney spoke on the phone on Friday about trade.", "CONSULT", ("CAN", "GBR"), ()),
    ("Erdogan received a phone call from Putin on Tuesday, his office said.", "CONSULT", ("RUS", "TUR"), ()),
    # headline light verb read as its noun's subject; 'did not exclude' an attack
    ("Iran stages naval drills near Strait of Hormuz", "MOBILIZE", ("IRN",), None),
    ("Greece holds talks with Turkey in Athens", "CONSULT", ("TUR",), ("GRC",)),  # a visit to the host
    ("Serbia does not exclude military action in Kosovo, Vucic said.", "THREATEN", ("SRB",), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", CODED)
def test_host_and_offer_phrasing_is_coded(coder, text, etype, actor, recipient):
    ev = find_event(code(coder, text, date="2025-06-01"), etype)
    if etype == "AGREE" and "agreed to stop" in text:
        assert ev.aux_mode is None
    assert entity_codes(ev.actor) == tuple(sorted(actor))
    if recipient is not None:
        assert entity_codes(ev.recipient) == tuple(sorted(recipient))


@pytest.mark.parametrize("text,absent", [
    # an aim is no act: no cooperation event, only the visit
    ("Japan and India look to deepen trade ties as Prime Minister Ishiba arrives in New Delhi.", "COOPERATE"),
    ("Chile and Argentina hope to expand lithium cooperation, officials said.", "COOPERATE"),
    # keeping talks open is no threat, ruling out strikes is no threat
    ("The Kremlin has not ruled out talks with Zelenskiy, a spokesman said.", "THREATEN"),
    ("Pakistan ruled out military strikes on Afghanistan.", "THREATEN"),
    # a plan signed off is agreed, not a signed treaty
    ("Norway and Iceland signed off on a plan to share fishing quotas.", "SUPPORT"),
    # troops sent to fight a party, into its territory, are a mobilisation
    ("Turkey sent troops into northern Syria to fight Kurdish militants.", "AID"),
    ("Ugandan police held a press conference on the election in Kampala.", "COERCE"),
    # a host of weapons is no meeting; court charges are no baton charge
    ("Belarus, which hosts Russian tactical nuclear weapons, held elections on Sunday.", "CONSULT"),
    ("Kenyan prosecutors charged the protesters with arson on Monday.", "ASSAULT"),
    ("Ukrainian naval drones struck a Russian-chartered oil tanker off Novorossiysk.", "AGREE"),
])
def test_host_and_offer_near_miss_is_not_coded_as(coder, text, absent):
    assert absent not in {e.event for e in code(coder, text, date="2025-06-01")}


@pytest.mark.parametrize("text", [
    "The World Bank warned that inflation would hit Egypt's poorest households hardest.",
    "Lower interest rates helped the economy grow last year.",
    "Turnout in Romania's presidential run-off hit a record as voters rallied to block the nationalist candidate.",
    "Chinese competition has killed off dozens of Indonesian textile mills, the union said.",
    "Higher fuel prices have hammered airlines in South Africa, the industry body said.",
    "A dispute over seats left Kenya's parliament paralysed on Tuesday.",
    "The new levies hit German exporters hardest, the Ifo institute said on Monday.",
])
def test_economic_subjects_do_no_violence(coder, text):
    assert code(coder, text, date="2025-06-01") == []
