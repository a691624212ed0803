"""Opinions shared with 'agreed that' are no agreement, an
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
    ("India and China agreed on Monday that their troops would pull back from the friction points.", "AGREE", None,
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
def test_agreement_or_concession_phrasing_is_coded(coder, text, etype, mode, actor, recipient):
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
def test_agreement_or_concession_near_miss_is_not_coded(coder, text, etype):
    found = [(e.event, e.event_text) for e in code(coder, text, date="2025-06-01")]
    assert etype not in [t for t, _ in found], found


def test_an_offered_sum_of_aid_is_the_offer(coder):
    ev = assert_coded(coder, "The European Union offered Chad 30 million euros in humanitarian aid for refugees.",
                      "AGREE", None, ("EUR",), ("TCD",), date="2025-06-01")
    assert ev.aux_mode is None


# (text, type, actor codes): a mutual agreement or an offer of a yielding act stays AGREE; one side's stays CONCEDE
AGREEMENTS = [
    ("Kenya and Uganda agreed on Tuesday to reopen their shared border crossing after a two-week closure.", "AGREE",
     ("KEN", "UGA")),
    ("Cambodia accused Thailand of breaking the truce, hours after the two sides agreed to halt the fighting.",
     "AGREE", ("KHM", "THA")),
    ("Ukraine offered to exchange all prisoners of war with Russia, the president said.", "AGREE", ("UKR",)),
    ("Russia agreed to release 20 Ukrainian prisoners on Monday.", "CONCEDE", ("RUS",)),
    # a prisoner swap both sides agree is CONCEDE, as the dev stories and minimal pairs code it
    ("Russia and Ukraine agreed to exchange 300 prisoners of war each, Turkish officials said.", "CONCEDE",
     ("RUS", "UKR")),
    ("Armenia and Azerbaijan vowed to refrain from the use of force against each other.", "AGREE", ("ARM", "AZE")),
]


@pytest.mark.parametrize("text,etype,actor", AGREEMENTS)
def test_mutual_agreement_or_offer_of_a_retreat_is_agree(coder, text, etype, actor):
    events = code(coder, text, date="2025-06-01")
    assert_coded(coder, text, etype, None, actor, None, date="2025-06-01")
    assert "THREATEN" not in [e.event for e in events]
    if etype == "AGREE":
        assert "CONCEDE" not in [e.event for e in events]
        # the agreed yielding act is the agreement's content (a promise of restraint has none)
        if "refrain" not in text:
            assert [e.planned_event for e in events if e.event == "AGREE"][0] in ("RETREAT", "CONCEDE")


@pytest.mark.parametrize("text", [
    "The government and the rebel alliance of Congo signed a declaration in Doha committing them to a permanent "
    "ceasefire.",
    "Saudi Arabia and Pakistan signed a mutual defence pact in Riyadh, pledging that aggression against either "
    "country would be treated as an attack on both.",
    "Kyrgyzstan and Tajikistan signed a treaty in Bishkek on Thursday settling their border dispute.",
])
def test_what_a_signed_text_commits_to_is_no_second_agreement(coder, text):
    assert "AGREE" not in [e.event for e in code(coder, text, date="2025-06-01")]


def test_the_other_side_of_a_swap_released_by_a_party_is_its_own_release(coder):
    events = code(coder, "Hamas freed three Israeli hostages on Saturday in exchange for 369 Palestinian prisoners "
                         "released by Israel.", date="2025-06-01")
    doers = sorted(tuple(sorted({m.code for m in e.actor if m.code})) for e in events if e.event == "RETREAT")
    assert doers == [("ISR",), ("PSE",)]


def test_a_release_restated_in_a_with_phrase_stays_one(coder):
    events = code(coder, "Russia released 390 prisoners on Friday, with some of the Ukrainians freed from jails in "
                         "Donetsk.", date="2025-06-01")
    assert len([e for e in events if e.event == "RETREAT"]) == 1


def test_help_offered_in_mediating_goes_to_both_sides(coder):
    assert_coded(coder, "Turkey offered its help in mediating between Pakistan and Afghanistan after a week of "
                        "tensions.", "AGREE", None, ("TUR",), ("AFG", "PAK"), date="2025-06-01")
