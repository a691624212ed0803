"""The mode of a threat (pipeline/event_threat_modes.py): the content word nearest the threatening verb wins,
conditions are no content, and a stopping verb takes the mode of what it stops. Sentences written for these
tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "mode"), [
    ("Pakistan warned India on Friday of a swift military response to any strike on its soil.", "violence"),
    ("Pyongyang threatened to fire missiles at Seoul if its maritime border was crossed again.", "violence"),
    ("Algeria threatened on Monday to sever diplomatic ties with Spain over the Western Sahara dispute.", "relations"),
    ("Baku threatened to cut off talks with Yerevan on Thursday.", "relations"),
    ("Beijing threatened on Tuesday to halt soybean imports from Canada.", "restrict"),
    ("Ankara threatened to shut its consulate in Rotterdam on Sunday.", "relations"),
])
def test_threat_mode_from_the_nearest_content_word(coder, text, mode):
    modes = [e.mode for e in code(coder, text) if e.event == "THREATEN"]
    assert mode in modes, modes
