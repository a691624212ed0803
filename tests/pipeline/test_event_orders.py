"""Orders to one's own forces are the ordered act, the orderer's. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


def test_strike_ordered_of_ones_own_military_is_the_orderers_attack(coder):
    found = dyads(coder, "Netanyahu ordered the military on Sunday to strike Hezbollah targets in southern Lebanon.")
    assert found == [("ASSAULT", ("ISR",), ("LBN",))]


def test_order_to_another_party_stays_a_request(coder):
    found = dyads(coder, "The UN Security Council ordered Israel to halt its offensive in Rafah.")
    assert [d[0] for d in found] == ["REQUEST"]


def test_deployment_ordered_of_ones_own_ministry_is_not_a_request(coder):
    found = dyads(coder, "Trump ordered the Pentagon on Friday to send 2,000 more troops to the Mexican border.")
    assert [d[:2] for d in found] == [("MOBILIZE", ("USA",))]


def test_order_to_take_content_down_is_censorship(coder):
    found = dyads(coder, "Russia's communications regulator ordered Apple to pull dozens of VPN applications from its store.")
    assert [d[:2] for d in found] == [("COERCE", ("RUS",))]
    assert code(coder, "Russia's communications regulator ordered Apple to pull dozens of VPN applications.")[0].mode \
        == "censor"


def test_order_to_take_something_else_away_stays_a_request(coder):
    found = dyads(coder, "The UN Security Council ordered Israel to remove its troops from the buffer zone.")
    assert [d[0] for d in found] != ["COERCE"]


def test_court_ordered_payment_is_a_sanction(coder):
    found = dyads(coder, "A Dutch court ordered Russia to pay 50 billion dollars to former Yukos shareholders.")
    assert found == [("SANCTION", ("NLD",), ("RUS",))]


@pytest.mark.parametrize("text, expected", [
    ("Burundi ordered the UN human rights office to close.", "COERCE"),
    ("The Taliban ordered all female NGO staff to stop working.", "COERCE"),
    ("The United States ordered China to close its consulate in Houston.", "SANCTION"),
    ("Trump ordered the Pentagon to halt all aid shipments to Ukraine.", "SANCTION"),
    ("The UN Security Council ordered Israel to halt its offensive in Rafah.", "REQUEST"),
])
def test_order_to_shut_down_is_the_closure(coder, text, expected):
    assert [d[0] for d in dyads(coder, text)] == [expected]


def test_order_to_vacate_ends_a_foreign_presence(coder):
    # decisions: ordering foreign troops / peacekeepers to leave is SANCTION expel, not a closure (COERCE)
    found = dyads(coder, "Mali's junta ordered the UN mission to vacate its bases in the north by December.")
    assert found == [("SANCTION", ("MLI",), ("UNO",))]
    assert code(coder, "Mali's junta ordered the UN mission to vacate its bases in the north by December.")[0].mode == "expel"
