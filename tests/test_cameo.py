"""CAMEO <-> PLOVER mapping from the official table."""

from __future__ import annotations

import pytest

from tidings import plover
from tidings.cameo import from_plover, to_plover


@pytest.mark.parametrize(
    ("code", "event", "mode"),
    [("042", "CONSULT", "visit"), ("041", "CONSULT", "phone"), ("0871", "RETREAT", "ceasefire"),
     ("1121", "ACCUSE", "allege"), ("163", "COERCE", "restrict"), ("1712", "ASSAULT", None),
     ("064", "COOPERATE", None), ("190", "ASSAULT", None)],
)
def test_table_rows_map_to_plover(code, event, mode):
    got = to_plover(code)
    assert got is not None and (got.event, got.mode) == (event, mode)


def test_longer_codes_fall_back_to_their_prefix_and_letters_are_ignored():
    assert to_plover("1717").event == "COERCE"
    assert to_plover("174K").cameo == "174"


def test_statements_and_appeals_are_dropped():
    assert to_plover("023").dropped and to_plover("010").dropped


def test_unknown_codes_map_to_none():
    assert to_plover("903") is None and to_plover("") is None


def test_modes_are_valid_plover_modes_and_contexts_valid_contexts():
    for code in ("042", "0872", "1054", "1724", "138", "1385"):
        got = to_plover(code)
        assert got.mode is None or got.mode in plover.modes(got.event)
        assert set(got.contexts) <= set(plover.contexts())


def test_from_plover_gives_the_most_general_code_and_round_trips():
    assert from_plover("CONSULT", "visit") == "042"
    assert from_plover("ASSAULT", "aerial") == "195"
    for etype in plover.event_types():
        code = from_plover(etype)
        assert code is not None and to_plover(code).event == etype
        for mode in plover.modes(etype):
            assert to_plover(from_plover(etype, mode)).event == etype
