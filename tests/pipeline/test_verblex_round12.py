"""Round 12 (types: AGREE / RETREAT / CONCEDE / MOBILIZE): opinions shared with 'agreed that' are no agreement, an
act only offered is the offer, paused restrictions are concessions, a proposal rejected as a stunt is a REJECT, and
a state's investment in another is economic cooperation (AGREE when only announced). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (text, type, mode or None to leave unchecked, actor codes, recipient codes or None to leave unchecked)
CODED = [
    # an agreement about what the parties will do stays one
    ("France and Germany agreed that talks on the budget rules would resume in Brussels next month.", "AGREE", None,
     ("DEU", "FRA"), None),
    ("India and China agreed on Monday that their troops would pull back from the friction points.", "CONCEDE", None,
     ("CHN", "IND"), None),
    # paused restrictions
    ("Washington paused its tariffs on Mexican goods for a month.", "CONCEDE", None, ("USA",), ("MEX",)),
    ("Trump agreed to pause tariffs on Canadian steel for 30 days.", "CONCEDE", None, ("USA",), ("CAN",)),
    # an offer rejected with a label
    ("Kyiv rejected a Russian offer of a three-day truce as a propaganda stunt.", "REJECT", None, ("UKR",), ("RUS",)),
    # investment by a state
    ("Qatar invested $10 billion in Egypt's tourism sector last year.", "COOPERATE", None, ("QAT",), ("EGY",)),
    ("The UAE said it would invest $1.4 trillion in the United States over the next decade.", "AGREE", None,
     ("ARE",), ("USA",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CODED)
def test_round12_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient, date="2025-06-01")


# (text, a type that must not appear)
QUIET = [
    ("Australia's foreign minister said she agreed with analysts that tensions in the region had become serious.",
     "AGREE"),
    ("Leaders of Japan's ruling coalition agreed that defence spending should rise, officials said.", "AGREE"),
    ("India and China agreed on Monday that the border situation was stable.", "AGREE"),
    ("The European Union offered Chad 30 million euros in humanitarian aid for refugees.", "AID"),
    ("Toyota will invest $10 billion in the United States, the company said.", "AGREE"),
]


@pytest.mark.parametrize("text,etype", QUIET)
def test_round12_near_miss_is_not_coded(coder, text, etype):
    found = [(e.event, e.event_text) for e in code(coder, text, date="2025-06-01")]
    assert etype not in [t for t, _ in found], found


def test_an_offered_sum_of_aid_is_the_offer(coder):
    ev = assert_coded(coder, "The European Union offered Chad 30 million euros in humanitarian aid for refugees.",
                      "AGREE", None, ("EUR",), ("TCD",), date="2025-06-01")
    assert ev.aux_mode is None
