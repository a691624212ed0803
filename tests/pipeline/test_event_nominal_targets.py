"""Whom a condemned attack targets (pipeline/event_nominal_targets.py): an attack whose scene the sentence names
(on the noun, or hung by the parser on the condemning verb) was aimed at the scene's country, not at the state that
condemns it from afar; with no scene the condemner stays the target. Sentences written for these tests (not from any
benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import code, entity_codes


def _assaults(coder, text):
    return {(entity_codes(e.actor), entity_codes(e.recipient)) for e in code(coder, text) if e.event == "ASSAULT"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Canada condemned the Islamic State attack on a church in the Philippine city of Marawi.", "IMG", "PHL"),
    ("Japan condemned the al-Shabaab attack at a hotel in Mogadishu in the strongest terms.", "SOM", "SOM"),
])
def test_condemned_attack_with_a_named_scene_targets_the_scene(coder, text, actor, recipient):
    found = _assaults(coder, text)
    assert ((actor,), (recipient,)) in found
    assert not [d for d in found if set(d[1]) & {"CAN", "JPN"}]


def test_condemned_attack_with_no_scene_still_targets_the_condemner(coder):
    assert (("PSE",), ("ISR",)) in _assaults(coder, "Israel condemned the Hamas rocket attack.")


@pytest.mark.parametrize(("text", "expected"), [
    # the scene sits under a participle on the target, not on the target itself: still the scene, not the critic
    ("Qatar condemned an Israeli strike on a tent camp housing displaced families in Khan Younis on Tuesday.",
     ("ASSAULT", ("ISR",), ("PSE",))),
    ("Egypt condemned a Russian missile attack on a hospital treating wounded soldiers in Dnipro on Friday.",
     ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_condemned_attack_scene_deep_in_the_target_phrase(coder, text, expected):
    found = sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                    tuple(sorted({r.code for r in e.recipient if r.code}))) for e in coder.code(text, date="2025-06-04"))
    assert expected in found
