"""Agentless passives beside a crackdown (pipeline/event_passive_doers.py): a coordinated or reported passive clause
takes the force the sentence has just named as its doer, on the people it acted on; the force's own men, relative
clauses and modal passives stay eventless. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "event", "code_"), [
    ("Police in Nairobi fired tear gas at thousands of protesters on Tuesday, and dozens of demonstrators were "
     "arrested, witnesses said.", "COERCE", "KEN"),
    ("Riot police dispersed protesters outside parliament in Tbilisi with water cannon on Sunday, the opposition "
     "said, adding that at least 40 people had been detained.", "COERCE", "GEO"),
    ("Georgian police detained 30 protesters in Tbilisi overnight, and several opposition leaders were beaten, the "
     "ombudsman said.", "ASSAULT", "GEO"),
    ("Serbian police used pepper spray on students blocking a bridge in Novi Sad, and 12 of them were later charged "
     "with disturbing public order, prosecutors said.", "ACCUSE", "SRB"),
    ("Ugandan soldiers detained an opposition politician at his home in Kampala and brought him before a military "
     "court, where he was charged with treason, his wife said.", "ACCUSE", "UGA"),
])
def test_agentless_passive_beside_a_crackdown_is_the_forces_act(coder, text, event, code_):
    assert (event, (code_,), (code_,)) in dyads(coder, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Police fired tear gas at protesters in Nairobi on Tuesday, and two officers were injured by stones thrown "
     "from the crowd, a police spokesman said.", "ASSAULT"),
    ("Police in Dhaka detained dozens of students on Friday, including several activists who were arrested during "
     "last year's protests and later freed on bail.", "COERCE"),
    ("Riot police dispersed the crowd outside parliament in Tbilisi, and the opposition warned that anyone who "
     "joined the next rally would be arrested.", "COERCE"),
])
def test_own_men_relative_clauses_and_modal_passives_add_nothing(coder, text, event):
    assert sum(d[0] == event for d in dyads(coder, text)) <= 1


def test_an_arrest_participle_on_the_charged_people_is_the_states(coder):
    found = dyads(coder, "Kenyan prosecutors charged 12 protesters detained during Tuesday's clashes in Nairobi with "
                         "terrorism offences, their lawyers said.")
    assert ("COERCE", ("KEN",), ("KEN",)) in found
