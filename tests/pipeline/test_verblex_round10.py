"""Round 10 (types): phrasings checked as classes with sentences of our own. Threats without "threaten" (a
deterrent statement held out to someone: 'reserves the right to', 'would become targets', 'will take all
necessary measures if', 'would not hesitate to take X to court'), and near-misses that must stay quiet (the same
words about consumers, a market, citizens evacuated, a defence pact's clause that names no one)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code

# (text, type, mode or None to leave unchecked, actor codes, recipient codes or None to leave unchecked)
CODED = [
    ("Tehran reserves the right to respond to any American aggression at a time of its choosing, Iran's foreign "
     "ministry said on Sunday.", "THREATEN", "violence", ("IRN",), ("USA",)),
    ("Beijing reserves the right to take countermeasures against Manila, the Chinese embassy said in a statement.",
     "THREATEN", None, ("CHN",), ("PHL",)),
    ("Hezbollah said Israeli towns in the north would become targets if the strikes on Beirut continued.",
     "THREATEN", "violence", ("LBN",), ("ISR",)),
    ("Iran warned that U.S. bases in the region would become legitimate targets.", "THREATEN", "violence", ("IRN",),
     ("USA",)),
    ("Russia will take all necessary measures to ensure its security if Finland hosts U.S. nuclear weapons, the "
     "Kremlin said on Tuesday.", "THREATEN", None, ("RUS",), None),
    ("Mexican President Claudia Sheinbaum said her government would not hesitate to take the United States to "
     "court over the wall.", "THREATEN", None, ("MEX",), ("USA",)),
    ("Ethiopia will respond in kind to any Eritrean aggression, Prime Minister Abiy Ahmed told parliament.",
     "THREATEN", "violence", ("ETH",), ("ERI",)),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CODED)
def test_round10_phrasing_is_coded_with_its_dyad(coder, text, etype, mode, actor, recipient):
    assert_coded(coder, text, etype, mode, actor, recipient, date="2025-06-01")


# (text, a type that must not be coded)
QUIET = [
    ("The finance minister said he would respond to questions from lawmakers on Thursday.", "THREATEN"),
    ("The energy regulator will take measures to protect consumers from rising electricity bills, the minister "
     "said.", "THREATEN"),
    ("The Indonesian foreign ministry said it would take all necessary measures to evacuate its citizens from "
     "Lebanon.", "THREATEN"),
    ("The broadcaster reserves the right to edit comments posted on its website.", "THREATEN"),
    ("Japan's finance minister said Tokyo would respond decisively to excessive moves in the yen.", "THREATEN"),
    ("The Philippine coast guard said it would treat the wounded fishermen as a priority.", "THREATEN"),
    ("The ministry took all necessary measures to contain the outbreak in Kinshasa.", "THREATEN"),
    ("The minister became president in 2019.", "THREATEN"),
]


@pytest.mark.parametrize("text,etype", QUIET)
def test_round10_near_miss_is_not_coded(coder, text, etype):
    assert not [e for e in code(coder, text, date="2025-06-01") if e.event == etype]
