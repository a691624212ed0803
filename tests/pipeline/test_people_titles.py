"""Titles without a name ("the spokesman", "the minister") take the latest holder of the office."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


def _dyad(coder, text: str, trigger: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    events = [e for e in code(coder, text.replace(" || ", "\n\n")) if e.event_text.startswith(trigger)]
    assert events, f"no event on {trigger!r}"
    return entity_codes(events[-1].actor), entity_codes(events[-1].recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        # an unnamed spokesman the story gave a country holds the office as a named person does
        ("Japan lodged a protest with Seoul on Monday after South Korean lawmakers landed on the disputed islets. || "
         "A South Korean foreign ministry spokesman rejected the protest and said the islands were Korean territory. || "
         "The spokesman also urged Tokyo to stop making unjust claims to the islets.", "urged", (("KOR",), ("JPN",))),
        # a country named only on a thing ("Chinese territory") is no other party
        ("CANBERRA, Aug 14 (AP) - Australia's foreign minister summoned China's ambassador on Thursday over a dangerous "
         "encounter between a Chinese fighter jet and an Australian navy helicopter. || A Chinese foreign ministry "
         "spokesman accused Canberra of staging provocations. || The spokesman said the helicopter had flown within 30 "
         "nautical miles of Chinese territory and urged Australia to halt its reconnaissance flights.", "urged",
         (("CHN",), ("AUS",))),
        # the official's own capital as a reported clause's subject, the owner of a thing
        ("Egypt's Foreign Minister Badr Abdelatty met his Ethiopian counterpart in Cairo on Sunday for talks on the "
         "Grand Ethiopian Renaissance Dam. || Ethiopia has refused to sign a binding agreement on the filling of the "
         "reservoir. || The minister accused Addis Ababa of acting unilaterally and said Cairo reserved the right to "
         "defend its water security.", "accused", (("EGY",), ("ETH",))),
        ("Hungary's foreign minister Peter Szijjarto summoned the Ukrainian ambassador in Budapest on Tuesday over the "
         "treatment of ethnic Hungarians. || Kyiv's foreign ministry spokesman Heorhiy Tykhyi called the summons a "
         "political stunt. || The spokesman accused Budapest of blocking Ukraine's path to the European Union.",
         "accused", (("UKR",), ("HUN",))),
    ],
)
def test_definite_title_is_the_latest_holder_of_the_office(coder, text, trigger, dyad):
    assert _dyad(coder, text, trigger) == dyad


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        ("BOGOTA, Feb 9 (Reuters) - The Andean Community said on Friday it would examine whether Ecuador's new tariffs "
         "on Colombian goods breached regional trade rules. || The bloc's secretary general urged both governments to "
         "settle the dispute through dialogue.", "urged", "IGO"),
        ("KYIV, March 3 (Reuters) - NATO allies met in Brussels on Monday to discuss air defence deliveries to Ukraine. || "
         "The alliance's secretary general, Mark Rutte, called on members to send more Patriot systems to Kyiv.",
         "called", "IGO"),
        ("NAIROBI, June 2 (Reuters) - Al Shabaab militants attacked a police post in northeastern Kenya on Sunday, killing "
         "four officers. || The group's military spokesman warned Nairobi to withdraw its troops from Somalia.",
         "warned", "SOM"),
    ],
)
def test_official_of_a_described_organisation_is_not_the_datelines(coder, text, trigger, dyad):
    assert _dyad(coder, text, trigger)[0] == (dyad,)


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        # no one urges himself: of two presidents, the title on Ruto's object is the other one
        ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud at State House in Nairobi on Monday. || "
         "Ruto urged the president to reopen the border crossing at Mandera.", "urged", (("KEN",), ("SOM",))),
        ("French Foreign Minister Jean-Noel Barrot met his Algerian counterpart Ahmed Attaf in Algiers on Sunday. || "
         "Barrot pressed the minister to release the novelist Boualem Sansal on humanitarian grounds.", "pressed",
         (("FRA",), ("DZA",))),
        # a general is the army chief the story named
        ("Washington's special envoy for Sudan, Tom Perriello, held talks with army chief Abdel Fattah al-Burhan in Port "
         "Sudan on Monday. || Perriello said he had pressed the general to allow aid convoys through the Adre crossing.",
         "pressed", (("USA",), ("SDN",))),
    ],
)
def test_a_title_on_the_object_is_not_the_subject_s_own_holder(coder, text, trigger, dyad):
    assert _dyad(coder, text, trigger) == dyad
