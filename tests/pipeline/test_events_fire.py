"""Conflict triggers built on fire and troops: firing weapons at a target, opening fire,
two-sided exchanges of fire (all parties are actors), lobbing shells, and massing troops."""

from __future__ import annotations

import pytest

from tests.conftest import code


def _summary(ev) -> tuple:
    return (ev.event, tuple(sorted({a.code for a in ev.actor if a.code})),
            tuple(sorted({r.code for r in ev.recipient if r.code})))


ONE_SIDED_FIRE = [
    ("Pakistani troops fired mortars at Indian positions in Kashmir.", ("PAK",), ("IND",)),
    ("The Thai army fired shells into Cambodia.", ("THA",), ("KHM",)),
    ("Armenian soldiers opened fire on Azerbaijani troops.", ("ARM",), ("AZE",)),
    ("Syrian artillery lobbed shells into Turkey.", ("SYR",), ("TUR",)),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), ONE_SIDED_FIRE)
def test_firing_at_a_target_is_assault(coder, text, actor, recipient):
    got = [_summary(ev) for ev in code(coder, text)]
    assert ("ASSAULT", actor, recipient) in got, got


TWO_SIDED_FIRE = [
    ("Kyrgyzstan and Tajikistan traded fire along their disputed frontier.", ("KGZ", "TJK")),
    ("Israeli forces traded fire with Hezbollah fighters.", ("ISR", "LBN")),
    ("Kyrgyz border guards exchanged gunfire with Tajik troops.", ("KGZ", "TJK")),
]


@pytest.mark.parametrize(("text", "actors"), TWO_SIDED_FIRE)
def test_trading_fire_is_a_two_sided_assault(coder, text, actors):
    evs = code(coder, text)
    assert not any(ev.event == "COOPERATE" for ev in evs), [_summary(ev) for ev in evs]
    assert ("ASSAULT", actors, ()) in [_summary(ev) for ev in evs]


def test_trading_goods_is_still_cooperation(coder):
    got = [_summary(ev) for ev in code(coder, "Brazil and Argentina traded grain and cars last year.")]
    assert not any(t == "ASSAULT" for t, _, _ in got), got


MASSED_TROOPS = [
    ("Venezuela amassed troops along the border with Guyana.", ("VEN",)),
    ("Eritrea gathered troops along the frontier with Ethiopia.", ("ERI",)),
]


@pytest.mark.parametrize(("text", "actor"), MASSED_TROOPS)
def test_gathering_troops_at_a_frontier_is_mobilize(coder, text, actor):
    got = [(ev.event, tuple(sorted({a.code for a in ev.actor if a.code}))) for ev in code(coder, text)]
    assert ("MOBILIZE", actor) in got, got


def test_gathering_of_protesters_is_not_mobilize(coder):
    got = [ev.event for ev in code(coder, "Students gathered outside the parliament in Belgrade.")]
    assert "MOBILIZE" not in got, got


# A bare gerund after a denial verb is often parsed as a modifier of its object ("denied
# shipping drones"): the embedded event is still coded, with the denial's subject as actor.
DENIED_GERUNDS = [
    ("Russia denied shipping drones to Iran.", "AID", ("RUS",), ("IRN",), "denied"),
    ("Belarus denied massing troops on the border with Poland.", "MOBILIZE", ("BLR",), None, "denied"),
    ("Iran did not deny shipping drones to Russia.", "AID", ("IRN",), ("RUS",), "asserted"),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient", "status"), DENIED_GERUNDS)
def test_denied_gerund_keeps_the_embedded_event(coder, text, etype, actor, recipient, status):
    got = [(*_summary(ev), ev.claim.status) for ev in code(coder, text)]
    assert any(t == etype and a == actor and (recipient is None or r == recipient) and st == status
               for t, a, r, st in got), got


def test_denied_report_with_a_determiner_is_not_a_gerund_event(coder):
    got = [ev.event for ev in code(coder, "Russia denied the shipping reports from Iran.")]
    assert "AID" not in got, got


ALERTED_FORCES = [
    ("Serbia's forces were put on high alert.", ("SRB",)),
    ("Taiwanese troops were placed on alert after the drills.", ("TWN",)),
]


@pytest.mark.parametrize(("text", "actor"), ALERTED_FORCES)
def test_forces_put_on_alert_are_mobilized_by_their_owner(coder, text, actor):
    got = [(ev.event, tuple(sorted({a.code for a in ev.actor if a.code}))) for ev in code(coder, text)]
    assert ("MOBILIZE", actor) in got, got


def test_trading_accusations_is_not_cooperation(coder):
    got = [ev.event for ev in code(coder, "Iran and Saudi Arabia traded accusations over the attack.")]
    assert "COOPERATE" not in got, got


def test_a_measure_that_targets_firms_is_no_attack_when_a_participle_names_its_adopters(coder):
    # the grammatical subject's word decides, not the participle's agent the subject stage prefers
    events = code(coder, "The EU's new package of sanctions on Iran, approved by foreign ministers on Monday, "
                         "targets 20 shipping firms.")
    assert "ASSAULT" not in {e.event for e in events}, [(e.event, e.event_text) for e in events]
