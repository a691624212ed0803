"""Side clauses of long sentences (pipeline/event_side_clauses.py): the doer of a past relative clause on a party
the main act placed, a "the two governments" subject, and side-clause words that name no event (a toll participle
hung on the main clause, an act years before the news, a refusal that is only a condition, a state's meeting of its
own organs, a second yielding verb on the same people). Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "event", "code_"), [
    ("Indian police fired tear gas at farmers who had staged a sit-in at the Shambhu border crossing on Tuesday.",
     "PROTEST", "IND"),
    ("Niger's military rulers ordered the arrest of former oil minister Mahamane Moustapha Barke, who had publicly "
     "criticised the junta over its handling of the oil sector.", "ACCUSE", "NER"),
])
def test_past_relative_clause_on_a_placed_party_is_its_act(coder, text, event, code_):
    assert any(d[0] == event and d[1] == (code_,) for d in dyads(coder, text))


@pytest.mark.parametrize(("text", "event", "code_"), [
    ("Kuwait's emir pardoned 30 jailed opposition figures on Sunday, including a former lawmaker who had stormed "
     "parliament in 2011 with protesters demanding the prime minister's resignation.", "ASSAULT", "KWT"),
    ("Israeli forces arrested six Palestinians in Hebron overnight, among them a man who had stabbed a soldier at a "
     "checkpoint last week, the army said.", "ASSAULT", "PSE"),
])
def test_a_relative_clause_on_one_of_the_placed_people_is_their_act(coder, text, event, code_):
    # ("including X who ...", "among them X who ...": X is one of the people the main act was done to)
    assert any(d[0] == event and d[1] == (code_,) for d in dyads(coder, text))


@pytest.mark.parametrize(("text", "protest"), [
    ("Ugandan police arrested dozens of traders who had protested outside parliament over market taxes.", True),
    ("Ugandan police arrested dozens of traders who protest outside parliament every week over market taxes.", False),
])
def test_only_a_past_relative_clause_is_its_antecedents_act(coder, text, protest):
    assert any(d[0] == "PROTEST" for d in dyads(coder, text)) is protest


def test_the_two_governments_are_the_pair_just_named(coder):
    found = dyads(coder, "Venezuela expelled diplomatic staff from Peru and Chile on Monday after the two governments "
                         "refused to recognise President Nicolas Maduro's re-election.")
    assert ("REJECT", ("CHL", "PER"), ("VEN",)) in [(d[0], tuple(sorted(d[1])), d[2]) for d in found]


def test_toll_hung_on_the_main_clause_closes_the_side_attack(coder):
    found = dyads(coder, "Pakistan's foreign office said Islamabad had lodged a strong protest with Kabul after Afghan "
                         "border forces fired mortar shells at a Pakistani checkpost in Kurram, wounding three soldiers.")
    assert [d for d in found if d[0] == "ASSAULT"] == [("ASSAULT", ("AFG",), ("PAK",))]


@pytest.mark.parametrize("text", [
    "Armenia handed over four border villages to Azerbaijan on Monday, almost two years after Azerbaijan's lightning "
    "offensive drove tens of thousands of ethnic Armenians from Nagorno-Karabakh.",
    "Two decades after the American invasion of Iraq, the country's oil exports have recovered to pre-war levels, the "
    "energy ministry said.",
])
def test_an_act_years_before_the_news_is_background(coder, text):
    assert not any(d[0] == "ASSAULT" for d in dyads(coder, text))


def test_an_act_days_before_the_news_is_kept(coder):
    found = dyads(coder, "Armenia recalled its ambassador from Baku on Monday, two days after Azerbaijani troops "
                         "shelled border villages in the Tavush region.")
    assert any(d[0] == "ASSAULT" and d[1] == ("AZE",) for d in found)


def test_a_refusal_that_is_only_a_condition_is_no_event(coder):
    found = dyads(coder, "The minister said Ankara would respond if Athens refused to withdraw its troops from the "
                         "islands.")
    assert not any(d[0] == "REJECT" for d in found)


def test_a_states_meeting_of_its_own_organs_is_no_consultation(coder):
    found = dyads(coder, "Mongolia's president convened an emergency meeting of the national security council on "
                         "Tuesday to discuss the country's fuel shortages.")
    assert not any(d[0] == "CONSULT" for d in found)


@pytest.mark.parametrize(("text", "yields"), [
    ("Guatemalan President Bernardo Arevalo pardoned and released 12 farmers jailed over a land dispute, officials "
     "said.", ["CONCEDE", "RETREAT"]),  # the manual: the pardon is CONCEDE, the actual release RETREAT
    ("Niger's military government freed and released 12 detained journalists on Monday, officials in Niamey said.",
     ["RETREAT"]),
])
def test_a_second_yielding_verb_is_its_own_act_only_when_of_another_type(coder, text, yields):
    found = dyads(coder, text)
    assert [d[0] for d in found if d[0] in ("CONCEDE", "RETREAT")] == yields


CASES_SIDE_CLAUSE_ACT_CODES_ITS_DYAD = [
    pytest.param(
        "Police in Dhaka fired rubber bullets at students demanding the abolition of job quotas, "
        "before the government imposed a nationwide curfew.",
        "COERCE", "BGD", "BGD", id="government_of_the_one_country_the_sentence_codes"),
    pytest.param(
        "Indian Prime Minister Narendra Modi made a visit to the Ukrainian capital on Friday.",
        "CONSULT", "IND", "UKR", id="a_visit_to_a_capital_keeps_its_host"),
    pytest.param(
        "The Dutch government refused to hand over the suspect to Turkey, saying it feared he would "
        "not get a fair trial, and Ankara responded by recalling its envoy.",
        "SANCTION", "TUR", "NLD", id="a_response_told_by_its_means_answers_the_act_against_the_responder"),
    pytest.param(
        "Iraqi security forces opened fire on protesters who had stormed the Swedish embassy in "
        "Baghdad, and the government expelled the Swedish ambassador hours later.",
        "SANCTION", "IRQ", "SWE", id="a_state_organ_joined_to_a_states_clause_is_that_states"),
    pytest.param(
        "Burkina Faso ordered two French diplomats to leave within 48 hours, a government spokesman said on "
        "Thursday, weeks after the junta demanded that Paris withdraw its last military advisers.",
        "REQUEST", "BFA", "FRA", id="a_state_organ_in_a_time_clause_acting_on_a_foreigner_is_the_main_states"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_SIDE_CLAUSE_ACT_CODES_ITS_DYAD)
def test_side_clause_act_codes_its_dyad(coder, text, event, actor, recipient):
    found = dyads(coder, text)
    assert (event, (actor,), (recipient,)) in found


def test_government_stays_uncoded_when_the_sentence_codes_two_countries(coder):
    found = dyads(coder, "Chinese vessels rammed a Philippine supply boat near Second Thomas Shoal, before the "
                         "government imposed a nationwide curfew.")
    assert not any(d[0] == "COERCE" and d[1] in (("CHN",), ("PHL",)) for d in found)


def test_a_visit_to_a_site_names_no_host(coder):
    found = dyads(coder, "Jordan's foreign ministry condemned a visit by Israeli ministers to the Al-Aqsa compound.")
    assert found == [("ACCUSE", ("JOR",), ("ISR",))]


@pytest.mark.parametrize("text", [
    "Thousands of protesters converged on the presidential palace in Dakar on Friday.",
    "Hundreds of demonstrators descended on the parliament in Dakar on Friday.",
])
def test_crowds_converging_on_a_seat_of_power_protest(coder, text):
    assert ("PROTEST", ("SEN",), ("SEN",)) in dyads(coder, text)


def test_ministers_converging_on_a_city_do_not_protest(coder):
    assert not any(d[0] == "PROTEST" for d in dyads(coder, "Foreign ministers converged on Geneva for the talks."))


@pytest.mark.parametrize(("text", "attack"), [
    ("Israeli troops kept occupying five hilltop positions inside southern Lebanon after the withdrawal deadline "
     "passed, Lebanese officials said.", False),
    ("Russian forces continued to occupy the town of Kupiansk on Monday.", False),
    ("Israeli troops occupied five hilltop positions inside southern Lebanon.", True),
    ("Russian forces continued shelling Kharkiv overnight.", True),
])
def test_a_held_state_going_on_is_no_new_attack(coder, text, attack):
    assert any(d[0] == "ASSAULT" for d in dyads(coder, text)) is attack


def test_a_crowds_roadblocks_are_its_protest(coder):
    assert ("PROTEST", ("FRA",), ("FRA",)) in dyads(coder, "Farmers' roadblocks paralysed traffic around Paris for a "
                                                             "third day.")


def test_an_act_held_by_a_failure_noun_is_its_backdrop(coder):
    found = dyads(coder, "Analysts in Seoul said the North's missile programme had advanced rapidly since the collapse "
                         "of its talks with Washington in 2019.")
    assert not any(d[0] == "CONSULT" for d in found)


@pytest.mark.parametrize("text", [
    "Indian and Chinese troops pulled back from two friction points in eastern Ladakh on Friday, weeks after the two "
    "sides' foreign ministers met in Kazan to break a four-year deadlock.",
    "India and China pulled back troops from Ladakh on Friday, weeks after the two countries' leaders met in Kazan.",
])
def test_the_two_sides_people_are_the_pair_just_named(coder, text):
    assert ("CONSULT", ("CHN", "IND")) in [(d[0], tuple(sorted(d[1]))) for d in dyads(coder, text)]


def test_a_rights_group_reporting_leaves_the_one_state_the_home_state(coder):
    found = dyads(coder, "The Nicaraguan government seized the property of 94 critics on Thursday, a day after a court "
                         "convicted them of treason in absentia, according to rights groups.")
    assert any(d[0] == "SANCTION" and d[1] == ("NIC",) for d in found)


def test_the_three_are_the_three_parties_just_named(coder):
    found = dyads(coder, "Serbia's president accused Croatia, Albania and Kosovo of forming a military alliance aimed "
                         "at Belgrade, days after the three signed a defence cooperation declaration in Tirana.")
    assert any(d[0] == "COOPERATE" and sorted(d[1]) == ["ALB", "HRV", "KOS"] for d in found)


def test_a_summed_up_demand_rejected_answers_the_demander(coder):
    found = dyads(coder, "Pakistan's army said on Sunday its forces had killed 19 militants in North Waziristan, and the "
                         "foreign office demanded that Kabul stop militants from using Afghan soil, a demand Kabul "
                         "rejected hours later.")
    assert ("REJECT", ("AFG",), ("PAK",)) in found and any(d[0] == "ASSAULT" for d in found)
