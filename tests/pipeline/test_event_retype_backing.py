"""Backing an armed group (event_retype.armed_backing) is AID, the manual's military support to a party; backing
a policy or a state's army stays SUPPORT. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def typed(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize("text, expected", [
    ("Eritrea backs the Fano militia in Ethiopia's Amhara region, Addis Ababa said.", ("AID", ("ERI",), ("ETH",))),
    ("Burundi supported the Red Tabara rebels for years, according to a leaked report.", ("AID", ("BDI",), ("BDI",))),
    ("The Houthis are backed by Tehran.", ("AID", ("IRN",), ("YEM",))),
])
def test_backing_an_armed_group_is_aid(coder, text, expected):
    found = typed(coder, text)
    assert expected[0] in [f[0] for f in found] and "SUPPORT" not in [f[0] for f in found]


@pytest.mark.parametrize("text", [
    "Japan backed the Philippine army's modernisation plan on Tuesday.",
    "Spain backed Hamas's call for a permanent ceasefire.",
    "Norway supports the Palestinian Authority's bid for full U.N. membership.",
])
def test_backing_a_plan_a_call_or_a_bid_stays_support(coder, text):
    found = [f[0] for f in typed(coder, text)]
    assert "SUPPORT" in found and "AID" not in found
