"""The context stage: PLOVER contexts from the sentence, the story and the event itself."""

from __future__ import annotations

import pytest

from tidings import plover
from tidings.pipeline.context import context_knowledge
from tidings.records import Materiel

from .handmade import stage, story


def run(coder, text, trigger, **kw):
    ctx, cand = story(coder, text, trigger, **kw)
    stage(coder, "context")(ctx)
    return cand


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The government imposed new sanctions on Moscow's banks.", "imposed", "economic"),
        ("Thousands of refugees fled across the border.", "fled", "migration"),
        ("Hackers launched a cyberattack on the ministry's servers.", "launched", "cyber"),
        ("The court sentenced the opposition leader to five years.", "sentenced", "legal"),
        ("Inspectors said Iran had expanded its uranium enrichment.", "expanded", "cbrn"),
        ("Voters went to the polls in a disputed presidential election.", "went", "election"),
        ("Police arrested the smugglers near the port.", "arrested", "trafficking"),
        ("The minister was charged with bribery.", "charged", "corruption"),
    ],
)
def test_sentence_terms_give_context(coder, text, trigger, expected):
    assert expected in run(coder, text, trigger, event="COERCE").context


def test_context_needs_several_story_sentences(coder):
    one = "The ministers met in Brussels. They discussed the economy."
    cand = run(coder, one, "met", event="CONSULT")
    assert "economic" not in cand.context
    many = ("The ministers met in Brussels. They discussed inflation. Trade fell sharply. "
            "The central bank raised rates.")
    cand = run(coder, many, "met", event="CONSULT")
    assert "economic" in cand.context


@pytest.mark.parametrize(
    ("sector", "expected"), [("MIL", "military"), ("SPY", "intelligence"), ("LEG", "legislative"),
                             ("JUD", "legal"), ("REF", "migration")],
)
def test_actor_sector_gives_context(coder, sector, expected):
    cand = run(coder, "Officials met the delegation.", "met", event="CONSULT",
               actors=(("Officials", "FRA", sector),))
    assert expected in cand.context


@pytest.mark.parametrize(
    ("event", "mode", "expected"),
    [("COERCE", "cyber", "cyber"), ("COERCE", "misinformation", "misinformation"),
     ("ASSAULT", "unconventional", "cbrn")],
)
def test_event_mode_gives_same_named_context(coder, event, mode, expected):
    cand = run(coder, "The group acted against the town.", "acted", event=event, mode=mode)
    assert expected in cand.context


def test_weapons_materiel_gives_military_for_state_actors(coder):
    ctx, cand = story(coder, "Iran sent the shipment to Russia.", "sent", event="AID",
                      actors=(("Iran", "IRN", "GOV"),))
    cand.materiel = [Materiel(text="missiles", category="ballistic_missile")]
    stage(coder, "context")(ctx)
    assert "military" in cand.context


def test_weapons_in_rebel_hands_do_not_make_military(coder):
    ctx, cand = story(coder, "Rebels used the rifles in the raid.", "used", event="ASSAULT",
                      actors=(("Rebels", "SDN", "REB"),))
    cand.materiel = [Materiel(text="rifles", category="small_arms")]
    stage(coder, "context")(ctx)
    assert "military" not in cand.context


def test_specific_crime_context_replaces_crime(coder):
    cand = run(coder, "Police said the gang ran a human trafficking ring.", "ran", event="COERCE")
    assert "trafficking" in cand.context and "crime" not in cand.context


def test_contexts_are_sorted_unique_and_plover(coder):
    text = ("Russian troops shelled the nuclear power plant as refugees fled. The army denied it. "
            "Diplomats met at the embassy. The army said more troops would come.")
    cand = run(coder, text, "shelled", actors=(("troops", "RUS", "MIL"),))
    assert cand.context == sorted(set(cand.context))
    assert set(cand.context) <= set(plover.contexts())
    assert {"military", "cbrn", "migration"} <= set(cand.context)


def test_lexicon_covers_every_plover_context():
    assert set(context_knowledge()["lexicon"]) == set(plover.contexts())


def test_meeting_between_countries_is_diplomatic(coder):
    cand = run(coder, "Blinken met Lammy in London.", "met", event="CONSULT",
               actors=(("Blinken", "USA", "GOV"),), recipients=(("Lammy", "GBR", "GOV"),))
    assert "diplomatic" in cand.context


def test_domestic_meeting_is_not_diplomatic_by_rule(coder):
    cand = run(coder, "The mayor met the governor.", "met", event="CONSULT",
               actors=(("mayor", "USA", "GOV"),), recipients=(("governor", "USA", "GOV"),))
    assert "diplomatic" not in cand.context


def test_source_office_is_not_a_topic(coder):
    cand = run(coder, "Israeli forces raided Jenin, the Palestinian health ministry said.", "raided", event="COERCE")
    assert "health" not in cand.context


def test_state_weapons_against_rebels_are_military(coder):
    ctx, cand = story(coder, "Israeli jets struck Hezbollah depots.", "struck", event="ASSAULT",
                      actors=(("Israeli", "ISR", None),), recipients=(("Hezbollah", "LBN", "REB"),))
    cand.materiel = [Materiel(text="jets", category="aircraft")]
    stage(coder, "context")(ctx)
    assert "military" in cand.context


def test_passing_theme_of_a_long_story_is_not_story_context(coder):
    filler = " ".join(f"The delegates met again in room {i}." for i in range(30))
    text = "The ministers met in Brussels. Trade fell. Inflation rose. The central bank acted. " + filler
    cand = run(coder, text, "met", event="CONSULT")
    assert "economic" not in cand.context
