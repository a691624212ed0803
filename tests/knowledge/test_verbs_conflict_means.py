"""Conflict-type lexicon families of means and frames (verbs.json): weapons turned or sprayed on people, signals
and transmitters switched off, orders that halt a broadcaster, supply lines cut by armed forces, fighters flown in,
armed groups moving into a town, summonses defied or failed. Each family is tested on wordings other than the one
it was built from, and the same words in non-event senses."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"

EXPRESSIONS = [
    # ASSAULT: a weapon turned / sprayed on people or boats
    ("ASSAULT", "Bolivian riot police turned water cannon and tear gas on thousands of coca growers marching toward "
                "La Paz on Thursday, rights groups said.", ("BOL",), ("BOL",)),
    ("ASSAULT", "Venezuelan police turned their rifles on residents who had gathered outside a polling station in "
                "Maracaibo, opposition politicians said.", ("VEN",), ("VEN",)),
    ("ASSAULT", "Chinese coast guard ships sprayed water cannon at a Vietnamese fishing boat near the Paracel "
                "Islands on Sunday, Hanoi said.", ("CHN",), ("VNM",)),
    # COERCE censor: a signal cut or switched off; broadcasters ordered or told to stop
    ("COERCE", "Iranian authorities cut the satellite feed of an opposition channel broadcasting from London "
               "during the election, the broadcaster said.", ("IRN",), ()),
    ("COERCE", "Kenya's media regulator ordered three private television stations to halt live broadcasts of the "
               "protests in Nairobi on Wednesday.", ("KEN",), ("KEN",)),
    ("COERCE", "Nicaragua's telecommunications regulator told cable operators to drop the signal of two "
               "independent news channels, press groups said.", ("NIC",), ("NIC",)),
    # ASSAULT: supply lines or roads cut by armed forces (not a trade sanction)
    ("ASSAULT", "Sudan's army said its troops had cut the Rapid Support Forces' supply lines to El Fasher on "
                "Sunday.", ("SDN",), ()),
    ("ASSAULT", "Houthi fighters severed the supply lines of government troops near Marib, a military source "
                "said.", ("YEM",), ()),
    # MOBILIZE: fighters flown in; warships operating near a coast; troops moving into an area
    ("MOBILIZE", "Belarus flew hundreds of Wagner fighters to its border with Poland last month, Polish officials "
                 "said.", ("BLR",), ("POL",)),
    ("MOBILIZE", "Turkey has been airlifting Syrian mercenaries into Azerbaijan, Armenia's foreign ministry said.",
     ("TUR",), ("AZE",)),
    ("MOBILIZE", "Russian strategic bombers were operating off the coast of Alaska on Wednesday, the command "
                 "said.", ("RUS",), ()),
    # ASSAULT: an armed group moving into a town
    ("ASSAULT", "Al-Shabaab fighters moved into the town of Moqokori after Somali government troops pulled out "
                "overnight, residents said.", ("SOM",), ()),
    # REJECT: failing to appear, defying a summons
    ("REJECT", "Kenyan President William Ruto failed to appear before the International Criminal Court in The "
               "Hague.", ("KEN",), ()),
    ("REJECT", "Former Peruvian president Pedro Castillo defied a summons from prosecutors on Monday.", ("PER",), ()),
    # REJECT: an overture or olive branch refused
    ("REJECT", "The Pakistani government dismissed an overture from the Taliban administration in Kabul to restart "
               "border talks.", ("PAK",), ("AFG",)),
    ("REJECT", "Seoul rebuffed Pyongyang's latest overture on family reunions, calling it a propaganda stunt.",
     ("KOR",), ("PRK",)),
    # THREATEN: a response of one's own choosing
    ("THREATEN", "North Korea said it would respond in a manner of its own choosing to the trilateral naval exercise "
                 "off Jeju island.", ("PRK",), ()),
    ("THREATEN", "China's defence ministry said Beijing would respond in a way that served its own interests if Manila "
                 "allowed U.S. missile systems to remain on Luzon.", ("CHN",), ()),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPRESSIONS)])
def test_family_wording_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert any(t == etype and a == actor and (not recipient or r == recipient) for t, a, r in found), found


@pytest.mark.parametrize("text", [
    "Firefighters turned their hoses on a blaze at a warehouse in Rotterdam's port overnight.",
    "The singer declined to appear at the awards ceremony in Los Angeles, citing a family emergency.",
    "Heavy rains forced organisers to halt the marathon in Tokyo on Sunday.",
    "The airline's pilots cut the engine after a bird strike and glided back to the runway.",
    "The startup failed to comply with a filing deadline and its shares were suspended.",
    "The technician switched off the signal booster at the stadium after the match.",
    "Russia's gas exporter cut supplies to the Dutch trader after it refused to pay in roubles.",
    "The central bank governor said the lender would respond to the currency's slide in a way that served the "
    "economy's long-term stability.",
    "The coach dismissed the suggestion that his job was at risk.",
])
def test_same_words_in_other_senses_code_no_conflict_event(coder, text):
    conflict = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not [e for e in code(coder, text, date=DATE) if e.event in conflict]


def test_phone_lines_cut_by_an_army_are_no_attack(coder):
    text = ("Ethiopian federal troops detained dozens of residents, and the army also cut mobile phone lines across "
            "the area, witnesses said.")
    assert not [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT" and "cut" in e.event_text]
