"""speaker_tails.py: a sentence-final speaker the parser read into the report before it (and the headline
comma repairs, which must leave such prose tails alone)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_codes

DATE = "2025-06-04"


@pytest.mark.parametrize("text, etype, recipient, by", [
    ("Russia threatened to cut gas supplies to Moldova, U.S. and British officials said.", "THREATEN", ("MDA",),
     ("GBR", "USA")),
    ("Egypt sent aid convoys to Sudan, U.S. and British officials said.", "AID", ("SDN",), ("GBR", "USA")),
    ("Turkey shipped armed drones to Libya, Greek and Cypriot diplomats told reporters.", "AID", ("LBY",),
     ("CYP", "GRC")),
])
def test_a_final_speaker_read_as_a_list_member_is_the_speaker(coder, text, etype, recipient, by):
    ev = [e for e in coder.code(text, date=DATE) if e.event == etype]
    assert ev, text
    assert entity_codes(ev[0].recipient) == recipient
    assert ev[0].claim.status == "alleged" and entity_codes(ev[0].claim.by) == by


@pytest.mark.parametrize("text", [
    "Iran has sent hundreds of drones to Russia, U.S. officials said.",
    "North Korea shipped artillery shells to Russia, Ukrainian officials said.",
    "Iran has sent hundreds of drones to Russia, U.K. officials told reporters.",
])
def test_a_report_tail_is_no_headline_list(coder, text):
    ev = [e for e in coder.code(text, date=DATE) if e.event == "AID"]
    assert ev and entity_codes(ev[0].recipient) == ("RUS",)
    assert "RUS" not in entity_codes(ev[0].claim.by)


def test_a_headline_list_of_nationalities_is_still_read_as_one_subject(coder):
    ev = [e for e in coder.code("US, Chinese negotiators meet in Geneva", date=DATE) if e.event == "CONSULT"]
    assert ev and entity_codes(ev[0].actor) == ("CHN", "USA")
