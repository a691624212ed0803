"""Doers of side-clause acts by their slot (pipeline/event_clause_walk.py): a reaction told in an object relative on
a noun that sums the act before it, where the parser read the party as the noun's apposition or hung the verb on
the clause before. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes
from tidings.coder import make_story
from tidings.pipeline.event_clause_walk import judged_summary_doer


def _doers(coder, text: str) -> list[tuple[str, str]]:
    doc = coder.parse([text])[0]
    ctx = coder.story_context(doc, make_story(text), stop_after="actors")
    by_tok = {i: m for m in ctx.mentions for i in range(m.start, m.end)}
    return [(t.text, m.code) for t in doc if (m := judged_summary_doer(t, by_tok)) is not None]


MISREAD = ("Sudan's army-aligned government accused the United Arab Emirates of shipping weapons to the Rapid Support "
           "Forces, a charge Abu Dhabi rejected on Thursday.")


def test_judge_after_a_summing_noun_is_the_reactions_doer(coder):
    assert _doers(coder, MISREAD) == [("rejected", "ARE")]


def test_the_judges_denial_contests_the_charge(coder):
    # (a denial of a charge is no REJECT record: docs/claims.md)
    aid = [e for e in code(coder, MISREAD) if e.event == "AID"]
    assert aid and [m.code for m in aid[0].claim.denied_by] == ["ARE"]


def test_a_participle_with_its_own_agent_is_no_reaction(coder):
    assert _doers(coder, "Azerbaijan closed the Russian cultural centre in Baku on Friday, a step Moscow's envoy "
                         "said was ordered by a court.") == []


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Tensions eased along the frontier on Friday, with Indian troops vacating two forward posts and Pakistan "
     "freeing a captured Indian pilot at the Wagah crossing.", ("RETREAT", ("IND",), ("PAK",)),
     ("RETREAT", ("PAK",), ("IND",))),
    ("Trade ministers ended two days of talks in Geneva, with Beijing lifting its ban on Australian barley and "
     "Canberra dropping a complaint it had filed at the World Trade Organization.", ("CONCEDE", ("CHN",), ("AUS",)),
     ("CONCEDE", ("AUS",), ("CHN",))),
    ("The summit closed on Sunday, with Egypt reopening its embassy in Ankara and Turkey lifting a ban on Egyptian "
     "citrus imports.", None, ("CONCEDE", ("TUR",), ("EGY",))),
])
def test_paired_gerund_acts_aim_at_each_others_doer(coder, text, first, second):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert second in found and (first is None or first in found)


def test_one_sides_two_acts_take_no_counterpart(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, (
        "Fighting spread to the capital on Tuesday, with rebels shelling the presidential palace in Juba and "
        "government troops arresting dozens of opposition officials."))]
    assert all(d[2] == ("SSD",) for d in found if d[0] in ("ASSAULT", "COERCE"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch court ordered the government to halt exports of F-35 parts to Israel, citing the risk of serious "
     "violations of humanitarian law in Gaza.", ("SANCTION", ("NLD",), ("ISR",))),
    ("Pakistan's supreme court ordered the government to release the detained Afghan refugees within a week.",
     ("RETREAT", ("PAK",), ("AFG",))),
    ("Brazil's top court ordered the government to suspend the deportation flights from the United States.",
     ("SANCTION", ("BRA",), ("USA",))),
])
def test_an_ordered_state_organ_is_the_orderers_state(coder, text, expected):
    assert expected in [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Following talks in Ankara, Syrian Foreign Minister Asaad al-Shibani said Turkey had promised to help rebuild "
     "the power grid in Aleppo.", ("CONSULT", ("SYR",), ("TUR",))),
    ("After talks in Cairo, Sudanese army chief Abdel Fattah al-Burhan said Egypt would send more wheat to Port "
     "Sudan.", ("CONSULT", ("SDN",), ("EGY",))),
    ("Speaking after talks in Riyadh, the Iraqi prime minister said Saudi Arabia would invest in Iraqi power plants.",
     ("CONSULT", ("IRQ",), ("SAU",))),
])
def test_talks_setting_a_statement_are_the_speakers(coder, text, expected):
    assert expected in [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_talks_at_home_name_no_meeting(coder):
    found = code(coder, "After talks in Baghdad, the Iraqi prime minister said the budget would be passed in May.")
    assert not any(e.event == "CONSULT" for e in found)


@pytest.mark.parametrize(("text", "sides"), [
    ("Indian Foreign Minister S. Jaishankar raised the issue of stalled border patrols with Chinese Foreign Minister "
     "Wang Yi after talks in New Delhi on Monday, the Indian foreign ministry said.", {"IND", "CHN"}),
    ("Panama's President Jose Raul Mulino told U.S. Secretary of State Marco Rubio during a meeting in Panama City "
     "on Sunday that control of the canal was not open to negotiation.", {"PAN", "USA"}),
])
def test_an_act_told_inside_talks_names_who_met(coder, text, sides):
    found = [e for e in code(coder, text) if e.event == "CONSULT"]
    assert any(entity_codes(e.actor) + entity_codes(e.recipient) and
               set(entity_codes(e.actor)) | set(entity_codes(e.recipient)) == sides for e in found)


def test_a_strike_during_talks_is_no_meeting(coder):
    found = code(coder, "Israeli warplanes bombed Gaza during talks in Cairo on a new truce, Palestinian health "
                        "officials said, killing at least 12 people in Deir al-Balah.")
    assert not any(e.event == "CONSULT" for e in found)
