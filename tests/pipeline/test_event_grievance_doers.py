"""The act a protest answers, told by forces or craft with no country of their own, is the protested state's
(pipeline/event_grievance_doers.py). Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def _dyads(coder, text: str, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text) if e.event == etype]


@pytest.mark.parametrize(("text", "etype", "dyad"), [
    # (an "after" clause on a summons; the act found no doer)
    ("Poland's foreign ministry summoned the Russian ambassador on Thursday after drones entered Polish airspace "
     "overnight and one crashed near a village in Lublin province, officials said.", "MOBILIZE", (("RUS",), ("POL",))),
    ("Japan lodged a protest with Beijing on Tuesday after a military helicopter violated its airspace near the "
     "Senkaku Islands for about 15 minutes, the defence ministry said.", "MOBILIZE", (("CHN",), ("JPN",))),
    # (the scene's country the faceless soldiers took is the protester's own)
    ("Lithuania expelled a Belarusian diplomat on Friday, two days after soldiers fired warning shots across the "
     "border at a Lithuanian patrol near Salcininkai, the interior minister said.", "ASSAULT", (("BLR",), ("LTU",))),
    # (a relative clause on the noun of the "over" phrase)
    ("The Philippines summoned China's ambassador on Monday over coast guard ships that had rammed a Philippine "
     "supply boat near Second Thomas Shoal, injuring a navy sailor.", "ASSAULT", (("CHN",), ("PHL",))),
])
def test_the_faceless_doer_is_the_protested_state(coder, text, etype, dyad):
    assert _dyads(coder, text, etype) == [dyad]


@pytest.mark.parametrize(("text", "etype"), [
    # (what the protester's own forces do to a faceless intruder)
    ("Poland summoned the Russian ambassador on Wednesday after troops shot down a drone over the village of Wyryki, "
     "the defence ministry said.", "ASSAULT"),
    # (a clash has two sides)
    ("Cambodia recalled its ambassador from Bangkok on Thursday after troops clashed along the disputed border near "
     "the Ta Moan Thom temple for a second day.", "ASSAULT"),
])
def test_no_doer_for_the_protesters_own_forces(coder, text, etype):
    assert not any(actor in (("RUS",), ("THA",)) for actor, _ in _dyads(coder, text, etype))


def test_gunmen_are_not_taken_as_the_protested_state(coder):
    text = ("Kenya summoned Somalia's envoy on Monday after militiamen crossed the border near Mandera and abducted "
            "three Kenyan police reservists, the interior ministry said.")
    assert (("SOM",), ("KEN",)) not in _dyads(coder, text, "ASSAULT")
