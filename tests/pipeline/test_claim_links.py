"""Story-level claim links (tidings.pipeline.claim_links): a denial worded with another weapon than the
report it answers still contests it; a rejected "version" of events is a denial, no REJECT."""

from __future__ import annotations

import pytest

from tests.conftest import code


def test_denial_naming_another_weapon_contests_the_report(coder):
    events = code(coder, "Kyrgyzstan's border service said Tajik troops had fired mortars at its outposts near Batken. "
                         "Dushanbe denied that its soldiers had shot at Kyrgyz guards.")
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].claim.status == "contested"


def test_rejected_version_of_events_is_a_denial_not_a_rejection(coder):
    events = code(coder, "Vietnam said a Chinese ship had rammed one of its fishing boats near the Paracels. "
                         "Beijing rejected Hanoi's version of events.")
    assert not [e for e in events if e.event == "REJECT"]
    assert [e for e in events if e.event == "ASSAULT" and e.claim.status == "contested"]


@pytest.mark.parametrize("text", [
    # the target denies the loss; the doer's report becomes contested
    pytest.param("Eritrea's information ministry said its air defences had downed two Ethiopian drones. "
                 "Addis Ababa denied losing any aircraft.", id="target-denies-a-loss"),
    # the denial of what justified the strike contests the strike
    pytest.param("The U.S. military said its jets had struck a Kataib Hezbollah arms depot in Iraq. "
                 "Kataib Hezbollah denied storing any weapons at the site.", id="justification-denied"),
    # a negated movement the attack needed contests the attack report
    pytest.param("Tajikistan said gunmen from Afghanistan attacked a border post in Khatlon, killing two guards. "
                 "Kabul said no fighters had crossed from Afghan territory.", id="movement-negated"),
])
def test_denial_in_other_words_contests_the_hostile_report_on_the_denier(coder, text):
    assert [e for e in code(coder, text) if e.event == "ASSAULT" and e.claim.status == "contested"]


def test_denial_in_other_words_by_an_unrelated_party_contests_nothing(coder):
    events = code(coder, "Eritrea said its air defences had downed two Ethiopian drones. "
                         "Sudan denied storing any weapons near the border.")
    assert not [e for e in events if e.claim.status == "contested"]


def test_negated_clause_with_a_reproach_beside_it_still_contests(coder):
    events = code(coder, "Tajikistan said gunmen from Afghanistan attacked a border post in Khatlon, killing two guards. "
                         "Kabul said no fighters had crossed from Afghan territory and that Dushanbe was hiding its own "
                         "failures.")
    assert [e for e in events if e.event == "ASSAULT" and e.claim.status == "contested"]
