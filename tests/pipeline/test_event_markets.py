"""Market reports told with event words (event_markets): a currency striking a high, a warning shot at markets,
demand recovering; and the same words as political acts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text", [
    "Turkey's lira struck a record low against the dollar on Monday as inflation data surprised traders.",
    "Hungary's central bank fired a warning shot at markets on Tuesday, saying it could tighten policy again.",
    "The Reserve Bank of India fired a warning shot at currency speculators, signalling it would defend the rupee.",
    "Brazil's soybean exports rose in March as Chinese demand recovered, the trade ministry said.",
    "Peru's copper output fell after a slump in demand from Chinese smelters, the mining ministry said.",
])
def test_a_market_report_is_no_event(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text, etype", [
    ("Russian missiles struck a crowded market in the Ukrainian city of Kharkiv on Friday, killing nine people.",
     "ASSAULT"),
    ("Myanmar's army bombed markets in Sagaing on Sunday, residents said.", "ASSAULT"),
    ("Ghanaian police deported 40 Nigerian traders on Monday, the Nigerian foreign ministry said.", "COERCE"),
    ("Zimbabwean soldiers opened fire on traders at a Harare bus station, killing two people.", "ASSAULT"),
    ("The Philippine coast guard fired warning shots at a Chinese fishing boat near Scarborough Shoal.", "ASSAULT"),
    ("Iran rejected a U.S. demand to halt uranium enrichment, and Washington repeated the demand on Friday.",
     "REQUEST"),
])
def test_the_same_words_as_acts_stay(coder, text, etype):
    assert etype in _types(coder, text)
