"""Event words in generic statements (event_generic): habits, dated episodes, what a law requires, ordinary
crime; and the matching sentences that do report the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text", [
    "Chinese warships routinely sail through the Taiwan Strait, which Beijing claims as internal waters.",
    "Belarusian helicopters regularly patrol the forests along the Lithuanian border, the Lithuanian border guard "
    "service says.",
    "Iranian speedboats often harass tankers passing through the Strait of Hormuz, U.S. naval officers say.",
    "Pensioners rally outside the Romanian labour ministry in Bucharest every Wednesday to demand higher "
    "pensions.",
    "Seoul usually protests when Japanese lawmakers visit the Yasukuni shrine.",
])
def test_a_present_habit_reports_no_act(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text, etype", [
    ("Two Chinese warships sailed through the Taiwan Strait on Sunday, Taiwan's defence ministry said.", "MOBILIZE"),
    ("Iranian speedboats harassed a Greek-flagged tanker in the Strait of Hormuz on Tuesday, the U.S. Navy said.",
     "COERCE"),
    ("Russian forces repeatedly shelled the city of Nikopol on Saturday, the regional governor said.", "ASSAULT"),
    ("South Korean and U.S. warships now hold joint drills off Jeju island every month, the South Korean navy said "
     "on Monday.", "COOPERATE"),
])
def test_the_same_act_told_as_done_stays(coder, text, etype):
    assert etype in _types(coder, text)


def test_an_act_noun_dated_by_a_year_in_a_time_phrase_is_a_label(coder):
    text = ("Finland will spend 300 million euros on border fences next year, part of a security plan drawn up "
            "after Russia's 2014 annexation of Crimea, the interior ministry said on Monday.")
    assert _types(coder, text) == []


def test_a_dated_act_named_as_the_content_of_blame_stays(coder):
    text = "Canada on Tuesday blamed Russian military hackers for the 2024 breach of its parliament's email system."
    assert "ACCUSE" in _types(coder, text)
    assert any(t in ("COERCE", "ASSAULT") for t in _types(coder, text))


@pytest.mark.parametrize("text", [
    "The Global Magnitsky Act allows Washington to impose sanctions on foreign officials who abuse human rights.",
    "The Taiwan Relations Act requires the United States to supply Taiwan with defensive weapons.",
    "NATO's founding treaty commits members to defend any ally that comes under attack.",
])
def test_what_a_law_or_treaty_requires_is_no_act(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text", [
    "Armed robbers attacked a bullion van on a motorway near Johannesburg on Thursday and escaped with cash.",
    "Armed robbers stormed a bank in Nairobi on Friday and killed a security guard, police said.",
])
def test_ordinary_crime_has_no_political_actor(coder, text):
    assert _types(coder, text) == []


def test_a_crime_on_state_forces_stays(coder):
    text = "Poachers shot dead two park rangers and attacked a police patrol in northern Kenya on Tuesday."
    assert "ASSAULT" in _types(coder, text)


@pytest.mark.parametrize("text", [
    "Former Philippine President Fidel Ramos, who signed a peace deal with Muslim rebels in 1996, was buried in "
    "Manila on Sunday.",
    "The European Court of Human Rights, which fined Turkey in 2020 over the jailing of Selahattin Demirtas, moved "
    "into a new building in Strasbourg on Monday.",
])
def test_a_dated_past_relative_clause_alone_describes_its_party(coder, text):
    assert _types(coder, text) == []


def test_a_year_naming_a_thing_does_not_date_the_relative_clause(coder):
    text = ("The Arab League, which brokered the 1989 Taif agreement, said on Monday that it would hold an emergency "
            "meeting.")
    assert "AGREE" in _types(coder, text)


def test_a_dated_past_relative_clause_beside_a_reported_act_stays(coder):
    text = ("Azerbaijan, which seized Nagorno-Karabakh in a lightning offensive in 2023, shelled Armenian positions "
            "near Sotk on Tuesday, Yerevan said.")
    assert _types(coder, text).count("ASSAULT") >= 1


@pytest.mark.parametrize("text, kept", [
    ("Israel freed 150 Palestinian detainees on Monday, far fewer than the 600 Hamas had demanded.", "RETREAT"),
    ("Police detained 60 students in Belgrade on Friday, fewer than the 250 they arrested during the March "
     "protests.", "COERCE"),
])
def test_a_definite_comparison_standard_reports_no_act(coder, text, kept):
    types = _types(coder, text)
    assert types.count(kept) == 1 and "REQUEST" not in types


def test_an_approximate_quantity_is_no_comparison_standard(coder):
    text = "More than 300 farmers who marched on the parliament in Warsaw were detained by police on Tuesday."
    assert "PROTEST" in _types(coder, text)


@pytest.mark.parametrize("text", [
    "An observer team set up under the truce is tasked with monitoring the withdrawal of Ethiopian and Eritrean "
    "troops from the border, an African Union official said.",
    "Under the new rules, Moldovan broadcasters are required to drop Russian news programmes from their schedules.",
    "Canadian instructors tasked with training Latvian reservists arrived in Riga on Monday.",
    # (round 23: an assigned duty is no event at all; it was a hypothetical RETREAT before)
    "Rwanda is required to withdraw its forces from eastern Congo within 90 days under the accord.",
    "Romanian border police, who are obliged to turn back anyone crossing without papers, opened a new post near "
    "the Ukrainian frontier.",
])
def test_an_assigned_duty_is_no_act_done(coder, text):
    types = _types(coder, text)
    assert not {"RETREAT", "SANCTION", "AID", "COERCE"} & set(types)


@pytest.mark.parametrize("text, etype", [
    ("Ethiopian troops withdrew from the border town of Zalambessa on Monday, an African Union official said.",
     "RETREAT"),
    ("Canadian instructors trained Latvian reservists near Riga on Monday, the Latvian army said.", "AID"),
])
def test_the_act_itself_done_stays(coder, text, etype):
    assert etype in _types(coder, text)


@pytest.mark.parametrize("text", [
    "The truce between Armenia and Azerbaijan ended three weeks of fighting in Nagorno-Karabakh, officials said.",
    "Chile and Peru signed a fisheries accord on Monday, ending nearly a decade of negotiations between the two "
    "neighbours.",
])
def test_the_stretch_an_ending_closes_is_no_act(coder, text):
    assert not {"ASSAULT", "CONSULT"} & set(_types(coder, text))


def test_a_stretch_of_fighting_told_as_news_stays(coder):
    text = "Armenian and Azerbaijani troops fought for three days along the border, officials in Yerevan said."
    assert "ASSAULT" in _types(coder, text)
