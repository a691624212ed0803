"""Two parallel gerund clauses whose second subject the parser joined to the first clause's object
(pipeline/paired_gerunds.py, applied with the aside repair before the stages). Sentences written for these tests
(not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "second"), [
    ("Talks in Geneva closed on a warmer note, with Ankara lifting its veto on Sweden's membership and Stockholm "
     "easing its export ban on Turkish drones.", ("CONCEDE", ("SWE",))),
    ("Tensions eased along the frontier on Friday, with Indian troops vacating two forward posts and Pakistan "
     "freeing a captured Indian pilot at the Wagah crossing.", ("RETREAT", ("PAK",))),
    ("Trade ministers ended two days of talks in Geneva, with Beijing lifting its ban on Australian barley and "
     "Canberra dropping a complaint it had filed at the World Trade Organization.", ("CONCEDE", ("AUS",))),
    ("The summit closed on Sunday, with Egypt reopening its embassy in Ankara and Turkey lifting a ban on Egyptian "
     "citrus imports.", ("CONCEDE", ("TUR",))),
])
def test_second_gerund_clause_has_its_own_doer(coder, text, second):
    assert second in [(d[0], d[1]) for d in dyads(coder, text)]


def test_first_gerund_clause_loses_the_false_conjunct_recipient(coder):
    found = dyads(coder, "Talks in Geneva closed on a warmer note, with Ankara lifting its veto on Sweden's "
                         "membership and Stockholm easing its export ban on Turkish drones.")
    assert ("CONCEDE", ("TUR",), ("SWE",)) in found


def test_a_plain_coordinated_object_is_left_alone(coder):
    doc = coder.parse(["Markets rallied, with Beijing suspending its tariffs on soybeans and corn from the "
                       "United States."])[0]
    from tidings.pipeline.paired_gerunds import paired_gerund_edits
    assert paired_gerund_edits(doc[:]) == []
