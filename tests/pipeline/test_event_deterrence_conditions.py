"""A bare 'would respond if ...' announced by the responder's own side is a THREATEN
against the condition's party, and the condition's act is no event; told by no one or by others it is a forecast,
and the condition stays a hypothetical act."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

THREATS = [
    ("nato_responds_if_troops_move",
     "If Moscow deploys troops to Belarus, NATO would respond, Secretary General Mark Rutte said on Tuesday.",
     ("IGO",), ("RUS",)),
    ("britain_responds_if_ships_attacked",
     "Britain would respond if Russia attacked its ships in the North Sea, Defence Secretary John Healey said.",
     ("GBR",), ("RUS",)),
    ("pronoun_under_the_speaker",
     "Japan's defence minister said it would respond if China sent warships into its territorial waters.",
     ("JPN",), ("CHN",)),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), [t[1:] for t in THREATS], ids=[t[0] for t in THREATS])
def test_announced_bare_response_is_a_threat_and_its_condition_no_event(coder, text, actor, recipient):
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events] == [
        ("THREATEN", actor, recipient)]
    assert events[0].aux_mode is None


FORECASTS = [
    ("told_by_no_one", "If Israel strikes Beirut, Hezbollah will respond.", ("ISR",)),
    ("told_by_the_other_side", "If Israel strikes Beirut, Hezbollah will respond, Israeli officials said.", ("ISR",)),
]


@pytest.mark.parametrize(("text", "actor"), [t[1:] for t in FORECASTS], ids=[t[0] for t in FORECASTS])
def test_unannounced_response_keeps_the_hypothetical_condition(coder, text, actor):
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), e.aux_mode) for e in events] == [("ASSAULT", actor, "hypothetical")]


def test_response_to_questions_is_no_threat(coder):
    text = "The ministry would respond to questions if reporters submitted them in writing, a spokesman said."
    assert not [e for e in code(coder, text) if e.event == "THREATEN"]


def test_negated_response_is_no_threat(coder):
    assert not [e for e in code(coder, "The government would not respond if Russia attacked, a spokesman said.")
                if e.event == "THREATEN"]


OFFENDERS = [
    ("expel_any_diplomat_who", "Venezuela will expel any foreign diplomat who meets opposition leaders, the foreign minister said.",
     ("VEN",), "expel"),
    ("arrest_anyone_who", "Israel will arrest anyone who crosses the border fence, the army said in a statement.",
     ("ISR",), "arrest"),
    ("reported_would_with_backshifted_relative",
     "Venezuela's government said on Saturday it would expel any U.S. diplomats who met opposition figures without permission.",
     ("VEN",), "expel"),
]


@pytest.mark.parametrize(("text", "actor", "mode"), [t[1:] for t in OFFENDERS], ids=[t[0] for t in OFFENDERS])
def test_penalty_for_whoever_acts_is_a_threat(coder, text, actor, mode):
    events = [e for e in code(coder, text, date="2026-11-24") if e.event in ("THREATEN", "SANCTION", "COERCE")]
    assert [(e.event, entity_codes(e.actor), e.mode) for e in events] == [("THREATEN", actor, mode)]


DECIDED = [
    ("counted_diplomats", "Russia will expel four Estonian diplomats, the foreign ministry said.", "SANCTION"),
    ("will_with_past_relative", "Egypt will deport any migrant who entered illegally, the interior ministry said.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), [t[1:] for t in DECIDED], ids=[t[0] for t in DECIDED])
def test_decided_penalty_stays_the_act(coder, text, etype):
    events = code(coder, text, date="2026-11-24")
    assert [e.event for e in events] == [etype]


def test_veto_held_over_a_party_condition_is_a_threat(coder):
    text = "Budapest will veto the sanctions package unless Brussels releases the frozen funds, Orban said on Friday."
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), e.aux_mode) for e in events] == [("THREATEN", ("HUN",), None)]


def test_possible_rejection_under_a_condition_stays_hypothetical(coder):
    text = ("Iran could reject the U.S. proposal for direct nuclear talks if Washington keeps up its threats of military "
            "action, Foreign Minister Abbas Araqchi said.")
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, e.aux_mode) for e in events] == [("REJECT", "hypothetical")]


def test_noun_act_kept_up_unless_a_party_acts_is_a_threat(coder):
    text = "Israel will keep up its strikes on Lebanon unless Hezbollah disarms, Defence Minister Israel Katz said."
    events = code(coder, text, date="2026-11-24")
    assert [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in events] == [
        ("THREATEN", ("ISR",), ("LBN",))]


def test_noun_act_without_a_condition_stays_the_act(coder):
    text = "Israel will keep up its strikes on Lebanon, Defence Minister Israel Katz said."
    assert [e.event for e in code(coder, text, date="2026-11-24")] == ["ASSAULT"]
