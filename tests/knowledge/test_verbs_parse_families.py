"""Legal, police and military verb families the parse repairs reach (verbs.json / nouns.json entries): hyphenated
verbs, 'list / re-list as', lifting immunity, clearing camps, captured people handed over, rulings called
arbitrary, imprisonment and arraignment nouns; the same words in
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
    ("RETREAT", "Colombian soldiers handed three captured guerrilla commanders to a Red Cross delegation in Cauca on "
                "Tuesday, the army said, as part of a humanitarian exchange."),
    ("ACCUSE", "Georgia's president described the court ruling as arbitrary on Thursday, saying the judges in "
               "Tbilisi had acted on orders from the ruling party."),
    ("COERCE", "About 300 Afghan asylum seekers were pushed back across the border by Iranian guards during the night, "
               "the Taliban's refugee ministry said on Saturday."),
    ("COERCE", "Pakistan's anti-corruption bureau attached three houses and a farm belonging to a former opposition "
               "minister in Lahore on Wednesday, officials said."),
    ("THREATEN", "A court in Tbilisi approved an arrest warrant for the exiled former defence minister on Monday, "
                 "the prosecutor's office said."),
    ("ASSAULT", "Israel's defence ministry approved the demolition of 12 Palestinian homes near Hebron on Sunday, "
                "a rights group said."),
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
    "The electoral commission pushed back the date of the municipal vote to November, citing a shortage of ballot "
    "papers in the northern provinces.",
    "The minister said Beijing attached great importance to its trade ties with Jakarta, which have grown fast "
    "since the pandemic.",
    "The film, a court-martial drama set during the Algerian war, premiered at the Venice festival on Friday.",
]


@pytest.mark.parametrize(("etype", "text"), EXPRESSIONS, ids=[f"{t}-{s[:40]}" for t, s in EXPRESSIONS])
def test_family_expression_codes_its_type(coder, etype, text):
    assert etype in {e.event for e in code(coder, text)}


@pytest.mark.parametrize("text", NON_EVENTS, ids=[s[:40] for s in NON_EVENTS])
def test_other_senses_of_the_family_code_nothing(coder, text):
    assert code(coder, text) == []


@pytest.mark.parametrize(("text", "event", "actor"), [
    ("Canada barred five Belarusian police commanders from entering the country over the brutal dispersal of "
     "protesters in Minsk, the foreign ministry said.", "ASSAULT", "BLR"),
    ("Ottawa summoned the Serbian envoy after the dispersal of a student sit-in outside parliament in Belgrade.",
     "ASSAULT", "SRB"),
])
def test_agentless_crowd_dispersal_is_the_scenes_state(coder, text, event, actor):
    found = {(e.event, tuple(sorted({a.code for a in e.actor}))) for e in code(coder, text)}
    assert (event, (actor,)) in found, found
