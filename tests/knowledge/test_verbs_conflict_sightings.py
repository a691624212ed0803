"""Warships, warplanes or bombers of a coded state that another state detected, tracked, spotted or monitored near it
are the first state's MOBILIZE aimed at the second (the sighting party); cargo ships, satellites and cars seen are
no event."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

DATE = "2025-06-10"


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Taiwan's defence ministry said it had detected 32 Chinese military aircraft and nine navy ships around the "
     "island in the 24 hours to 6 a.m. on Thursday.", ("CHN",), ("TWN",)),
    ("Japan's joint staff said it had spotted two Chinese aircraft carriers sailing together in the Pacific for the "
     "first time.", ("CHN",), ("JPN",)),
    ("The Philippine coast guard said it had monitored a Chinese navy destroyer near Scarborough Shoal for two days.",
     ("CHN",), ("PHL",)),
    ("Norway's military said it had tracked Russian bombers flying along its coast on Tuesday.", ("RUS",), ("NOR",)),
])
def test_sighted_forces_are_their_owners_mobilisation(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date=DATE)]
    assert ("MOBILIZE", actor, recipient) in found, found


@pytest.mark.parametrize("text", [
    "Japan's coast guard tracked a Chinese cargo ship carrying grain through the Tsugaru Strait.",
    "Astronomers detected a Chinese satellite's debris over the Pacific on Friday.",
    "Police spotted the suspect's car near the border crossing on Sunday.",
])
def test_other_things_seen_are_no_event(coder, text):
    conflict = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not [e for e in code(coder, text, date=DATE) if e.event in conflict]
