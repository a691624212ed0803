"""A conjoined verb phrase is coded as a clause of its own: two verbs with different lemmas and an object each are
two acts of one verbal, cooperative or handover type on one dyad; one shared object keeps one act, an "its" /
"their" object that can point back at the first verb's object restates it, and readiness, protest, restriction,
a promise or an approval told by several verbs stays one act (event_dedupe.coordinated_measures). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _count(coder, text: str, etype: str) -> int:
    return sum(1 for e in code(coder, text, date=DATE) if e.event == etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The Quai d'Orsay said on Tuesday it would expel 12 Algerian consular officials and recall its ambassador "
     "for consultations.", "SANCTION"),
    ("Japan shipped 40 tonnes of medical supplies to Lebanon on Monday and funded two field hospitals in the south of "
     "the country, the Japanese embassy in Beirut said.", "AID"),
])
def test_two_conjoined_verbs_with_objects_of_their_own_are_two_acts(coder, text, etype):
    assert _count(coder, text, etype) == 2


@pytest.mark.parametrize(("text", "etype"), [
    ("Kenyan police arrested and jailed five opposition activists in Nairobi on Friday, their lawyer said.",
     "COERCE"),
    ("Algeria ordered the closure of the French consulate in Oran and expelled its staff on Monday.", "SANCTION"),
    ("Lithuania scrambled fighter jets and put its air defence units on alert on Sunday as Russian drones struck "
     "western Ukraine, the army said.", "MOBILIZE"),
    ("The European Commission commended Albania's judicial reforms in a report on Monday and gave its blessing to "
     "opening the next cluster of accession talks, diplomats said.", "SUPPORT"),
])
def test_one_shared_object_a_pronoun_pointing_back_or_readiness_keep_one_act(coder, text, etype):
    assert _count(coder, text, etype) == 1


def test_what_another_verb_asks_for_is_not_split_in_two(coder):
    text = ("Arab foreign ministers gathered in Riyadh on Sunday to discuss ways of persuading both sides in Sudan to "
            "halt the fighting and allow aid convoys into Darfur, a Saudi statement said.")
    assert _count(coder, text, "RETREAT") < 2
