"""Parties named inside relative clauses. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_whose_noun_is_the_antecedents_party(coder):
    found = dyads(coder, "The Philippine president, whose coast guard was rammed by Chinese ships last week, met "
                         "Japanese Prime Minister Shigeru Ishiba in Tokyo.")
    assert ("ASSAULT", ("CHN",), ("PHL",)) in found
