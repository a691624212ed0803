"""Wire datelines are split off the lead sentence so it parses as written."""

from __future__ import annotations

import pytest

from tidings.datelines import dateline_ends


@pytest.mark.parametrize(
    "text, end",
    [
        ("MANILA (AP) — China protested.", len("MANILA (AP) — ")),
        ("WASHINGTON, Sept 10 (Reuters) - Talks began.", len("WASHINGTON, Sept 10 (Reuters) - ")),
        ("KYIV, Ukraine (AP) — Drones hit.", len("KYIV, Ukraine (AP) — ")),
        ("GAZA CITY, Palestinian Territories: Tanks fired.", len("GAZA CITY, Palestinian Territories: ")),
        ("UNITED NATIONS (AP) — The council met.", len("UNITED NATIONS (AP) — ")),
        ("(AFP) - Ministers met.", len("(AFP) - ")),
    ],
)
def test_dateline_forms_are_recognised(text, end):
    assert dateline_ends(text) == [end]


@pytest.mark.parametrize(
    "text",
    ["The talks - which began Monday - stalled.", "Iran: a timeline of the talks", "NATO met on Monday."],
)
def test_ordinary_sentences_have_no_dateline(text):
    assert dateline_ends(text) == []


def test_lead_sentence_after_a_dateline_is_coded_with_its_own_subject(coder):
    text = "MOSCOW (AP) — Russia expelled two Estonian diplomats on Tuesday."
    events = coder.code(text, date="2025-01-14")
    sanction = [e for e in events if e.event == "SANCTION"]
    assert sanction, [(e.event, e.text) for e in events]
    assert {a.code for a in sanction[0].actor} == {"RUS"}
    assert {r.code for r in sanction[0].recipient} == {"EST"}
    assert sanction[0].text.startswith("Russia expelled")
    assert text[sanction[0].text_info.start : sanction[0].text_info.end] == sanction[0].text


def test_datelines_after_a_title_line_are_found():
    text = "Trade deal signed\n\nBEIJING (Xinhua) -- China and Brazil signed a deal."
    assert dateline_ends(text) == [text.index("China")]


@pytest.mark.parametrize("text, first", [
    ("ISLAMABAD/KABUL, March 3 (Reuters) - Pakistani jets struck hideouts in Khost province.", "Pakistani"),
    ("WASHINGTON/MOSCOW/KYIV, Feb 10 (Reuters) - The three governments exchanged prisoners.", "The"),
    ("ADDIS ABABA/MOGADISHU (AP) — Ethiopia and Somalia restored ties.", "Ethiopia"),
])
def test_joint_datelines_of_several_cities_are_found(text, first):
    assert dateline_ends(text) == [text.index(first)]


def test_a_joint_dateline_city_is_no_party_of_the_lead(coder):
    text = "ISLAMABAD/KABUL, March 3 (Reuters) - Pakistani jets struck hideouts in Khost province, Afghan officials said."
    assault = [e for e in coder.code(text, date="2026-03-03") if e.event == "ASSAULT"]
    assert assault and {a.code for a in assault[0].actor} == {"PAK"}


def test_a_paragraph_break_ends_a_sentence_after_a_capital_and_full_stop(coder):
    # "on X." reads as an initial; the next paragraph's subject must not become the quotation's
    text = ("Iranian Foreign Minister Abbas Araqchi warned that his country would scale back its cooperation with "
            "the International Atomic Energy Agency.\n\n\"Iran has nothing to hide,\" he wrote on X.\n\n"
            "The agency's director general, Rafael Grossi, urged Tehran to give inspectors access to the Fordow site.")
    req = [e for e in coder.code(text, date="2026-06-09") if e.event == "REQUEST"]
    assert req and {a.code for a in req[0].actor} == {"UNO"}
    assert {r.code for r in req[0].recipient} == {"IRN"}


@pytest.mark.parametrize("headline", [
    "What happened on Thursday",
    "Drone attack on Odesa",
    "Black Sea tensions: day 412",
])
def test_a_headline_paragraph_without_a_stop_does_not_swallow_the_lead(coder, headline):
    text = f"{headline}\n\nRussian missiles struck the port of Odesa overnight, the regional governor said."
    events = coder.code(text, date="2026-11-27")
    assault = [e for e in events if e.event == "ASSAULT"]
    assert assault and {a.code for a in assault[0].actor} == {"RUS"}
