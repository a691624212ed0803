"""A symmetric act with both sides as actors takes no provoker from a time clause (event_recipients.settle_recipients).
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import code, entity_codes


def test_joint_signing_takes_no_party_from_the_time_clause(coder):
    events = code(coder, "Serbian President Aleksandar Vucic met Chinese President Xi Jinping in Belgrade on Wednesday "
                         "and signed 28 agreements on trade and infrastructure, weeks after Brussels criticised "
                         "Belgrade over its close ties with Moscow.")
    signing = [e for e in events if e.event == "SUPPORT"]
    assert signing and all("EUR" not in entity_codes(e.recipient) for e in signing)
