"""Legal, police and military verb families the parse repairs reach (verbs.json / nouns.json entries): hyphenated
verbs, 'list / re-list as', lifting immunity, clearing camps, imprisonment and impeachment nouns; the same words in
other senses code nothing. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code

EXPRESSIONS = [
    ("ASSAULT", "Police in Dhaka lathi-charged hundreds of rickshaw drivers marching on the city corporation on "
                "Sunday, hours after the mayor refused to meet their leaders, a union official said."),
    ("ASSAULT", "Syrian government helicopters barrel-bombed two villages in Idlib province on Friday, a monitoring "
                "group said, as rebels shelled army positions nearby."),
    ("ACCUSE", "Pakistan's army court-martialled a retired general on Thursday over leaks of classified documents, "
               "the military's media wing said in Rawalpindi."),
    ("SANCTION", "Washington re-listed the Houthi movement as a terrorist organisation on Wednesday, reversing a "
                 "decision taken four years earlier, the State Department said."),
    ("COERCE", "Moscow listed the Dutch broadcaster as an undesirable organisation on Tuesday, barring it from "
               "working in Russia, the prosecutor general's office said."),
    ("COERCE", "Bolivia's legislature voted on Monday to lift the immunity of a former interior minister so that "
               "prosecutors can question him over the 2019 killings, lawmakers said."),
    ("COERCE", "Riot police cleared a student encampment outside the parliament in Belgrade before dawn on "
               "Saturday, the interior ministry said."),
    ("COERCE", "Rights groups condemned the imprisonment of the Belarusian journalist by the authorities in Minsk, "
               "calling the three-year term an act of revenge."),
]

NON_EVENTS = [
    "The trade ministry said on Monday that a fast-tracked bill on pension indexation would reach parliament before "
    "the summer recess in July.",
    "Players of the popular word game complained this week that the list of blacklisted words included the names "
    "of several football clubs.",
    "Volunteers cleared rubble from the streets of Antakya on Sunday as the first shops reopened after the quake.",
    "The bill cleared its final hurdle in the Senate on Tuesday and now goes to the president for signature.",
    "The film, a court-martial drama set during the Algerian war, premiered at the Venice festival on Friday.",
]


@pytest.mark.parametrize(("etype", "text"), EXPRESSIONS, ids=[f"{t}-{s[:40]}" for t, s in EXPRESSIONS])
def test_family_expression_codes_its_type(coder, etype, text):
    assert etype in {e.event for e in code(coder, text)}


@pytest.mark.parametrize("text", NON_EVENTS, ids=[s[:40] for s in NON_EVENTS])
def test_other_senses_of_the_family_code_nothing(coder, text):
    assert code(coder, text) == []
