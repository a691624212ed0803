"""Armed advances and captures told with other verbs (verbs.json; r23, types): forces that sweep into / through,
surge into, barrel into or punch through a place attack it; a weather front or a crowd does not. 'Taken control
of the X side of' is a capture, not taking a side; approving a plan is no SUPPORT (the plan's act is the event);
'to back the rebels' is no particle 'back' on 'sent'. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, actor, recipient", [
    ("Azerbaijani troops swept into three villages in the disputed region on Tuesday, Armenia's defence ministry "
     "said.", "AZE", None),
    ("Ukrainian armoured units punched through Russian lines near Tokmak, a Ukrainian commander said.", "UKR", "RUS"),
    ("Russian forces surged into the outskirts of Pokrovsk in Ukraine's Donetsk region overnight.", "RUS", "UKR"),
])
def test_armed_advance_verbs_are_assaults(coder, text, actor, recipient):
    hits = [e for e in code(coder, text, date="2026-11-27") if e.event == "ASSAULT"]
    assert hits and actor in {a.code for a in hits[0].actor}
    if recipient is not None:
        assert recipient in {r.code for r in hits[0].recipient}


@pytest.mark.parametrize("text", [
    "A cold front swept into northern Italy on Sunday, bringing heavy snow to the Alps.",
    "Tech stocks surged into the close on Wall Street after strong earnings from chipmakers.",
])
def test_weather_and_markets_make_no_assault(coder, text):
    assert not any(e.event == "ASSAULT" for e in code(coder, text, date="2026-11-27"))


def test_taking_control_of_a_side_is_a_capture(coder):
    events = code(coder, "Israeli troops took control of the Lebanese side of the Ghajar village, the army said.",
                  date="2026-11-27")
    assert [e.event for e in events] == ["ASSAULT"]


def test_taking_a_side_stays_support(coder):
    events = code(coder, "Belarus took Russia's side in the dispute over the pipeline.", date="2026-11-27")
    assert [(e.event, [r.code for r in e.recipient]) for e in events] == [("SUPPORT", ["RUS"])]


def test_approving_a_plan_is_no_support(coder):
    events = code(coder, "Italy's cabinet approved a plan on Monday to send a frigate to the Red Sea.",
                  date="2026-11-27")
    assert "SUPPORT" not in {e.event for e in events}


def test_troops_sent_to_back_a_party_are_no_release(coder):
    events = code(coder, "Eritrea sent thousands of soldiers into Tigray to back the Ethiopian army, diplomats said.",
                  date="2026-11-27")
    assert "RETREAT" not in {e.event for e in events}
    assert "AID" in {e.event for e in events}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Islamist militants took over the town of Djibo after government troops withdrew, residents said.", "BFA", None),
    ("The city of Kherson fell to Russian forces in the first weeks of the invasion.", "RUS", "UKR"),
])
def test_a_town_taken_over_or_fallen_to_forces_is_a_capture(coder, text, actor, recipient):
    hits = [e for e in code(coder, text, date="2026-11-27") if e.event == "ASSAULT"]
    assert hits and actor in {a.code for a in hits[0].actor}
    if recipient is not None:
        assert recipient in {r.code for r in hits[0].recipient}


@pytest.mark.parametrize("text", [
    "Oil prices fell to their lowest level in four years on Tuesday.",
    "Emirates took over the airport's cargo terminal under a 20-year concession.",
])
def test_prices_falling_and_firms_taking_over_are_no_capture(coder, text):
    assert not any(e.event == "ASSAULT" for e in code(coder, text, date="2026-11-27"))


@pytest.mark.parametrize("text, recipient", [
    ("Tehran dismissed U.S. demands to halt uranium enrichment.", "USA"),
    ("Minsk dismissed Lithuanian calls for the border to be reopened.", "LTU"),
])
def test_a_dismissed_plural_demand_read_as_a_verb_is_a_rejection(coder, text, recipient):
    rejects = [e for e in code(coder, text, date="2026-11-27") if e.event == "REJECT"]
    assert rejects and recipient in {r.code for r in rejects[0].recipient}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Sudanese troops gained control of the town of Sinja after heavy fighting, the army said.", "SDN", None),
    ("Indian soldiers pushed Chinese troops back from the ridge after a night of clashes.", "IND", "CHN"),
])
def test_gaining_control_and_pushing_troops_back_are_assaults(coder, text, actor, recipient):
    hits = [e for e in code(coder, text, date="2026-11-27") if e.event == "ASSAULT"]
    assert hits and actor in {a.code for a in hits[0].actor}
    if recipient is not None:
        assert recipient in {r.code for r in hits[0].recipient}


def test_a_party_gaining_control_of_parliament_is_no_assault(coder):
    events = code(coder, "Poland's opposition gained control of the senate in Sunday's vote.", date="2026-11-27")
    assert not any(e.event == "ASSAULT" for e in events)
