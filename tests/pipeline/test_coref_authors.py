"""A reaction to an act the story told without an event (tidings.pipeline.coref_authors): "the vote", "the law",
"the remarks", "the deployment", "the manoeuvre" name the author of an earlier clause, not nobody."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes


def _reaction(coder, text: str, trigger: str):
    events = [e for e in code(coder, text.replace(" || ", "\n\n")) if e.event_text == trigger]
    assert events, f"no event on {trigger!r}"
    return events[-1]


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("Georgia's parliament on Tuesday passed a bill requiring groups that receive foreign funding to register "
                 "as agents of foreign influence, despite weeks of street protests. || The European Union's foreign policy "
                 "chief deplored the vote and said it would hamper the country's path towards membership.",
                 "deplored", ("GEO",), id="vote-of-a-parliament"),
    pytest.param("Slovakia's parliament on Wednesday approved a law restricting the activities of foreign-funded charities, "
                 "in a vote boycotted by the opposition. || The U.S. State Department criticised the legislation as a step "
                 "backwards for democracy in central Europe.", "criticised", ("SVK",), id="legislation-approved"),
    pytest.param("Kyrgyz President Sadyr Japarov signed a decree on Wednesday suspending the movement of Tajik lorries through "
                 "three border crossings. || Tajikistan's foreign ministry criticised the decree as unfriendly.",
                 "criticised", ("KGZ",), id="decree-signed"),
    pytest.param("Nicaragua's congress approved sweeping constitutional changes on Thursday that extend the presidential "
                 "term to six years. || The Organization of American States condemned the reforms as the final dismantling "
                 "of democracy in the country.", "condemned", ("NIC",), id="reforms-approved"),
], )
def test_a_law_or_vote_told_without_an_event_names_its_author(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("Speaking at a campaign rally in Ohio, Donald Trump said Mexico was deliberately sending criminals and "
                 "drugs across the southern border. || Mexico's foreign ministry described the comments as regrettable and "
                 "false.", "described", ("USA",), id="comments-of-a-rally-speech"),
    pytest.param("Serbian President Aleksandar Vucic told a news conference in Belgrade on Thursday that Kosovo's prime "
                 "minister was a terrorist who dreamed of expelling every Serb from the north. || Albin Kurti's office "
                 "condemned the language as hate speech.", "condemned", ("SRB",), id="language-of-a-news-conference"),
])
def test_words_are_their_speaker_s(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient


def test_a_trailing_attribution_is_no_speaker_of_the_remarks(coder):
    # the military that reports the attack did not make "the remarks": no speaker is better than the reporter
    ev = _reaction(coder, "Gunmen attacked a checkpoint near the border on Sunday, killing two soldiers, the Nigerien army "
                          "said. || Officials in Benin condemned the remarks.", "condemned")
    assert "NER" not in entity_codes(ev.recipient)


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("A Russian Su-27 fighter jet dumped fuel on a U.S. surveillance drone over the Black Sea on Tuesday before "
                 "striking its propeller, the U.S. military said. || The Pentagon condemned the manoeuvre as reckless and "
                 "unprofessional.", "condemned", ("RUS",), id="manoeuvre-is-the-attack"),
    pytest.param("Chinese coast guard vessels fired water cannon at a Philippine supply boat near the Second Thomas Shoal on "
                 "Tuesday. || The Philippine foreign ministry summoned China's envoy. || U.S. Secretary of State Antony "
                 "Blinken called the manoeuvre reckless.", "called", ("CHN",), id="manoeuvre-adjective-label"),
    pytest.param("Ecuador's President Daniel Noboa on Monday ordered troops into the country's largest prisons after a wave "
                 "of riots. || Opposition lawmakers criticised the deployment as unconstitutional and demanded that Noboa "
                 "appear before the national assembly.", "criticised", ("ECU",), id="deployment-ordered-at-home"),
])
def test_a_manoeuvre_or_deployment_is_its_doer_s(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("Poland's parliament approved a bill on Friday that would strip the president of the power to appoint "
                 "judges. || President Andrzej Duda vetoed the bill on Monday.", "vetoed", ("POL",), id="president-vetoes"),
    pytest.param("South Korea's opposition-controlled National Assembly on Thursday passed a bill appointing a special "
                 "counsel. || President Yoon Suk Yeol rejected the bill hours later.", "rejected", ("KOR",),
                 id="assembly-head-not-its-modifier"),
    pytest.param("Colombia's Constitutional Court struck down parts of a decree issued by President Gustavo Petro declaring "
                 "an economic emergency in La Guajira. || Petro criticised the ruling.", "criticised", ("COL",),
                 id="court-ruling"),
])
def test_one_branch_of_a_state_answering_another_is_domestic(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("The U.N. Security Council on Thursday renewed the mandate of the peacekeeping force in southern Lebanon "
                 "for a final year. || Diplomats said France had drafted the text after weeks of talks. || Lebanon's "
                 "caretaker government welcomed the vote.", "welcomed", ("UNO",), id="vote-renewing-a-mandate"),
    pytest.param("The European Parliament on Wednesday adopted a non-binding text urging member states to recognise "
                 "Taiwan's right to take part in U.N. bodies. || Lawmakers from all the main political groups backed the "
                 "measure. || China's mission to the EU condemned the resolution as gross interference.", "condemned",
                 ("EUR",), id="resolution-adopted"),
])
def test_a_vote_or_resolution_is_the_body_s_that_adopted_it(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient


def test_a_decision_far_below_the_lead_is_the_lead_act(coder):
    ev = _reaction(coder, "BEIJING, Oct 12 (Reuters) - The Netherlands on Friday expanded restrictions on exports of advanced "
                          "chipmaking equipment to China. || The Dutch government said the measure was taken on national "
                          "security grounds. || ASML, the country's largest company, said it did not expect a material "
                          "impact on its results. || Shares in the company fell two percent in Amsterdam trading. || "
                          "China's commerce ministry criticised the decision.", "criticised")
    assert entity_codes(ev.recipient) == ("NLD",)


def test_dismay_at_an_announcement_is_at_its_maker(coder):
    ev = _reaction(coder, "Georgian Prime Minister Irakli Kobakhidze on Thursday suspended talks on joining the European "
                          "Union until 2028. || Washington and Brussels expressed dismay at the announcement.",
                   "expressed dismay")
    assert entity_codes(ev.recipient) == ("GEO",)


@pytest.mark.parametrize("text, trigger, recipient", [
    pytest.param("Israeli troops on Wednesday blew up two residential buildings in the West Bank town of Qabatiya. || The "
                 "Palestinian foreign ministry condemned the demolitions as collective punishment.", "condemned", ("ISR",),
                 id="demolitions"),
    pytest.param("Saudi Arabia executed seven men convicted of terrorism offences on Tuesday, including two Bahraini "
                 "nationals. || Bahrain's opposition in exile condemned the executions.", "condemned", ("SAU",),
                 id="executions"),
    pytest.param("Azerbaijani forces on Tuesday tightened a blockade of the Lachin corridor, the only road linking Armenia "
                 "with Nagorno-Karabakh. || Armenia's foreign ministry called the blockade a crime against humanity.",
                 "called", ("AZE",), id="blockade"),
])
def test_hostile_act_nouns_name_the_act_told_before(coder, text, trigger, recipient):
    assert entity_codes(_reaction(coder, text, trigger).recipient) == recipient
