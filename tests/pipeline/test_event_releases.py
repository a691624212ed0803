"""event_releases: a release told in the passive takes the captor the captives' participle names ('sailors held
by the Houthis were freed'); not a release to come, nor one with no coded captor."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Six Nepali farm workers held by Hamas since the October attack were released on Thursday, the foreign ministry "
     "in Kathmandu said.", ("PSE",), ("NPL",)),
    ("Two Ukrainian journalists detained by Russia in occupied Melitopol were set free on Monday after a prisoner "
     "exchange, Ukraine's ombudsman said.", ("RUS",), ("UKR",)),
    ("Nine Indian sailors seized by the Houthis in the Red Sea last year were freed on Sunday following mediation by "
     "Oman, the Indian embassy said.", ("YEM",), ("IND",)),
])
def test_passive_release_takes_the_captor_of_the_participle(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("RETREAT", actor, recipient) in found


@pytest.mark.parametrize("text", [
    "The hostages held by Hamas will be released on Sunday under the truce, officials in Doha said.",
    "Dozens of protesters detained by police in Tbilisi were released on bail on Friday, their lawyers said.",
])
def test_release_to_come_or_without_a_foreign_captor_takes_no_captor(coder, text):
    assert "RETREAT" not in [e.event for e in code(coder, text, date="2026-03-02")]
