"""'smuggle' as an arms transfer (knowledge/verbs.json): weapons smuggled to a party are AID to it (as 'funnel',
'channel'), also as the content of an accusation; people or drugs smuggled are no event. Sentences written for these
tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan's army-backed government accused the United Arab Emirates of smuggling armed drones to the Rapid Support "
     "Forces.", ("AID", ("ARE",), ("SDN",))),
    ("Israel accused Iran of smuggling anti-tank missiles to Hezbollah through Syria, the military said on Sunday.",
     ("AID", ("IRN",), ("LBN",))),
    ("Somali officials said Eritrean agents had smuggled rifles and ammunition to al-Shabaab fighters near Kismayo.",
     ("AID", ("ERI",), ("SOM",))),
])
def test_weapons_smuggled_to_a_party_are_aid(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Italian police arrested six men who had smuggled migrants into Sicily from Libya.",
    "Colombian gangs smuggled tonnes of cocaine to Spain last year, prosecutors said.",
])
def test_people_or_drugs_smuggled_are_no_aid(coder, text):
    assert not any(d[0] == "AID" for d in dyads(coder, text))
