"""A deadline given to a party to do something 'or face' a penalty is an ultimatum (event_context._ultimatum_hit):
the giver threatens the receiver, as 'urged X to ... or face sanctions'; a deadline with no alternative is no
threat."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Philippine coast guard gave the crew of a Chinese research vessel 24 hours to leave or face boarding, a "
     "spokesman said on Friday.", ("PHL",), ("CHN",)),
    ("The EU gave Serbia three months to align its foreign policy with the bloc or face a freeze of pre-accession "
     "funds.", ("EUR",), ("SRB",)),
    ("Turkey gave Kurdish militias a week to withdraw from Manbij or face military action, President Erdogan said on "
     "Tuesday.", ("TUR",), ("SYR",)),
])
def test_deadline_or_face_is_an_ultimatum(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]
    assert ("THREATEN", actor, recipient) in found, found


def test_deadline_without_an_alternative_is_no_threat(coder):
    events = code(coder, "Indonesia's central bank gave Chinese-owned lenders two weeks to raise capital, officials "
                         "in Jakarta said.")
    assert "THREATEN" not in [e.event for e in events]
