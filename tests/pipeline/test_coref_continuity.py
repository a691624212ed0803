"""A sentence-opening "he" continues the previous subject (tidings.pipeline.coref_continuity)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event


def test_a_sentence_opening_he_continues_the_previous_subject(coder):
    events = code(coder, "U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone on Tuesday. "
                         "He urged him to agree to a ceasefire in Ukraine within two weeks.", date="2026-08-12")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("USA",) and entity_codes(req.recipient) == ("RUS",)


def test_a_sentence_opening_it_is_the_previous_main_subject_not_the_reported_one(coder):
    events = code(coder, "China's foreign ministry said on Monday that Philippine vessels had intruded into Chinese "
                         "waters. It urged Manila to stop its provocations.", date="2026-08-11")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("CHN",) and entity_codes(req.recipient) == ("PHL",)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Turkish Foreign Minister Hakan Fidan travelled to Damascus on Monday for talks with Syria's interim president "
     "Ahmed al-Sharaa. He pledged that Ankara would help rebuild the country's power grid.", "AGREE", "TUR", "SYR"),
    ("Kenyan President William Ruto received Sudan's army chief Abdel Fattah al-Burhan at State House in Nairobi on "
     "Tuesday. He offered to host a fresh round of peace talks between the warring parties.", "AGREE", "KEN", "SDN"),
    ("French President Emmanuel Macron met Lebanese President Joseph Aoun at the Elysee Palace on Wednesday. He "
     "condemned Israeli strikes on southern Lebanon.", "ACCUSE", "FRA", "ISR"),
    # the role's holder named in apposition, and a "she" with an object "him"
    ("The United Nations envoy for Libya, Hanna Tetteh, met eastern commander Khalifa Haftar in Benghazi on Sunday. "
     "She urged him to back a roadmap towards elections.", "REQUEST", "UNO", "LBY"),
])
def test_a_he_after_a_meeting_continues_the_meetings_subject(coder, text, etype, actor, recipient):
    ev = find_event(code(coder, text, date="2025-06-02"), etype)
    assert entity_codes(ev.actor) == (actor,) and entity_codes(ev.recipient) == (recipient,)


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Russia would cut gas supplies to Moldova if Chisinau seized the Gazprom subsidiary, the foreign ministry said "
     "on Wednesday.", "THREATEN", ("RUS",), ("MDA",)),
    ("China would halt rare earth exports to the United States if Washington raised chip tariffs, the foreign "
     "ministry said on Friday.", "THREATEN", ("CHN",), ("USA",)),
])
def test_an_unnamed_ministry_announcing_its_states_act_speaks_for_that_state(coder, text, etype, actor, recipient):
    ev = find_event(code(coder, text, date="2026-11-27"), etype)
    assert entity_codes(ev.actor) == actor and entity_codes(ev.recipient) == recipient
