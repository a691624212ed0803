"""Retyping drills: one state's own services holding joint drills mobilise it; two states' drills cooperate."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded


@pytest.mark.parametrize("text, etype, actor", [
    ("Taiwan's army, navy and air force began ten days of joint drills on Wednesday.", "MOBILIZE", ("TWN",)),
    ("Egyptian and Saudi special forces began two weeks of joint drills on Sunday.", "COOPERATE", ("EGY", "SAU")),
    ("China held joint drills with Russia on Monday.", "COOPERATE", ("CHN", "RUS")),
    ("NATO held joint drills in Estonia on Monday.", "COOPERATE", ("IGO",)),
    ("Japan and the Philippines, whose troops held their first joint drills in July, agreed on Tuesday to share "
     "classified military information.", "COOPERATE", None),
])
def test_joint_drills_of_one_states_own_services_are_a_mobilisation(coder, text, etype, actor):
    assert_coded(coder, text, etype, actor=actor)
