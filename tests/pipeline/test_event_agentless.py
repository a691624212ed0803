"""Agentless passives of state acts told with their place (pipeline/event_agentless.py): the state where an arrest,
deportation, charge or crowd control happens did it, as for the nouns; relative clauses, modal passives and acts with no place
stay eventless. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Three British tourists were arrested in Dubai last month over a social media post, their families said "
     "on Friday.", "COERCE", "ARE", "GBR"),
    ("Dozens of opposition activists were rounded up in Caracas in the days after the vote, a rights group said.",
     "COERCE", "VEN", "VEN"),
    ("A former central bank governor was arraigned in Lagos on Thursday on 20 counts of fraud, the anti-graft "
     "agency said.", "ACCUSE", "NGA", "NGA"),
    ("Two German aid workers were deported from Ethiopia after being held in Addis Ababa for a week, Berlin said.",
     "COERCE", "ETH", "DEU"),
    ("A prominent Belarusian blogger was placed under house arrest in Minsk on Friday after a week in custody, his "
     "wife said.", "COERCE", "BLR", "BLR"),
    ("Several hundred garment workers were tear-gassed in Dhaka on Monday after blocking a highway over unpaid "
     "wages, a union leader said.", "ASSAULT", "BGD", "BGD"),
])
def test_agentless_state_act_takes_the_state_where_it_happens(coder, text, event, actor, recipient):
    assert (event, (actor,), (recipient,)) in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Activists who were arrested in Minsk last year remain in prison, their lawyers said.",
    "Protesters would be arrested in Tbilisi if they blocked the main avenue again, the minister warned.",
    "Several journalists were arrested last year, according to a press freedom group.",
])
def test_relative_clauses_modal_passives_and_placeless_acts_add_nothing(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "COERCE" and d[1]]
