"""Story-level restatements (tidings.pipeline.coref_retold): an attack's toll told with the attack as
subject is the act the story already coded."""

from __future__ import annotations

import pytest

from tests.conftest import code


def _assaults(events):
    return [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # the toll of the strike, its subject a definite attack noun
    "Russian missiles struck an apartment block in Dnipro on Tuesday. Regional officials said the strikes "
    "killed nine people, including a child.",
])
def test_later_restatement_of_an_attack_is_not_a_second_attack(coder, text):
    assert len(_assaults(code(coder, text))) == 1


@pytest.mark.parametrize("text", [
    # the doer's own account stays an event of its own (the gold's convention)
    "Sudan's army said on Monday that the RSF had shelled a market in Omdurman. The paramilitary said its "
    "gunners had struck army positions near the market.",
    # a new round told with a repetition adverb
    "Russian missiles struck an apartment block in Dnipro on Tuesday. Officials said the strikes also "
    "killed nine people in Kryvyi Rih.",
])
def test_own_account_or_new_round_is_not_taken_for_a_restatement(coder, text):
    assert len(_assaults(code(coder, text))) == 2


def _of(events, etype):
    return [e for e in events if e.event == etype]


@pytest.mark.parametrize("text", [
    # a possessed meeting noun in the next sentence
    "Spanish Prime Minister Pedro Sanchez flew to Rabat on Tuesday for talks with King Mohammed VI. Sanchez's "
    "trip, his second this year, came as the two countries seek to expand trade.",
    # a talk verb set at the meeting, its subject the two sides again
    "Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev in Astana on Monday. "
    "During the talks, the two presidents discussed water sharing, Tokayev's office said.",
    "Italy's foreign minister Antonio Tajani met his Indian counterpart Subrahmanyam Jaishankar in Rome on "
    "Thursday. The two ministers discussed shipping routes in the Red Sea.",
])
def test_meeting_told_again_is_one_consult(coder, text):
    assert len(_of(code(coder, text), "CONSULT")) == 1


@pytest.mark.parametrize("text", [
    # another meeting, told with a repetition adverb
    "Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev in Astana on Monday. "
    "Mirziyoyev later met Kazakh Prime Minister Olzhas Bektenov to discuss a railway project.",
    "Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev in Astana on Monday. "
    "The two presidents also spoke by telephone on Friday.",
])
def test_another_meeting_of_the_same_sides_stays(coder, text):
    assert len(_of(code(coder, text), "CONSULT")) == 2


def test_measure_named_again_as_subject_is_one_sanction(coder):
    text = ("Canada imposed sanctions on Monday on four Iranian officials over the crackdown on protesters. "
            "The sanctions bar Canadians from dealing with the officials, the foreign ministry said.")
    assert len(_of(code(coder, text), "SANCTION")) == 1


@pytest.mark.parametrize("text", [
    "Norway sent 30 tonnes of food and medicine to Sudan on Monday. The aid was delivered through Chad, the "
    "foreign ministry said.",
    "The World Bank agreed on Thursday to lend Egypt 1 billion dollars. The loan will be disbursed in two tranches.",
])
def test_aid_named_again_as_subject_is_no_second_event(coder, text):
    events = code(coder, text)
    assert len([e for e in events if e.event in ("AID", "AGREE")]) == 1
