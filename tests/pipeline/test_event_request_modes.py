"""Demands to stop something (pipeline/event_request_modes.py): stopping an act of war is `yield`, stopping
anything else a `change` of policy. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "mode"), [
    ("Japan urged China on Friday to stop buying Russian oil.", "change"),
    ("Australia called on Beijing to halt the construction of military outposts in the Spratlys.", "change"),
    ("Egypt urged Israel on Sunday to halt the bombardment of Khan Younis.", "yield"),
    ("The Arab League called on Sudan's generals to end the fighting in Darfur.", "yield"),
])
def test_demand_to_stop_takes_its_mode_from_what_stops(coder, text, mode):
    modes = [e.mode for e in code(coder, text) if e.event == "REQUEST"]
    assert mode in modes, modes
