"""Clause structure of long sentences (events round 8, pipeline/event_subjects.py and the clause guards):
who does a coordinated, participle or relative-clause verb, and which clauses only restate the main act.
Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text, expected", [
    # a past tense like its base form ("cut", "shut", "quit") joined to a gerund is the accuser's own act
    ("Sudan's government accused the United Arab Emirates of arming the Rapid Support Forces and cut diplomatic "
     "ties with Abu Dhabi on Tuesday.", ("SANCTION", ("SDN",), ("ARE",))),
    ("Lithuania's foreign ministry accused Minsk of sending smuggling balloons into its airspace and shut the "
     "two remaining crossings on the Belarusian border on Monday, the ministry said.", ("COERCE", ("LTU",), ("BLR",))),
    # an act noun does not speak or decide: the main clause's subject does
    ("Venezuela's vice president condemned the U.S. operation that seized President Nicolas Maduro and demanded "
     "his immediate release.", ("REQUEST", ("VEN",), None)),
])
def test_second_verb_takes_the_main_subject(coder, text, expected):
    etype, actor, recipient = expected
    found = dyads(coder, text)
    assert any(d[0] == etype and d[1] == actor and (recipient is None or d[2] == recipient) for d in found), found


@pytest.mark.parametrize("text, etype, wrong_actor", [
    ("Venezuela's vice president condemned the U.S. operation that seized President Nicolas Maduro and demanded "
     "his immediate release.", "REQUEST", ("USA",)),
    ("Sudan's government accused the United Arab Emirates of arming the Rapid Support Forces and cut diplomatic "
     "ties with Abu Dhabi on Tuesday.", "SANCTION", ("ARE",)),
])
def test_second_verb_is_not_the_accused_or_the_act(coder, text, etype, wrong_actor):
    assert not any(d[0] == etype and d[1] == wrong_actor for d in dyads(coder, text))


CASES_CLAUSE_ACT_IS_THE_DOERS = [
    # near miss: "accuses X of arming Y and hitting Z" -- both acts are the accused's
    pytest.param(
        "Kyiv accuses Moscow of arming separatists and shelling the city of Kharkiv.",
        "ASSAULT", "RUS", id="present_tense_gerund_pair_keeps_its_own_subject"),
    pytest.param(
        "Hungary's prime minister invited Netanyahu to Budapest, calling the court's ruling cynical "
        "and outrageous.",
        "ACCUSE", "HUN", id="conjoined_verdict_counts"),
    pytest.param(
        "Ethiopia's government accused Eritrea of preparing for war and of arming rebels in the "
        "Amhara region, state media said.",
        "AID", "ERI", id="parallel_of_complements_share_the_accused"),
    pytest.param(
        "The Houthis said on Sunday they had targeted two Israel-linked vessels in the Gulf of Aden "
        "with drones and missiles.",
        "ASSAULT", "YEM", id="weapons_used_are_no_excluded_object"),
    pytest.param(
        "Moscow accused Kyiv and its Western backers of shelling the nuclear plant.",
        "ASSAULT", "UKR", id="of_complement_hung_on_the_accused_noun"),
]


@pytest.mark.parametrize(("text", "event", "actor"),
                         CASES_CLAUSE_ACT_IS_THE_DOERS)
def test_clause_act_is_the_doers(coder, text, event, actor):
    found = dyads(coder, text)
    assert any(d[0] == event and d[1] == (actor,) for d in found), found


def test_reduced_conditional_passive_is_no_attack(coder):
    found = dyads(coder, "Australia signed a mutual defence treaty with Papua New Guinea on Monday, committing each "
                         "country to come to the other's aid if attacked.")
    assert not any(d[0] == "ASSAULT" for d in found), found


def test_asylum_granted_in_a_passive_is_the_announcing_states(coder):
    found = dyads(coder, "Brazil's foreign ministry said on Tuesday that Peru's former prime minister had been "
                         "granted asylum at its embassy in Lima.")
    assert ("AID", ("BRA",), ("PER",)) in found, found
    # near miss: the refugees themselves grant nothing
    assert not any(d[0] == "AID" for d in dyads(coder, "The refugees said they had been granted asylum after years "
                                                        "of waiting in camps."))


def test_readiness_frame_under_say_keeps_the_speaker(coder):
    found = dyads(coder, "Algeria said on Sunday it stood ready to send troops to Mali to help secure the north.")
    assert any(d[1] == ("DZA",) and d[2] == ("MLI",) for d in found), found


@pytest.mark.parametrize("text, etype", [
    ("Hungary said on Thursday it would withdraw from the International Criminal Court.", "SANCTION"),
    ("Mali, Burkina Faso and Niger said they would leave the International Criminal Court with immediate effect.",
     "SANCTION"),
    # near misses: a possibility or a warning stays a threat
    ("Russia said it could expel more British diplomats if London did not change course.", "THREATEN"),
    ("China warned it would impose sanctions on U.S. defence firms.", "THREATEN"),
])
def test_announced_penalty_is_decided_unless_only_possible(coder, text, etype):
    assert etype in [d[0] for d in dyads(coder, text)]


def test_prison_sentence_is_one_event(coder):
    found = dyads(coder, "An Iranian court sentenced a French national to six years in prison for spying, the "
                         "judiciary's news agency said on Saturday.")
    assert [d[0] for d in found] == ["SANCTION"], found


@pytest.mark.parametrize("text, kept, dropped", [
    ("Mali's junta issued an ultimatum to the French ambassador on Tuesday, demanding his departure within "
     "72 hours.", "THREATEN", "REQUEST"),
    ("Protesters in Dhaka burned tyres outside the Indian embassy, accusing New Delhi of sheltering Sheikh "
     "Hasina.", "PROTEST", "ACCUSE"),
    ("Thousands of Serbians marched in Novi Sad on Saturday, accusing the government of covering up "
     "corruption.", "PROTEST", "ACCUSE"),
])
def test_elaborating_participle_is_no_second_event(coder, text, kept, dropped):
    found = [d[0] for d in dyads(coder, text)]
    assert kept in found and dropped not in found, found


def test_state_participle_accusation_stays(coder):
    # near miss: a state's accusation beside its own act is a second event
    found = [d[0] for d in dyads(coder, "Thailand closed all border crossings with Cambodia on Tuesday, accusing "
                                         "Phnom Penh of laying new landmines along the frontier.")]
    assert "ACCUSE" in found and "COERCE" in found, found


def test_passive_threat_clause_names_the_target(coder):
    found = dyads(coder, "Iran's foreign ministry warned on Sunday that any American incursion into Iranian "
                         "waters would be met with a crushing response.")
    assert ("THREATEN", ("IRN",), ("USA",)) in found, found


def test_second_passive_participle_has_no_reporter_as_doer(coder):
    found = dyads(coder, "UNICEF reported on Tuesday that more than 300 children had been killed or injured in "
                         "Sudan's El Fasher since May.")
    assert not any(d[0] == "ASSAULT" and d[1] == ("UNO",) for d in found), found


@pytest.mark.parametrize("text, expected", [
    # a main clause the parser hung under a later time clause is not that clause's content
    ("Australia signed a mutual defence treaty with Papua New Guinea on Monday, committing each country to come to "
     "the other's aid if attacked, weeks after China offered Port Moresby a policing agreement.", "COOPERATE"),
    ("India expelled a Pakistani diplomat on Friday, days after Islamabad threatened to close its airspace to "
     "Indian airlines.", "SANCTION"),
])
def test_main_clause_before_a_time_clause_is_kept(coder, text, expected):
    assert expected in [d[0] for d in dyads(coder, text)]


@pytest.mark.parametrize("text, expected", [
    # a particle the parser reads as an adverb keeps the verb's preposition
    ("Niger, Mali and Burkina Faso walk away from ICC with immediate effect", ("SANCTION", ("BFA", "MLI", "NER"),
                                                                             ("IGO",))),
    ("Ukraine hits back at Hungary over blocked EU funds", ("ACCUSE", ("UKR",), ("HUN",))),
])
def test_particle_keeps_its_preposition(coder, text, expected):
    assert expected in dyads(coder, text)


def test_joint_actors_do_not_target_one_of_themselves(coder):
    found = dyads(coder, "Indian and Chinese soldiers pulled back from the disputed Ladakh border on Monday.")
    assert ("RETREAT", ("CHN", "IND"), ()) in found, found


def test_verdict_call_is_no_phone_call(coder):
    found = dyads(coder, "Hungary's prime minister invited Netanyahu to Budapest, calling the ruling brazen.")
    assert not any(d[0] == "CONSULT" for d in found), found
    # near miss: calling a leader is a phone call
    assert any(d[0] == "CONSULT" for d in dyads(coder, "Erdogan called Putin on Tuesday to discuss the grain deal."))


@pytest.mark.parametrize("text", [
    "Pakistan said Indian missiles had hit six sites and vowed to retaliate.",
    "Pakistan says Indian missiles hit six sites, vows to retaliate",
])
def test_a_weapon_vows_nothing_the_speaker_does(coder, text):
    found = dyads(coder, text)
    assert any(d[0] == "THREATEN" and d[1] == ("PAK",) for d in found), found
    assert any(d[0] == "ASSAULT" and d[1] == ("IND",) for d in found), found


def test_requests_for_a_clause_name_its_subject(coder):
    assert ("REQUEST", ("MLI",), ("DZA",)) in dyads(coder, "Mali called for Algeria to return the drone's wreckage.")


def test_plural_country_name_protests_diplomatically(coder):
    found = dyads(coder, "The Philippines filed a diplomatic protest with China on Tuesday.")
    assert ("ACCUSE", ("PHL",), ("CHN",)) in found, found


def test_ordered_withdrawal_is_the_expulsions_content(coder):
    found = dyads(coder, "New Delhi responded on Thursday by ordering Ottawa to withdraw 41 of its diplomats from "
                         "India, the foreign ministry said.")
    assert ("SANCTION", ("IND",), ("CAN",)) in found, found
    assert not any(d[0] == "SANCTION" and d[1] == ("CAN",) for d in found), found


@pytest.mark.parametrize("text, expected", [
    ("Niger's junta ordered the French ambassador to leave and accused Paris of plotting a coup.",
     ("ACCUSE", ("NER",), ("FRA",))),
    ("Beijing told Manila to withdraw its vessels and imposed sanctions on two Philippine senators.",
     ("SANCTION", ("CHN",), ("PHL",))),
])
def test_finite_verb_after_an_infinitive_is_the_main_subjects(coder, text, expected):
    assert expected in dyads(coder, text)


def test_an_acts_own_on_is_no_call_on(coder):
    found = dyads(coder, "Colombia's president recalled his ambassador from Washington on Monday, calling U.S. "
                         "strikes on boats in the Caribbean murder.")
    assert not any(d[0] == "REQUEST" for d in found), found
    assert ("REQUEST", ("EUR",), ("ISR",)) in dyads(coder, "The EU called on Israel to halt the offensive.")


def test_helped_party_of_a_bare_infinitive(coder):
    found = dyads(coder, "Algeria said on Sunday it stood ready to help Mali restore security in the north.")
    assert any(d[1] == ("DZA",) and d[2] == ("MLI",) for d in found), found


def test_first_time_summary_is_no_second_event(coder):
    found = dyads(coder, "Israel struck Iran's Natanz facility on Friday, the first time a foreign army had attacked "
                         "Iranian nuclear sites openly, officials said.")
    assert [d[0] for d in found].count("ASSAULT") == 1, found
    # near miss: the clause is the sentence's only act
    assert any(d[0] == "ASSAULT" for d in dyads(coder, "It was the first time that Russia had attacked a NATO "
                                                        "member, Poland said."))


def test_army_supplied_with_weapons_receives(coder):
    assert ("AID", ("DEU",), ("UKR",)) in dyads(coder, "Germany supplied Ukraine's army with 18 Leopard tanks.")


def test_a_governments_demand_beside_its_protest_is_a_request(coder):
    found = [d[0] for d in dyads(coder, "Japan's foreign ministry protested to Beijing on Tuesday over a Chinese "
                                        "diplomat's post, and demanded its removal.")]
    assert "ACCUSE" in found and "REQUEST" in found, found
    # near miss: a crowd's demand is its protest's
    found = [d[0] for d in dyads(coder, "Thousands of Kenyans protested in Nairobi and demanded the president's "
                                        "resignation.")]
    assert "REQUEST" not in found, found


def test_victims_suspected_of_an_act_do_not_do_it(coder):
    found = dyads(coder, "Burkina Faso's army killed 30 civilians suspected of collaborating with jihadists, "
                         "Human Rights Watch said.")
    assert not any(d[0] == "COOPERATE" for d in found), found


@pytest.mark.parametrize("text", [
    "Minsk rejected the accusation on Tuesday, calling it a crude fabrication.",
    "Caracas dismissed the charges, calling them a pack of lies.",
    "Tehran called the report about drone shipments baseless.",
])
def test_labelling_an_allegation_false_is_the_denial_not_a_new_accusation(coder, text):
    assert not [e for e in code(coder, text, date="2026-11-20") if e.event == "ACCUSE"]


def test_labelling_an_act_still_accuses(coder):
    events = code(coder, "Beijing condemned the sanctions, calling them illegal bullying by Washington.",
                  date="2026-11-20")
    assert [e for e in events if e.event == "ACCUSE"]
