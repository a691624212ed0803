"""Vows to guard one's own (pipeline/event_vows.py): with no other party named they are no AGREE and no
THREATEN; a vow that names a party, a joint pledge and a vowed reprisal stay. Sentences written for these tests
(not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def types(coder, text: str) -> list[str]:
    return [e.event for e in code(coder, text, date=DATE)]


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Sanae Takaichi vowed on Saturday to protect the nation's territory and airspace as "
    "she reviewed troops at the Asaka training ground.",
    "Chinese President Xi Jinping pledged on Thursday to safeguard national unity at a Communist Party gathering "
    "in Beijing, state media reported.",
    "Venezuelan Defence Minister Vladimir Padrino Lopez promised on Monday to preserve the republic's territorial "
    "integrity at all costs during a military parade in Caracas.",
])
def test_a_vow_to_guard_ones_own_is_no_agree_or_threat(coder, text):
    assert not {"AGREE", "THREATEN"} & set(types(coder, text))


@pytest.mark.parametrize("text, event", [
    ("U.S. Defense Secretary Pete Hegseth vowed on Monday to defend Taiwan against any Chinese attack.", None),
    ("Greece and Turkey pledged on Friday to protect shipping lanes in the Aegean together.", "AGREE"),
    ("Iran's Supreme Leader Ali Khamenei vowed on Wednesday to retaliate against Israel with overwhelming force.",
     "THREATEN"),
])
def test_a_vow_that_names_another_party_stays(coder, text, event):
    found = types(coder, text)
    assert found and (event is None or event in found)
