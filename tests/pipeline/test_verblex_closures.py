"""Shutting down a party or organisation (verbs.json, *shut down*): COERCE `restrict`, as *dissolve* and *ban*;
workers shutting down a port stay a strike. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize(("text", "event", "mode"), [
    ("Kazakhstan's supreme court shut down an opposition party on Friday, citing extremism.", "COERCE", "restrict"),
    ("Dockworkers shut down the port of Piraeus on Wednesday over pension cuts.", "PROTEST", "strike"),
])
def test_shutting_down_an_organisation_restricts_it(coder, text, event, mode):
    assert (event, mode) in [(e.event, e.mode) for e in code(coder, text)]
