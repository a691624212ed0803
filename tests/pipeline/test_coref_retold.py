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
