"""argument_places.provenance: where a moved force or weapon was trained, made or bought is no destination."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Mali deployed a battalion of commandos trained in Russia to the northern town of Kidal on Saturday, the army "
     "said, as fighting with Tuareg separatists intensified.", ("MOBILIZE", ("MLI",), ())),
    ("Somalia moved a brigade of soldiers trained in Eritrea to the Middle Shabelle region on Thursday to reinforce an "
     "offensive against al-Shabaab, a military official said.", ("MOBILIZE", ("SOM",), ())),
    ("Poland deployed two batteries of Patriot missiles made in the United States to the eastern city of Rzeszow on "
     "Friday to protect the logistics hub.", ("MOBILIZE", ("POL",), ())),
    ("Taiwan moved several launchers of HIMARS rockets built in the United States to the Penghu islands on Wednesday "
     "during its annual exercises.", ("MOBILIZE", ("TWN",), ())),
])
def test_a_moved_forces_training_or_making_place_is_no_recipient(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_place_the_force_is_sent_into_still_counts(coder):
    text = "Russia moved Iskander missiles and several thousand troops into Belarus on Friday ahead of joint exercises."
    assert ("MOBILIZE", ("RUS",), ("BLR",)) in dyads(coder, text), dyads(coder, text)
