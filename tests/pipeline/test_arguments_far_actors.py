"""Actors far from the trigger in long sentences: a weapon's launch ground named by its
holder ("fired from Houthi-controlled territory"), military units named by their trade ("its drone operators")
(argument_places.py, knowledge/agents.json). Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Greek-owned bulk carrier was hit by two missiles fired from Houthi-controlled territory in Yemen on Monday.",
     ("ASSAULT", ("YEM",), ("GRC",))),
    ("A Liberian-flagged tanker was struck by a drone launched from Houthi-held territory off the coast.",
     ("ASSAULT", ("YEM",), ("LBR",))),
])
def test_weapon_launched_from_held_ground_is_the_holders(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ukraine's army said its drone operators had destroyed a Russian air defence system near Tokmak.",
     ("ASSAULT", ("UKR",), ("RUS",))),
    ("The 47th Mechanised Brigade of Ukraine's armed forces said on Friday that its drone operators had destroyed "
     "two Russian ammunition depots near the occupied town of Tokmak.", ("ASSAULT", ("UKR",), ("RUS",))),
])
def test_drone_operators_are_soldiers_not_a_firm(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Egypt, Qatar and the United States, which have mediated between Israel and Hamas for a year, urged both sides "
     "to return to the talks.", ("CONSULT", ("EGY", "QAT", "USA"), ("ISR", "PSE"))),
    ("Russia and China, which vetoed the resolution, said the text was unbalanced.", ("REJECT", ("CHN", "RUS"), ("UNO",))),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, who met in Abu Dhabi on Thursday "
     "in talks hosted by the United Arab Emirates, agreed to continue work on a peace treaty.", ("CONSULT", ("ARM", "AZE"), ())),
])
def test_relative_clause_after_a_list_is_the_whole_lists(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_singular_relative_clause_after_a_list_is_the_last_members(coder):
    found = dyads(coder, "Britain, France and the United States, which has the largest contingent, sent warships "
                         "to the Red Sea.")
    assert ("MOBILIZE", ("FRA", "GBR", "USA"), ()) in found, found


def test_talks_hosted_under_a_relative_clause_give_the_host_no_meeting(coder):
    found = dyads(coder, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, who met in Abu "
                         "Dhabi on Thursday in talks hosted by the United Arab Emirates, agreed to continue work on a "
                         "peace treaty, their offices said in a joint statement.")
    assert not any("ARE" in d[1] for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chinese foreign ministry spokeswoman Mao Ning, asked at a regular news briefing in Beijing about the latest U.S. "
     "export controls on advanced chips, accused Washington of weaponising trade.", ("ACCUSE", ("CHN",), ("USA",))),
    ("Chinese foreign ministry spokesman Lin Jian, asked about the new U.S. tariffs at a daily briefing, said Beijing "
     "would impose countermeasures on U.S. goods.", ("SANCTION", ("CHN",), ("USA",))),
])
def test_participle_aside_read_as_the_verb_gives_the_verb_its_subject(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found
    assert not any(d[0] == "REQUEST" for d in found), found


def test_a_question_put_to_the_subject_is_no_request(coder):
    found = dyads(coder, "Kremlin spokesman Dmitry Peskov, asked by reporters whether Moscow would respond, accused "
                         "Britain of escalating the conflict.")
    assert found == [("ACCUSE", ("RUS",), ("GBR",))], found


def test_a_request_put_to_the_subject_stays(coder):
    found = dyads(coder, "Ukraine's foreign minister, asked by the EU to present a plan, said Kyiv would do so.")
    assert ("REQUEST", ("EUR",), ("UKR",)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("A delegation led by Ukraine's defence minister Rustem Umerov met Russian negotiators in Istanbul on Friday for "
     "a second round of direct talks.", ("CONSULT", ("RUS", "UKR"), ())),
    ("A delegation headed by Qatar's prime minister arrived in Kabul on Monday for talks with Taliban officials.",
     ("CONSULT", ("QAT",), ("AFG",))),
])
def test_a_delegation_is_its_leaders(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("At least 12 people were killed when a crowded market in the town of Kostiantynivka was hit by a Russian glide "
     "bomb on Wednesday afternoon.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("A busy market in Kharkiv was hit by Russian missiles.", ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_a_market_struck_by_a_weapon_is_attacked(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_stocks_hit_by_tariffs_are_no_attack(coder):
    assert not any(d[0] == "ASSAULT" for d in dyads(coder, "Chinese stocks were hit by new U.S. tariffs on Monday."))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Hundreds of Afghan migrants were deported from Iran this week, the United Nations refugee agency said.",
     ("COERCE", ("IRN",), ("AFG",))),
    ("Two Russian diplomats were expelled from Moldova on Friday over alleged interference in the election.",
     ("SANCTION", ("MDA",), ("RUS",))),
])
def test_an_agentless_expulsion_is_the_state_it_is_from(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Drones launched from Russian-occupied Crimea struck the port of Odesa overnight.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Rockets fired from Lebanon hit the northern Israeli town of Kiryat Shmona.", ("ASSAULT", ("LBN",), ("ISR",))),
])
def test_a_launch_participle_read_as_the_verb_names_the_strikes_doer(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_a_deal_signed_in_a_relative_clause_is_signed_by_the_agent(coder):
    found = dyads(coder, "The agreement, which was signed in Riyadh on Sunday by the foreign ministers of Saudi Arabia "
                         "and Pakistan, commits each side to defend the other against any aggression.")
    assert ("SUPPORT", ("PAK", "SAU"), ()) in found, found


def test_a_judge_after_a_summing_noun_is_the_verbs_subject(coder):
    found = dyads(coder, "Chinese coast guard ships fired water cannon at a Philippine fisheries vessel near Scarborough "
                         "Shoal, an incident Beijing's coast guard blamed on what it called the illegal intrusion of the "
                         "Philippine boat.")
    assert any(d[0] == "ACCUSE" and d[1] == ("CHN",) for d in found), found
