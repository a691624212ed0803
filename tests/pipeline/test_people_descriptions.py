"""Descriptions of a country narrowed by region words (knowledge/places.json "description_regions")."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Israel struck Beirut on Monday. The Jewish state accused Hezbollah of violating the truce.",
     "ACCUSE", ("ISR",), ("LBN",)),
    ("Kazakhstan signed a deal with Russia. The Central Asian nation urged Moscow to respect its borders.",
     "REQUEST", ("KAZ",), ("RUS",)),
    ("Algeria recalled its ambassador to Mali. The North African country accused Bamako of hostility.",
     "ACCUSE", ("DZA",), ("MLI",)),
    ("Fiji signed a pact with China. The Pacific nation urged Beijing to respect its sovereignty.",
     "REQUEST", ("FJI",), ("CHN",)),
])
def test_a_region_word_in_a_description_picks_the_country_it_can_describe(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)
