"""A prefixed irregular past the tagger reads as a present ('retook', 'overran', 'withheld') is no scheduled act,
whatever day name it carries (modality_syntax.simple_present). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code


@pytest.mark.parametrize("text, etype", [
    ("Israeli troops retook the town of Beit Hanoun on Monday, the army said.", "ASSAULT"),
    ("Ukrainian forces retook two villages near Kupiansk on Sunday after a week of fighting, the general staff "
     "said.", "ASSAULT"),
])
def test_a_prefixed_past_on_a_day_is_not_future(coder, text, etype):
    evs = [e for e in code(coder, text, date="2026-11-27") if e.event == etype]
    assert evs and all(e.aux_mode is None for e in evs)


def test_a_simple_present_on_a_day_stays_scheduled(coder):
    evs = code(coder, "Blinken meets Wang Yi in Beijing on Thursday, the State Department said.", date="2026-11-27")
    assert evs and evs[0].aux_mode == "future"
