"""Sinking a ship is an attack on its flag's state; sinking a deal is a rejection; prices sinking are no event
(knowledge/verbs.json 'sink'). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's navy said it had sunk a Russian landing ship off Crimea with sea drones.", ("ASSAULT", ("UKR",), ("RUS",))),
    ("Houthi rebels sank a Greek-owned bulk carrier in the Red Sea.", ("ASSAULT", ("YEM",), ("GRC",))),
])
def test_sinking_a_ship_is_an_attack(coder, text, expected):
    assert expected in [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_shares_sinking_are_no_event(coder):
    assert not code(coder, "Shares in the Russian shipping company sank after the report.")
