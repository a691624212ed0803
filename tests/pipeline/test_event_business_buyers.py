"""Goods shipped or delivered to a trade's buyers (dealers, customers, importers, refiners), named alone or with the
country they are in, are commerce, not AID; the same verbs toward a state or its forces stay AID
(event_business.BUYER_HEADS)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


@pytest.mark.parametrize("text", [
    "Toyota shipped 20,000 vehicles to dealers in Brazil last quarter, the Japanese carmaker said in a statement, "
    "citing strong demand for hybrid models in Sao Paulo.",
    "Samsung delivered its first batch of memory chips to customers in Vietnam on Monday, the South Korean company "
    "said, a month ahead of schedule.",
    "Shell shipped two cargoes of liquefied gas to buyers in Japan last week, traders in Singapore said, as Asian "
    "spot prices climbed.",
])
def test_goods_sent_to_buyers_are_no_aid(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event == "AID"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Germany shipped two more Iris-T air-defence systems to Ukraine this month, Chancellor Olaf Scholz told the "
     "Bundestag.", ("DEU",), ("UKR",)),
    ("The Pentagon delivered a fresh batch of artillery shells to Ukrainian forces last week, defence officials in "
     "Washington said.", ("USA",), ("UKR",)),
    ("India shipped 20,000 tonnes of wheat to Afghanistan via the Iranian port of Chabahar, New Delhi's foreign "
     "ministry said.", ("IND",), ("AFG",)),
])
def test_goods_sent_to_a_state_stay_aid(coder, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert ("AID", actor, recipient) in found
