"""An easing a party says it will not make until / unless another party acts is a THREATEN restrict held over
that party (event_deterrence.withheld_easing), asserted, not a negated RETREAT / CONCEDE; a condition no one can
meet, a plain refusal in the past, and another side's report of it stay the negated act."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize(("text", "actor"), [
    ("Egypt said it would not reopen the Rafah crossing until Israeli troops withdrew from the Palestinian side of "
     "the border, a senior Egyptian official told state-run Al-Qahera News.", ("EGY",)),
    ("Hamas will not free any more hostages unless Israel halts its strikes on Rafah and lets fuel into the enclave, "
     "a senior official of the group told Reuters in Doha on Sunday.", ("PSE",)),
    ("Azerbaijan said it would not return the captured Armenian soldiers until Yerevan handed over maps of minefields "
     "in the Karabakh region, the presidential administration in Baku said.", ("AZE",)),
])
def test_easing_withheld_until_another_party_acts_is_a_threat(coder, text, actor):
    found = [(e.event, entity_codes(e.actor), e.aux_mode) for e in code(coder, text, date="2026-03-02")]
    assert ("THREATEN", actor, None) in found


@pytest.mark.parametrize("text", [
    "Officials in Cairo said the Rafah crossing would not reopen until the rains stopped and the damaged road had "
    "been repaired, according to a statement from the Egyptian border authority.",
    "The Taliban did not lift the ban on girls attending secondary school this year, United Nations officials said "
    "in Kabul on Tuesday, calling the decision a setback.",
    "Israeli officials said Egypt would not reopen the crossing until Israeli troops withdrew, a claim Cairo has not "
    "confirmed.",
])
def test_no_threat_without_a_party_condition_or_own_statement(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event == "THREATEN"]


def test_withheld_pullout_is_a_threat_without_negation(coder):
    found = [(e.event, e.aux_mode) for e in code(
        coder, "Rwanda will not pull its troops back from the frontier unless Kinshasa disarms the militias, "
               "the Rwandan defence ministry said.", date="2026-11-20")]
    assert found == [("THREATEN", None)]
