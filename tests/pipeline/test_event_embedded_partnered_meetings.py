"""event_embedded.partnered_meeting: a fronted 'at a meeting with X' that names its own coded partner is the
clause subject's meeting with X, coded beside the clause's act and made (not planned by the act's verb); a
bare setting ('at the summit', 'at a meeting with reporters') stays no event. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient), e.aux_mode)
            for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, act, meeting", [
    pytest.param("At a meeting with Estonian Prime Minister Kristen Michal in Tallinn on Tuesday, Finnish President "
                 "Alexander Stubb praised Estonia's new defence budget.", ("SUPPORT", ("FIN",), ("EST",)),
                 ("CONSULT", ("FIN",), ("EST",)), id="praise"),
    pytest.param("At a meeting with Kenyan President William Ruto in Nairobi on Friday, Indian Prime Minister Narendra "
                 "Modi agreed to open a new credit line for Kenyan farmers.", ("AGREE", ("IND",), ("KEN",)),
                 ("CONSULT", ("IND",), ("KEN",)), id="agreed-to-content"),
])
def test_a_fronted_meeting_with_a_coded_partner_is_held(coder, text, act, meeting):
    found = dyads(coder, text)
    assert act in [d[:3] for d in found], found
    assert (*meeting, None) in found, found  # (held, not planned by "agreed")


@pytest.mark.parametrize("text", [
    pytest.param("At a meeting with reporters in Madrid on Monday, Spain's foreign minister praised Morocco's "
                 "cooperation on migration.", id="uncoded-partner"),
    pytest.param("At the summit in Lima on Monday, Spain's foreign minister praised Morocco's cooperation on "
                 "migration.", id="bare-setting"),
])
def test_a_setting_without_a_coded_partner_stays_no_meeting(coder, text):
    found = dyads(coder, text)
    assert not any(d[0] == "CONSULT" for d in found), found
