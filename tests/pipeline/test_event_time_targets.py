"""Targets of cross-border acts told in a time clause. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_fire_across_the_border_in_a_time_clause_aims_at_the_reacting_state(coder):
    found = dyads(coder, "Kuwait raised the alert level of its border units after Iraqi militiamen fired rockets "
                         "across the border.")
    assert ("ASSAULT", ("IRQ",), ("KWT",)) in found


def test_crossing_the_line_in_a_time_clause_aims_at_the_protesting_state(coder):
    found = dyads(coder, "Seoul lodged a protest on Tuesday, a day after North Korean troops briefly crossed the "
                         "border.")
    assert ("MOBILIZE", ("PRK",), ("KOR",)) in found


def test_main_clause_fire_across_a_border_names_no_one(coder):
    found = dyads(coder, "Iraqi militiamen fired rockets across the border on Tuesday.")
    assert ("ASSAULT", ("IRQ",), ()) in found
