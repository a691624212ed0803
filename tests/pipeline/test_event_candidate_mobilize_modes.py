"""MOBILIZE modes (pipeline/event_candidate.py, mobilize_mode's material): what is put on alert, and the noun a
count or group names, decide weapons or troops. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "mode"), [
    ("Egypt placed its air defence batteries on high alert along the Red Sea coast on Friday.", "weapons"),
    ("Japan bolstered its air defences on its southwestern islands on Thursday.", "weapons"),
    ("Russia sent dozens of bombers towards Alaska on Monday, U.S. officials said.", "weapons"),
    ("Armenia sent hundreds of soldiers to its border with Azerbaijan on Sunday.", "troops"),
])
def test_mobilize_mode_from_what_is_moved(coder, text, mode):
    modes = [e.mode for e in code(coder, text) if e.event == "MOBILIZE"]
    assert mode in modes, modes
