"""A person named again by one word of the name that the surname registry did not key: a name whose
country only an apposition gave, a compound surname."""

from __future__ import annotations

import pytest

from .test_actors import run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2025-11-18": run(stage, coder.nlp, text, date)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("TOKYO, Nov 18 (Kyodo) - Japan's foreign ministry summoned China's ambassador, Wu Jianghao, on Tuesday over "
     "a post by a Chinese consul in Osaka.\n\nWu rejected the protest in a meeting with reporters afterwards.",
     "Wu", "CHN"),
    ("CARACAS, Jan 9 (Reuters) - Venezuela's defence minister, Vladimir Padrino Lopez, put troops along the western "
     "frontier on alert on Thursday.\n\nPadrino accused Bogota of tolerating armed groups on its soil.",
     "Padrino", "VEN"),
])
def test_one_word_of_an_earlier_name_is_that_person(actors, text, word, code):
    assert [m.code for m in actors(text) if m.text == word] == [code]


def test_a_word_two_people_share_stays_unresolved(actors):
    ms = actors("RIYADH, May 9 (Reuters) - Saudi Arabia's ambassador, Mohammed Al-Jaber, met Egypt's envoy, "
                "Mohammed Ali Hassan, on Friday.\n\nMohammed said the talks had gone well.")
    assert [m.code for m in ms if m.text == "Mohammed"] in ([], [None])
