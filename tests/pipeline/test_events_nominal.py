"""Events named by a noun (event_nominal.py, knowledge/nouns.json): who does the act (owner, "by",
adjective, participle author), to whom (prepositions, clauses, the owner of the complement), and
which nouns are settings, victims or the content of another act rather than events."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes

# (id, sentence, type, actor codes, recipient codes); None leaves a side unchecked
CODED = [
    ("owner_licensed_release",
     "Hezbollah's release of two captured Israeli soldiers on Thursday was confirmed by the Red Cross.",
     "RETREAT", ("LBN",), ("ISR",)),
    ("owner_licensed_request_clause_subject",
     "Kenya's demand that Uganda withdraw its troops from the disputed island was rejected in Kampala.",
     "REQUEST", ("KEN",), ("UGA",)),
    ("call_for_subject_is_addressee",
     "A call by the foreign ministers of Egypt and Jordan for Israel to reopen the Rafah crossing drew no reply.",
     "REQUEST", ("EGY", "JOR"), ("ISR",)),
    ("call_on_party",
     "Britain's call on Iran to free the detained tanker crew was repeated at the United Nations on Monday.",
     "REQUEST", ("GBR",), ("IRN",)),
    ("refusal_clause_object",
     "Mali's refusal to admit a mission from the African Union angered regional leaders.",
     "REJECT", ("MLI",), ("IGO",)),
    ("threat_clause_owner",
     "Slovakia's threat to block the European Union's new climate package dominated the meeting.",
     "THREATEN", ("SVK",), ("EUR",)),
    ("author_participle_actor",
     "The sanctions package announced by the Canadian government on Friday targets Iranian drone makers.",
     "SANCTION", ("CAN",), ("IRN",)),
    ("participle_carried_out_by",
     "The raid, carried out by Turkish drones on a village near Qamishli, killed three fighters.",
     "ASSAULT", ("TUR",), None),
    ("warrant_issued_by_on_complement",
     "The warrant for Vladimir Putin's arrest issued by the International Criminal Court limits his travel.",
     "THREATEN", ("IGO",), ("RUS",)),
    ("swap_between_two_parties",
     "A prisoner swap between Armenia and Azerbaijan on Wednesday was the first in two years.",
     "RETREAT", ("ARM", "AZE"), ()),
    ("ceasefire_between_takes_hold",
     "A ceasefire between India and Pakistan held along the frontier on Sunday.",
     "RETREAT", ("IND", "PAK"), ()),
    ("agreement_between_parties",
     "The trade agreement between Indonesia and Canada takes effect next month.",
     "AGREE", ("CAN", "IDN"), ()),
    ("blockade_by_civilians_is_protest",
     "A blockade of the border crossings by Lithuanian farmers entered its third day.",
     "PROTEST", ("LTU",), None),
    ("blame_in_relative_clause",
     "The bombing of a market in Sumy on Sunday, which Kyiv blamed on Russia, killed 35 people.",
     "ASSAULT", ("RUS",), ("UKR",)),
    ("adjective_on_compound",
     "Tuesday's Iranian missile barrage on Israel set off sirens across the country.",
     "ASSAULT", ("IRN",), ("ISR",)),
    ("container_show_of_support",
     "Macron's show of support for Moldova came during a one-day trip to Chisinau.",
     "SUPPORT", ("FRA",), ("MDA",)),
    ("portion_look_through",
     "Germany's suspension of most of its aid to Niger followed the coup.",
     "SANCTION", ("DEU",), ("NER",)),
    ("expulsion_of_nationals",
     "The expulsion of three Iranian diplomats by Germany was announced on Tuesday.",
     "SANCTION", ("DEU",), ("IRN",)),
    ("severing_of_ties",
     "Bolivia's severing of diplomatic ties with Israel was announced on Tuesday.",
     "SANCTION", ("BOL",), ("ISR",)),
    ("place_protest_is_domestic",
     "Mass rallies in Belgrade against the interior minister entered their second week.",
     "PROTEST", ("SRB",), ("SRB",)),
    ("meeting_after_which_the_subject_speaks",
     "Kenya's president said after a call with Ethiopian Prime Minister Abiy Ahmed that the border would reopen.",
     "CONSULT", ("ETH", "KEN"), ()),
    ("verbal_attack_on_a_policy",
     "Argentina's president launched a fierce attack on Brazil's trade policy on Monday.",
     "ACCUSE", ("ARG",), ("BRA",)),
    ("trade_between_two_states",
     "Trade between India and the United Arab Emirates rose by a fifth last year.",
     "COOPERATE", ("ARE", "IND"), ()),
    ("request_answered_by_its_addressee",
     "Moldova's request for air defence systems was turned down by Romania on Friday.",
     "REQUEST", ("MDA",), ("ROU",)),
    ("accusation_clause_subject_is_accused",
     "Serbia's accusation that Kosovo police detained its citizens was dismissed in Pristina.",
     "ACCUSE", ("SRB",), ("KOS",)),
    ("seizure_of_a_trawler",
     "Argentina's seizure of a Chinese fishing trawler off Patagonia drew a protest from Beijing.",
     "COERCE", ("ARG",), ("CHN",)),
    ("labour_subject_of_light_verb_makes_a_strike",
     "Nigerian doctors began an indefinite strike on Monday over unpaid salaries.",
     "PROTEST", ("NGA",), None),
    ("regret_over_another_partys_decision",
     "Seoul expressed regret over Tokyo's decision to tighten export controls on chip materials.",
     "ACCUSE", ("KOR",), ("JPN",)),
    ("regret_over_a_death_stays_concession",
     "Turkey expressed regret over the death of a Greek fisherman in the Aegean.",
     "CONCEDE", ("TUR",), None),
    ("phone_call_framing_a_request",
     "Macron urged Netanyahu in a phone call on Tuesday to halt the offensive.",
     "CONSULT", ("FRA", "ISR"), ()),
    ("at_someones_request",
     "The Security Council met in emergency session on Monday at Guyana's request.",
     "REQUEST", ("GUY",), ("UNO",)),
    ("repeated_demand_is_the_subjects",
     "Serbia repeated its demand that Kosovo withdraw special police units from the north.",
     "REQUEST", ("SRB",), ("KOS",)),
    ("patient_owner_with_by_agent",
     "Navalny's detention by Russian police at a Moscow airport drew Western condemnation.",
     "COERCE", ("RUS",), ("RUS",)),
]


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_noun_event_coded(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


NOT_EVENTS = [
    ("victim_owner_is_not_actor", "Protesters gathered outside the court after his arrest on Monday.", "COERCE"),
    ("setting_deal_under", "Seoul shipped 40 howitzers to Warsaw under its arms deal last year.", "AGREE"),
    ("plural_habit_is_no_event", "North Korea's missile tests have become more frequent this year.", "MOBILIZE"),
    ("support_under_against", "Students chanted slogans against Washington's support for the war.", "SUPPORT"),
    ("arrest_inside_warrant", "The warrant for Benjamin Netanyahu's arrest issued by the ICC limits his travel.",
     "COERCE"),
    ("carried_by_media_is_no_perpetrator",
     "Xi's message of condolence after the attack on the concert hall was carried by Xinhua on Saturday.", "ASSAULT"),
    ("trip_to_a_continent_is_no_visit", "Milei said his first trip to Asia would focus on investment.", "CONSULT"),
    ("sign_of_cooperation_between",
     "The handover was the latest sign of closer cooperation between Brazil and Paraguay.", "COOPERATE"),
]


@pytest.mark.parametrize("text,etype", [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_noun_not_an_event(coder, text, etype):
    events = code(coder, text)
    assert etype not in [e.event for e in events], [(e.event, entity_codes(e.actor), e.event_text) for e in events]
