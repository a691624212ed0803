"""event_background / event_rules.circumstantial: an act named in the 'at' phrase of a grievance noun ('in protest
at X's bombardment of Y') is the reason of the reported act, coded when it names both sides and aimed at by the act
(event_far_recipients.answered_party); not a setting like 'at the summit'. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, reaction, act", [
    pytest.param("Colombia suspended coal exports to Israel on Monday in protest at Israel's bombardment of Gaza.",
                 ("SANCTION", ("COL",), ("ISR",)), ("ASSAULT", ("ISR",), ("PSE",)), id="protest-at"),
    pytest.param("Bolivia recalled its ambassador on Monday in protest at Israel's bombardment of Gaza.",
                 ("SANCTION", ("BOL",), ("ISR",)), ("ASSAULT", ("ISR",), ("PSE",)), id="recall-aimed"),
])
def test_a_grievance_at_an_act_naming_both_sides_is_coded(coder, text, reaction, act):
    found = dyads(coder, text)
    assert reaction in found, found
    assert act in found, found


def test_a_grievance_at_an_act_naming_no_doer_stays_background(coder):
    found = dyads(coder, "Bolivia recalled its ambassador on Monday in protest at the bombardment of a hospital.")
    assert not any(d[0] == "ASSAULT" for d in found), found


def test_a_poisoning_by_agents_in_a_reason_phrase_is_an_attack(coder):
    found = dyads(coder, "Britain expelled three Russian diplomats on Friday over the poisoning of a British "
                         "citizen by Russian military intelligence officers in Salisbury.")
    assert ("ASSAULT", ("RUS",), ("GBR",)) in found, found
