"""Act nouns told as happening ("clashes erupted between ...", "protests spread to ..."): the sides and places
hung on the occurrence verb are the noun's. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text", [
    "Clashes broke out between Thai and Cambodian troops near the disputed temple on Monday, local officials said.",
    "Heavy fighting erupted between Thai and Cambodian forces along the border overnight.",
])
def test_sides_on_the_occurrence_verb_are_the_clash_parties(coder, text):
    found = dyads(coder, text)
    assert [(d[0], set(d[1])) for d in found] == [("ASSAULT", {"THA", "KHM"})]


def test_protests_spreading_to_a_countrys_cities_are_its_peoples(coder):
    found = dyads(coder, "Protests spread to more than a dozen Nigerian cities on Tuesday, a week after the "
                         "government scrapped the fuel subsidy.")
    assert ("PROTEST", ("NGA",), ("NGA",)) in found


def test_a_verb_with_its_own_object_lends_no_sides(coder):
    found = dyads(coder, "The clashes took a heavy toll on villages between Thai and Cambodian positions.")
    assert not any(d[0] == "ASSAULT" and len(d[1]) == 2 for d in found)


def test_two_sides_of_one_country_fight_too(coder):
    found = dyads(coder, "Fighting broke out again between Sudan's army and the RSF in El Fasher on Sunday.")
    assert ("ASSAULT", ("SDN", "SDN"), ()) in found or ("ASSAULT", ("SDN",), ()) in found
