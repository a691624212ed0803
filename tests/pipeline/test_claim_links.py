"""Story-level claim links (tidings.pipeline.claim_links): a denial worded with another weapon than the
report it answers still contests it; a rejected "version" of events is a denial, no REJECT."""

from __future__ import annotations

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
