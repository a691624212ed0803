"""Symmetric events (event_recipients.settle_recipients / event_targets.sym_partner): the other side
of a war, clash, dispute or talks named on the object noun is a co-actor, not missing."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Eritrea fought a bloody border war with Ethiopia between 1998 and 2000.", ("ASSAULT", ("ERI", "ETH"), ())),
    ("Azerbaijan, which fought a six-week war with Armenia in 2020, opened a new checkpoint on Tuesday.",
     ("ASSAULT", ("ARM", "AZE"), ())),
    ("Uzbekistan settled its decades-old border dispute with Kyrgyzstan on Friday.", ("AGREE", ("KGZ", "UZB"), ())),
    ("Guatemala held a fresh round of talks with Belize on Monday.", ("CONSULT", ("BLZ", "GTM"), ())),
])
def test_the_other_side_named_on_the_object_noun_is_a_co_actor(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_the_two_neighbours_stand_for_both_parties(coder):
    text = ("Kyrgyzstan and Tajikistan fought deadly clashes in 2022. "
            "On Thursday, the two neighbours settled their border dispute.")
    assert ("AGREE", ("KGZ", "TJK"), ()) in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a finite reaction joined to the act, with a bare definite noun summing it up, answers the act's doer
    ("Ecuador broke off relations with Mexico, and Brazil criticised the rupture.", ("ACCUSE", ("BRA",), ("ECU",))),
    ("Venezuela suspended flights to Panama, and Panama condemned the measure.", ("ACCUSE", ("PAN",), ("VEN",))),
])
def test_a_reaction_to_the_act_summed_up(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_summary_noun_alone_names_no_one(coder):
    assert ("ACCUSE", ("BRA",), ()) in dyads(coder, "Brazil criticised the rupture.")


@pytest.mark.parametrize(("text", "dyad"), [
    # a relation cut or restored with no partner named: the accused of its participle, or the provoker
    ("Mali cut diplomatic ties on Sunday, accusing Ukraine of backing rebels.", ("SANCTION", ("MLI",), ("UKR",))),
    ("Kyrgyzstan restored ties after Tajikistan signed the border treaty.", ("SUPPORT", ("KGZ",), ("TJK",))),
])
def test_the_implied_partner_of_a_relation(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a reprisal answers the doer of the act in its after / following phrase
    ("Iran vows revenge after Israeli strikes on nuclear sites", ("THREATEN", ("IRN",), ("ISR",))),
    ("Hezbollah threatened revenge following the Israeli strike on Beirut.", ("THREATEN", ("LBN",), ("ISR",))),
])
def test_a_reprisal_answers_the_act_it_follows(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_participle_naming_the_act_again_answers_its_doer(coder):
    got = dyads(coder, "Venezuelan navy patrol boats entered waters claimed by Guyana on Tuesday, Guyana's foreign "
                       "ministry said, calling the incursion a grave violation of its sovereignty.")
    assert ("ACCUSE", ("GUY",), ("VEN",)) in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Gunmen murdered a Guatemalan indigenous leader at his farm on Friday, his family said.",
     ("ASSAULT", ("GTM",), ("GTM",))),
])
def test_gunmen_with_no_place_act_in_their_sole_victims_country(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Bandits killed 20 people in an attack on a Nigerien village near Tillaberi on Saturday.",
     ("ASSAULT", ("NER",), ("NER",))),
    ("Jihadists killed nine soldiers in a raid on a Burkinabe army post on Friday.", ("ASSAULT", ("BFA",), ("BFA",))),
])
def test_gunmen_act_where_the_attack_setting_their_killing_names_is(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_judiciary_announcing_an_agentless_sentence_passed_it(coder):
    events = coder.code("Egypt's top court said a Libyan smuggler had been sentenced to ten years.", date="2025-03-03")
    found = [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events]
    assert ("SANCTION", ("EGY",), ("LBY",)) in found


def test_a_military_announcing_its_losses_did_not_cause_them(coder):
    assert not coder.code("Three soldiers were killed in the ambush, Mali's army said.", date="2025-03-03")
