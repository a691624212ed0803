"""argument_places.place_recipient: the place of a target named inside a free relative ("what they said were ...")."""

from __future__ import annotations


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-05-09"))


def test_a_place_on_the_free_relatives_copula_names_the_target_country(coder):
    # the parser hangs "in Pakistani Punjab" on the inner "were", not on the target noun
    text = "Indian artillery destroyed what army officers said were terrorist hideouts in Pakistani Punjab overnight."
    got = dyads(coder, text)
    assert ("ASSAULT", ("IND",), ("PAK",)) in got, got
