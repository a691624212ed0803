"""The dateline's own official: a titled person without a country leading the main clause of a sentence
that names another country only as done to, or inside what the person said or asked, is the dateline's
country's; and a lead whose doer is the dateline's country keeps the dateline rule when the other side is
named more often."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes
from .test_actors import run


@pytest.fixture(scope="module")
def actors(coder):
    stage = coder.stages[0]
    return lambda text, date="2025-11-18": run(stage, coder.nlp, text, date)


_TOKYO = ("TOKYO, Nov 18 (Kyodo) - Japan lodged a formal protest with Beijing on Tuesday over remarks by a Chinese "
          "diplomat.\n\nVice Foreign Minister Takehiro Funakoshi summoned the Chinese ambassador, Wu Jianghao, and "
          "demanded that Beijing discipline the diplomat, the ministry said.\n\nWu rejected the demand.")


def test_home_official_beside_a_foreign_country_done_to_takes_the_dateline(actors):
    assert [m.code for m in actors(_TOKYO) if m.text.endswith("Funakoshi")] == ["JPN"]


def test_home_official_s_summons_and_demand_are_coded(coder):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, _TOKYO)]
    assert ("REQUEST", ("JPN",), ("CHN",)) in found


def test_foreign_co_subject_keeps_the_official_unresolved(actors):
    ms = actors("TOKYO, Nov 18 (Kyodo) - Japan lodged a formal protest with Beijing on Tuesday.\n\n"
                "Beijing and Deputy Foreign Minister Sun Weidong rejected the protest on Wednesday.")
    assert [m.code for m in ms if m.text.endswith("Sun Weidong")] != ["JPN"]
