"""Ships blocked at sea are coerced (verbs.json 'block', COERCE withhold); a package blocked stays a REJECT.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_blocking_supply_vessels_is_coercion(coder):
    found = dyads(coder, "Chinese coast guard ships blocked two Philippine supply vessels bound for Sabina Shoal on "
                         "Saturday.")
    assert ("COERCE", ("CHN",), ("PHL",)) in found
    assert not any(d[0] == "REJECT" for d in found)


def test_blocking_an_aid_package_is_a_rejection(coder):
    assert any(d[0] == "REJECT" for d in dyads(coder, "Hungary blocked the EU's aid package for Ukraine."))
