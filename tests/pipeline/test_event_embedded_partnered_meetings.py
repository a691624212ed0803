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


def test_talks_fronted_before_a_subject_read_as_an_apposition_are_the_speakers(coder):
    # the parser hangs "Iran's foreign minister" on the partner's name as an apposition (event_fronted)
    found = dyads(coder, "Following talks with Saudi Foreign Minister Faisal bin Farhan, Iran's foreign minister "
                         "said Tehran was ready to reopen its embassy in Riyadh.")
    assert any(d[0] == "CONSULT" and set(d[1] + d[2]) == {"IRN", "SAU"} for d in found), found


def test_a_meeting_on_the_partners_reason_gerund_is_the_thankers(coder):
    found = dyads(coder, "Serbian President Aleksandar Vucic thanked China for donating six air defence systems "
                         "during a meeting with Chinese envoy Li Ming in Belgrade.")
    assert ("AID", ("CHN",), ("SRB",), None) in found, found
    assert any(d[0] == "CONSULT" and set(d[1] + d[2]) == {"CHN", "SRB"} for d in found), found
