"""people_possessives: an "its" in the phrase that opens a sentence points forward to the main clause's subject
(opener_owner, also where the parser misreads the opener's object as the subject: event_fronted); an "its" on a
hostile act the clause of a judging verb follows ("after its strike ...") is the judged party's. Sentences are
our own."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-11-28")]


@pytest.mark.parametrize("text, acts", [
    pytest.param("After its air strike on the Yemeni port of Hodeidah, Israel warned the Houthis of further attacks.",
                 [("ASSAULT", ("ISR",), ("YEM",)), ("THREATEN", ("ISR",), ("YEM",))], id="opener-strike"),
    pytest.param("Following its shelling of the Lebanese village of Khiam, Israel said it had hit Hezbollah depots.",
                 [("ASSAULT", ("ISR",), ("LBN",))], id="opener-shelling"),
])
def test_an_opening_its_is_the_main_subjects(coder, text, acts):
    found = dyads(coder, text)
    for act in acts:
        assert act in found, found


def test_its_act_after_a_judging_verb_is_the_judged_partys(coder):
    found = dyads(coder, "Pakistan summoned India's deputy high commissioner on Tuesday after its strike on a "
                         "mosque in Bahawalpur killed 13 people.")
    assert ("ASSAULT", ("IND",), ("PAK",)) in found, found
    assert not any(d[0] == "ASSAULT" and d[1] == ("PAK",) for d in found), found
