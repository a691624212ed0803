"""An act another does to one's own things is no own thing (pipeline/argument_words._self_owned, r23 types):
'condemned the seizure of its tanker by U.S. forces' accuses the 'by' party; 'pulled the last of its troops'
stays the actor's own. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import code


def test_a_judged_act_on_ones_own_things_accuses_its_doer(coder):
    events = code(coder, "Iran condemned the detention of its sailors by British marines off Gibraltar.",
                  date="2026-11-27")
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and [r.code for r in accuse[0].recipient] == ["GBR"]


def test_a_part_of_ones_own_troops_is_no_recipient(coder):
    events = code(coder, "Mali pulled the last of its soldiers out of the northern town.", date="2026-11-27")
    assert all(not e.recipient for e in events)
