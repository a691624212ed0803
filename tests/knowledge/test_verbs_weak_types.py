"""Lexicon entries for the weakest types and their wrong-type look-alikes (verbs.json): 'running joint patrols'
(light verb run: COOPERATE), 'suspending export controls on X' (an eased restriction: CONCEDE, not a negated
SANCTION), investigators 'linking' someone to a plot (ACCUSE); the same words in other senses code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes

EXPRESSIONS = [
    ("COOPERATE", "Colombian and Ecuadorian troops have been running joint patrols along their shared border since "
                  "March, the Colombian defence ministry said on Wednesday.", ("COL", "ECU"), ()),
    ("CONCEDE", "The U.S. Commerce Department said on Monday it was suspending export controls on chip-design software "
                "sold to Chinese firms.", ("USA",), ("CHN",)),
    ("ACCUSE", "Romania expelled three Russian diplomats on Tuesday after prosecutors linked them to an arson plot "
               "against a Bucharest shopping centre, the foreign ministry said.", ("ROU",), ("RUS",)),
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient"), EXPRESSIONS, ids=[e[0] for e in EXPRESSIONS])
def test_expression_codes_its_type(coder, etype, text, actor, recipient):
    found = [(e.event, entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text, date="2026-03-02")]
    assert (etype, actor, recipient) in found


@pytest.mark.parametrize("text", [
    "Three men linked to the attack were arrested in Paris on Monday.",
    "The opposition ran a campaign against corruption before the vote.",
    "Shares in the joint venture between Toyota and a Chinese state carmaker rose 4 percent in Shanghai.",
])
def test_same_words_in_other_senses_code_nothing_of_that_type(coder, text):
    assert not [e for e in code(coder, text, date="2026-03-02") if e.event in ("ACCUSE", "COOPERATE", "ASSAULT")]


@pytest.mark.parametrize("text", [
    "Ukrainian and Moldovan sappers jointly cleared mines along the Dniester last month, the interior ministry said.",
    "Ghana and Togo together manage the Volta basin water resources, officials said.",
])
def test_joint_work_of_two_parties_is_cooperation(coder, text):
    assert "COOPERATE" in [e.event for e in code(coder, text, date="2026-03-02")]


def test_clearing_without_a_partner_is_no_cooperation(coder):
    assert not [e for e in code(coder, "Police cleared protesters from the square.", date="2026-03-02")
                if e.event == "COOPERATE"]
