"""event_rules.fold_participles: what a crowd does while it protests (chanting, waving placards, honking) is part
of the protest it accompanies, one event; alone it is a protest of its own."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2025-06-10"


@pytest.mark.parametrize("text", [
    "Thousands of Jordanians rallied outside the U.S. embassy in Amman on Friday, chanting slogans in support of "
    "the people of Gaza.",
    "Hundreds of Tunisians marched through the capital on Saturday against the president, waving placards "
    "denouncing the new constitution.",
])
def test_crowd_expression_participle_is_part_of_the_protest(coder, text):
    assert len([e for e in code(coder, text, date=DATE) if e.event == "PROTEST"]) == 1


def test_crowd_expression_alone_is_a_protest(coder):
    text = "Opposition supporters chanted slogans against President Yoweri Museveni outside the Kampala court."
    assert [e for e in code(coder, text, date=DATE) if e.event == "PROTEST"]
