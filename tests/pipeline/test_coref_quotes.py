"""Round 12 (stories): story references across sentences — a quotation standing as its own sentence,
descriptions of armed groups and of one country, local officials among several countries, a protest
reacted to, the dateline's line under a headline, and two-clause headlines."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes
from .test_actors import run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2026-02-17": run(stage, coder.nlp, text, date)


def _codes(ms, text):
    return [m.code for m in ms if m.text == text]


def _events(coder, text, date="2026-02-17"):
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=date)]


# -- a quotation that is a sentence of its own -----------------------------------------------------

def test_quotation_running_on_after_its_attribution_is_the_speaker_s(actors):
    ms = actors("BEIRUT, Feb 17 (Reuters) - Israeli jets struck Hezbollah depots on Tuesday.\n\n"
                "\"We will hit Hezbollah everywhere in Lebanon,\" Katz said. "
                "\"Our forces will destroy every launcher they find.\"")
    assert _codes(ms, "forces") == ["ISR"]


def test_quotation_attributed_in_the_next_sentence_is_that_speaker_s(coder):
    found = _events(coder, "BEIRUT, Feb 17 (Reuters) - Israeli jets struck Hezbollah depots on Tuesday.\n\n"
                           "\"We will hit Hezbollah everywhere in Lebanon.\"\n\n"
                           "Defence Minister Israel Katz said this in a statement.")
    assert any(actor == ("ISR",) and recipient == ("LBN",) for _, actor, recipient in found[1:])


def test_quotation_with_its_attribution_inside_is_left_to_the_sentence(actors):
    ms = actors("Israeli jets struck Hezbollah depots on Tuesday. "
                "\"We will respond,\" Hezbollah said, \"and our fighters are ready.\"")
    assert not [m for m in ms if m.text.lower() == "we" and m.code == "ISR"]


# -- descriptions of an armed group ----------------------------------------------------------------

@pytest.mark.parametrize("description", ["The Iran-backed group", "The militant group"])
def test_described_group_is_the_group_named_before(coder, description):
    found = _events(coder, "JERUSALEM, Feb 17 (Reuters) - Israeli jets struck Hezbollah depots on Tuesday.\n\n"
                           f"{description} also fired a drone at an Israeli army post.")
    assert ("ASSAULT", ("LBN",), ("ISR",)) in found


# -- a local official in a sentence naming several countries -----------------------------------------

CASES_QUOTED_REFERENCE_NAMES_ITS_PARTY = [
    pytest.param(
        "KYIV, March 3 (Reuters) - Ukraine's general staff said its drones had struck an oil depot in "
        "Russia's Bryansk region overnight, and the regional governor accused Kyiv of trying to "
        "terrorise residents.",
        "2026-03-03", "ACCUSE", "RUS", "UKR", id="regional_governor_is_of_the_region_named_as_the_scene"),
    pytest.param(
        "DUBAI, May 19 (Reuters) - The United Arab Emirates summoned Iran's ambassador on Tuesday to "
        "protest against a visit by Iranian President Masoud Pezeshkian to Abu Musa.\n\nIran rejected "
        "the protest.",
        "2026-05-19", "REJECT", "IRN", "ARE", id="rejected_protest_names_the_protester"),
    pytest.param(
        "KYIV, March 3 (Reuters) - German Defence Minister Boris Pistorius, who arrived in Kyiv on "
        "Monday for talks with his Ukrainian counterpart, said Berlin would deliver two more air "
        "defence systems within weeks.",
        "2026-03-03", "AGREE", "DEU", "UKR", id="promise_on_a_visit_is_for_the_host"),
    pytest.param(
        "TAIPEI, June 11 (Reuters) - China sent warplanes around Taiwan on Thursday.\n\nChina's Taiwan "
        "Affairs Office said Lai Ching-te was a troublemaker.\n\nThe office warned that Beijing would "
        "crush any attempt at independence by Taiwan.",
        "2026-06-11", "THREATEN", "CHN", "TWN", id="the_office_is_the_named_office"),
    pytest.param(
        "China holds drills around Taiwan after island's president visits U.S.",
        "2026-06-11", "CONSULT", "TWN", "USA", id="headline_island_without_its_article_is_the_island_named"),
    pytest.param(
        "NIAMEY, June 23 (Reuters) - Niger's military government said on Tuesday it had taken control "
        "of a uranium mine run by French nuclear group Orano.\n\nOrano said it would go to court.\n\nThe "
        "junta has repeatedly accused Paris of plotting to destabilise the country.",
        "2026-06-23", "ACCUSE", "NER", "FRA", id="the_junta_is_the_military_government_named_before"),
    pytest.param(
        "PARIS, Feb 2 (Reuters) - French President Emmanuel Macron hosted Ukrainian President "
        "Volodymyr Zelenskiy at the Elysee on Monday.\n\nMacron promised 300 million euros in military "
        "aid.",
        "2026-02-02", "AGREE", "FRA", "UKR", id="host_s_promise_on_a_visit_is_for_the_guest"),
    pytest.param(
        "BRUSSELS, Feb 2 (Reuters) - The EU imposed new sanctions on Iran.\n\nTehran condemned it.",
        "2026-02-02", "ACCUSE", "IRN", "EUR", id="condemning_it_after_an_act_answers_the_doer"),
]


@pytest.mark.parametrize(("text", "date", "event", "actor", "recipient"),
                         CASES_QUOTED_REFERENCE_NAMES_ITS_PARTY)
def test_quoted_reference_names_its_party(coder, text, date, event, actor, recipient):
    found = _events(coder, text, date=date)
    assert (event, (actor,), (recipient,)) in found


# -- a reaction to a protest -------------------------------------------------------------------------

# -- a headline above the dateline; the island ---------------------------------------------------------

_TAIWAN = ("China holds drills around Taiwan\n\n"
           "TAIPEI, June 11 (Reuters) - China sent dozens of warplanes around Taiwan on Thursday, the island's "
           "defence ministry said.\n\nThe ministry accused Beijing of undermining peace in the Taiwan Strait.\n\n"
           "Japan's top government spokesman said Tokyo was closely watching the drills.\n\n"
           "Lai Ching-te called on Beijing to respect the island's democracy.")


def test_ministry_after_a_description_s_ministry_is_that_one_not_the_headline_s_country(coder):
    assert ("ACCUSE", ("TWN",), ("CHN",)) in _events(coder, _TAIWAN, date="2026-06-11")


def test_dateline_under_a_headline_is_its_own_sentence(coder):
    doc = coder.nlp(_TAIWAN)
    starts = {s[0].text for s in doc.sents}
    assert "TAIPEI" in starts


def test_repeated_island_keeps_its_referent_after_another_island_state(actors):
    ms = actors(_TAIWAN, "2026-06-11")
    assert [m.code for m in ms if m.text == "the island"] == ["TWN", "TWN"]


# -- two-clause headlines ---------------------------------------------------------------------------

def test_headline_of_two_clauses_codes_both(coder):
    found = _events(coder, "Russia pounds Ukraine's power grid, Zelenskiy urges allies to speed up air defences")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in found
    assert any(e == "REQUEST" and a == ("UKR",) and "RUS" not in r for e, a, r in found)


def test_headline_speaker_tail_stays_a_quotation(coder):
    assert _events(coder, "Russia is losing the war, Zelenskiy tells allies") == []


# -- a gift or promise on a visit; "the office" ------------------------------------

# -- "the junta"; "they" after a sentence-final attribution ---------------------------------------------

def test_they_after_an_attribution_tail_is_the_report_s_subject(coder):
    found = _events(coder, "KHARTOUM, Jan 5 (Reuters) - The Rapid Support Forces shelled a market in Omdurman on "
                           "Sunday, killing 30 people, the army said.\n\nThey also attacked a hospital.",
                    date="2026-01-05")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == ("SDN",)][1:]


# -- a reaction to "it" --------------------------------------------------------------------------------

def test_rejecting_it_after_a_proposal_answers_the_proposers(coder):
    found = _events(coder, "CAIRO, Feb 2 (Reuters) - Egypt and Qatar urged Israel and Hamas on Monday to accept a "
                           "new ceasefire proposal.\n\nHamas said it was studying the proposal, while Israel's prime "
                           "minister Benjamin Netanyahu rejected it.", date="2026-02-02")
    assert ("REJECT", ("ISR",), ("EGY", "QAT")) in found


def test_captives_named_again_keep_their_country(coder):
    found = _events(coder, "JERUSALEM (AP) — Hamas freed three Israeli hostages on Sunday.\n\n"
                           "Under the first stage of the agreement, Hamas is to free 33 hostages over six weeks.")
    assert [r for e, a, r in found if a == ("PSE",)] == [("ISR",), ("ISR",)]


def test_returned_fire_answers_the_side_that_fired(coder):
    found = _events(coder, "BANGKOK (AP) — Cambodian soldiers opened fire on Thai troops.\n\nThai troops returned fire.")
    assert ("ASSAULT", ("THA",), ("KHM",)) in found


def test_retaliation_of_the_same_kind_targets_the_first_attacker(coder):
    found = _events(coder, "KYIV (Reuters) - Russia struck Kyiv with missiles.\n\nUkraine retaliated with drone strikes.")
    assert ("ASSAULT", ("UKR",), ("RUS",)) in found


def test_title_and_given_name_after_a_patronymic_name_is_that_person(coder):
    found = _events(coder, "RIYADH, March 9 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan met U.S. "
                           "Secretary of State Marco Rubio in Riyadh on Monday.\n\n"
                           "Prince Faisal urged Washington to press Israel to allow aid into Gaza.", date="2026-03-09")
    assert any(e == "REQUEST" and a == ("SAU",) and "USA" in r for e, a, r in found)


def test_the_three_allies_are_the_three_named_before(coder):
    found = _events(coder, "TOKYO, Feb 2 (Reuters) - Japan, South Korea and the United States held joint naval drills "
                           "on Monday.\n\nThe three allies also condemned North Korea's missile launches.")
    assert ("ACCUSE", ("JPN", "KOR", "USA"), ("PRK",)) in found


def test_a_quotation_is_the_statement_the_next_sentence_names_by_its_owner(coder):
    found = _events(coder, "\"We call on Washington to lift these illegal sanctions immediately.\"\n\nThe statement by "
                           "China's commerce ministry came a day after the U.S. blacklisted 20 Chinese firms.")
    assert ("REQUEST", ("CHN",), ("USA",)) in found
