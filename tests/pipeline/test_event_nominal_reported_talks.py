"""Talks or a summit framing a report whose speakers name no two parties belong to the parties of the reported
clause (event_nominal, the talks-framing branch): 'Singapore and Indonesia agreed to swap intelligence, their
ministers said after talks in Batam' is also a CONSULT of the two; one party's report names no meeting."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text,parties", [
    ("Singapore and Indonesia agreed to swap intelligence on suspected militants, their interior ministers said after "
     "talks in Batam.", {"SGP", "IDN"}),
    ("The European Union and Japan agreed to step up the sharing of intelligence, officials said after a summit in "
     "Tokyo on Monday.", {"EUR", "JPN"}),
    ("Chile and Peru agreed to reopen a border crossing, the two foreign ministers said after a meeting in Lima on "
     "Friday.", {"CHL", "PER"}),
])
def test_talks_framing_a_report_are_the_reported_parties(coder, text, parties):
    consults = [e for e in code(coder, text) if e.event == "CONSULT"]
    assert consults and set(entity_codes(consults[0].actor)) | set(entity_codes(consults[0].recipient)) == parties


def test_one_partys_report_after_talks_names_no_meeting(coder):
    events = code(coder, "Russia condemned the new sanctions, officials said after talks in Minsk.")
    assert "CONSULT" not in [e.event for e in events]
