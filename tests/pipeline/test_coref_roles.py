"""Descriptions of an organisation named earlier (tidings.pipeline.coref_roles)."""

from __future__ import annotations

from ..conftest import code, entity_codes, find_event


def test_the_organisation_is_the_international_body_named_before(coder):
    events = code(coder, "The World Health Organization said on Friday that Israel had blocked aid convoys to Gaza. "
                         "The organisation urged Israeli authorities to allow medical supplies into the enclave.",
                  date="2026-05-02")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("UNO",) and entity_codes(req.recipient) == ("ISR",)
