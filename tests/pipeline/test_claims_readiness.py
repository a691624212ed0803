"""Offers and threats a party declares about itself, through the full coder, on wire-style sentences written
for these tests: a readiness named by an adjective's 'to' phrase ('open to talks'), the partner such an
offer is made to, and own threats against whoever tries something."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2025-04-02"


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Venezuela's foreign minister said on Wednesday that Caracas remained open to talks with Washington on "
     "deportation flights, despite the new sanctions on its oil sector.", {"VEN"}, {"USA"}),
    ("The Kremlin said President Vladimir Putin was open to a meeting with Ukrainian President Volodymyr "
     "Zelenskiy once a settlement was ready to be signed.", {"RUS"}, {"UKR"}),
])
def test_open_to_talks_is_an_offer_made_to_the_partner(coder, text, actor, recipient):
    evs = [e for e in code(coder, text, date=DATE) if e.event == "AGREE"]
    assert evs, [(e.event, _codes(e.actor)) for e in code(coder, text, date=DATE)]
    ev = evs[0]
    assert (_codes(ev.actor), _codes(ev.recipient), ev.aux_mode) == (actor, recipient, None)


def test_opened_talks_is_no_offer(coder):
    text = "Venezuela opened talks with the United States on Wednesday on the return of deportation flights."
    evs = code(coder, text, date=DATE)
    assert not any(e.event == "AGREE" for e in evs), [(e.event, e.aux_mode) for e in evs]


def test_a_vow_to_smash_any_attempt_threatens_its_owner(coder):
    text = ("North Korea's defence ministry vowed on Saturday to smash any attempt by the United States to "
            "infringe on the country's sovereignty, a day after the allies began joint air drills.")
    evs = [e for e in code(coder, text, date=DATE) if e.event == "THREATEN"]
    assert evs and _codes(evs[0].actor) == {"PRK"} and "USA" in _codes(evs[0].recipient)


@pytest.mark.parametrize("text", [
    "Taiwan's coast guard said any Chinese vessel entering the restricted waters around Kinmen would be boarded.",
    "Iran warned on Monday that any Israeli aircraft entering its airspace would be shot down at once.",
])
def test_what_any_intruder_would_do_is_no_act(coder, text):
    evs = code(coder, text, date=DATE)
    assert not any(e.event == "MOBILIZE" for e in evs), [(e.event, _codes(e.actor)) for e in evs]


@pytest.mark.parametrize("text, status", [
    ("Israeli troops killed 12 Palestinians near the Netzarim corridor on Wednesday, the Palestinian Red "
     "Crescent said.", "alleged"),
    ("Hamas said Israeli troops killed 12 Palestinians near the Netzarim corridor on Wednesday.", "asserted"),
])
def test_a_red_crescent_telling_what_others_did_is_a_monitor(coder, text, status):
    evs = [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT"]
    assert evs and evs[0].claim.status == status, [e.claim.cues for e in evs]


def test_a_readiness_to_host_talks_between_two_sides_is_offered_to_both(coder):
    text = "Qatar's foreign ministry said Doha was willing to host talks between Rwanda and Congo next month."
    evs = [e for e in code(coder, text, date=DATE) if e.event == "AGREE"]
    assert evs and (_codes(evs[0].actor), _codes(evs[0].recipient)) == ({"QAT"}, {"RWA", "COD"})


@pytest.mark.parametrize("text, actor", [
    ("Poland's armed forces command said on Wednesday that any drone violating Polish airspace would be shot down "
     "without warning.", {"POL"}),
    ("The Lithuanian army said any balloon crossing the border from Belarus would be shot down.", {"LTU"}),
])
def test_a_penalty_in_the_passive_over_whoever_comes_is_the_speakers_threat(coder, text, actor):
    evs = code(coder, text, date=DATE)
    threats = [e for e in evs if e.event == "THREATEN"]
    assert threats and _codes(threats[0].actor) == actor, [(e.event, _codes(e.actor)) for e in evs]


def test_a_passive_report_of_a_downing_stays_an_act(coder):
    text = "Three Russian drones were shot down over eastern Poland on Wednesday, the Polish army said."
    evs = code(coder, text, date=DATE)
    assert not any(e.event == "THREATEN" for e in evs), [(e.event, _codes(e.actor)) for e in evs]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hamas said in a statement on Sunday that it remained open to talks with Israel on a second phase of the truce.",
     {"PSE"}, {"ISR"}),
    ("Pakistan's foreign office said it was ready for talks with India on all outstanding issues, including Kashmir.",
     {"PAK"}, {"IND"}),
])
def test_a_speakers_own_readiness_for_talks_is_its_offer(coder, text, actor, recipient):
    evs = [e for e in code(coder, text, date=DATE) if e.event == "AGREE"]
    assert evs and (_codes(evs[0].actor), _codes(evs[0].recipient)) == (actor, recipient)


def test_prepared_for_an_attack_is_no_offer(coder):
    text = "The army said it was prepared for an attack by the rebels on the provincial capital."
    assert not any(e.event == "AGREE" for e in code(coder, text, date=DATE))
