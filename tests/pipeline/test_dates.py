"""The dates stage: which time expression belongs to an event, and what date it means."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.pipeline.dates import resolve_date

from .handmade import stage, story

TUESDAY = dt.date(2024, 9, 10)  # the story date used throughout: a Tuesday

# (expression, future?, expected ISO date, expected precision)
RELATIVE = [
    ("on Tuesday", False, "2024-09-10", "day"),
    ("Tuesday", False, "2024-09-10", "day"),
    ("on Wednesday", True, "2024-09-11", "day"),
    ("on Friday", True, "2024-09-13", "day"),
    ("on Friday", False, "2024-09-06", "day"),
    ("last Friday", False, "2024-09-06", "day"),
    ("next Friday", True, "2024-09-13", "day"),
    ("Monday night", False, "2024-09-09", "day"),
    ("over the weekend", False, "2024-09-02", "week"),
    ("this weekend", True, "2024-09-09", "week"),
    ("earlier this week", False, "2024-09-09", "week"),
    ("last week", False, "2024-09-02", "week"),
    ("next week", True, "2024-09-16", "week"),
    ("a week ago", False, "2024-09-02", "week"),
    ("last month", False, "2024-08-01", "month"),
    ("earlier this month", False, "2024-09-01", "month"),
    ("next month", True, "2024-10-01", "month"),
    ("within weeks", True, "2024-09-01", "month"),
    ("last year", False, "2023-01-01", "year"),
    ("early next year", True, "2025-01-01", "year"),
    ("three years ago", False, "2021-01-01", "year"),
    ("in March", False, "2024-03-01", "month"),
    ("in March", True, "2025-03-01", "month"),
    ("in late February", False, "2024-02-01", "month"),
    ("on March 3", False, "2024-03-03", "day"),
    ("3 March 2024", False, "2024-03-03", "day"),
    ("September 3, 2023", False, "2023-09-03", "day"),
    ("March 2022", False, "2022-03-01", "month"),
    ("2022", False, "2022-01-01", "year"),
    ("in 2014", False, "2014-01-01", "year"),
    ("yesterday", False, "2024-09-09", "day"),
    ("today", False, "2024-09-10", "day"),
    ("tonight", False, "2024-09-10", "day"),
    ("overnight", False, "2024-09-10", "day"),
    ("this morning", False, "2024-09-10", "day"),
    ("last night", False, "2024-09-09", "day"),
    ("two days ago", False, "2024-09-08", "day"),
    ("the day before", False, "2024-09-09", "day"),
    ("the end of 2023", False, "2023-01-01", "year"),
    ("mid-2023", False, "2023-01-01", "year"),
    ("March 3-5", False, "2024-03-03", "day"),
    ("Monday, Sept. 9", False, "2024-09-09", "day"),
    ("since February", False, "2024-02-01", "month"),
    ("in April last year", False, "2023-04-01", "month"),
    ("late March this year", False, "2024-03-01", "month"),
    ("in June next year", True, "2025-06-01", "month"),
]


@pytest.mark.parametrize(("text", "future", "iso", "precision"), RELATIVE)
def test_relative_expression_resolves_against_story_date(text, future, iso, precision):
    assert resolve_date(text, TUESDAY, future) == (iso, precision)


@pytest.mark.parametrize("text", ["gibberish", "", "the 1990s", "31 February 2024", "for ages", "soon",
                                  "99999 years ago", "9999999 weeks ago"])
def test_unreadable_expression_gives_none_not_an_error(text):
    assert resolve_date(text, TUESDAY, False) is None


def test_week_precision_is_the_monday_of_that_week():
    iso, precision = resolve_date("last week", dt.date(2024, 9, 15), False)  # a Sunday
    assert precision == "week" and dt.date.fromisoformat(iso).weekday() == 0


def test_without_story_date_only_absolute_dates_resolve():
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("3 March 2024", None) == ("2024-03-03", "day")
    assert resolve_date("in 2014", None) == ("2014-01-01", "year")


def run(coder, text, trigger, **kw):
    ctx, cand = story(coder, text, trigger, **kw)
    stage(coder, "dates")(ctx)
    return cand


def test_planned_visit_on_wednesday_is_the_coming_wednesday(coder):
    cand = run(coder, "Lammy will visit Kyiv on Wednesday, officials said on Monday.", "visit",
               event="CONSULT", aux_mode="future")
    assert (cand.date, cand.date_precision, cand.date_text) == ("2024-09-11", "day", "Wednesday")


def test_future_tense_alone_makes_the_weekday_the_coming_one(coder):
    cand = run(coder, "The two foreign ministers will meet in Geneva on Friday.", "meet", event="CONSULT")
    assert cand.date == "2024-09-13"


def test_past_tuesday_in_a_tuesday_story_is_the_same_day(coder):
    cand = run(coder, "Russian forces shelled the city on Tuesday.", "shelled")
    assert (cand.date, cand.date_precision) == ("2024-09-10", "day")


def test_date_of_the_reporting_clause_is_not_the_events_date(coder):
    cand = run(coder, "Officials said on Monday that Iran had shipped missiles to Russia.", "shipped", event="AID")
    assert cand.date is None and cand.date_precision == "story"


def test_accusation_date_does_not_date_the_accused_act(coder):
    ctx, accuse = story(coder, "Britain accused Iran on Monday of supplying Russia with missiles.", "accused",
                        event="ACCUSE")
    _, supply = story(coder, "Britain accused Iran on Monday of supplying Russia with missiles.", "supplying",
                      event="AID")
    ctx.candidates.append(supply)
    stage(coder, "dates")(ctx)
    assert accuse.date == "2024-09-09"
    assert supply.date is None


def test_when_clause_dates_the_casualties(coder):
    cand = run(coder, "At least 12 people were killed when a missile hit a market in Kharkiv on Sunday.", "killed")
    assert cand.date == "2024-09-08"


def test_duration_is_not_a_date(coder):
    cand = run(coder, "The ministers talked for three hours.", "talked", event="CONSULT")
    assert cand.date is None


def test_historical_year(coder):
    cand = run(coder, "Russia annexed Crimea in 2014.", "annexed", event="COERCE", aux_mode="historical")
    assert (cand.date, cand.date_precision) == ("2014-01-01", "year")


def test_story_without_publication_date_keeps_relative_dates_empty(coder):
    cand = run(coder, "Troops crossed the border on Friday.", "crossed", event="MOBILIZE", date=None)
    assert cand.date is None


def test_explicit_date_in_story_without_publication_date(coder):
    cand = run(coder, "Troops crossed the border on 3 March 2022.", "crossed", event="MOBILIZE", date=None)
    assert cand.date == "2022-03-03"


def test_coded_story_dates_planned_visit_and_falls_back_to_story_date(coder):
    events = coder.code("Britain's foreign secretary will visit Kyiv on Wednesday. Iran denied the claims.",
                        date="2024-09-10")
    by_text = {e.event_text: e for e in events}
    visit = by_text.get("visit")
    assert visit is not None and visit.date == "2024-09-11" and visit.date_precision == "day"
    for e in events:
        if e.date_text is None:
            assert (e.date, e.date_precision) == ("2024-09-10", "story")


@pytest.mark.parametrize(
    "text",
    [
        "Troops will have been attacking the town on the 45th of Smarch, officials might say.",
        "Russia struck Sudzha and Xanadu Heights on Blursday in the year 99999.",
        "The ministers met on 31 February 2024 in Paris, Texas, Georgia.",
        "Killed killed killed 4 4 4 on on on Tuesday Tuesday.",
        "\u2014 \u00bb On Monday \ufffd in \u0130stanbul, 3,000,000,000,000 rockets.",
    ],
)
@pytest.mark.parametrize("date", ["2024-09-10", None])
def test_odd_input_never_crashes_and_dates_stay_valid(coder, text, date):
    for e in coder.code(text, date=date):
        if e.date is not None:
            dt.date.fromisoformat(e.date)
        assert e.date_precision in ("day", "week", "month", "year", "story", "unknown")


def test_participle_clause_shares_the_date_of_its_verb(coder):
    cand = run(coder, "Russian missiles hit the city overnight, killing three people.", "killing")
    assert (cand.date, cand.date_text) == ("2024-09-10", "overnight")


@pytest.mark.parametrize(
    "text",
    ["The prime minister is visiting Kyiv on Thursday.", "The prime minister is to visit Kyiv on Thursday.",
     "The prime minister is expected to visit Kyiv on Thursday."],
)
def test_scheduled_future_forms_take_the_coming_weekday(coder, text):
    assert run(coder, text, "visiting" if "visiting" in text else "visit", event="CONSULT").date == "2024-09-12"


def test_past_tense_takes_the_previous_weekday(coder):
    assert run(coder, "The prime minister visited Kyiv on Thursday.", "visited", event="CONSULT").date == "2024-09-05"


def test_date_of_an_agreement_does_not_date_the_planned_act(coder):
    cand = run(coder, "EU ministers agreed on Monday to impose fresh sanctions on Iran.", "impose",
               event="SANCTION", aux_mode="future")
    assert cand.date is None


def test_date_of_a_governing_verb_dates_a_past_act(coder):
    cand = run(coder, "Iran began shipping drones to Russia last year.", "shipping", event="AID")
    assert (cand.date, cand.date_precision) == ("2023-01-01", "year")


def test_definite_noun_takes_the_date_of_its_earlier_mention(coder):
    text = ("The ministers prepare for a joint visit to Kyiv on Wednesday. "
            "The visit is set to be followed by talks in Washington.")
    ctx, cand = story(coder, text, "visit", event="CONSULT", aux_mode="future", occurrence=1)
    stage(coder, "dates")(ctx)
    stage(coder, "places")(ctx)
    assert (cand.date, cand.date_text) == ("2024-09-11", "Wednesday")
    assert cand.place.resolved_place == "Kyiv"


def test_indefinite_noun_does_not_borrow_a_date(coder):
    text = "A visit to Kyiv took place on Monday. Another visit is planned."
    cand = run(coder, text, "visit", event="CONSULT", occurrence=1)
    assert cand.date is None


def test_chain_of_definite_mentions_reaches_the_dated_one(coder):
    text = ("The ministers prepare for a joint visit to Kyiv on Wednesday. The visit was announced early. "
            "The visit is set to be followed by talks.")
    cand = run(coder, text, "visit", event="CONSULT", aux_mode="future", occurrence=2)
    assert cand.date == "2024-09-11"


WORDS = ["on", "in", "last", "years", "99999999", "next", "this", "early", "late", "mid", "March", "Sept.", "Tuesday", "weekend",
         "week", "month", "year", "ago", "two", "3", "2024", "1990s", "the", "day", "before", "night", "31",
         "February", "-", "within", "weeks", "yesterday", "tonight", "of", "end", "12/31/2023", "99999"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6), st.booleans(),
       st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_any_expression_gives_a_valid_date_or_none(words, future, pub):
    result = resolve_date(" ".join(words), pub, future)
    if result is not None:
        iso, precision = result
        dt.date.fromisoformat(iso)
        assert precision in ("day", "week", "month", "year")


@pytest.mark.parametrize(("text", "iso"), [
    ("Spain's prime minister will fly to Rabat to meet King Mohammed VI on Friday.", "2024-09-13"),
    ("Spain's prime minister flew to Rabat to meet King Mohammed VI on Friday.", "2024-09-06"),
])
def test_purpose_clause_dates_the_trip_it_serves(coder, text, iso):
    events = [e for e in coder.code(text, date="2024-09-10") if e.event_text in ("fly", "flew")]
    assert events and events[0].date == iso, [(e.event, e.event_text, e.date) for e in events]


def test_purpose_of_a_trip_takes_the_trips_date(coder):
    events = coder.code("Spain's prime minister will fly to Rabat next week to sign a migration pact with Morocco.",
                        date="2024-09-10")
    signing = [e for e in events if e.event_text == "sign"]
    assert signing and signing[0].date == "2024-09-16" and signing[0].aux_mode == "future"


@pytest.mark.parametrize(("text", "trigger", "iso"), [
    # a past offer or agreement to do something later is dated on the day it was made (story: Tue 2024-09-10)
    ("In a phone call with Kenyan President William Ruto on Friday, Ethiopian Prime Minister Abiy Ahmed "
     "offered to host a new round of talks in Addis Ababa.", "offered", "2024-09-06"),
    ("On Sunday, the Japanese and South Korean foreign ministers met in Seoul, and the two ministers agreed "
     "to resume regular defence talks.", "agreed", "2024-09-08"),
    ("Egypt and Turkey agreed in February to restore full diplomatic ties.", "agreed", "2024-02-01"),
])
def test_a_past_offer_of_a_future_act_is_dated_when_it_was_made(coder, text, trigger, iso):
    events = [e for e in coder.code(text, date="2024-09-10") if e.event_text == trigger]
    assert events and events[0].date == iso, [(e.event, e.event_text, e.date) for e in coder.code(text, date="2024-09-10")]


def test_the_day_of_the_saying_does_not_date_the_visit_announced(coder):
    # "on Monday" is when Lula spoke; the visit he announced is in November
    events = coder.code("Brazilian President Luiz Inacio Lula da Silva said on Monday he would visit Beijing "
                        "in November.", date="2024-09-10")
    visit = [e for e in events if e.event_text == "visit"]
    assert visit and visit[0].date == "2024-11-01", [(e.event, e.event_text, e.date) for e in events]


def test_present_perfect_news_is_dated_by_its_report(coder):
    cand = run(coder, "Serbia and Kosovo have agreed on a plan to share electricity, the two governments said on "
                      "Monday.", "agreed", event="AGREE")
    assert (cand.date, cand.date_precision) == ("2024-09-09", "day")


def test_time_in_another_clauses_indefinite_subject_is_not_shared(coder):
    cand = run(coder, "India and China have clashed repeatedly in the Himalayas, and a brawl in June killed "
                      "twenty soldiers.", "clashed", event="ASSAULT")
    assert cand.date is None


def test_a_date_naming_a_thing_does_not_date_the_event(coder):
    cand = run(coder, "The opposition will ask the court to annul the March 9 election.", "ask",
               event="REQUEST", aux_mode="future")
    assert cand.date is None


def test_a_progressive_act_is_dated_by_its_report(coder):
    cand = run(coder, "Moldova's president said on Monday that her government was expelling two Russian diplomats.",
               "expelling", event="SANCTION")
    assert cand.date == "2024-09-09"
