"""event_dedupe.time_clause: an act told in a perfect participle ('having struck Kyiv a day earlier') or in a 'who'
relative clause on a national force ('Sudanese paramilitaries, who seized El Fasher last month, ...') is an
earlier act of its own, kept beside the main clause's act on the same pair; a relative clause on a thing ('drones,
which struck Kyiv') restates it. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, act", [
    pytest.param("Russian forces launched a massive drone attack on Odesa overnight, having struck Kharkiv with "
                 "missiles a day earlier.", ("ASSAULT", ("RUS",), ("UKR",)), id="perfect-participle"),
    pytest.param("Sudanese paramilitaries, who seized the city of El Fasher last month, shelled a displacement camp "
                 "near Tawila on Friday.", ("ASSAULT", ("SDN",), ("SDN",)), id="who-relative"),
])
def test_an_earlier_act_on_the_same_pair_is_kept(coder, text, act):
    assert dyads(coder, text).count(act) == 2, dyads(coder, text)


def test_a_relative_clause_on_weapons_restates_the_act(coder):
    found = dyads(coder, "Russian drones, which struck Kyiv overnight, killed four people.")
    assert found.count(("ASSAULT", ("RUS",), ("UKR",))) == 1, found
